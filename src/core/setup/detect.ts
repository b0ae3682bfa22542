/**
 * Finds, in a school's own workbook, the tabs the add-in needs and what each column holds: from
 * the header text first, then, for the few fields whose values are unmistakable, from what the
 * column holds. Nothing here changes the workbook; the result is a mapping a person can correct.
 */
import { dateOrderOf, readDate, readGender, readSen, readYear, isUnreadable, type Read } from '../coerce';
import {
  MAPPING_VERSION,
  type GroupsMapping,
  type KeepApartMapping,
  type Mapping,
  type MeasureMapping,
  type RegisterField,
  type RegisterMapping,
  type ResponsesMapping,
  type SlotGridMapping,
} from '../mapping/schema';
import { userTabs, type TabSnapshot, type WorkbookSnapshot } from '../snapshot';
import { cellText, normaliseHeader, normaliseText, slug } from '../text';
import { isBlank, type CellValue, type IsoDate } from '../values';
import { schoolYearOf } from '../impact/half-terms';
import {
  GROUP_PATTERNS,
  headerKey,
  KEEP_APART_PATTERNS,
  HIGHER_IS_BETTER,
  KNOWN_MEASURES,
  LOWER_IS_BETTER,
  MEASURE_SIDES,
  REGISTER_PATTERNS,
  type Patterns,
} from './header-patterns';
import { isDataRow } from './columns';
import { slotColumns } from './slot-headers';
import { termDatesMapping } from './term-dates';

/**
 * Title rows, notes and a key above the header are allowed, as far as a screen shows (about 30 rows
 * in Sheets): a header further down would be out of sight when the sheet opens, and looking further
 * would risk taking a second table, or the header repeated lower down, for the register's.
 */
export const HEADER_SEARCH_ROWS = 30;
/** Rows sampled when judging a column by its values. */
const SAMPLE_ROWS = 60;
/** Longer than this, a header cell is a note, not a column name: detection passes over it. */
export const MAX_HEADER_LENGTH = 200;
/** Google Sheets names a duplicated tab `Copy of …`. */
const COPY_TAB = /^copy of\b/i;

export interface Candidate<F extends string> {
  readonly tab: TabSnapshot;
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly fields: Partial<Record<F, string>>;
  readonly score: number;
}

export function isOverlongHeader(text: string): boolean {
  return text.length > MAX_HEADER_LENGTH;
}

/** A row's cells as headers; an overlong one counts as blank, so nothing is matched to it or stored. */
function headerCells(tab: TabSnapshot, headerRow: number): string[] {
  return (tab.values[headerRow - 1] ?? []).map((cell) => {
    const text = cellText(cell);
    return isOverlongHeader(text) ? '' : text;
  });
}

function isCopyTab(tab: TabSnapshot): boolean {
  return COPY_TAB.test(tab.name.trim());
}

function dataRowCount(tab: TabSnapshot, headerRow: number): number {
  return tab.values.slice(headerRow).filter(isDataRow).length;
}

/**
 * The better of two candidates: a tab that is not a `Copy of …` first (a stale copy is taken only
 * when nothing else qualifies), then more fields recognised, then more rows of data.
 */
function isBetter<F extends string>(candidate: Candidate<F>, than: Candidate<F> | null): boolean {
  if (!than) return true;
  if (isCopyTab(candidate.tab) !== isCopyTab(than.tab)) return !isCopyTab(candidate.tab);
  if (candidate.score !== than.score) return candidate.score > than.score;
  return dataRowCount(candidate.tab, candidate.headerRow) > dataRowCount(than.tab, than.headerRow);
}

/** Each header goes to the first field whose pattern it matches and that is still free. */
export function matchHeaders<F extends string>(headers: readonly string[], patterns: Patterns<F>): Partial<Record<F, string>> {
  const fields: Partial<Record<F, string>> = {};
  for (const header of headers) {
    const text = headerKey(header);
    if (text === '') continue;
    const hit = patterns.find(([field, pattern]) => fields[field] === undefined && pattern.test(text));
    if (hit) fields[hit[0]] = header;
  }
  return fields;
}

/** The best header row of the best tab for a set of field patterns, among rows `accept` allows. */
export function best<F extends string>(
  tabs: readonly TabSnapshot[],
  patterns: Patterns<F>,
  accept: (fields: Partial<Record<F, string>>) => boolean,
): Candidate<F> | null {
  let winner: Candidate<F> | null = null;
  for (const tab of tabs) {
    for (let headerRow = 1; headerRow <= Math.min(HEADER_SEARCH_ROWS, tab.values.length); headerRow += 1) {
      const headers = headerCells(tab, headerRow);
      const fields = matchHeaders(headers, patterns);
      if (!accept(fields)) continue;
      const candidate = { tab, headerRow, headers, fields, score: Object.keys(fields).length };
      if (isBetter(candidate, winner)) winner = candidate;
    }
  }
  return winner;
}

function hasName(fields: Partial<Record<RegisterField, string>>): boolean {
  return fields.name !== undefined || (fields.surname !== undefined && fields.forename !== undefined);
}

function isRegisterLike(fields: Partial<Record<RegisterField, string>>): boolean {
  return hasName(fields) && Object.keys(fields).length >= 4;
}

export interface DetectOptions {
  /** Today, to tell this school year's register from last year's. */
  readonly today?: IsoDate | null;
  /** The tab the user chose as the register, over the one setup would choose. */
  readonly registerTab?: string;
}

export function detectMapping(snapshot: WorkbookSnapshot, options: DetectOptions = {}): Mapping {
  // The passports, targets and reviews tabs the add-in made are found by their tag, never taken for the register.
  const tabs = userTabs(snapshot).filter((tab) => tab.inputKey === undefined);
  const candidates = registerCandidates(tabs, options.today ?? null);
  const chosen = options.registerTab === undefined ? candidates[0] : candidates.find((c) => c.tab.name === options.registerTab);
  const register = chosen ? registerMapping(chosen, candidates) : null;
  const others = tabs.filter((tab) => tab.name !== register?.tab);
  const groups = groupsMapping(others);
  const keepApart = keepApartMapping(others.filter((tab) => tab.name !== groups?.tab));
  const grids = slotGrids(others);
  const termDates = termDatesMapping(others.filter((tab) => tab.name !== groups?.tab && tab.name !== keepApart?.tab));
  return {
    version: MAPPING_VERSION,
    register,
    groups,
    keepApart,
    lessonTimetable: grids.lessons,
    staffAvailability: grids.staff,
    responses: responseTabs(others),
    termDates,
  };
}

/** The other tabs that could be the register, kept so the user can switch: as many as the mapping holds. */
const MAX_ALTERNATIVES = 10;

function registerMapping(candidate: Candidate<RegisterField>, all: readonly Candidate<RegisterField>[]): RegisterMapping {
  const fields = { ...candidate.fields };
  const taken = new Set<string>(Object.values(fields));
  const measures = detectMeasures(candidate.headers.filter((header) => !taken.has(header)));
  for (const measure of measures) taken.add(measure.start).add(measure.end);
  addByContent(candidate, fields, taken);
  const alternatives = all
    .map((c) => c.tab.name)
    .filter((name) => name !== candidate.tab.name)
    .slice(0, MAX_ALTERNATIVES);
  return {
    tab: candidate.tab.name,
    headerRow: candidate.headerRow,
    fields,
    measures,
    ...(alternatives.length > 0 ? { alternatives } : {}),
  };
}

/** What a register candidate's dates say about which school year it records. */
interface Dated {
  readonly candidate: Candidate<RegisterField>;
  /** Most of its dated rows are in today's school year. */
  readonly current: boolean;
  /** Its middle date, or '' when it has none. */
  readonly typical: string;
}

/**
 * Every tab that could be the register (its best header row), best first: a `Copy of …` last; then
 * this school year's register before any other (so last year's, kept in the same workbook, is
 * never taken however long it is); then more fields recognised; then later dates; then more rows.
 */
function registerCandidates(tabs: readonly TabSnapshot[], today: IsoDate | null): Candidate<RegisterField>[] {
  const dated = tabs.flatMap((tab): Dated[] => {
    const candidate = best([tab], REGISTER_PATTERNS, isRegisterLike);
    if (!candidate) return [];
    const dates = candidateDates(candidate).sort();
    const year = today === null ? null : schoolYearOf(today);
    const current = year !== null && dates.filter((date) => schoolYearOf(date) === year).length * 2 > dates.length;
    return [{ candidate, current, typical: dates[Math.floor(dates.length / 2)] ?? '' }];
  });
  return dated
    .sort(
      (a, b) =>
        Number(isCopyTab(a.candidate.tab)) - Number(isCopyTab(b.candidate.tab)) ||
        Number(b.current) - Number(a.current) ||
        b.candidate.score - a.candidate.score ||
        b.typical.localeCompare(a.typical) ||
        dataRowCount(b.candidate.tab, b.candidate.headerRow) - dataRowCount(a.candidate.tab, a.candidate.headerRow),
    )
    .map((d) => d.candidate);
}

/** Each data row's start date, or its end date when it has no start. */
function candidateDates(candidate: Candidate<RegisterField>): IsoDate[] {
  const column = (field: RegisterField): number => {
    const header = candidate.fields[field];
    return header === undefined ? -1 : candidate.headers.indexOf(header);
  };
  const rows = candidate.tab.values.slice(candidate.headerRow);
  const columns = [column('start'), column('end')].filter((index) => index >= 0);
  const orders = columns.map((index) => dateOrderOf(rows.map((row) => row[index] ?? '')) ?? 'day-first');
  return rows.flatMap((row) => {
    for (const [i, index] of columns.entries()) {
      const date = readDate(row[index] ?? '', orders[i]);
      if (typeof date === 'string') return [date];
    }
    return [];
  });
}

/** Columns whose header said nothing known, judged by their values. */
const CONTENT_READERS: readonly (readonly [RegisterField, (value: CellValue) => Read<unknown>])[] = [
  ['gender', readGender],
  ['year', readYear],
  ['sen', (value) => (isBlank(value) ? null : readSen(value))],
];

function addByContent(candidate: Candidate<RegisterField>, fields: Partial<Record<RegisterField, string>>, taken: Set<string>): void {
  const rows = candidate.tab.values.slice(candidate.headerRow, candidate.headerRow + SAMPLE_ROWS);
  candidate.headers.forEach((header, column) => {
    if (header === '' || taken.has(header)) return;
    const values = rows.map((row) => row[column] ?? '').filter((value) => !isBlank(value));
    if (values.length < 3) return;
    const hit = CONTENT_READERS.find(
      ([field, read]) =>
        fields[field] === undefined &&
        values.every((value) => !isUnreadable(read(value))) &&
        (field !== 'year' || values.some((v) => typeof v === 'string')),
    );
    if (hit) {
      fields[hit[0]] = header;
      taken.add(header);
    }
  });
}

export function detectMeasures(headers: readonly string[]): MeasureMapping[] {
  const sides = new Map<string, { base: string; start?: string; end?: string }>();
  for (const header of headers) {
    if (isOverlongHeader(header)) continue;
    const text = normaliseHeader(header);
    for (const [side, pattern] of MEASURE_SIDES) {
      const base = pattern.exec(text)?.[1]?.trim();
      if (!base) continue;
      const entry = sides.get(base) ?? { base };
      if (entry[side] === undefined) entry[side] = header;
      sides.set(base, entry);
      break;
    }
  }
  const measures: MeasureMapping[] = [];
  const ids = new Set<string>();
  for (const { base, start, end } of sides.values()) {
    if (start === undefined || end === undefined) continue;
    const known = KNOWN_MEASURES.find((measure) => measure.pattern.test(base));
    const lower = LOWER_IS_BETTER.test(base);
    let id = known?.id ?? (slug(base) || 'measure');
    for (let n = 2; ids.has(id); n += 1) id = `${known?.id ?? slug(base)}-${n}`;
    ids.add(id);
    measures.push({
      id,
      label: known?.label ?? labelOf(start),
      start,
      end,
      betterWhen: known?.betterWhen ?? directionOf(base),
      kind:
        known?.kind ??
        (base.includes('%') ? 'percent' : base.includes('month') || /\bage\b/.test(base) ? 'months' : lower ? 'count' : 'score'),
    });
  }
  return measures;
}

/**
 * Which way is better for a measure no list knows, from the words of its header; null when they do
 * not say (a maths score, points of an unknown kind): the sidebar asks instead of guessing.
 */
export function directionOf(base: string): 'higher' | 'lower' | null {
  const lower = LOWER_IS_BETTER.test(base);
  const higher = HIGHER_IS_BETTER.test(base);
  if (lower === higher) return null;
  return lower ? 'lower' : 'higher';
}

/** `Maths score (start)` → `Maths score`. */
function labelOf(startHeader: string): string {
  return (
    startHeader.replace(/\s*\(?\s*(start|before|pre|baseline|entry|on entry|at start|september|autumn)\s*\)?\s*$/i, '').trim() ||
    startHeader.trim()
  );
}

function groupsMapping(tabs: readonly TabSnapshot[]): GroupsMapping | null {
  const found = best(tabs, GROUP_PATTERNS, (fields) => fields.group !== undefined && Object.keys(fields).length >= 3);
  return found ? { tab: found.tab.name, headerRow: found.headerRow, fields: found.fields } : null;
}

function keepApartMapping(tabs: readonly TabSnapshot[]): KeepApartMapping | null {
  const found = best(tabs, KEEP_APART_PATTERNS, (fields) => fields.pupilA !== undefined && fields.pupilB !== undefined);
  return found ? { tab: found.tab.name, headerRow: found.headerRow, fields: found.fields } : null;
}

const STAFF_KEY = /staff|teacher|adult|mentor|name|who|colleague/;
const LESSON_KEY = /year|yr|form|class|group|pupil|student|tutor/;

/** Timetable-shaped tabs: a lesson timetable (subjects) and staff availability (who is busy). */
function slotGrids(tabs: readonly TabSnapshot[]): { lessons: SlotGridMapping | null; staff: SlotGridMapping | null } {
  let lessons: SlotGridMapping | null = null;
  let staff: SlotGridMapping | null = null;
  for (const tab of [...tabs.filter((t) => !isCopyTab(t)), ...tabs.filter(isCopyTab)]) {
    for (let headerRow = 1; headerRow <= Math.min(HEADER_SEARCH_ROWS, tab.values.length); headerRow += 1) {
      const headers = headerCells(tab, headerRow);
      const slots = slotColumns(headers);
      if (slots.length < 5) continue;
      const slotHeaders = new Set(slots.map((slot) => slot.header));
      const keyColumn = headers.find((header) => header !== '' && !slotHeaders.has(header));
      if (keyColumn === undefined) break;
      const grid: SlotGridMapping = { tab: tab.name, headerRow, keyColumn, slots };
      if (isStaffGrid(tab, headerRow, keyColumn)) staff ??= grid;
      else lessons ??= grid;
      break;
    }
  }
  return { lessons, staff };
}

function isStaffGrid(tab: TabSnapshot, headerRow: number, keyColumn: string): boolean {
  const key = normaliseHeader(keyColumn);
  if (STAFF_KEY.test(key) && !/pupil|student/.test(key)) return true;
  if (LESSON_KEY.test(key)) return false;
  // Neither header says: staff rows start with a title; lesson rows name a year or a form.
  const column = headerCells(tab, headerRow).indexOf(keyColumn);
  const keys = tab.values.slice(headerRow).map((row) => cellText(row[column]));
  return keys.filter((text) => /^(mr|mrs|ms|miss|mx|dr)\b/i.test(text)).length > keys.length / 2;
}

/**
 * Google Forms writes `Timestamp` first; its tabs are `Form Responses N` unless renamed. A
 * `Copy of` a response tab that is itself there would score every response twice: it is left out.
 */
function responseTabs(tabs: readonly TabSnapshot[]): ResponsesMapping[] {
  const found = tabs.filter(
    (tab) => normaliseHeader(cellText(tab.values[0]?.[0])) === 'timestamp' || /^form responses( \d+)?$/i.test(tab.name.trim()),
  );
  const names = new Set(found.map((tab) => normaliseText(tab.name)));
  return found
    .filter((tab) => !isCopyTab(tab) || !names.has(normaliseText(tab.name.trim().replace(COPY_TAB, ''))))
    .map((tab) => ({ tab: tab.name, headerRow: 1 }));
}
