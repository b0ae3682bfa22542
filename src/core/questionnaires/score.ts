/**
 * Scores one form response: answers read against the scale, reverse-keyed items turned round
 * (min + max − answer), the total and each subscale as a mean or sum of the answered items when
 * enough are answered, and the flags a person should look at.
 */
import type { Placement, PupilId, SourceRef } from '../domain';
import { problem, type Problem } from '../problems';
import { cellText } from '../text';
import { isBlank, isDate, isoDateOf, type CellValue } from '../values';
import { answerReader, describeScale, type AnswerReader } from './answers';
import { requiredAnswers, subscalesOf, type Instrument, type Scoring } from './instrument';
import type { TabMatch } from './match-tab';
import { phaseFromDate, readPhase, type Phase } from './phase';
import type { PupilMatcher } from './pupil-match';
import { quoteCell } from '../coerce';

export const SCORE_FLAGS = ['unmatched-pupil', 'fuzzy-match', 'incomplete', 'duplicate', 'out-of-range', 'no-phase'] as const;
export type ScoreFlag = (typeof SCORE_FLAGS)[number];

export interface ScoreRow {
  readonly submitted: Date | null;
  readonly pupilId: PupilId | null;
  /** The register's name for a matched pupil, otherwise the name as typed. */
  readonly pupil: string;
  readonly typedName: string;
  readonly instrumentId: string;
  readonly instrument: string;
  readonly phase: Phase | null;
  readonly score: number | null;
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
  readonly pupils: PupilMatcher;
  readonly placements: ReadonlyMap<PupilId, readonly Placement[]>;
}

export function responseContext(
  tab: string,
  headers: readonly string[],
  match: TabMatch,
  pupils: PupilMatcher,
  placements: ReadonlyMap<PupilId, readonly Placement[]>,
): ResponseContext {
  return { tab, headers, match, reader: answerReader(match.instrument.scale), pupils, placements };
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

/** Mean or sum of the answered values; the sum is prorated to all items. Null below the minimum. */
export function aggregate(values: readonly (number | null)[], scoring: Scoring, share: number): number | null {
  let sum = 0;
  let answered = 0;
  for (const value of values) {
    if (value === null) continue;
    sum += value;
    answered++;
  }
  if (values.length === 0 || answered < requiredAnswers(values.length, share)) return null;
  const mean = sum / answered;
  return scoring === 'mean' ? mean : mean * values.length;
}

/** Each item's keyed value (reverse items turned round), null when unanswered or unreadable. */
export function keyedValues(instrument: Instrument, answers: readonly (number | null)[]): (number | null)[] {
  const { min, max } = instrument.scale;
  return instrument.items.map((item, index) => {
    const answer = answers[index] ?? null;
    return answer === null ? null : item.reverse ? min + max - answer : answer;
  });
}

export interface InstrumentScores {
  readonly score: number | null;
  readonly subscales: Record<string, number | null>;
}

export function scoreAnswers(instrument: Instrument, answers: readonly (number | null)[]): InstrumentScores {
  const keyed = keyedValues(instrument, answers);
  const subscales: Record<string, number | null> = {};
  for (const name of subscalesOf(instrument)) {
    const values = keyed.filter((_, index) => instrument.items[index]!.subscale === name);
    subscales[name] = aggregate(values, instrument.scoring.subscales, instrument.minAnsweredShare);
  }
  return { score: aggregate(keyed, instrument.scoring.total, instrument.minAnsweredShare), subscales };
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

  const answers = match.itemColumns.map((column) => {
    const answer = context.reader(cells[column] ?? '');
    if (answer.kind === 'value') return answer.value;
    if (answer.kind === 'out-of-range') {
      flags.add('out-of-range');
      problems.push(
        problem(
          'score',
          tab,
          sheetRow,
          header(column),
          `${quoteCell(answer.text)} is not an answer on the ${instrument.name} scale (${describeScale(instrument.scale)}); left out of the score.`,
        ),
      );
    }
    return null;
  });
  const answered = answers.filter((a) => a !== null).length;
  const { score, subscales } = scoreAnswers(instrument, answers);
  if (score === null || Object.values(subscales).some((s) => s === null)) flags.add('incomplete');

  const typedName = match.nameColumn === null ? '' : cellText(cells[match.nameColumn]);
  const typedId = match.idColumn === null ? '' : cellText(cells[match.idColumn]);
  const found = context.pupils.match(typedName, typedId);
  const pupil = found.kind === 'unmatched' ? null : found.pupil;
  if (found.kind === 'fuzzy') flags.add('fuzzy-match');
  if (found.kind === 'unmatched') {
    flags.add('unmatched-pupil');
    const column = header(match.nameColumn ?? match.idColumn);
    const typed = typedName || typedId;
    const why =
      found.reason === 'blank'
        ? 'No pupil name was given'
        : found.reason === 'ambiguous'
          ? `${quoteCell(typed)} could be more than one pupil on the register`
          : `${quoteCell(typed)} is not a pupil on the register`;
    problems.push(
      problem('score', tab, sheetRow, column, `${why}; the response is kept on Scores without a pupil until someone chooses who it is.`),
    );
  }

  const submitted = readTimestamp(match.timestampColumn === null ? '' : (cells[match.timestampColumn] ?? ''));
  if (submitted === 'unreadable')
    problems.push(
      problem(
        'score',
        tab,
        sheetRow,
        header(match.timestampColumn),
        `${quoteCell(cellText(cells[match.timestampColumn!]))} is not a date and time.`,
      ),
    );
  const when = submitted === 'unreadable' ? null : submitted;
  const phase = phaseOf(context, cells, when, pupil?.id ?? null);
  if (phase === null) flags.add('no-phase');

  return {
    row: {
      submitted: when,
      pupilId: pupil?.id ?? null,
      pupil: pupil?.name ?? (typedName || typedId),
      typedName: typedName || typedId,
      instrumentId: instrument.id,
      instrument: instrument.name,
      phase,
      score,
      subscales,
      answered,
      items: instrument.items.length,
      flags: SCORE_FLAGS.filter((flag) => flags.has(flag)),
      source: { tab, row: sheetRow },
    },
    problems,
  };
}

function phaseOf(context: ResponseContext, cells: readonly CellValue[], submitted: Date | null, pupilId: PupilId | null): Phase | null {
  const column = context.match.phaseColumn;
  const stated = column === null ? null : readPhase(cellText(cells[column]));
  if (stated !== null) return stated;
  if (submitted === null || pupilId === null) return null;
  return phaseFromDate(isoDateOf(submitted), context.placements.get(pupilId) ?? []);
}

/** A form's Timestamp: a date cell, or text as `dd/mm/yyyy hh:mm[:ss]` or `yyyy-mm-dd hh:mm[:ss]`. */
export function readTimestamp(cell: CellValue): Date | null | 'unreadable' {
  if (isDate(cell)) return cell;
  if (isBlank(cell)) return null;
  const text = String(cell).trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  const parts = uk ? [uk[3], uk[2], uk[1], uk[4], uk[5], uk[6]] : iso ? iso.slice(1, 7) : null;
  if (!parts) return 'unreadable';
  const [y, mo, d, h, mi, s] = parts.map((p) => Number(p ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, s);
  return date.getMonth() === mo - 1 && date.getDate() === d && h < 24 && mi < 60 && s < 60 ? date : 'unreadable';
}

/**
 * Same pupil, instrument and phase: the latest response counts. A fuzzy match is a guess until a
 * person confirms it, so it neither replaces nor is replaced by a response that names the pupil.
 */
function duplicateKey(row: ScoreRow): string | null {
  if (row.pupilId === null || row.phase === null || row.flags.includes('fuzzy-match')) return null;
  return `${row.pupilId}\u0000${row.instrumentId}\u0000${row.phase}`;
}

export function withFlag(row: ScoreRow, flag: ScoreFlag): ScoreRow {
  if (row.flags.includes(flag)) return row;
  const flags = new Set([...row.flags, flag]);
  return { ...row, flags: SCORE_FLAGS.filter((f) => flags.has(f)) };
}

/**
 * Flags every response but the latest of each pupil, instrument and phase as `duplicate`.
 * Rows must be in submission order; returns them in the same order.
 */
export function markDuplicates(rows: readonly ScoreRow[]): ScoreRow[] {
  const latest = new Map<string, number>();
  rows.forEach((row, index) => {
    const key = duplicateKey(row);
    if (key !== null) latest.set(key, index);
  });
  return rows.map((row, index) => {
    const key = duplicateKey(row);
    return key !== null && latest.get(key) !== index ? withFlag(row, 'duplicate') : row;
  });
}

/** Submission order: by timestamp, then tab and row for responses sent together or undated (last). */
export function bySubmission(tabOrder: ReadonlyMap<string, number>): (a: ScoreRow, b: ScoreRow) => number {
  return (a, b) => {
    const at = a.submitted?.getTime() ?? Number.POSITIVE_INFINITY;
    const bt = b.submitted?.getTime() ?? Number.POSITIVE_INFINITY;
    if (at !== bt) return at < bt ? -1 : 1;
    return (tabOrder.get(a.source.tab) ?? 0) - (tabOrder.get(b.source.tab) ?? 0) || a.source.row - b.source.row;
  };
}
