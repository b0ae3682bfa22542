/**
 * Decides which instrument a tab of form responses holds, from its headers alone: Google Forms'
 * grid form `Question [item]` or one column per item, any order, any case, punctuation or curly
 * quotes. Also finds the columns that say who answered, when, and at which phase. A tab whose
 * headers hold no instrument in full is reported, never guessed.
 */
import type { ResponseTab } from '../domain';
import { normaliseText } from '../text';
import { isDate, type CellValue } from '../values';
import type { Instrument } from './instrument';
import { readPhase } from './phase';
import { quoteCell } from '../coerce';

export interface TabMatch {
  readonly instrument: Instrument;
  /** 0-based column of each item, in the instrument's item order. */
  readonly itemColumns: readonly number[];
  readonly nameColumn: number | null;
  readonly idColumn: number | null;
  readonly timestampColumn: number | null;
  readonly phaseColumn: number | null;
}

export type TabMatchResult =
  { readonly kind: 'matched'; readonly match: TabMatch } | { readonly kind: 'unmatched'; readonly reason: string };

/** Words only: case, curly quotes, apostrophes, ellipses and other punctuation dropped. */
export function itemKey(text: string): string {
  return normaliseText(text)
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface HeaderParts {
  /** The question a grid row sits under ('' for a plain header). */
  readonly question: string;
  readonly text: string;
}

const NUMBERING = /^q?\d+\s+/;

/**
 * The ways a header can be read: `Question [item]` (Google Forms' grid), the header as the item,
 * and, for one column per item, `Question? item` or `Stem... item` split at the break.
 */
function headerParts(header: string): HeaderParts[] {
  const grid = /^(.*)\[([^\]]*)\]\s*$/s.exec(header);
  // A leading question number (`1.`, `Q3)`) is not part of the wording.
  if (grid) return [{ question: itemKey(grid[1]!).replace(NUMBERING, ''), text: itemKey(grid[2]!).replace(NUMBERING, '') }];
  const whole: HeaderParts = { question: '', text: itemKey(header).replace(NUMBERING, '') };
  const split = /^(.*?(?:\?|:|\u2026|\.\.\.))\s*(.+)$/s.exec(header);
  return split ? [whole, { question: itemKey(split[1]!).replace(NUMBERING, ''), text: itemKey(split[2]!) }] : [whole];
}

interface ItemKeys {
  readonly stem: string;
  readonly text: string;
  readonly full: string;
}

function itemKeysOf(instrument: Instrument): ItemKeys[] {
  return instrument.items.map((item) => {
    const stem = item.stem === null ? '' : itemKey(item.stem);
    const text = itemKey(item.text);
    return { stem, text, full: stem === '' ? text : `${stem} ${text}` };
  });
}

/** How well a header names an item: 3 wording and stem, 2 wording and a similar stem, 1 wording only. */
function fit(header: HeaderParts, item: ItemKeys): number {
  if (header.question === '') {
    if (item.stem !== '' && header.text === item.full) return 3;
    return header.text === item.text ? 1 : 0;
  }
  if (header.text !== item.text) return header.text === item.full ? 3 : 0;
  if (item.stem === '') return 1;
  if (header.question === item.stem) return 3;
  return header.question.includes(item.stem) || item.stem.includes(header.question) ? 2 : 1;
}

/**
 * Each item's column: the best-fitting header wins, ties going to the leftmost column and the
 * earliest item, so two items with the same wording under different stems find their own columns.
 */
function assignItems(headers: readonly HeaderParts[][], instrument: Instrument): (number | null)[] {
  const keys = itemKeysOf(instrument);
  const pairs: { column: number; item: number; score: number }[] = [];
  headers.forEach((readings, column) => {
    keys.forEach((item, index) => {
      const score = Math.max(0, ...readings.map((reading) => (reading.text === '' ? 0 : fit(reading, item))));
      if (score > 0) pairs.push({ column, item: index, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.column - b.column || a.item - b.item);
  const columns: (number | null)[] = keys.map(() => null);
  const usedColumns = new Set<number>();
  for (const pair of pairs) {
    if (columns[pair.item] !== null || usedColumns.has(pair.column)) continue;
    columns[pair.item] = pair.column;
    usedColumns.add(pair.column);
  }
  return columns;
}

export function matchResponseTab(tab: ResponseTab, instruments: readonly Instrument[]): TabMatchResult {
  const headers = tab.headers.map(headerParts);
  let best: { instrument: Instrument; columns: (number | null)[]; found: number } | null = null;
  for (const instrument of instruments) {
    const columns = assignItems(headers, instrument);
    const found = columns.filter((c) => c !== null).length;
    const complete = found === columns.length;
    const bestComplete = best !== null && best.found === best.columns.length;
    // A complete match beats a partial one; among equals, the instrument with more items.
    if (best === null || (complete && !bestComplete) || (complete === bestComplete && found > best.found))
      best = { instrument, columns, found };
  }
  if (best === null || best.found < best.columns.length) return { kind: 'unmatched', reason: unmatchedReason(best) };
  const itemColumns = best.columns as number[];
  const others = new Set(itemColumns);
  const free = (column: number): boolean => !others.has(column);
  const idColumn = findHeader(tab.headers, ID_HEADER, free);
  const nameColumn = findHeader(
    tab.headers,
    NAME_HEADER,
    (c) => free(c) && c !== idColumn && !NOT_NAME_HEADER.test(normaliseText(tab.headers[c] ?? '')),
  );
  const timestampColumn = findTimestampColumn(tab, (c) => free(c) && c !== idColumn && c !== nameColumn);
  const phaseColumn = findPhaseColumn(tab, (c) => free(c) && c !== idColumn && c !== nameColumn && c !== timestampColumn);
  return { kind: 'matched', match: { instrument: best.instrument, itemColumns, nameColumn, idColumn, timestampColumn, phaseColumn } };
}

function unmatchedReason(best: { instrument: Instrument; columns: (number | null)[]; found: number } | null): string {
  const known = 'no questionnaire the add-in knows (the built-in ones or the Instruments tab) has all its items among these headers';
  if (best === null || best.found < best.columns.length / 2) return `These look like form responses, but ${known}.`;
  const missing = best.instrument.items.filter((_, index) => best.columns[index] === null).map((item) => `${quoteCell(item.text)}`);
  const shown = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ` and ${missing.length - 3} more` : '');
  return `This looks like the ${best.instrument.name}, but ${missing.length === 1 ? 'an item is' : `${missing.length} items are`} missing from the headers: ${shown}.`;
}

const ID_HEADER = /^(pupil |student |learner )?(id|upn|id number|admission (no|number)|adno)$/;
const NAME_HEADER = /\bname\b|^(pupil|student|learner|who are you\??)$/;
const NOT_NAME_HEADER = /e-?mail|teacher|staff|mentor|school|parent|carer|form tutor/;
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

/** Most of a column's answers read as a phase. */
function readsAsPhase(tab: ResponseTab, column: number): boolean {
  const values = columnValues(tab, column).filter((v) => typeof v === 'string');
  return values.length > 0 && values.filter((v) => readPhase(String(v)) !== null).length >= values.length * 0.9;
}

function findPhaseColumn(tab: ResponseTab, allowed: (column: number) => boolean): number | null {
  const candidates = tab.headers.map((_, column) => column).filter(allowed);
  const named = candidates.filter((column) => PHASE_HEADER.test(itemKey(tab.headers[column] ?? '')));
  // A named column counts even with no answers yet (a new form); an unnamed one must read as phases.
  const byName = named.find((column) => readsAsPhase(tab, column)) ?? named.find((column) => columnValues(tab, column).length === 0);
  return byName ?? candidates.find((column) => readsAsPhase(tab, column)) ?? null;
}
