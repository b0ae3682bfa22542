/**
 * The soft cost the scheduler minimises: one model, kept as a running ledger, that the greedy
 * construction, the repair, the improvement phase, the final total and the quality benchmark all
 * use. Per pupil and subject, with n_w misses in week w (weeks counted in programme order, holidays
 * left out): `repeat × n_w × (misses before w) + consecutive × n_w × [missed in w−1] + sameWeek ×
 * n_w(n_w−1)/2`; per member of staff and day with m sessions: `Σ_{L<m} (L ≥ max ? overload : load × L)`.
 * The order sessions are added in does not change the total.
 */
import type { PupilId, Weekday } from '../domain';
import type { Settings } from '../settings';
import type { SchoolWeek, WeekSlot } from './school-week';
import { subjectKey } from './subjects';
import type { ScheduledSession } from './types';

/** A repeat of a subject already missed, the same subject as last week, twice in one week, an overloaded staff day, each session already that day. */
export const COST = { repeat: 10, consecutive: 30, sameWeek: 20, overload: 100, load: 3 } as const;

/** What the `load`-th session of a member of staff's day adds (0-based: the first adds nothing). */
export function staffDayCost(load: number, maxPerDay: number): number {
  return load >= maxPerDay ? COST.overload : COST.load * load;
}

/** A session as the soft cost sees it: who misses what, when, and who leads it. */
export interface Booking {
  readonly pupils: readonly PupilId[];
  readonly staff: string | null;
  /** Position of its week in the programme (0 = first). */
  readonly ordinal: number;
  readonly day: Weekday;
  /** The lesson; null when the week has no such lesson (only the staff day counts then). */
  readonly slot: WeekSlot | null;
}

const DAYS_PER_WEEK = 6;
const NOT_LOOKED_UP = -2;
const NO_SUBJECT = -1;

export class SoftCost {
  /** The soft cost of everything added and not removed. */
  total = 0;
  /** Per pupil, per lesson-timetable column: the id of the pupil's subject there (or NO_SUBJECT). */
  private readonly subjectIds = new Map<PupilId, Int32Array>();
  private readonly idsByKey = new Map<string, number>();
  /** Per pupil-and-subject id: misses per week ordinal, and their total. */
  private readonly misses: Int32Array[] = [];
  private readonly missTotals: number[] = [];
  private readonly staffDays = new Map<string, Int32Array>();

  constructor(
    private readonly school: SchoolWeek,
    private readonly maxPerStaffDay: number,
    /** How many weeks the programme spans: ordinals run from 0 to span − 1. */
    private readonly span: number,
  ) {}

  static forSettings(school: SchoolWeek, settings: Settings, span: number): SoftCost {
    return new SoftCost(school, settings.timetable.maxSessionsPerStaffDay, span);
  }

  add(booking: Booking): number {
    return this.shift(booking, 1);
  }

  remove(booking: Booking): number {
    return this.shift(booking, -1);
  }

  /** What adding the booking would change, leaving the ledger as it was. */
  probe(booking: Booking): number {
    const change = this.shift(booking, 1);
    this.shift(booking, -1);
    return change;
  }

  private shift(booking: Booking, delta: 1 | -1): number {
    let change = 0;
    const { slot, ordinal } = booking;
    if (slot !== null) {
      for (const pupil of booking.pupils) {
        const id = this.subjectId(pupil, slot);
        if (id === NO_SUBJECT) continue;
        const counts = this.misses[id] as Int32Array;
        if (delta < 0) {
          counts[ordinal] = (counts[ordinal] ?? 0) - 1;
          this.missTotals[id] = (this.missTotals[id] ?? 0) - 1;
          change -= this.rotationMarginal(id, ordinal);
        } else {
          change += this.rotationMarginal(id, ordinal);
          counts[ordinal] = (counts[ordinal] ?? 0) + 1;
          this.missTotals[id] = (this.missTotals[id] ?? 0) + 1;
        }
      }
    }
    if (booking.staff !== null) {
      const loads = this.loadsOf(booking.staff);
      const at = ordinal * DAYS_PER_WEEK + booking.day;
      if (delta < 0) loads[at] = (loads[at] ?? 0) - 1;
      change += delta * staffDayCost(loads[at] ?? 0, this.maxPerStaffDay);
      if (delta > 0) loads[at] = (loads[at] ?? 0) + 1;
    }
    this.total += change;
    return change;
  }

  /** What one more miss of subject-cell `id` in week `w` adds to the rotation terms of the model. */
  private rotationMarginal(id: number, w: number): number {
    const counts = this.misses[id] as Int32Array;
    const here = counts[w] ?? 0;
    const before = w > 0 ? (counts[w - 1] ?? 0) : 0;
    const after = counts[w + 1] ?? 0;
    return (
      COST.repeat * ((this.missTotals[id] ?? 0) - here) +
      (before > 0 ? COST.consecutive : 0) +
      (here === 0 ? COST.consecutive * after : 0) +
      COST.sameWeek * here
    );
  }

  private subjectId(pupil: PupilId, slot: WeekSlot): number {
    const column = slot.lessonColumn;
    if (column < 0) return NO_SUBJECT;
    let row = this.subjectIds.get(pupil);
    if (!row) {
      row = new Int32Array(column + 1).fill(NOT_LOOKED_UP);
      this.subjectIds.set(pupil, row);
    }
    if (column >= row.length) {
      const grown = new Int32Array(column + 1).fill(NOT_LOOKED_UP);
      grown.set(row);
      row = grown;
      this.subjectIds.set(pupil, row);
    }
    let id = row[column] ?? NOT_LOOKED_UP;
    if (id === NOT_LOOKED_UP) {
      const subject = this.school.subjectOf(pupil, slot);
      id = subject === null ? NO_SUBJECT : this.idFor(`${pupil}\u0000${subjectKey(subject)}`);
      row[column] = id;
    }
    return id;
  }

  private idFor(key: string): number {
    let id = this.idsByKey.get(key);
    if (id === undefined) {
      id = this.misses.length;
      this.idsByKey.set(key, id);
      this.misses.push(new Int32Array(this.span + 1));
      this.missTotals.push(0);
    }
    return id;
  }

  private loadsOf(staff: string): Int32Array {
    const id = this.school.staffId(staff);
    let loads = this.staffDays.get(id);
    if (!loads) {
      loads = new Int32Array(this.span * DAYS_PER_WEEK);
      this.staffDays.set(id, loads);
    }
    return loads;
  }
}

/** The soft cost of a finished schedule, its weeks counted in order from the first that has a session. */
export function scheduleSoftCost(school: SchoolWeek, settings: Settings, sessions: readonly ScheduledSession[]): number {
  const weeks = [...new Set(sessions.map((s) => s.week))].sort();
  const ordinal = new Map(weeks.map((week, i) => [week, i] as const));
  const ledger = SoftCost.forSettings(school, settings, weeks.length);
  for (const session of sessions) {
    ledger.add({
      pupils: session.pupils,
      staff: session.staff,
      ordinal: ordinal.get(session.week) ?? 0,
      day: session.day,
      slot: school.slotAt(session.week, session.day, session.lesson) ?? null,
    });
  }
  return ledger.total;
}
