/**
 * Dates the add-in relies on, checked before anything is planned from them. A register's dates
 * belong to one school year (1 September to 31 August) and its neighbours: a programme may have
 * started last year or be planned for next, but a date further away (`30/11/1926`, `01/01/1900`,
 * an end in 2099 or 9999) is a slip or a placeholder. Such a date is reported and not used, as is an
 * end before its start; one wrong date never moves a plan.
 */
import type { Placement } from '../domain';
import { problem, type Problem } from '../problems';
import { schoolYearLabel, schoolYearOf } from '../impact/half-terms';
import { ukDate, type IsoDate } from '../values';

/** The school year in view and the span of plausible dates: that year and the one either side. */
export interface DateWindow {
  readonly year: number;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * The school year most of `dates` fall in (the register's start dates, say), so one outlier cannot
 * move it; a tie goes to the year nearest today's. With no dates, today's school year.
 */
export function dateWindow(dates: readonly IsoDate[], today: IsoDate | null): DateWindow | null {
  const counts = new Map<number, number>();
  for (const date of dates) counts.set(schoolYearOf(date), (counts.get(schoolYearOf(date)) ?? 0) + 1);
  const current = today === null ? null : schoolYearOf(today);
  const distance = (year: number): number => (current === null ? -year : Math.abs(year - current));
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || distance(a[0]) - distance(b[0]) || b[0] - a[0]);
  const year = ranked[0]?.[0] ?? current;
  if (year === null) return null;
  return { year, from: `${year - 1}-09-01` as IsoDate, to: `${year + 2}-08-31` as IsoDate };
}

export function isPlausible(date: IsoDate, window: DateWindow): boolean {
  return date >= window.from && date <= window.to;
}

/** An end in 2099 or 9999 stands for "no end"; it is not a date anyone expects to reach. */
function isPlaceholderEnd(date: IsoDate): boolean {
  return Number(date.slice(0, 4)) >= 2090;
}

function spanOf(window: DateWindow): string {
  return `the school years ${schoolYearLabel(window.year - 1)} to ${schoolYearLabel(window.year + 1)} (most of this register’s dates are in ${schoolYearLabel(window.year)})`;
}

export function implausibleReason(side: 'start' | 'end', date: IsoDate, window: DateWindow): string {
  if (side === 'end' && isPlaceholderEnd(date))
    return `The end date ${ukDate(date)} looks like a placeholder for "no end date", so it was not used. Leave the cell blank when there is no end date yet, or type the real one (dd/mm/yyyy).`;
  return `The ${side} date ${ukDate(date)} is outside ${spanOf(window)}, so it was not used. Correct the date (dd/mm/yyyy).`;
}

export interface DateHeaders {
  readonly start: string;
  readonly end: string;
}

/**
 * Each placement's start and end, kept only when plausible: inside the window, and the end not
 * before the start (then the end is the one left out: the start decides when sessions begin).
 */
export function checkPlacementDates(
  placements: readonly Placement[],
  window: DateWindow | null,
  headers: DateHeaders,
): { placements: Placement[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const checked = placements.map((placement) => {
    const { tab, row } = placement.source;
    const keep = (side: 'start' | 'end', date: IsoDate | null): IsoDate | null => {
      if (date === null || window === null || isPlausible(date, window)) return date;
      problems.push(problem('setup', tab, row, headers[side], implausibleReason(side, date, window)));
      return null;
    };
    const start = keep('start', placement.start);
    let end = keep('end', placement.end);
    if (start !== null && end !== null && end < start) {
      problems.push(
        problem(
          'setup',
          tab,
          row,
          headers.end,
          `The end date ${ukDate(end)} is before the start date ${ukDate(start)}, so the end date was not used. Correct whichever is wrong.`,
        ),
      );
      end = null;
    }
    return start === placement.start && end === placement.end ? placement : { ...placement, start, end };
  });
  return { placements: checked, problems };
}
