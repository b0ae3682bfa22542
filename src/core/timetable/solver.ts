/**
 * The scheduler: week by week, locked lessons first, then the hardest series first (fewest lessons
 * where its staff are free and no pupil has a protected subject), each into the lesson with the
 * lowest soft cost; a bounded repair then moves placed sessions aside, in chains, for any that did not fit.
 * Once every week is built, improve.ts lowers the soft cost over the whole programme.
 */
import type { PupilId } from '../domain';
import type { Problem } from '../problems';
import type { Settings } from '../settings';
import { normaliseText } from '../text';
import { ukDate, type IsoDate } from '../values';
import { explainUnplaced } from './explain';
import { improveProgramme, type BuiltWeek, type ImproveResult } from './improve';
import { lockProblem, type LockedLesson } from './locks';
import { lessonLabel, type SchoolWeek, type WeekSlot } from './school-week';
import { COST, staffDayCost } from './soft-cost';
import { subjectKey } from './subjects';
import type { ScheduledSession, SessionSeries } from './types';
import { WeekState, type Occurrence } from './week-state';
import { quoteCell } from '../coerce';

export interface Unplaced {
  readonly series: SessionSeries;
  readonly week: IsoDate;
  readonly weekNumber: number;
  readonly reason: string;
}

export interface Solution {
  readonly sessions: ScheduledSession[];
  readonly unplaced: Unplaced[];
  /** Locks that could not be kept, with the week they were for. */
  readonly lockProblems: { readonly week: IsoDate; readonly problem: Problem }[];
  /** What the improvement phase did (soft cost before and after it). */
  readonly improvement: ImproveResult;
}

const REPAIRS_PER_WEEK = 20_000;
/** How many sessions a repair may move aside at once, and how deep a chain of moves may go. */
const MAX_EJECTED = 2;
const REPAIR_DEPTH = 3;
/** Fresh starts of a week with its unplaced sessions first. */
const RESTARTS = 6;
const IMPROVE_PASSES = 4;

interface MissHistory {
  count: number;
  lastWeek: number;
}

export function solve(
  school: SchoolWeek,
  settings: Settings,
  series: readonly SessionSeries[],
  lastWeek: IsoDate | null,
  locks: readonly LockedLesson[],
): Solution {
  const weeks = [...new Set(series.flatMap((s) => s.weeks))].filter((week) => lastWeek === null || week <= lastWeek).sort();
  const history = new Map<PupilId, Map<string, MissHistory>>();
  const staticFit = new Map<string, boolean[]>();
  const seriesByName = new Map(series.map((s) => [normaliseText(s.name), s] as const));
  const solution: Omit<Solution, 'improvement'> = { sessions: [], unplaced: [], lockProblems: [] };
  const usedLocks = new Set<LockedLesson>();
  const built: (BuiltWeek & { readonly week: IsoDate; readonly failed: readonly number[] })[] = [];

  weeks.forEach((week, ordinal) => {
    const slots = school.slotsOf(week);
    const state = new WeekState(school, slots, settings.timetable.allowTwicePerDay);
    for (const s of series) {
      const weekNumber = s.weeks.indexOf(week) + 1;
      if (weekNumber === 0) continue;
      const pupils = s.learners.map((learner) => learner.pupil);
      for (let i = 0; i < s.perWeek; i += 1) state.add({ series: s, pupils, weekNumber, slot: null, locked: false });
    }
    const masks: boolean[][] = [];
    const fitsStatically = (index: number, slot: WeekSlot): boolean =>
      (masks[index] ??= staticMask(state.occurrences[index] as Occurrence))[slot.index] === true;

    for (const lock of locks.filter((l) => l.week === week)) {
      usedLocks.add(lock);
      const problem = applyLock(lock);
      if (problem !== null) solution.lockProblems.push({ week, problem: lockProblem(lock, problem) });
    }

    const order = state.occurrences
      .map((occurrence, index) => ({ index, occurrence, room: staticMask(occurrence).filter(Boolean).length / occurrence.series.perWeek }))
      .filter(({ occurrence }) => occurrence.slot === null)
      .sort(
        (a, b) =>
          a.room - b.room ||
          b.occurrence.pupils.length - a.occurrence.pupils.length ||
          compare(a.occurrence.series.id, b.occurrence.series.id) ||
          a.index - b.index,
      )
      .map(({ index }) => index);
    const journal: { index: number; from: WeekSlot | null; to: WeekSlot | null }[] = [];
    // Greedy, then repair; while sessions stay unplaced, start the week again with them first
    // (the ones that could fit somewhere), keeping the round that placed the most.
    const first = new Set<number>();
    let best: { slots: (WeekSlot | null)[]; failed: number[] } | null = null;
    for (let round = 0; round < RESTARTS; round += 1) {
      for (const index of order) if (state.occurrences[index]?.slot) state.remove(index);
      const failed: number[] = [];
      for (const index of [...order.filter((i) => first.has(i)), ...order.filter((i) => !first.has(i))]) {
        const slot = bestSlot(index);
        if (slot) state.place(index, slot);
        else failed.push(index);
      }
      let budget = REPAIRS_PER_WEEK;
      const left = failed.filter((index) => {
        journal.length = 0;
        return !repair(index, REPAIR_DEPTH, () => (budget -= 1) > 0);
      });
      if (best === null || left.length < best.failed.length) best = { slots: state.occurrences.map((o) => o.slot), failed: left };
      const retry = left.filter((index) => !first.has(index) && slots.some((slot) => fitsStatically(index, slot)));
      if (left.length === 0 || retry.length === 0) break;
      for (const index of retry) first.add(index);
    }
    for (const index of order) if (state.occurrences[index]?.slot) state.remove(index);
    for (const index of order) {
      const slot = best?.slots[index];
      if (slot) state.place(index, slot);
    }
    const stillFailed = best?.failed ?? [];
    improve();
    for (const occurrence of state.occurrences) if (occurrence.slot !== null) remember(occurrence, occurrence.slot, ordinal);
    built.push({ week, ordinal, state, fitsStatically, failed: stillFailed });

    function staticMask(occurrence: Occurrence): boolean[] {
      const key = `${occurrence.series.id}|${school.cycleOf(week) ?? '-'}`;
      let mask = staticFit.get(key);
      if (!mask) {
        mask = slots.map((slot) => {
          const staff = occurrence.series.staff;
          if (staff !== null && school.staffBusy(staff, slot) !== null) return false;
          return !occurrence.pupils.some((pupil) => school.isProtected(school.subjectOf(pupil, slot)));
        });
        staticFit.set(key, mask);
      }
      return mask;
    }

    function bestSlot(index: number, avoid: WeekSlot | null = null): WeekSlot | null {
      let best: WeekSlot | null = null;
      let bestCost = Number.POSITIVE_INFINITY;
      for (const slot of slots) {
        if (slot === avoid || !fitsStatically(index, slot) || !state.fits(index, slot)) continue;
        const cost = softCost(state.occurrences[index] as Occurrence, slot);
        if (cost < bestCost) {
          best = slot;
          bestCost = cost;
        }
      }
      return best;
    }

    function softCost(occurrence: Occurrence, slot: WeekSlot): number {
      let cost = 0;
      for (const pupil of occurrence.pupils) {
        const subject = school.subjectOf(pupil, slot);
        if (subject === null) continue;
        const key = subjectKey(subject);
        const past = history.get(pupil)?.get(key);
        if (past) cost += COST.repeat * past.count + (past.lastWeek === ordinal - 1 ? COST.consecutive : 0);
        cost += COST.sameWeek * state.missedThisWeek(pupil, key);
      }
      const staff = occurrence.series.staff;
      if (staff !== null) {
        cost += staffDayCost(state.staffLoad(staff, slot.day), settings.timetable.maxSessionsPerStaffDay);
      }
      return cost;
    }

    /**
     * Ejection chains: puts `index` into a lesson where at most two placed sessions stand in the way,
     * moving each of them to its best free lesson or, `depth` levels down, repairing them in turn.
     * Every move is journalled, so a chain that fails is undone exactly. True when it worked.
     */
    function repair(index: number, depth: number, allowed: () => boolean, avoid: ReadonlySet<number> = new Set()): boolean {
      const candidates = slots
        .filter((slot) => fitsStatically(index, slot))
        .map((slot) => ({ slot, blockers: [...new Set(state.blockers(index, slot).map((blocker) => blocker.by))] }))
        .filter(
          ({ blockers }) =>
            blockers.length <= MAX_EJECTED && blockers.every((b) => !(state.occurrences[b] as Occurrence).locked && !avoid.has(b)),
        )
        .sort((a, b) => a.blockers.length - b.blockers.length || a.slot.index - b.slot.index);
      for (const { slot, blockers } of candidates) {
        if (blockers.length === 0) {
          move(index, slot);
          return true;
        }
        if (!allowed()) return false;
        const mark = journal.length;
        for (const blocker of blockers) move(blocker, null);
        if (state.fits(index, slot)) {
          move(index, slot);
          const inner = new Set([...avoid, index]);
          const rehomed = blockers.every((blocker) => {
            const to = bestSlot(blocker);
            if (to) {
              move(blocker, to);
              return true;
            }
            return depth > 1 && repair(blocker, depth - 1, allowed, inner);
          });
          if (rehomed) return true;
        }
        rollback(mark);
      }
      return false;
    }

    /** Moves placed sessions, one at a time, to a cheaper lesson while any move helps (a few passes). */
    function improve(): void {
      for (let pass = 0, improved = true; improved && pass < IMPROVE_PASSES; pass += 1) {
        improved = false;
        for (const index of order) {
          const occurrence = state.occurrences[index] as Occurrence;
          const from = occurrence.slot;
          if (from === null || occurrence.locked) continue;
          state.remove(index);
          const to = bestSlot(index);
          if (to && to !== from && softCost(occurrence, to) < softCost(occurrence, from)) {
            state.place(index, to);
            improved = true;
          } else state.place(index, from);
        }
      }
    }

    function move(index: number, to: WeekSlot | null): void {
      const from = state.remove(index);
      if (to) state.place(index, to);
      journal.push({ index, from, to });
    }

    function rollback(mark: number): void {
      for (let entry = journal.pop(); entry; entry = journal.length > mark ? journal.pop() : undefined) {
        if (entry.to) state.remove(entry.index);
        if (entry.from) state.place(entry.index, entry.from);
      }
    }

    function applyLock(lock: LockedLesson): string | null {
      const where = `${lessonLabel(lock.day, lock.lesson)} w/c ${ukDate(lock.week)}`;
      const target = seriesByName.get(normaliseText(lock.session));
      const slot = slots.find((s) => s.day === lock.day && s.lesson === lock.lesson);
      if (!target) return `Locked session ${quoteCell(lock.session)} (${where}) is no longer on the register or groups, so it was dropped.`;
      const index = state.occurrences.findIndex((o) => o.series === target && o.slot === null);
      const anyThisWeek = state.occurrences.some((o) => o.series === target);
      if (!anyThisWeek) return `Locked session ${quoteCell(lock.session)} (${where}) is outside its programme's weeks, so it was dropped.`;
      if (index < 0)
        return `${quoteCell(lock.session)} has more locked lessons in w/c ${ukDate(lock.week)} than sessions a week; ${where} was dropped.`;
      if (!slot) return `Locked ${quoteCell(lock.session)} is in ${where}, a lesson that week does not have; it was placed again.`;
      const broken = lockBreaks(index, slot);
      if (broken !== null) return `Locked ${quoteCell(lock.session)} in ${where} cannot stay: ${broken}. It was placed again.`;
      state.place(index, slot);
      (state.occurrences[index] as Occurrence).locked = true;
      return null;
    }

    function lockBreaks(index: number, slot: WeekSlot): string | null {
      const occurrence = state.occurrences[index] as Occurrence;
      const staff = occurrence.series.staff;
      const busy = staff === null ? null : school.staffBusy(staff, slot);
      if (staff !== null && busy !== null) return `${staff} is not available then (${busy})`;
      for (const pupil of occurrence.pupils) {
        const subject = school.subjectOf(pupil, slot);
        if (school.isProtected(subject)) return `${school.pupilName(pupil)} would miss ${subject ?? ''}`;
      }
      const blocker = state.blockers(index, slot)[0];
      if (!blocker) return null;
      const other = (state.occurrences[blocker.by] as Occurrence).series.name;
      if (blocker.kind === 'pupil') return `${school.pupilName(blocker.pupil)} is also in locked ${quoteCell(other)}`;
      if (blocker.kind === 'staff') return `${staff ?? ''} also leads locked ${quoteCell(other)}`;
      if (blocker.kind === 'room') return `${occurrence.series.room ?? ''} also holds locked ${quoteCell(other)}`;
      return `${quoteCell(other)} already meets that day`;
    }
  });

  // Every week built, the whole programme is improved at once, then read out.
  const improvement = improveProgramme(school, settings.timetable.maxSessionsPerStaffDay, built);
  for (const { week, state, fitsStatically, failed } of built) {
    for (const occurrence of state.occurrences)
      if (occurrence.slot !== null) solution.sessions.push(toSession(occurrence, week, occurrence.slot));
    for (const index of failed) {
      const occurrence = state.occurrences[index] as Occurrence;
      solution.unplaced.push({
        series: occurrence.series,
        week,
        weekNumber: occurrence.weekNumber,
        reason: explainUnplaced(school, state, index, week, settings.timetable.protectedSubjects, fitsStatically),
      });
    }
  }

  for (const lock of locks) {
    if (!usedLocks.has(lock) && !weeks.includes(lock.week) && lastWeek === null) {
      solution.lockProblems.push({
        week: lock.week,
        problem: lockProblem(
          lock,
          `Locked ${quoteCell(lock.session)} on w/c ${ukDate(lock.week)} is outside every programme's weeks, so it was dropped.`,
        ),
      });
    }
  }
  return { ...solution, improvement };

  function remember(occurrence: Occurrence, slot: WeekSlot, ordinal: number): void {
    for (const pupil of occurrence.pupils) {
      const subject = school.subjectOf(pupil, slot);
      if (subject === null) continue;
      let subjects = history.get(pupil);
      if (!subjects) {
        subjects = new Map();
        history.set(pupil, subjects);
      }
      const key = subjectKey(subject);
      const past = subjects.get(key) ?? { count: 0, lastWeek: -2 };
      subjects.set(key, { count: past.count + 1, lastWeek: ordinal });
    }
  }
}

function toSession(occurrence: Occurrence, week: IsoDate, slot: WeekSlot): ScheduledSession {
  const s = occurrence.series;
  return {
    seriesId: s.id,
    kind: s.kind,
    name: s.name,
    group: s.group,
    programme: s.programme,
    staff: s.staff,
    room: s.room,
    roomChecked: s.roomChecked,
    week,
    weekNumber: occurrence.weekNumber,
    day: slot.day,
    lesson: slot.lesson,
    pupils: occurrence.pupils,
    locked: occurrence.locked,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
