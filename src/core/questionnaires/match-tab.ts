/**
 * Decides which instrument a tab of form responses holds, from its headers: Google Forms' grid
 * form `Question [item]` or one column per item, any order, wording matched by meaning (see
 * item-match.ts). The instrument whose items the headers hold most of is the tab's; an item it
 * cannot place is listed for a person, and the tab is still scored from the others. Also finds
 * the columns that say who answered (personal code, email, name or id), when, and at which phase.
 */
import type { ResponseTab } from '../domain';
import { quoteCell } from '../coerce';
import { normaliseText } from '../text';
import { isDate, type CellValue } from '../values';
import type { Instrument } from './instrument';
import { findItems, itemKey, type ItemChoices, type UnresolvedItem } from './item-match';
import { readPhase } from './phase';

export { itemKey } from './item-match';

export interface TabMatch {
  readonly instrument: Instrument;
  /** 0-based column of each item, in the instrument's item order; null for an item without one. */
  readonly itemColumns: readonly (number | null)[];
  /** Items a person must place: none of the headers fits them, or two do. */
  readonly unresolved: readonly UnresolvedItem[];
  readonly codeColumn: number | null;
  readonly emailColumn: number | null;
  readonly nameColumn: number | null;
  readonly idColumn: number | null;
  readonly timestampColumn: number | null;
  readonly phaseColumn: number | null;
}

export type TabMatchResult =
  { readonly kind: 'matched'; readonly match: TabMatch } | { readonly kind: 'unmatched'; readonly reason: string };

/** Fewer items than this share of an instrument (and never fewer than two) is not that instrument. */
const MIN_PRESENT_SHARE = 0.5;

interface Candidate {
  readonly instrument: Instrument;
  readonly found: ReturnType<typeof findItems>;
}

function enough(candidate: Candidate): boolean {
  const items = candidate.instrument.items.length;
  return candidate.found.present >= Math.max(2, Math.ceil(items * MIN_PRESENT_SHARE));
}

/** `choices`: a person's choices for this tab's items, by item key (see item-match.ts). */
export function matchResponseTab(tab: ResponseTab, instruments: readonly Instrument[], choices: ItemChoices = {}): TabMatchResult {
  let best: Candidate | null = null;
  for (const instrument of instruments) {
    const found = findItems(tab.headers, instrument, choices);
    const missing = found.unresolved.length;
    const bestMissing = best === null ? 0 : best.found.unresolved.length;
    // The instrument with more of its items here; among equals, the one with fewer left to place.
    if (best === null || found.present > best.found.present || (found.present === best.found.present && missing < bestMissing))
      best = { instrument, found };
  }
  if (best === null || !enough(best)) return { kind: 'unmatched', reason: unmatchedReason(best) };
  const itemColumns = best.found.columns;
  const others = new Set<number>([
    ...itemColumns.filter((c): c is number => c !== null),
    ...best.found.unresolved.filter((u) => u.reason === 'several').flatMap((u) => u.candidates),
  ]);
  const taken: number[] = [];
  const free = (column: number): boolean => !others.has(column) && !taken.includes(column);
  const claim = (column: number | null): number | null => {
    if (column !== null) taken.push(column);
    return column;
  };
  const header = (column: number): string => itemKey(tab.headers[column] ?? '');
  const codeColumn = claim(findHeader(tab.headers, CODE_HEADER, free));
  const emailColumn = claim(findHeader(tab.headers, EMAIL_HEADER, free));
  const idColumn = claim(findHeader(tab.headers, ID_HEADER, free));
  const nameColumn = claim(findHeader(tab.headers, NAME_HEADER, (c) => free(c) && !NOT_NAME_HEADER.test(header(c))));
  const timestampColumn = claim(findTimestampColumn(tab, free));
  const phaseColumn = claim(findPhaseColumn(tab, free));
  const unresolved = best.found.unresolved.map((u) => (u.reason === 'none' ? { ...u, candidates: u.candidates.filter(free) } : u));
  return {
    kind: 'matched',
    match: {
      instrument: best.instrument,
      itemColumns,
      unresolved,
      codeColumn,
      emailColumn,
      nameColumn,
      idColumn,
      timestampColumn,
      phaseColumn,
    },
  };
}

function unmatchedReason(best: Candidate | null): string {
  const known = 'no questionnaire the add-in knows (the built-in ones or the Instruments tab) has enough of its items among these headers';
  if (best === null || best.found.present === 0) return `These look like form responses, but ${known}.`;
  const missing = best.found.unresolved.map((u) => quoteCell(best.instrument.items[u.item]!.text));
  const shown = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ` and ${missing.length - 3} more` : '');
  return `This may be the ${best.instrument.name}, but too few of its items are among the headers (missing: ${shown}).`;
}

/** The question the add-in's own form asks (`Your personal code`), or a school's own wording of it. */
const CODE_HEADER = /^(your |pupil |student )?(personal )?code$|^personal code\b/;
const EMAIL_HEADER = /^(e ?mail|email address|e mail address|your email( address)?)$/;
const ID_HEADER = /^(pupil |student |learner )?(id|upn|id number|admission (no|number)|adno)$/;
const NAME_HEADER = /\bname\b|^(pupil|student|learner|who are you)$/;
const NOT_NAME_HEADER = /e ?mail|teacher|staff|mentor|school|parent|carer|form tutor/;
const TIMESTAMP_HEADER = /^(timestamp|submitted|submitted at|submission (time|date)|date( submitted)?|date and time)$/;
const PHASE_HEADER = /\b(phase|stage|start|end|before|after|pre|post|baseline|beginning|finish|time point)\b/;

function findHeader(headers: readonly string[], pattern: RegExp, allowed: (column: number) => boolean): number | null {
  const index = headers.findIndex((header, column) => allowed(column) && pattern.test(itemKey(header)));
  return index >= 0 ? index : null;
}

function columnValues(tab: ResponseTab, column: number): CellValue[] {
  const values: CellValue[] = [];
  for (const row of tab.rows) {
    const cell = row[column];
    if (cell !== undefined && !(typeof cell === 'string' && cell.trim() === '')) values.push(cell);
  }
  return values;
}

function findTimestampColumn(tab: ResponseTab, allowed: (column: number) => boolean): number | null {
  const named = findHeader(tab.headers, TIMESTAMP_HEADER, allowed);
  if (named !== null) return named;
  // Otherwise the first column that holds dates.
  const index = tab.headers.findIndex((_, column) => {
    if (!allowed(column)) return false;
    const values = columnValues(tab, column);
    return values.length > 0 && values.every(isDate);
  });
  return index >= 0 ? index : null;
}

function phaseShare(tab: ResponseTab, column: number): number {
  const values = columnValues(tab, column);
  return values.length === 0 ? 0 : values.filter((v) => typeof v === 'string' && readPhase(v) !== null).length / values.length;
}

/** Mostly dates: a `Start date` column, not the start/end question. */
function holdsDates(tab: ResponseTab, column: number): boolean {
  const values = columnValues(tab, column);
  return values.length > 0 && values.filter(isDate).length * 2 >= values.length;
}

/**
 * The start/end question: a column whose header asks it is the one, however its pupils answered
 * ("Not sure", "Mid-point" and blanks are listed for a person, never a reason to look elsewhere);
 * of two, the one whose answers read as phases more often. Without such a header, a column almost
 * all of whose answers read as phases.
 */
function findPhaseColumn(tab: ResponseTab, allowed: (column: number) => boolean): number | null {
  const candidates = tab.headers.map((_, column) => column).filter(allowed);
  const named = candidates
    .filter((column) => PHASE_HEADER.test(itemKey(tab.headers[column] ?? '')) && !holdsDates(tab, column))
    .sort((a, b) => phaseShare(tab, b) - phaseShare(tab, a) || a - b);
  if (named.length > 0) return named[0]!;
  return candidates.find((column) => phaseShare(tab, column) >= 0.9) ?? null;
}

/** A header shown to a person: its own text, or its column when it has none. */
export function headerLabel(headers: readonly string[], column: number): string {
  const text = normaliseText(headers[column] ?? '') === '' ? '' : (headers[column] ?? '').trim();
  return text === '' ? `column ${column + 1}` : text;
}
