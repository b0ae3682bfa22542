/**
 * Scores one form response: who sent it, when, at which phase, each answer read against the
 * scale, the instrument's scores, and the flags and problems a person should look at. Whether a
 * response is a duplicate is not decided here but with the others (reconcile.ts).
 */
import type { Placement, PupilId, SourceRef } from '../domain';
import { quoteCell } from '../coerce';
import { problem, type Problem } from '../problems';
import { cellText } from '../text';
import { isBlank, isoDateOf, type CellValue } from '../values';
import { describeScale, type AnswerReader } from './answers';
import { responseKey } from './choices';
import { scoreAnswers } from './instrument-score';
import type { TabMatch } from './match-tab';
import { phaseFromDate, readPhase, type Phase } from './phase';
import { identityOf, type IdentifiedBy, type PupilMatch, type PupilMatcher, type TypedIdentity } from './pupil-match';
import type { TimestampColumn } from './timestamps';

export const SCORE_FLAGS = ['unmatched-pupil', 'fuzzy-match', 'incomplete', 'duplicate', 'out-of-range', 'no-phase'] as const;
export type ScoreFlag = (typeof SCORE_FLAGS)[number];

export interface ScoreRow {
  readonly submitted: Date | null;
  readonly pupilId: PupilId | null;
  /** The register's name for a matched pupil, otherwise what the response gave. */
  readonly pupil: string;
  /** The code, email, name or id the response gave ('' for none). */
  readonly typedName: string;
  readonly identifiedBy: IdentifiedBy | null;
  readonly instrumentId: string;
  readonly instrument: string;
  readonly phase: Phase | null;
  /** The answer to the start/end question as given ('' where the form does not ask). */
  readonly phaseText: string;
  readonly score: number | null;
  readonly unvalidatedTotal: number | null;
  /** Subscale name → score (null when too few of its items were answered). */
  readonly subscales: Readonly<Record<string, number | null>>;
  readonly answered: number;
  readonly items: number;
  readonly flags: readonly ScoreFlag[];
  readonly source: SourceRef;
}

/** What scoring a tab's rows needs, built once per tab. */
export interface ResponseContext {
  readonly tab: string;
  readonly headers: readonly string[];
  readonly match: TabMatch;
  readonly reader: AnswerReader;
  readonly timestamps: TimestampColumn;
  readonly pupils: PupilMatcher;
  readonly placements: ReadonlyMap<PupilId, readonly Placement[]>;
  /** Phases people chose for responses that did not say (see choices.ts). */
  readonly phases: Readonly<Record<string, Phase>>;
}

export function placementsByPupil(placements: readonly Placement[]): Map<PupilId, Placement[]> {
  const map = new Map<PupilId, Placement[]>();
  for (const placement of placements) {
    const list = map.get(placement.pupilId) ?? [];
    list.push(placement);
    map.set(placement.pupilId, list);
  }
  return map;
}

export function withFlags(row: ScoreRow, flags: Iterable<ScoreFlag>): ScoreRow {
  const set = new Set(flags);
  return { ...row, flags: SCORE_FLAGS.filter((f) => set.has(f)) };
}

export interface ScoredResponse {
  readonly row: ScoreRow;
  readonly problems: Problem[];
}

/** Scores one sheet row; null for a blank row. `sheetRow` is the row's 1-based number on its tab. */
export function scoreResponse(context: ResponseContext, cells: readonly CellValue[], sheetRow: number): ScoredResponse | null {
  if (cells.every((cell) => isBlank(cell))) return null;
  const { match, tab, headers } = context;
  const { instrument } = match;
  const problems: Problem[] = [];
  const flags = new Set<ScoreFlag>();
  const header = (column: number | null): string => (column === null ? '' : (headers[column] ?? ''));
  const text = (column: number | null): string => (column === null ? '' : cellText(cells[column]));
  const report = (column: number | null, reason: string): void => {
    problems.push(problem('score', tab, sheetRow, header(column), reason));
  };

  const answers = match.itemColumns.map((column) => {
    if (column === null) return null;
    const answer = context.reader(cells[column] ?? '');
    if (answer.kind === 'value') return answer.value;
    if (answer.kind === 'out-of-range') {
      flags.add('out-of-range');
      report(
        column,
        `${quoteCell(answer.text)} is not an answer on the ${instrument.name} scale (${describeScale(instrument.scale)}); left out of the score.`,
      );
    }
    return null;
  });
  const answered = answers.filter((a) => a !== null).length;
  const scores = scoreAnswers(instrument, answers);
  const overall = scores.score ?? scores.unvalidatedTotal;
  if (overall === null || Object.values(scores.subscales).some((s) => s === null)) flags.add('incomplete');

  const typed: TypedIdentity = {
    code: text(match.codeColumn),
    email: text(match.emailColumn),
    name: text(match.nameColumn),
    id: text(match.idColumn),
  };
  const given = identityOf(typed);
  const found = context.pupils.identify(typed);
  const pupil = found.kind === 'unmatched' ? null : found.pupil;
  if (found.kind === 'fuzzy') flags.add('fuzzy-match');
  if (found.kind === 'unmatched') {
    flags.add('unmatched-pupil');
    const column =
      given === null ? (match.codeColumn ?? match.emailColumn ?? match.nameColumn ?? match.idColumn) : columnOf(match, given.by);
    report(column, `${whyUnmatched(found, given)}; the response is kept on Scores without a pupil until someone chooses who it is.`);
  }

  const submitted = context.timestamps.read(match.timestampColumn === null ? undefined : cells[match.timestampColumn]);
  if (submitted === 'unreadable') report(match.timestampColumn, `${quoteCell(text(match.timestampColumn))} is not a date and time.`);
  const when = submitted === 'unreadable' ? null : submitted;
  const phaseText = text(match.phaseColumn);
  const phase = phaseOf(context, phaseText, responseKey(tab, sheetRow, when), when, pupil?.id ?? null);
  if (phase === null) {
    flags.add('no-phase');
    report(match.phaseColumn, phaseProblem(match.phaseColumn !== null, phaseText));
  }

  return {
    row: {
      submitted: when,
      pupilId: pupil?.id ?? null,
      pupil: pupil?.name ?? given?.text ?? '',
      typedName: given?.text ?? '',
      identifiedBy: given?.by ?? null,
      instrumentId: instrument.id,
      instrument: instrument.name,
      phase,
      phaseText,
      score: scores.score,
      unvalidatedTotal: scores.unvalidatedTotal,
      subscales: scores.subscales,
      answered,
      items: instrument.items.length,
      flags: SCORE_FLAGS.filter((flag) => flags.has(flag)),
      source: { tab, row: sheetRow },
    },
    problems,
  };
}

function columnOf(match: TabMatch, by: IdentifiedBy): number | null {
  return { code: match.codeColumn, email: match.emailColumn, name: match.nameColumn, id: match.idColumn }[by];
}

function whyUnmatched(found: Extract<PupilMatch, { kind: 'unmatched' }>, given: { by: IdentifiedBy; text: string } | null): string {
  if (given === null || found.reason === 'blank') return 'The response does not say who sent it';
  const typed = quoteCell(given.text);
  if (found.reason === 'ambiguous') return `${typed} could be more than one pupil on the register`;
  if (given.by === 'code') return `The personal code ${typed} belongs to no pupil on the register`;
  if (given.by === 'email') return `${typed} is no pupil's email address on the register`;
  return `${typed} is not a pupil on the register`;
}

/**
 * The phase a response says, else the one a person chose for it. Only a form that does not ask
 * has its phase worked out from when it was sent against the pupil's placement; an answer that
 * is neither start nor end ("Not sure", "Mid-point", "1", blank) is never guessed.
 */
function phaseOf(context: ResponseContext, stated: string, key: string, submitted: Date | null, pupilId: PupilId | null): Phase | null {
  const asked = context.match.phaseColumn !== null;
  const read = asked ? readPhase(stated) : null;
  if (read !== null) return read;
  const chosen = context.phases[key];
  if (chosen !== undefined) return chosen;
  if (asked || submitted === null || pupilId === null) return null;
  return phaseFromDate(isoDateOf(submitted), context.placements.get(pupilId) ?? []);
}

function phaseProblem(asked: boolean, stated: string): string {
  const choose = 'choose start or end for it in the sidebar (Questionnaires); until then it counts for neither.';
  if (!asked) return `The form does not ask whether this is the start or the end, and the date does not say: ${choose}`;
  if (stated === '') return `The start or end question was not answered: ${choose}`;
  return `${quoteCell(stated)} does not say start or end: ${choose}`;
}
