/**
 * The one place that decides how new responses join `Scores`: a re-score (nothing on Scores yet,
 * every response new) and a live submission (Scores as it stands, one response new) both come
 * here, so they agree by construction. For each pupil, instrument and phase the latest response
 * counts and every other is flagged `duplicate`; a fuzzy match is a guess until a person confirms
 * it, so it neither replaces nor is replaced. A response Scores already holds is not added again.
 */
import { SCORE_FLAGS, withFlags, type ScoreFlag, type ScoreRow } from './score';
import type { ExistingScore } from './scores-tab';

/** A response's place in "the latest counts": sent later, or on a later tab or row when sent together or undated. */
interface Standing {
  readonly key: string | null;
  readonly at: number;
  readonly tab: number;
  readonly row: number;
}

function keyOf(pupilId: string | null, instrument: string, phase: string | null, flags: readonly string[]): string | null {
  if (pupilId === null || pupilId === '' || (phase !== 'pre' && phase !== 'post') || flags.includes('fuzzy-match')) return null;
  return `${pupilId}\u0000${instrument}\u0000${phase}`;
}

function isAfter(a: Standing, b: Standing): boolean {
  return a.at !== b.at ? a.at > b.at : a.tab !== b.tab ? a.tab > b.tab : a.row > b.row;
}

export type TabOrder = (tab: string) => number;

function standingOfRow(row: ScoreRow, tabOrder: TabOrder): Standing {
  return {
    key: keyOf(row.pupilId, row.instrument, row.phase, row.flags),
    at: row.submitted?.getTime() ?? Number.POSITIVE_INFINITY,
    tab: tabOrder(row.source.tab),
    row: row.source.row,
  };
}

function standingOfExisting(existing: ExistingScore, tabOrder: TabOrder): Standing {
  return {
    key: keyOf(existing.pupilId, existing.instrument, existing.phase, existing.flags),
    at: existing.submitted?.getTime() ?? Number.POSITIVE_INFINITY,
    tab: tabOrder(existing.sourceTab),
    row: existing.sourceRow ?? 0,
  };
}

/** Submission order: by time, then tab and row; undated responses last. */
export function bySubmission(tabOrder: TabOrder): (a: ScoreRow, b: ScoreRow) => number {
  return (a, b) => {
    const sa = standingOfRow(a, tabOrder);
    const sb = standingOfRow(b, tabOrder);
    return isAfter(sa, sb) ? 1 : isAfter(sb, sa) ? -1 : 0;
  };
}

/** Flags as Scores writes them: the known ones in their order, anything else kept after them. */
function flagsText(flags: readonly string[], duplicate: boolean): string {
  const known = new Set<string>(SCORE_FLAGS);
  const kept = new Set(flags.filter((f) => f !== 'duplicate'));
  if (duplicate) kept.add('duplicate');
  return [...SCORE_FLAGS.filter((f) => kept.has(f)), ...[...kept].filter((f) => !known.has(f))].join(', ');
}

export interface Reconciled {
  /** The new responses, flags final, in submission order. */
  readonly append: ScoreRow[];
  /** Rows already on Scores whose Flags change: their 1-based row and new Flags text. */
  readonly reflag: { readonly row: number; readonly flags: string }[];
}

export function reconcile(onScores: readonly ExistingScore[], fresh: readonly ScoreRow[], tabOrder: TabOrder): Reconciled {
  const held = new Set(onScores.map((s) => `${s.sourceTab}\u0000${s.sourceRow}`));
  const added = fresh.filter((row) => !held.has(`${row.source.tab}\u0000${row.source.row}`)).sort(bySubmission(tabOrder));
  const existing = onScores.map((score) => ({ score, standing: standingOfExisting(score, tabOrder) }));
  const incoming = added.map((row) => ({ row, standing: standingOfRow(row, tabOrder) }));

  const latest = new Map<string, Standing>();
  for (const { standing } of [...existing, ...incoming]) {
    if (standing.key === null) continue;
    const current = latest.get(standing.key);
    if (!current || isAfter(standing, current)) latest.set(standing.key, standing);
  }
  const superseded = (standing: Standing): boolean => standing.key !== null && latest.get(standing.key) !== standing;

  const append = incoming.map(({ row, standing }) => {
    const flags = new Set<ScoreFlag>(row.flags.filter((f) => f !== 'duplicate'));
    if (superseded(standing)) flags.add('duplicate');
    return withFlags(row, flags);
  });
  const reflag = existing.flatMap(({ score, standing }) => {
    const duplicate = superseded(standing);
    return duplicate === score.flags.includes('duplicate') ? [] : [{ row: score.row, flags: flagsText(score.flags, duplicate) }];
  });
  return { append, reflag };
}
