/**
 * The soft cost the scheduler minimises, for a whole schedule: the sum, over every session in week
 * order, of what placing it costs given everything before it. Per pupil and subject, with n_w misses
 * in week w: `repeat × n_w × (misses before w) + consecutive × n_w × [missed in w−1] + sameWeek ×
 * n_w(n_w−1)/2`; per member of staff and day with m sessions: `Σ_{L<m} (L ≥ max ? overload : load × L)`.
 * Order within a week does not change it, so the benchmark's exact search and the solver agree on it.
 */
import type { PupilId } from '../domain';
import type { Settings } from '../settings';
import type { SchoolWeek } from './school-week';
import { subjectKey } from './subjects';
import type { ScheduledSession } from './types';

/** A repeat of a subject already missed, the same subject as last week, twice in one week, an overloaded staff day, each session already that day. */
export const COST = { repeat: 10, consecutive: 30, sameWeek: 20, overload: 100, load: 3 } as const;

/** What the `load`-th session of a member of staff's day adds (0-based: the first adds nothing). */
export function staffDayCost(load: number, maxPerDay: number): number {
  return load >= maxPerDay ? COST.overload : COST.load * load;
}

export function scheduleSoftCost(school: SchoolWeek, settings: Settings, sessions: readonly ScheduledSession[]): number {
  const weeks = [...new Set(sessions.map((s) => s.week))].sort();
  const ordinal = new Map(weeks.map((week, i) => [week, i] as const));
  // pupil|subject → misses per week ordinal
  const misses = new Map<string, Map<number, number>>();
  const staffDays = new Map<string, number>();
  for (const session of sessions) {
    const w = ordinal.get(session.week) ?? 0;
    const slot = school.slotsOf(session.week).find((s) => s.day === session.day && s.lesson === session.lesson);
    if (session.staff !== null) {
      const key = `${school.staffId(session.staff)}|${session.week}|${session.day}`;
      staffDays.set(key, (staffDays.get(key) ?? 0) + 1);
    }
    if (!slot) continue;
    for (const pupil of session.pupils) {
      const subject = school.subjectOf(pupil as PupilId, slot);
      if (subject === null) continue;
      const key = `${pupil}|${subjectKey(subject)}`;
      const byWeek = misses.get(key) ?? new Map<number, number>();
      byWeek.set(w, (byWeek.get(w) ?? 0) + 1);
      misses.set(key, byWeek);
    }
  }
  let cost = 0;
  for (const byWeek of misses.values()) {
    let before = 0;
    for (const w of [...byWeek.keys()].sort((a, b) => a - b)) {
      const n = byWeek.get(w) ?? 0;
      cost += COST.repeat * n * before + (byWeek.has(w - 1) ? COST.consecutive * n : 0) + (COST.sameWeek * n * (n - 1)) / 2;
      before += n;
    }
  }
  for (const m of staffDays.values())
    for (let load = 0; load < m; load += 1) cost += staffDayCost(load, settings.timetable.maxSessionsPerStaffDay);
  return cost;
}
