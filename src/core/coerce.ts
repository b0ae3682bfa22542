/**
 * Reads cell values the many ways schools write them. Each reader returns the value, `null` for a
 * blank cell, or an `Unreadable` naming what was expected, so the caller can report the cell on
 * `Problems` and carry on with the rest of the row.
 */
import type { Gender, PlacementType, SenStatus } from './domain';
import { normaliseText } from './text';
import { isBlank, isDate, isoDateOf, type CellValue, type IsoDate } from './values';

export interface Unreadable {
  readonly unreadable: string;
}

export type Read<T> = T | null | Unreadable;

export function isUnreadable<T>(value: Read<T>): value is Unreadable {
  return typeof value === 'object' && value !== null && 'unreadable' in value;
}

/** Cells are quoted in reasons so people can find them; a long one is cut short. */
const QUOTE_MAX = 60;

/** A cell's text on one line, cut short with `…` when it is long. */
export function shortText(value: CellValue): string {
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
}

export function quoteCell(value: CellValue): string {
  return `"${shortText(value)}"`;
}

/** What Sheets shows in a cell whose formula failed: never a value, whatever the column holds. */
const ERROR_VALUE = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/i;

export function isErrorValue(value: CellValue): boolean {
  return typeof value === 'string' && ERROR_VALUE.test(value.trim());
}

function unreadable(expected: string, value: CellValue): Unreadable {
  if (isErrorValue(value)) return { unreadable: `${quoteCell(value)} is an error from a formula, not ${expected}` };
  return { unreadable: `${quoteCell(value)} is not ${expected}` };
}

function words(value: CellValue): string {
  return normaliseText(String(value)).replace(/[.!]+$/, '');
}

export function readText(value: CellValue): string | null {
  if (isBlank(value)) return null;
  return isDate(value) ? isoDateOf(value) : String(value).replace(/\s+/g, ' ').trim();
}

/** `7`, `Y7`, `Yr 7`, `Year 7`, `NC Yr 7` → 7 (Reception to Year 13). */
export function readYear(value: CellValue): Read<number> {
  if (isBlank(value)) return null;
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 1 && value <= 13 ? value : unreadable('a year group from 1 to 13', value);
  const match = /^(?:nc\s*)?(?:y|yr|year)?\s*-?\s*(\d{1,2})$/.exec(words(value));
  const year = match ? Number(match[1]) : NaN;
  return year >= 1 && year <= 13 ? year : unreadable('a year group such as 7, Y7 or Year 7', value);
}

const GENDERS: Record<string, Gender> = {
  f: 'F',
  female: 'F',
  girl: 'F',
  g: 'F',
  w: 'F',
  woman: 'F',
  m: 'M',
  male: 'M',
  boy: 'M',
  b: 'M',
  man: 'M',
  x: 'other',
  other: 'other',
  'non-binary': 'other',
  nonbinary: 'other',
  nb: 'other',
};

/** Answers that decline to give a gender: legitimate, read as no gender recorded, never a problem. */
const GENDER_DECLINED = new Set([
  'prefer not to say',
  'prefer not to answer',
  'rather not say',
  'not stated',
  'not known',
  'unknown',
  'withheld',
  'declined',
]);

export function readGender(value: CellValue): Read<Gender> {
  if (isBlank(value)) return null;
  const text = words(value);
  if (GENDER_DECLINED.has(text)) return null;
  return GENDERS[text] ?? unreadable('a gender such as F, M, Female, Male, Girl or Boy', value);
}

const SEN: Record<string, SenStatus> = {
  n: 'none',
  no: 'none',
  none: 'none',
  '-': 'none',
  k: 'support',
  'sen support': 'support',
  support: 'support',
  sen: 'support',
  'sen k': 'support',
  yes: 'support',
  y: 'support',
  e: 'ehcp',
  ehcp: 'ehcp',
  ehc: 'ehcp',
  'ehc plan': 'ehcp',
  statement: 'ehcp',
  s: 'ehcp',
};

/** Blank means no special educational needs, as registers leave the column empty. */
export function readSen(value: CellValue): SenStatus | Unreadable {
  if (isBlank(value)) return 'none';
  return SEN[words(value)] ?? unreadable('an SEN status such as N, K (SEN Support) or E (EHCP)', value);
}

/** Words and ticks for yes: a cross in a tick column (`x`) marks the box, as on paper. */
const YES = new Set([
  'yes',
  'y',
  'true',
  '1',
  '✓',
  '✔',
  '✅',
  '☑',
  '√',
  'x',
  'tick',
  'ticked',
  'done',
  'given',
  'received',
  'returned',
  'signed',
  'agreed',
  'informed',
]);
const NO = new Set(['no', 'n', 'false', '0', '✗', '✘', '❌', 'not given', 'not signed', 'refused', 'declined', 'pending', 'awaiting']);

export function readYesNo(value: CellValue): Read<boolean> {
  if (typeof value === 'boolean') return value;
  if (isBlank(value)) return null;
  const text = words(value);
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return unreadable('Yes or No', value);
}

/** Consent as schools record it: yes or no, a tick, or the date it was given (a date means yes). */
export function readConsent(value: CellValue): Read<boolean> {
  if (isDate(value)) return true;
  const answer = readYesNo(value);
  if (!isUnreadable(answer)) return answer;
  return isUnreadable(readDate(value)) ? unreadable('Yes, No, a tick or the date consent was given', value) : true;
}

export function readPlacementType(value: CellValue): Read<PlacementType> {
  if (isBlank(value)) return null;
  const text = words(value).replace(/\s+/g, '');
  if (/^(1-?1|1:1|1to1|one-?to-?one|individual)$/.test(text)) return '1-1';
  if (/^(group|grp|smallgroup)$/.test(text)) return 'group';
  if (/^(referred|referral|waiting|waitinglist|pending)$/.test(text)) return 'referred';
  return unreadable('1-1, Group or Referred', value);
}

/** Which way round a column writes its numeric dates; schools in the UK write the day first. */
export type DateOrder = 'day-first' | 'month-first';

const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** `12 Jul 2026`, `Mon 12th July 2026`, `12-Jul-26`: the month in words is never ambiguous. */
const WORDED_DATE = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?[\s,-]+(\d{2}|\d{4})$/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const A_DATE = 'a date written as dd/mm/yyyy';

/** 1–12 for a month's name or its usual short form (`Jul`, `Sept`), 0 for any other word. */
function monthOfWord(word: string): number {
  const text = word.toLowerCase();
  return MONTHS.findIndex((month) => month === text || month.slice(0, 3) === text || (month === 'september' && text === 'sept')) + 1;
}

/** The two numbers of a numeric text date before its year (`12/07/2026` → 12 and 7), or null. */
export function dateParts(value: CellValue): { readonly first: number; readonly second: number } | null {
  if (typeof value !== 'string') return null;
  const match = NUMERIC_DATE.exec(value.trim());
  return match ? { first: Number(match[1]), second: Number(match[2]) } : null;
}

/** A numeric date either way round reads as a real day: `12/07/2026`, but not `25/12/2026` or `07/07/2026`. */
export function isAmbiguousDate(value: CellValue): boolean {
  const parts = dateParts(value);
  return parts !== null && parts.first !== parts.second && parts.first <= 12 && parts.second <= 12 && parts.first >= 1 && parts.second >= 1;
}

/**
 * How a column writes its dates, from the dates that can only be read one way (`25/12/2026` is day
 * first, `12/25/2026` month first); `null` when none can tell. The majority wins a mixed column.
 */
export function dateOrderOf(values: readonly CellValue[]): DateOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const value of values) {
    const parts = dateParts(value);
    if (!parts) continue;
    if (parts.first > 12 && parts.second <= 12) dayFirst += 1;
    if (parts.second > 12 && parts.first <= 12) monthFirst += 1;
  }
  if (dayFirst === 0 && monthFirst === 0) return null;
  return monthFirst > dayFirst ? 'month-first' : 'day-first';
}

function isoOf(year: number, month: number, day: number): IsoDate | null {
  const full = year < 100 ? 2000 + year : year;
  const date = new Date(Date.UTC(full, month - 1, day));
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || full < 1000) return null;
  return `${full}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/**
 * A date cell, or text as `dd/mm/yyyy`, `d/m/yy`, `dd-mm-yyyy`, `dd.mm.yyyy`, `yyyy-mm-dd` or with
 * the month in words. `order` says which way round the column writes numeric dates (day first unless
 * the column shows otherwise: see `dateOrderOf`).
 */
export function readDate(value: CellValue, order: DateOrder = 'day-first'): Read<IsoDate> {
  if (isBlank(value)) return null;
  if (isDate(value)) return isoDateOf(value);
  const text = String(value).trim();
  const iso = ISO_DATE.exec(text);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? unreadable(A_DATE, value);
  const worded = WORDED_DATE.exec(text);
  if (worded) return isoOf(Number(worded[3]), monthOfWord(worded[2]!), Number(worded[1])) ?? unreadable(A_DATE, value);
  const parts = dateParts(value);
  const year = Number(NUMERIC_DATE.exec(text)?.[3]);
  if (!parts) return unreadable(A_DATE, value);
  const [day, month] = order === 'day-first' ? [parts.first, parts.second] : [parts.second, parts.first];
  const read = isoOf(year, month, day);
  if (read) return read;
  const otherWay = isoOf(year, day, month);
  if (otherWay)
    return {
      unreadable: `${quoteCell(value)} is written ${order === 'day-first' ? 'month first' : 'day first'}, but this column writes dates ${order === 'day-first' ? 'day first (dd/mm/yyyy)' : 'month first (mm/dd/yyyy)'}`,
    };
  return unreadable(A_DATE, value);
}

function numberOf(value: CellValue): number {
  if (typeof value === 'number') return value;
  const text = String(value).trim().replace(/,/g, '');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : NaN;
}

export function readNumber(value: CellValue): Read<number> {
  if (isBlank(value)) return null;
  const n = numberOf(value);
  return Number.isFinite(n) ? n : unreadable('a number', value);
}

/** A count or a number of months: a number that cannot be below 0. */
export function readCount(value: CellValue): Read<number> {
  const n = readNumber(value);
  if (typeof n === 'number' && n < 0) return unreadable('a count of 0 or more', value);
  return n;
}

/** Ages above this many years are not reading or spelling ages; below 4 years none is tested. */
const MAX_AGE_YEARS = 20;
const MIN_AGE_MONTHS = 48;
const AGE_EXAMPLES = 'such as 9:04, 9y 4m or 112 months';

function ageUnreadable(value: CellValue): Unreadable {
  return unreadable(`a reading or spelling age ${AGE_EXAMPLES}`, value);
}

/** `readings`: the two ages the cell could be, as words. */
function ambiguousAge(value: CellValue, readings: string): Unreadable {
  return { unreadable: `${quoteCell(value)} could be ${readings}: write the age as 9:04, 9y 4m or 112 months` };
}

function yearsMonthsText(years: number, months: number): string {
  return `${years} years ${months} ${months === 1 ? 'month' : 'months'}`;
}

/** `9.1` could be 9 years 1 month or 9.10 typed short; `9.5` could be 9 years 5 months or 9½ years. */
function oneDecimalReadings(years: number, tenth: number, text: string): string {
  const other = tenth === 1 ? `${yearsMonthsText(years, 10)} (9.10 typed as 9.1)` : `${text} years`;
  return `${yearsMonthsText(years, tenth)} or ${other}`;
}

function yearsAndMonths(years: number, months: number, value: CellValue): Read<number> {
  if (months > 11) return ageUnreadable(value);
  if (years < 1 || years >= MAX_AGE_YEARS) return ageUnreadable(value);
  return years * 12 + months;
}

/** A whole number: months when it is at least 48, years below 20, and in between it could be either. */
function wholeAge(n: number, value: CellValue): Read<number> {
  if (n >= MIN_AGE_MONTHS && n < MAX_AGE_YEARS * 12) return n;
  if (n >= 1 && n < MAX_AGE_YEARS) return n * 12;
  if (n >= MAX_AGE_YEARS && n < MIN_AGE_MONTHS) return ambiguousAge(value, `${n} years or ${n} months`);
  return ageUnreadable(value);
}

/**
 * A reading or spelling age in months, as schools write it: `9.04`, `9:04`, `9:4`, `9-4`, `9y 4m`,
 * `9 years 4 months`, `112 months`, or a number of months (112). A decimal is years and months
 * (`9.04` is 9 years 4 months, never 9.04 years); one that could be read two ways (`9.1` is 9 years
 * 1 month or, typed as 9.10, 10 months; `9.5` may be 9½ years) is refused, so it goes to Problems.
 */
export function readAge(value: CellValue): Read<number> {
  if (isBlank(value)) return null;
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return wholeAge(value, value);
    const hundredths = Math.round(value * 100);
    if (Math.abs(value * 100 - hundredths) > 1e-6 || value < 0) return ageUnreadable(value);
    const [years, months] = [Math.floor(hundredths / 100), hundredths % 100];
    if (months % 10 === 0) return ambiguousAge(value, oneDecimalReadings(years, months / 10, String(value)));
    if (months > 11) return ageUnreadable(value);
    return yearsAndMonths(years, months, value);
  }
  const text = String(value).trim().toLowerCase();
  const whole = /^(\d{1,3})$/.exec(text);
  if (whole) return wholeAge(Number(whole[1]), value);
  const separated = /^(\d{1,2})\s*[:;\-/]\s*(\d{1,2})$/.exec(text) ?? /^(\d{1,2})\.(\d{2})$/.exec(text);
  if (separated) return yearsAndMonths(Number(separated[1]), Number(separated[2]), value);
  const oneDecimal = /^(\d{1,2})\.(\d)$/.exec(text);
  if (oneDecimal && oneDecimal[2] === '0') return yearsAndMonths(Number(oneDecimal[1]), 0, value);
  if (oneDecimal) return ambiguousAge(value, oneDecimalReadings(Number(oneDecimal[1]), Number(oneDecimal[2]), text));
  const worded = /^(\d{1,2})\s*(?:y|yr|yrs|year|years)\.?\s*,?\s*(?:and\s*)?(?:(\d{1,2})\s*(?:m|mo|mth|mths|month|months)?\.?)?$/.exec(
    text,
  );
  if (worded) return yearsAndMonths(Number(worded[1]), Number(worded[2] ?? 0), value);
  const months = /^(\d{2,3})\s*(?:m|mo|mth|mths|month|months)\.?$/.exec(text);
  if (months) return Number(months[1]) >= 12 ? Number(months[1]) : ageUnreadable(value);
  return ageUnreadable(value);
}

/** `85`, `85%` and `0.85` (a cell formatted as a percentage) all read as 85. */
export function readPercent(value: CellValue): Read<number> {
  if (isBlank(value)) return null;
  const text = typeof value === 'string' ? value.trim() : null;
  const n = text?.endsWith('%') ? numberOf(text.slice(0, -1)) : numberOf(value);
  if (!Number.isFinite(n)) return unreadable('a percentage such as 85 or 85%', value);
  const percent = !text?.endsWith('%') && n > 0 && n <= 1 ? n * 100 : n;
  return percent >= 0 && percent <= 100 ? Math.round(percent * 100) / 100 : unreadable('a percentage from 0 to 100', value);
}

export interface PersonName {
  readonly forename: string | null;
  readonly surname: string | null;
  /** `Forename Surname`. */
  readonly display: string;
}

/** Letters (any alphabet), spaces, hyphens and apostrophes: what a forename or surname is made of. */
const NAME_PART = /^[\p{L}\p{M}][\p{L}\p{M} '’-]*$/u;

/**
 * `Surname, Forename` or `Forename Surname`, with stray spaces tidied. A comma splits the name only
 * when both sides look like names, so `@SUM(1,2)` or `Smith, 3` stays as it was written.
 */
export function readPersonName(value: CellValue): PersonName | null {
  const text = readText(value);
  if (text === null) return null;
  const comma = /^([^,]+),\s*(.+)$/.exec(text);
  if (comma && NAME_PART.test(comma[1]!.trim()) && NAME_PART.test(comma[2]!.trim())) {
    const surname = comma[1]!.trim();
    const forename = comma[2]!.trim();
    return { forename, surname, display: `${forename} ${surname}` };
  }
  const parts = text.split(' ');
  if (parts.length < 2) return { forename: text, surname: null, display: text };
  return { forename: parts.slice(0, -1).join(' '), surname: parts[parts.length - 1]!, display: text };
}
