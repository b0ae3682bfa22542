/**
 * The six half-terms of an English school year, for the sidebar's period pickers. Dates differ a
 * little between local authorities, so these are the usual pattern and the pickers only fill in
 * the From and To dates, which staff can then change:
 *
 *   Autumn 1  1 September – Sunday before the October half-term week (the last Monday of October)
 *   Autumn 2  October half-term – 31 December
 *   Spring 1  1 January – Sunday before the February half-term week (the third Monday of February)
 *   Spring 2  February half-term – Easter Sunday
 *   Summer 1  Easter Monday – Sunday before the late May bank holiday (the last Monday of May)
 *   Summer 2  late May bank holiday – 31 August
 *
 * Each half-term starts with its holiday, so the six together cover the whole year without gaps and
 * a placement is always in at least one. Pure date arithmetic in UTC, so the sidebar can use it as
 * well as the server.
 */
import { easterSunday as easterDay, lastMonday as lastMondayOf } from '../calendar/bank-holidays';
import type { IsoDate } from '../values';

export interface HalfTerm {
  /** e.g. `Autumn 1 2026` */
  readonly label: string;
  /** Inclusive. */
  readonly from: IsoDate;
  readonly to: IsoDate;
}

const DAY = 24 * 60 * 60 * 1000;

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function iso(date: Date): IsoDate {
  return date.toISOString().slice(0, 10) as IsoDate;
}

function fromIso(day: IsoDate): Date {
  return new Date(`${day}T00:00:00Z`);
}

function plusDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

/** The last Monday of a month (month 1–12). */
function lastMonday(year: number, month: number): Date {
  return fromIso(lastMondayOf(year, month));
}

/** The n-th Monday of a month (n from 1). */
function nthMonday(year: number, month: number, n: number): Date {
  const first = utc(year, month, 1);
  return plusDays(first, ((8 - first.getUTCDay()) % 7) + 7 * (n - 1));
}

/** Easter Sunday, as the school calendar computes it. */
export function easterSunday(year: number): Date {
  return fromIso(easterDay(year));
}

/** The half-terms of the school year that starts in September of `startYear`. */
export function halfTermsOf(startYear: number): HalfTerm[] {
  const next = startYear + 1;
  const october = lastMonday(startYear, 10);
  const february = nthMonday(next, 2, 3);
  const easter = easterSunday(next);
  const may = lastMonday(next, 5);
  const terms: [string, number, Date, Date][] = [
    ['Autumn 1', startYear, utc(startYear, 9, 1), plusDays(october, -1)],
    ['Autumn 2', startYear, october, utc(startYear, 12, 31)],
    ['Spring 1', next, utc(next, 1, 1), plusDays(february, -1)],
    ['Spring 2', next, february, easter],
    ['Summer 1', next, plusDays(easter, 1), plusDays(may, -1)],
    ['Summer 2', next, may, utc(next, 8, 31)],
  ];
  return terms.map(([name, year, from, to]) => ({ label: `${name} ${year}`, from: iso(from), to: iso(to) }));
}

/** The school year a day falls in, by the calendar year it starts: 14/09/2026 and 12/07/2027 → 2026. */
export function schoolYearOf(day: IsoDate): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 9 ? year : year - 1;
}

/** 2026 → `2026-27`. */
export function schoolYearLabel(year: number): string {
  return `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
}

/**
 * The half-terms to offer on `today`: this school year's up to the current one, most recent first,
 * then all of last year's (reports are about what has happened, not what is still to come).
 */
export function recentHalfTerms(today: Date): HalfTerm[] {
  const todayIso = iso(utc(today.getFullYear(), today.getMonth() + 1, today.getDate()));
  const year = schoolYearOf(todayIso);
  const started = halfTermsOf(year).filter((h) => h.from <= todayIso);
  return [...started.reverse(), ...halfTermsOf(year - 1).reverse()];
}
