/**
 * Which days the school is open. Term dates come from the sheet's term-dates tab when it has one,
 * otherwise from the term weeks in Settings; with neither, they are assumed: open every weekday
 * except the Christmas break (the weeks containing 25 December and 1 January) and August. Bank
 * holidays in England and Wales are closed whatever the source.
 */
import type { TermDates, Weekday } from '../domain';
import { ukDate, type IsoDate } from '../values';
import { bankHolidays } from './bank-holidays';
import { addDays, dayOfWeek, isoWeekday, mondayOf } from './days';

export type CalendarSource = 'tab' | 'settings' | 'assumed';

export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];

/** How far ahead a search for the next school week looks: more than a school year. */
const LOOK_AHEAD_WEEKS = 60;

export interface ClosedDay {
  readonly day: Weekday;
  readonly date: IsoDate;
  readonly reason: string;
}

export class SchoolCalendar {
  readonly source: CalendarSource;
  /** The last day the term dates cover; null when they were assumed. */
  readonly lastTermDay: IsoDate | null;
  private readonly holidaysByYear = new Map<number, ReadonlyMap<IsoDate, string>>();
  private readonly termWeeks: ReadonlySet<IsoDate>;
  private readonly closures = new Map<IsoDate, string | null>();

  constructor(
    private readonly termDates: TermDates | undefined,
    termWeeks: readonly string[],
  ) {
    this.termWeeks = new Set(termWeeks.map((week) => mondayOf(week as IsoDate)));
    const hasTab = termDates !== undefined && termDates.terms.length + termDates.closures.length > 0;
    this.source = hasTab ? 'tab' : this.termWeeks.size > 0 ? 'settings' : 'assumed';
    // A tab that lists only holidays says nothing of when the last term ends.
    const ends =
      this.source === 'tab' ? (termDates?.terms ?? []).map((range) => range.end) : [...this.termWeeks].map((monday) => addDays(monday, 4));
    this.lastTermDay = this.source === 'assumed' ? null : ([...ends].sort().at(-1) ?? null);
  }

  /** Why the school is closed on a day, or null when it is open. */
  closure(date: IsoDate): string | null {
    let reason = this.closures.get(date);
    if (reason === undefined) {
      reason = this.findClosure(date);
      this.closures.set(date, reason);
    }
    return reason;
  }

  /** The days of the week commencing `monday` the school is closed, and why. */
  closedDays(monday: IsoDate): ClosedDay[] {
    return WEEKDAYS.flatMap((day) => {
      const date = dayOfWeek(monday, day);
      const reason = this.closure(date);
      return reason === null ? [] : [{ day, date, reason }];
    });
  }

  isSchoolWeek(monday: IsoDate): boolean {
    return this.closedDays(monday).length < WEEKDAYS.length;
  }

  /** The first week from `monday` on with a school day in it, or null when none is within a year and a bit. */
  schoolWeekFrom(monday: IsoDate): IsoDate | null {
    for (let week = mondayOf(monday), n = 0; n < LOOK_AHEAD_WEEKS; week = addDays(week, 7), n += 1) {
      if (this.isSchoolWeek(week)) return week;
    }
    return null;
  }

  /** Why a whole week is closed (`the Christmas break`): the reason most of its days share; null for a school week. */
  holidayOf(monday: IsoDate): string | null {
    const closed = this.closedDays(monday);
    if (closed.length < WEEKDAYS.length) return null;
    const counts = new Map<string, number>();
    for (const { reason } of closed) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }

  /** One sentence for the result: where the term dates came from, and what to do when they were assumed. */
  describe(): string {
    if (this.source === 'tab') return `Term dates were taken from the "${this.termDates?.tab ?? ''}" tab.`;
    if (this.source === 'settings') return 'Term dates were taken from the term weeks in Settings.';
    return 'Term dates were assumed, because the sheet has no term-dates tab and none are set in Settings: sessions avoid bank holidays, the Christmas break and August only. Add a "Term dates" tab (term, start date, end date) or list the term weeks in Settings, then generate again.';
  }

  private findClosure(date: IsoDate): string | null {
    if (isoWeekday(date) > 5) return 'the weekend';
    const holiday = this.bankHoliday(date);
    if (holiday !== null) return holiday;
    if (this.source === 'tab') return this.tabClosure(date);
    if (this.source === 'settings') return this.termWeeks.has(mondayOf(date)) ? null : 'not a term week in Settings';
    return assumedClosure(date);
  }

  private bankHoliday(date: IsoDate): string | null {
    const year = Number(date.slice(0, 4));
    let holidays = this.holidaysByYear.get(year);
    if (!holidays) {
      holidays = new Map(bankHolidays(year).map((holiday) => [holiday.date, holiday.name] as const));
      this.holidaysByYear.set(year, holidays);
    }
    return holidays.get(date) ?? null;
  }

  private tabClosure(date: IsoDate): string | null {
    const within = (range: { start: IsoDate; end: IsoDate }): boolean => range.start <= date && date <= range.end;
    const closed = this.termDates?.closures.find(within);
    if (closed) return closed.label ?? `a holiday on the "${this.termDates?.tab ?? ''}" tab`;
    const terms = this.termDates?.terms ?? [];
    if (terms.length > 0 && !terms.some(within)) return 'a school holiday (outside the term dates)';
    return null;
  }
}

/** With no term dates: the weeks containing 25 December and 1 January, and August. */
function assumedClosure(date: IsoDate): string | null {
  if (date.slice(5, 7) === '08') return 'the summer holiday (August)';
  const monday = mondayOf(date);
  const year = Number(date.slice(0, 4));
  const christmasWeeks = [`${year}-12-25`, `${year - 1}-12-25`].map((day) => mondayOf(day as IsoDate));
  if (christmasWeeks.some((week) => week === monday || addDays(week, 7) === monday)) return 'the Christmas break';
  return null;
}

/** `Monday 23/11/2026`. */
export function longDate(date: IsoDate): string {
  return `${DAY_NAMES[isoWeekday(date) - 1] ?? ''} ${ukDate(date)}`;
}

export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
