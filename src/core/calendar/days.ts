/**
 * Calendar arithmetic on `yyyy-mm-dd` days, done in UTC so no time zone or clock change can shift a
 * day. Weeks commence on Monday.
 */
import type { Weekday } from '../domain';
import type { IsoDate } from '../values';

const DAY_MS = 86_400_000;

function toUtc(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): IsoDate {
  const date = new Date(ms);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}` as IsoDate;
}

export function isoDay(year: number, month: number, day: number): IsoDate {
  return fromUtc(Date.UTC(year, month - 1, day));
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(iso) + days * DAY_MS);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: IsoDate): number {
  const day = new Date(toUtc(iso)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function mondayOf(iso: IsoDate): IsoDate {
  return addDays(iso, 1 - isoWeekday(iso));
}

export function mondayOnOrAfter(iso: IsoDate): IsoDate {
  const weekday = isoWeekday(iso);
  return weekday === 1 ? iso : addDays(iso, 8 - weekday);
}

/** The date of a school day in the week commencing `monday`. */
export function dayOfWeek(monday: IsoDate, day: Weekday): IsoDate {
  return addDays(monday, day - 1);
}

/** Whole weeks from one Monday to another (negative when `to` is earlier). */
export function weeksBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / (7 * DAY_MS));
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** Reads a day written as `yyyy-mm-dd` or `dd/mm/yyyy`; null when it is neither or not a real day. */
export function parseDay(text: string): IsoDate | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  const uk = UK.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : null;
  if (!parts) return null;
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const candidate = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDate;
  return fromUtc(toUtc(candidate)) === candidate && m >= 1 && m <= 12 ? candidate : null;
}
