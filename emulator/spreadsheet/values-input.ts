/**
 * What a cell holds after `setValue`/`setValues`: Sheets parses strings as if a person had typed
 * them in the spreadsheet's locale (en_GB here). `'text` is text without its apostrophe, `=…` a
 * formula, `12`, `-3.5`, `85%`, `1,234` numbers, `30/11/2026` a date, `TRUE` a boolean; numbers,
 * booleans and Dates are stored as given. This is what makes formula injection possible, and
 * why the add-in quotes text it did not write itself (src/core/cell-input.ts).
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
 */
import { isModelDate, type ModelValue } from '../model';
import { scriptText } from '../services/apps';

export interface StoredInput {
  readonly value: ModelValue;
  readonly formula?: string;
}

const NUMBER = /^([-+])?\s*([£$€])?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e([-+]?\d+))?\s*(%)?$/i;
const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Sheets' epoch: a time of day alone is a Date on 30/12/1899. */
const TIME_ONLY_YEAR = 1899;

function parseNumber(text: string): number | null {
  const match = NUMBER.exec(text);
  if (!match) return null;
  const [, sign, , digits, exponent, percent] = match;
  let value = Number((digits ?? '').replace(/,/g, ''));
  if (exponent !== undefined) value *= 10 ** Number(exponent);
  if (percent !== undefined) value /= 100;
  if (sign === '-') value = -value;
  return Number.isFinite(value) ? value : null;
}

/** A local Date, or null when the parts are no real date (31/02 stays text, as in Sheets). */
function localDate(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): Date | null {
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date;
}

/** Two-digit years as Sheets reads them: 00–29 are 20xx, 30–99 are 19xx. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function parseDate(text: string): Date | null {
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const [, d, m, y, hh, mm, ss] = dmy;
    return localDate(fullYear(y ?? ''), Number(m), Number(d), Number(hh ?? 0), Number(mm ?? 0), Number(ss ?? 0));
  }
  const iso = ISO_DATE.exec(text);
  if (iso) return localDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const time = TIME.exec(text);
  if (time) return localDate(TIME_ONLY_YEAR, 12, 30, Number(time[1]), Number(time[2]), Number(time[3] ?? 0));
  return null;
}

/** A string as Sheets stores it when typed into a cell. */
export function parseTyped(text: string): StoredInput {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const trimmed = text.trim();
  if (trimmed === '') return { value: text };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  const number = parseNumber(trimmed);
  if (number !== null) return { value: number };
  const date = parseDate(trimmed);
  if (date) return { value: date };
  return { value: text };
}

/** Any value a script passes to setValue(s): null and undefined clear the cell. */
export function toStored(input: unknown): StoredInput {
  if (input === null || input === undefined) return { value: '' };
  if (typeof input === 'string') return parseTyped(input);
  if (typeof input === 'number') return { value: Number.isFinite(input) ? input : String(input) };
  if (typeof input === 'boolean') return { value: input };
  // A copy, so a Date the script changes later does not change the cell (realm-safe check).
  if (isModelDate(input)) return { value: new Date(input.getTime()) };
  return { value: scriptText(input) };
}

/** What getValues() hands out: a fresh Date so the script cannot change the model through it. */
export function valueOut(value: ModelValue): ModelValue {
  return isModelDate(value) ? new Date(value.getTime()) : value;
}
