/**
 * A form's Timestamp column, read in the form's own locale. Sheets keeps a form's timestamps as
 * dates, but a tab pasted or imported from elsewhere holds them as text, written the way the
 * form's owner writes dates: `12/7/2026 14:03` is 7 December in the US and 12 July here. The
 * column itself says which: a first number above 12 is a day, a second above 12 is one, and
 * responses arrive in order, so the reading that keeps the column in time order is the form's.
 * A column that could be read either way is read day first, as this add-in's dates are, and said.
 */
import { isBlank, isDate, type CellValue } from '../values';

export type DateOrder = 'day-first' | 'month-first';

export interface TimestampColumn {
  read(cell: CellValue | undefined): Date | null | 'unreadable';
  /** True when nothing in the column told day/month from month/day and the two readings differ. */
  readonly ambiguous: boolean;
  /** An example of a timestamp that reads either way, for the message. */
  readonly example: string | null;
}

interface Parts {
  readonly first: number;
  readonly second: number;
  readonly year: number;
  readonly hour: number;
  readonly minute: number;
  readonly second60: number;
}

const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function slashed(text: string): Parts | null {
  const m = SLASHED.exec(text);
  if (!m) return null;
  let hour = Number(m[4] ?? 0);
  const meridiem = m[7]?.toLowerCase().replace(/\./g, '');
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return { first: Number(m[1]), second: Number(m[2]), year: Number(m[3]), hour, minute: Number(m[5] ?? 0), second60: Number(m[6] ?? 0) };
}

function dateOf(year: number, month: number, day: number, p: Pick<Parts, 'hour' | 'minute' | 'second60'>): Date | 'unreadable' {
  const date = new Date(year, month - 1, day, p.hour, p.minute, p.second60);
  const real = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return real && p.hour < 24 && p.minute < 60 && p.second60 < 60 ? date : 'unreadable';
}

function readText(text: string, order: DateOrder): Date | 'unreadable' {
  const iso = ISO.exec(text);
  if (iso) {
    const [y, mo, d, h, mi, s] = iso.slice(1, 7).map((p) => Number(p ?? 0)) as [number, number, number, number, number, number];
    return dateOf(y, mo, d, { hour: h, minute: mi, second60: s });
  }
  const p = slashed(text);
  if (!p) return 'unreadable';
  return order === 'day-first' ? dateOf(p.year, p.second, p.first, p) : dateOf(p.year, p.first, p.second, p);
}

/** Times going backwards down the column under a reading: responses arrive in order, so fewer is likelier. */
function disorder(texts: readonly string[], order: DateOrder): number {
  let backwards = 0;
  let previous = -Infinity;
  for (const text of texts) {
    const date = readText(text, order);
    if (date === 'unreadable') {
      backwards++;
      continue;
    }
    if (date.getTime() < previous) backwards++;
    previous = date.getTime();
  }
  return backwards;
}

function orderOf(texts: readonly string[]): { order: DateOrder; ambiguous: boolean; example: string | null } {
  const parts = texts.map(slashed).filter((p): p is Parts => p !== null);
  const dayFirst = parts.filter((p) => p.first > 12 && p.second <= 12).length;
  const monthFirst = parts.filter((p) => p.second > 12 && p.first <= 12).length;
  if (dayFirst !== monthFirst) return { order: dayFirst > monthFirst ? 'day-first' : 'month-first', ambiguous: false, example: null };
  const either = texts.find((text) => {
    const p = slashed(text);
    return p !== null && p.first !== p.second;
  });
  if (either === undefined) return { order: 'day-first', ambiguous: false, example: null };
  const byDay = disorder(texts, 'day-first');
  const byMonth = disorder(texts, 'month-first');
  if (byDay !== byMonth) return { order: byDay < byMonth ? 'day-first' : 'month-first', ambiguous: false, example: null };
  return { order: 'day-first', ambiguous: true, example: either };
}

/** A reader for one column, its day/month order settled from all of its text cells. */
export function timestampColumn(cells: readonly (CellValue | undefined)[]): TimestampColumn {
  const texts = cells.filter((c): c is string => typeof c === 'string' && c.trim() !== '').map((c) => c.trim());
  const { order, ambiguous, example } = orderOf(texts);
  return {
    read: (cell) => {
      if (cell === undefined || isBlank(cell)) return null;
      if (isDate(cell)) return cell;
      return readText(String(cell).trim(), order);
    },
    ambiguous,
    example,
  };
}
