/** Calendar arithmetic on `IsoDate`s, free of time zones (weeks commence on Monday). */
import type { IsoDate } from './values';

function utc(iso: IsoDate): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function isoOfUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10) as IsoDate;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const date = utc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return isoOfUtc(date);
}

/** The Monday of the week a day falls in. */
export function mondayOf(iso: IsoDate): IsoDate {
  const weekday = (utc(iso).getUTCDay() + 6) % 7;
  return addDays(iso, -weekday);
}
