/**
 * The terms and half-terms the sidebar's date pickers offer, and which one today is in. They come
 * from the sheet's term-dates tab when it lists terms, else from the term weeks in Settings (each run
 * of consecutive weeks is a half-term), otherwise from the usual English pattern
 * (src/core/impact/half-terms.ts), which staff can adjust date by date.
 */
import type { DayRange } from './domain';
import { halfTermsOf, schoolYearOf, type HalfTerm } from './impact/half-terms';
import type { IsoDate } from './values';
import { addDays, mondayOf } from './calendar/days';

export interface Period {
  /** `Autumn term 2026`, `Autumn 2 2026`. */
  readonly label: string;
  readonly kind: 'term' | 'half-term';
  /** Inclusive. */
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface SchoolYear {
  /** `tab`: from the term-dates tab; `settings`: from the term weeks in Settings; `usual`: the usual English pattern. */
  readonly source: 'tab' | 'settings' | 'usual';
  /** This school year's and last year's terms and half-terms that have begun, each term before its half-terms, latest first. */
  readonly periods: readonly Period[];
  /** The half-term today is in (`Autumn 2 2026`), or null when the term weeks in Settings leave this week out. */
  readonly now: string | null;
  readonly weekCommencing: IsoDate;
  /** The Mondays of the term weeks in Settings, in order; empty when the usual pattern stands. */
  readonly termWeeks: readonly IsoDate[];
}

/** `Autumn 2 2026` → `Autumn`. */
const termName = (halfTerm: HalfTerm): string => halfTerm.label.split(' ')[0] ?? '';

/** The usual half-term a day is in. */
function usualHalfTermOf(day: IsoDate): HalfTerm | undefined {
  return halfTermsOf(schoolYearOf(day)).find((half) => half.from <= day && day <= half.to);
}

/** Consecutive Mondays (in order) as runs, each from its first Monday to the Friday of its last week. */
export function weekRuns(mondays: readonly IsoDate[]): { from: IsoDate; to: IsoDate }[] {
  const runs: { from: IsoDate; to: IsoDate }[] = [];
  for (const monday of mondays) {
    const last = runs[runs.length - 1];
    if (last && addDays(last.to, 3) === monday) last.to = addDays(monday, 4);
    else runs.push({ from: monday, to: addDays(monday, 4) });
  }
  return runs;
}

/** Half-terms from the term weeks in Settings, each named as the usual half-term its first week is in. */
function halfTermsFromWeeks(mondays: readonly IsoDate[]): HalfTerm[] {
  return weekRuns(mondays).map((run) => ({ label: usualHalfTermOf(run.from)?.label ?? 'Term weeks', from: run.from, to: run.to }));
}

/** Each term with its half-terms after it: `Autumn term 2026`, then `Autumn 2 2026`, `Autumn 1 2026`. */
function withTerms(halves: readonly HalfTerm[]): Period[] {
  const byTerm = new Map<string, HalfTerm[]>();
  for (const half of halves) {
    const key = `${termName(half)} ${schoolYearOf(half.from)}`;
    byTerm.set(key, [...(byTerm.get(key) ?? []), half]);
  }
  return [...byTerm.values()].reverse().flatMap((list) => {
    const first = list[0] as HalfTerm;
    const last = list[list.length - 1] as HalfTerm;
    const term: Period = {
      label: `${termName(first)} term ${first.label.split(' ').pop() ?? ''}`,
      kind: 'term',
      from: first.from,
      to: last.to,
    };
    const halfTerms = [...list].reverse().map((half): Period => ({ ...half, kind: 'half-term' }));
    return list.length > 1 ? [term, ...halfTerms] : halfTerms;
  });
}

/**
 * Half-terms from the terms a term-dates tab lists, named as the tab names them (`Autumn 1`) or, when
 * it does not, as the usual half-term they begin in, with the school year they fall in.
 */
function halfTermsFromTab(terms: readonly Pick<DayRange, 'start' | 'end' | 'label'>[]): HalfTerm[] {
  return [...terms]
    .sort((a, b) => (a.start < b.start ? -1 : 1))
    .map((term) => {
      const usual = usualHalfTermOf(term.start)?.label ?? 'Term';
      const name = term.label?.replace(/\s*\d{4}(?:\s*[/-]\s*\d{2,4})?$/, '').trim() || usual.replace(/ \d{4}$/, '');
      return { label: `${name} ${schoolYearOf(term.start)}`, from: term.start, to: term.end };
    });
}

/** `tabTerms`: the terms the sheet's term-dates tab lists, which come before the term weeks in Settings. */
export function schoolYear(
  termWeeks: readonly string[],
  today: IsoDate,
  tabTerms: readonly Pick<DayRange, 'start' | 'end' | 'label'>[] = [],
): SchoolYear {
  const mondays = tabTerms.length > 0 ? [] : [...new Set(termWeeks.map((week) => mondayOf(week as IsoDate)))].sort();
  const year = schoolYearOf(today);
  const listed = tabTerms.length > 0 ? halfTermsFromTab(tabTerms) : halfTermsFromWeeks(mondays);
  const halves =
    listed.length > 0 ? listed.filter((half) => schoolYearOf(half.from) >= year - 1) : [...halfTermsOf(year - 1), ...halfTermsOf(year)];
  const started = halves.filter((half) => half.from <= today);
  const current = started.find((half) => today <= half.to);
  return {
    source: tabTerms.length > 0 ? 'tab' : mondays.length > 0 ? 'settings' : 'usual',
    periods: withTerms(started),
    now: current?.label ?? null,
    weekCommencing: mondayOf(today),
    termWeeks: mondays,
  };
}

/** The Mondays of every week from the one `from` is in to the one `to` is in. */
export function weeksBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const weeks: IsoDate[] = [];
  for (let week = mondayOf(from); week <= to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}
