/**
 * The improvement phase: once every week has been built, a deterministic local search over the
 * whole programme lowers the soft cost of soft-cost.ts (rotation across weeks, the same subject in
 * consecutive weeks, twice in one week, staff days) without ever breaking a hard rule. Two kinds of
 * step, each taken only when it strictly lowers the cost:
 *  - move: one session to another lesson of its week where it fits;
 *  - kick: one session into a lesson where exactly one other session stands in its way, that one
 *    going to wherever it fits best (its partner's old lesson included, so this covers swaps).
 * After a step, the sessions sharing a pupil, the member of staff or the room are looked at again.
 * At a local optimum, three sessions are shaken into other lessons where they fit and the descent
 * runs again from them; the result replaces the best schedule only when strictly cheaper, otherwise
 * the best is restored. Locked sessions never move. The shakes come from a fixed-seed generator and the
 * work is bounded by a budget of candidate lessons looked at, so the same input always gives the
 * same timetable.
 */
import type { PupilId } from '../domain';
import type { SchoolWeek, WeekSlot } from './school-week';
import { COST, staffDayCost } from './soft-cost';
import { subjectKey } from './subjects';
import { normaliseText } from '../text';
import type { Occurrence, WeekState } from './week-state';

/** A session that may move: its week, its index there and the occurrence itself. */
interface Ref {
  readonly week: BuiltWeek;
  readonly index: number;
  readonly occurrence: Occurrence;
}

/** One week as the construction left it. */
export interface BuiltWeek {
  /** Position of the week in the programme (0 = first), as the construction counted it. */
  readonly ordinal: number;
  readonly state: WeekState;
  /** Staff free and no pupil missing a protected subject (the rules that do not depend on other sessions). */
  readonly fitsStatically: (index: number, slot: WeekSlot) => boolean;
}

export interface ImproveResult {
  /** Soft cost before and after, as this phase counts it (the same terms as scheduleSoftCost). */
  readonly before: number;
  readonly after: number;
  /** Improving steps kept, shake rounds tried and candidate lessons looked at. */
  readonly steps: number;
  readonly rounds: number;
  readonly evaluations: number;
}

export interface ImproveLimits {
  /** Candidate lessons looked at, at most, over the whole phase. */
  readonly budget: number;
  /** Shake rounds in a row that find nothing better before the phase stops. */
  readonly stall: number;
}

/** About 1 s of CPU at most on the 1,500-pupil benchmark school (0.25 s for the construction); tiny programmes stop on `stall` long before. */
export const IMPROVE_LIMITS: ImproveLimits = { budget: 800_000, stall: 200 };
const DAY_SLOTS = 8;
const { repeat: REPEAT, consecutive: CONSECUTIVE, sameWeek: SAME_WEEK } = COST;
const SHAKEN = 3;

export function improveProgramme(
  school: SchoolWeek,
  maxPerStaffDay: number,
  weeks: readonly BuiltWeek[],
  limits: ImproveLimits = IMPROVE_LIMITS,
): ImproveResult {
  const span = Math.max(0, ...weeks.map((w) => w.ordinal)) + 1;
  // Every pupil's subject in every lesson column, as an index into `misses` (−1: no lesson there).
  const cells = new Map<PupilId, (number | undefined)[]>();
  const cellIds = new Map<string, number>();
  const keys = new Map<string, string>();
  const misses: Int32Array[] = [];
  const staffDays = new Map<string, Int32Array>();
  let evaluations = 0;
  let steps = 0;
  let cost = 0;

  const cell = (pupil: PupilId, slot: WeekSlot): number => {
    const column = slot.lessonColumn;
    if (column < 0) return -1;
    let row = cells.get(pupil);
    if (!row) {
      row = [];
      cells.set(pupil, row);
    }
    let id = row[column];
    if (id === undefined) {
      const subject = school.subjectOf(pupil, slot);
      if (subject === null) id = -1;
      else {
        let key = keys.get(subject);
        if (key === undefined) {
          key = subjectKey(subject);
          keys.set(subject, key);
        }
        const name = `${pupil}\u0000${key}`;
        id = cellIds.get(name);
        if (id === undefined) {
          id = misses.length;
          cellIds.set(name, id);
          misses.push(new Int32Array(span));
        }
      }
      row[column] = id;
    }
    return id;
  };

  const loadsOf = (staff: string | null): Int32Array | null => {
    if (staff === null) return null;
    const id = school.staffId(staff);
    let loads = staffDays.get(id);
    if (!loads) {
      loads = new Int32Array(span * DAY_SLOTS);
      staffDays.set(id, loads);
    }
    return loads;
  };

  /** Counts one session in (+1) or out (−1) of `slot` in week `ordinal`; returns the change in cost. */
  const shift = (occurrence: Occurrence, ordinal: number, slot: WeekSlot, delta: 1 | -1): number => {
    let change = 0;
    for (const pupil of occurrence.pupils) {
      const id = cell(pupil, slot);
      if (id < 0) continue;
      const counts = misses[id] as Int32Array;
      const before = rotationCost(counts);
      counts[ordinal] = (counts[ordinal] ?? 0) + delta;
      change += rotationCost(counts) - before;
    }
    const loads = loadsOf(occurrence.series.staff);
    if (loads) {
      const at = ordinal * DAY_SLOTS + slot.day;
      if (delta > 0) change += staffDayCost(loads[at] ?? 0, maxPerStaffDay);
      loads[at] = (loads[at] ?? 0) + delta;
      if (delta < 0) change -= staffDayCost(loads[at] ?? 0, maxPerStaffDay);
    }
    cost += change;
    return change;
  };

  const put = (week: BuiltWeek, index: number, slot: WeekSlot): void => {
    week.state.place(index, slot);
    shift(week.state.occurrences[index] as Occurrence, week.ordinal, slot, 1);
  };

  const take = (week: BuiltWeek, index: number): WeekSlot => {
    const slot = week.state.remove(index) as WeekSlot;
    shift(week.state.occurrences[index] as Occurrence, week.ordinal, slot, -1);
    return slot;
  };

  /** What putting the unplaced `index` into `slot` would cost, leaving everything as it was. */
  const costOf = (week: BuiltWeek, index: number, slot: WeekSlot): number => {
    const occurrence = week.state.occurrences[index] as Occurrence;
    evaluations += 1;
    const change = shift(occurrence, week.ordinal, slot, 1);
    shift(occurrence, week.ordinal, slot, -1);
    return change;
  };

  /** The lessons where the unplaced `index` fits now, `skip` aside. */
  const open = (week: BuiltWeek, index: number, skip: WeekSlot | null): WeekSlot[] =>
    week.state.slots.filter((slot) => slot !== skip && week.fitsStatically(index, slot) && week.state.fits(index, slot));

  const cheapest = (week: BuiltWeek, index: number, skip: WeekSlot | null): { slot: WeekSlot; cost: number } | null => {
    let found: { slot: WeekSlot; cost: number } | null = null;
    for (const slot of open(week, index, skip)) {
      const change = costOf(week, index, slot);
      if (found === null || change < found.cost) found = { slot, cost: change };
    }
    return found;
  };

  const tryMove = (week: BuiltWeek, index: number): boolean => {
    const start = cost;
    const from = take(week, index);
    const best = cheapest(week, index, from);
    const to = best !== null && cost + best.cost < start ? best.slot : from;
    put(week, index, to);
    return to !== from;
  };

  /** The partner moved aside when a kick helped, or −1. */
  const tryKick = (week: BuiltWeek, index: number): number => {
    const { state } = week;
    const from = (state.occurrences[index] as Occurrence).slot as WeekSlot;
    for (const target of state.slots) {
      if (target === from || !week.fitsStatically(index, target)) continue;
      evaluations += 1;
      const blockers = new Set(state.blockers(index, target).map((blocker) => blocker.by));
      if (blockers.size !== 1) continue;
      const other = [...blockers][0] as number;
      const partner = state.occurrences[other] as Occurrence;
      if (partner.locked || partner.slot === null) continue;
      const start = cost;
      take(week, index);
      const partnerFrom = take(week, other);
      if (state.fits(index, target)) {
        put(week, index, target);
        const landing = cheapest(week, other, null);
        if (landing !== null && cost + landing.cost < start) {
          put(week, other, landing.slot);
          return other;
        }
        take(week, index);
      }
      put(week, index, from);
      put(week, other, partnerFrom);
      if (evaluations >= limits.budget) return -1;
    }
    return -1;
  };

  const movable = (week: BuiltWeek): number[] =>
    week.state.occurrences.flatMap((o, index) => (o.slot !== null && !o.locked ? [index] : []));
  const candidates: Ref[] = weeks.flatMap((week) =>
    movable(week).map((index) => ({ week, index, occurrence: week.state.occurrences[index] as Occurrence })),
  );
  const refOf = new Map(candidates.map((ref) => [ref.occurrence, ref] as const));

  // The sessions a step can make worth another look: those sharing a pupil or the member of staff
  // (any week: the cost links weeks), or the room (the same week: it may have freed a lesson).
  const byResource = new Map<string, Ref[]>();
  for (const ref of candidates) {
    const { series, pupils } = ref.occurrence;
    const resources = pupils.map((pupil) => `p|${pupil}`);
    if (series.staff !== null) resources.push(`s|${school.staffId(series.staff)}`);
    if (series.room !== null && series.roomChecked) resources.push(`r|${ref.week.ordinal}|${normaliseText(series.room)}`);
    for (const resource of resources) {
      const list = byResource.get(resource);
      if (list) list.push(ref);
      else byResource.set(resource, [ref]);
    }
  }
  const relatedCache = new Map<Ref, Ref[]>();
  const related = (ref: Ref): Ref[] => {
    let found = relatedCache.get(ref);
    if (!found) {
      const { series, pupils } = ref.occurrence;
      const keys = pupils.map((pupil) => `p|${pupil}`);
      if (series.staff !== null) keys.push(`s|${school.staffId(series.staff)}`);
      if (series.room !== null && series.roomChecked) keys.push(`r|${ref.week.ordinal}|${normaliseText(series.room)}`);
      found = [...new Set(keys.flatMap((key) => byResource.get(key) ?? []))];
      relatedCache.set(ref, found);
    }
    return found;
  };

  /** Moves, then kicks, for each session on the worklist (and, after a step, for those it touches) until none helps or the budget is spent. */
  const descend = (start: readonly Ref[]): void => {
    const queue = [...start];
    const queued = new Set(queue);
    for (let head = 0; head < queue.length && evaluations < limits.budget; head += 1) {
      const ref = queue[head] as Ref;
      queued.delete(ref);
      const moved: Ref[] = [];
      if (tryMove(ref.week, ref.index)) moved.push(ref);
      else {
        const partner = tryKick(ref.week, ref.index);
        if (partner >= 0) moved.push(ref, refOf.get(ref.week.state.occurrences[partner] as Occurrence) as Ref);
      }
      if (moved.length === 0) continue;
      steps += 1;
      for (const touched of [...moved, ...moved.flatMap(related)]) {
        if (!queued.has(touched)) {
          queued.add(touched);
          queue.push(touched);
        }
      }
    }
  };

  const snapshot = (): (WeekSlot | null)[][] => weeks.map((week) => week.state.occurrences.map((o) => o.slot));
  const restore = (saved: readonly (readonly (WeekSlot | null)[])[]): void => {
    weeks.forEach((week, w) => {
      const differs = movable(week).filter((index) => saved[w]?.[index] !== week.state.occurrences[index]?.slot);
      for (const index of differs) take(week, index);
      for (const index of differs) {
        const slot = saved[w]?.[index];
        if (slot) put(week, index, slot);
      }
    });
  };

  for (const { ordinal, state } of weeks) {
    for (const occurrence of state.occurrences) if (occurrence.slot) shift(occurrence, ordinal, occurrence.slot, 1);
  }
  const before = cost;
  // Full sweeps until one finds nothing (a worklist misses a kick made possible two steps away).
  for (let taken = -1; taken !== steps && evaluations < limits.budget;) {
    taken = steps;
    descend(candidates);
  }
  let best = { slots: snapshot(), cost };
  // Shakes: a fixed-seed linear congruential generator picks the sessions and their new lessons.
  let seed = 0x2f6b_1d3b;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    return Math.floor((seed / 4_294_967_296) * n);
  };
  let rounds = 0;
  for (let stall = 0; best.cost > 0 && candidates.length > 0 && stall < limits.stall && evaluations < limits.budget; rounds += 1) {
    const shaken: Ref[] = [];
    for (let n = 0; n < SHAKEN; n += 1) {
      const ref = candidates[next(candidates.length)] as Ref;
      const from = take(ref.week, ref.index);
      const options = open(ref.week, ref.index, from);
      put(ref.week, ref.index, options.length === 0 ? from : (options[next(options.length)] as WeekSlot));
      shaken.push(ref, ...related(ref));
    }
    descend([...new Set(shaken)]);
    if (cost < best.cost)
      for (let taken = -1; taken !== steps && evaluations < limits.budget;) {
        taken = steps;
        descend(candidates);
      }
    if (cost < best.cost) {
      best = { slots: snapshot(), cost };
      stall = 0;
    } else {
      restore(best.slots);
      stall += 1;
    }
  }
  return { before, after: cost, steps, rounds, evaluations };
}

/**
 * One pupil's misses of one subject, `counts[w]` in week w: each repeat costs `repeat` per earlier
 * miss, a miss in the week after another `consecutive`, and each pair in one week `sameWeek`.
 */
export function rotationCost(counts: Int32Array): number {
  let cost = 0;
  let before = 0;
  for (let w = 0; w < counts.length; w += 1) {
    const n = counts[w] ?? 0;
    if (n === 0) continue;
    cost += REPEAT * n * before + (w > 0 && (counts[w - 1] ?? 0) > 0 ? CONSECUTIVE * n : 0) + (SAME_WEEK * n * (n - 1)) / 2;
    before += n;
  }
  return cost;
}
