/**
 * Bank holidays in England and Wales, computed for any year: the days the Banking and Financial
 * Dealings Act 1971 names (https://www.legislation.gov.uk/ukpga/1971/80/schedule/1), the early May
 * bank holiday and New Year's Day proclaimed each year since 1978 and 1974, their substitute days
 * when they fall at a weekend, and the one-off changes and extra days proclaimed since 1995 (as
 * https://www.gov.uk/bank-holidays lists them). Schools are closed on every one of them.
 */
import type { IsoDate } from '../values';
import { addDays, isoDay, isoWeekday } from './days';

export interface BankHoliday {
  readonly date: IsoDate;
  readonly name: string;
}

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDay(year, month, day);
}

/** The first Monday on or after a day. */
function mondayFrom(day: IsoDate): IsoDate {
  return addDays(day, (8 - isoWeekday(day)) % 7);
}

/** The last Monday of a month (1–12). */
export function lastMonday(year: number, month: number): IsoDate {
  const last = addDays(isoDay(year, month + 1, 1), -1);
  return addDays(last, -((isoWeekday(last) + 6) % 7));
}

/** Proclaimed changes: a usual day moved, and extra days. */
const MOVED: Readonly<Record<string, IsoDate>> = {
  '1995-05-01': '1995-05-08' as IsoDate,
  '2002-05-27': '2002-06-04' as IsoDate,
  '2012-05-28': '2012-06-04' as IsoDate,
  '2020-05-04': '2020-05-08' as IsoDate,
  '2022-05-30': '2022-06-02' as IsoDate,
};
const EXTRA: readonly BankHoliday[] = [
  { date: '1999-12-31' as IsoDate, name: 'Millennium celebrations' },
  { date: '2002-06-03' as IsoDate, name: 'Golden Jubilee' },
  { date: '2011-04-29' as IsoDate, name: 'Royal wedding' },
  { date: '2012-06-05' as IsoDate, name: 'Diamond Jubilee' },
  { date: '2022-06-03' as IsoDate, name: 'Platinum Jubilee' },
  { date: '2022-09-19' as IsoDate, name: 'State funeral of Queen Elizabeth II' },
  { date: '2023-05-08' as IsoDate, name: 'Coronation of King Charles III' },
];

/**
 * Christmas Day and Boxing Day: one that falls at a weekend moves to the next weekday the other
 * does not take (Christmas on a Sunday: Boxing Day on Monday 26th, Christmas on Tuesday 27th).
 */
function christmas(year: number): BankHoliday[] {
  const days = [
    { date: isoDay(year, 12, 25), name: 'Christmas Day' },
    { date: isoDay(year, 12, 26), name: 'Boxing Day' },
  ];
  const taken = new Set(days.filter((day) => isoWeekday(day.date) <= 5).map((day) => day.date));
  return days.map((day) => {
    if (isoWeekday(day.date) <= 5) return day;
    let date = day.date;
    while (isoWeekday(date) > 5 || taken.has(date)) date = addDays(date, 1);
    taken.add(date);
    return { date, name: `${day.name} (substitute day)` };
  });
}

export function bankHolidays(year: number): BankHoliday[] {
  const easter = easterSunday(year);
  const newYear = isoDay(year, 1, 1);
  const usual: BankHoliday[] = [
    isoWeekday(newYear) > 5
      ? { date: mondayFrom(newYear), name: "New Year's Day (substitute day)" }
      : { date: newYear, name: "New Year's Day" },
    { date: addDays(easter, -2), name: 'Good Friday' },
    { date: addDays(easter, 1), name: 'Easter Monday' },
    { date: mondayFrom(isoDay(year, 5, 1)), name: 'Early May bank holiday' },
    { date: lastMonday(year, 5), name: 'Spring bank holiday' },
    { date: lastMonday(year, 8), name: 'Summer bank holiday' },
    ...christmas(year),
  ];
  const moved = usual.map((holiday) => ({ ...holiday, date: MOVED[holiday.date] ?? holiday.date }));
  const extra = EXTRA.filter((holiday) => holiday.date.startsWith(`${year}-`));
  return [...moved, ...extra].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
