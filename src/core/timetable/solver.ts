/**
 * The scheduler, as named steps over the programme:
 *  1. lay out each planned week's sessions and put back the ones people pinned (pins.ts);
 *  2. build each week in order: greedy, then repair (construct.ts, repair.ts);
 *  3. improve the whole programme at once (improve.ts);
 *  4. read the placed sessions out, and explain each one that did not fit (explain.ts).
 * Every step changes the timetable only through the board (board.ts), which keeps the one soft-cost
 * model (soft-cost.ts) in step and can take any step back.
 */
import type { Weekday } from '../domain';
import type { Problem } from '../problems';
import type { Settings } from '../settings';
import type { IsoDate } from '../values';
import { Board } from './board';
import { constructWeek } from './construct';
import { explainUnplaced } from './explain';
import { improveProgramme, type ImproveResult } from './improve';
import { applyPin, pinProblem, restoreEarlier, seriesResolver, type PinnedSession } from './pins';
import type { SchoolWeek } from './school-week';
import { SoftCost } from './soft-cost';
import type { ScheduledSession, SessionSeries } from './types';
import { WeekPlan, type Occurrence } from './week-plan';

export interface Unplaced {
  readonly series: SessionSeries;
  readonly week: IsoDate;
  readonly weekNumber: number;
  readonly reason: string;
}

/** A session of a week that is not planned again (already under way, say): it only counts towards the soft cost. */
export interface KeptSession {
  readonly week: IsoDate;
  readonly day: Weekday;
  readonly lesson: number;
  readonly staff: string | null;
  readonly pupils: ScheduledSession['pupils'];
}

export interface SolveRequest {
  /** Series with a member of staff: the only ones placed. */
  readonly series: readonly SessionSeries[];
  /** The weeks to plan, in order. */
  readonly weeks: readonly IsoDate[];
  /** Every week of the programme, planned or kept, in order: how weeks are counted for rotation. */
  readonly allWeeks: readonly IsoDate[];
  /** Sessions people pinned in the weeks to plan. */
  readonly pins: readonly PinnedSession[];
  /** Where the last timetable put the other sessions of the weeks to plan: each stays while it still fits. */
  readonly earlier: readonly PinnedSession[];
  readonly kept: readonly KeptSession[];
}

export interface Solution {
  readonly sessions: ScheduledSession[];
  readonly unplaced: Unplaced[];
  /** Pins that could not be kept as they were. */
  readonly pinProblems: Problem[];
  /** Registered sessions that could not go back into the plan: their rows are kept as they were. */
  readonly keptAsRegistered: PinnedSession[];
  readonly improvement: ImproveResult;
  /** Sessions that stayed where the last timetable put them. */
  readonly stayed: number;
}

export function solve(school: SchoolWeek, settings: Settings, request: SolveRequest): Solution {
  const ordinals = new Map(request.allWeeks.map((week, i) => [week, i] as const));
  const ordinalOf = (week: IsoDate): number => ordinals.get(week) ?? 0;
  const plans = request.weeks.map((week) => layOutWeek(school, settings, request.series, week, ordinalOf(week)));
  const board = new Board(school, plans, SoftCost.forSettings(school, settings, request.allWeeks.length));
  for (const kept of request.kept) {
    board.cost.add({
      pupils: kept.pupils,
      staff: kept.staff,
      ordinal: ordinalOf(kept.week),
      day: kept.day,
      slot: school.slotAt(kept.week, kept.day, kept.lesson) ?? null,
    });
  }
  const placeOf = pinPlaces(board, request.series);
  const { pinProblems, keptAsRegistered } = putBackPins(board, request.pins, placeOf);
  const stayed = putBackEarlier(board, request.earlier, placeOf);
  const failed = plans.flatMap((plan) => constructWeek(board, plan));
  const improvement = improveProgramme(board);
  return {
    sessions: plans.flatMap((plan) => plan.occurrences.filter((o) => o.slot !== null).map(toSession)),
    unplaced: failed.map((occurrence) => ({
      series: occurrence.series,
      week: occurrence.week,
      weekNumber: occurrence.weekNumber,
      reason: explainUnplaced(board, occurrence, settings.timetable.protectedSubjects),
    })),
    pinProblems,
    keptAsRegistered,
    improvement,
    stayed,
  };
}

/** Step 1: a week's sessions, `perWeek` of each series whose programme includes it, none placed yet. */
function layOutWeek(school: SchoolWeek, settings: Settings, series: readonly SessionSeries[], week: IsoDate, ordinal: number): WeekPlan {
  const plan = new WeekPlan(school, week, ordinal, school.slotsOf(week), settings.timetable.allowTwicePerDay);
  for (const s of series) {
    const weekNumber = s.weeks.indexOf(week) + 1;
    if (weekNumber === 0) continue;
    for (let i = 0; i < s.perWeek; i += 1) plan.add(s, weekNumber);
  }
  return plan;
}

/** Where a session read from the Schedule belongs now: its week's plan and its series, when they still exist. */
type PinPlace = (pin: PinnedSession) => { plan: WeekPlan | undefined; series: SessionSeries | undefined };

function pinPlaces(board: Board, series: readonly SessionSeries[]): PinPlace {
  const seriesOf = seriesResolver(series);
  const planOf = new Map(board.weeks.map((plan) => [plan.week, plan] as const));
  return (pin) => ({ plan: planOf.get(pin.week), series: seriesOf(pin.session, pin.rows[0]?.pupil ?? '') });
}

/** Step 1 continued: pinned sessions back into their lessons, before anything else is placed. */
function putBackPins(
  board: Board,
  pins: readonly PinnedSession[],
  placeOf: PinPlace,
): { pinProblems: Problem[]; keptAsRegistered: PinnedSession[] } {
  const pinProblems: Problem[] = [];
  const keptAsRegistered: PinnedSession[] = [];
  for (const pin of pins) {
    const { plan, series } = placeOf(pin);
    const reason = applyPin(board, plan, pin, series);
    if (reason === null) continue;
    const first = pin.rows[0];
    if (first) pinProblems.push(pinProblem(first, reason));
    if (pin.registered) keptAsRegistered.push(pin);
  }
  return { pinProblems, keptAsRegistered };
}

/**
 * Step 1, last: the sessions nobody pinned back where the last timetable had them, when every rule
 * still holds; they are then left alone, so only what changed is planned again. One that no longer
 * fits is simply planned again, as a new session would be.
 */
function putBackEarlier(board: Board, earlier: readonly PinnedSession[], placeOf: PinPlace): number {
  let stayed = 0;
  for (const session of earlier) {
    const { plan, series } = placeOf(session);
    if (plan && restoreEarlier(board, plan, session, series)) stayed += 1;
  }
  return stayed;
}

function toSession(occurrence: Occurrence): ScheduledSession {
  const s = occurrence.series;
  const slot = occurrence.slot;
  if (slot === null) throw new Error('Only placed sessions are read out');
  return {
    seriesId: s.id,
    kind: s.kind,
    name: s.name,
    group: s.group,
    programme: s.programme,
    staff: s.staff,
    room: s.room,
    week: occurrence.week,
    weekNumber: occurrence.weekNumber,
    day: slot.day,
    lesson: slot.lesson,
    pupils: occurrence.pupils,
    locked: occurrence.locked,
  };
}
