/**
 * The plain values that cross between a sheet and the core.
 *
 * `getValues()` in Apps Script yields exactly these: strings ('' for a blank cell), numbers,
 * booleans and Dates. Dates may come from another JavaScript realm (the local runner loads the
 * bundle into node:vm), so `instanceof Date` is never used: `isDate` checks the brand instead.
 */
export type CellValue = string | number | boolean | Date;
export type Row = CellValue[];
export type Grid = Row[];

/** A calendar day as `yyyy-mm-dd`, free of time zones. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime());
}

export function isBlank(value: CellValue | null | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The calendar day a date cell holds, read in the script's time zone (Apps Script's local time). */
export function isoDateOf(date: Date): IsoDate {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}` as IsoDate;
}

/** The Date at local midnight of a calendar day, as Sheets stores a date cell. */
export function dateOfIso(iso: IsoDate): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** dd/mm/yyyy, the form every user-facing date takes. */
export function ukDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
