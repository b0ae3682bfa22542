/**
 * One week while the scheduler works on it: its sessions to place (occurrences), and who and what
 * is booked in each lesson (pupils, staff, rooms). Booking and unbooking are cheap so the steps of
 * the solver can try moves and take them back.
 */
import type { PupilId } from '../domain';
import type { IsoDate } from '../values';
import { roomKey, type SchoolWeek, type WeekSlot } from './school-week';
import type { SessionSeries } from './types';

/** One session of a series in one week: the thing the solver places and moves. */
export interface Occurrence {
  /** `<series id>|<week>|<n>`: stable, so equal inputs give equal schedules. */
  readonly id: string;
  readonly series: SessionSeries;
  /** The week it belongs to. */
  readonly plan: WeekPlan;
  /** Its member of staff and room as booking keys (null when none). */
  readonly staffKey: string | null;
  readonly roomKey: string | null;
  readonly week: IsoDate;
  /** 1-based week of the series' programme. */
  readonly weekNumber: number;
  readonly pupils: readonly PupilId[];
  slot: WeekSlot | null;
  /** Put there by a person (locked, or registered as held): never moved. */
  fixed: boolean;
  /** Locked on the Schedule (as opposed to only registered). */
  locked: boolean;
  /** Back where the last timetable had it: the improvement phase leaves it there. */
  stayed: boolean;
}

export type Blocker =
  | { readonly kind: 'pupil'; readonly pupil: PupilId; readonly by: Occurrence }
  | { readonly kind: 'staff'; readonly by: Occurrence }
  | { readonly kind: 'room'; readonly by: Occurrence }
  | { readonly kind: 'same-day'; readonly by: Occurrence };

type Bookings = (Occurrence | undefined)[];

export class WeekPlan {
  readonly occurrences: Occurrence[] = [];
  private readonly pupilAt = new Map<PupilId, Bookings>();
  private readonly staffAt = new Map<string, Bookings>();
  private readonly roomAt = new Map<string, Bookings>();
  private readonly bySeries = new Map<string, Occurrence[]>();
  private readonly allowed = new Map<string, readonly boolean[]>();

  constructor(
    private readonly school: SchoolWeek,
    readonly week: IsoDate,
    /** Position of the week in the programme (0 = first). */
    readonly ordinal: number,
    readonly slots: readonly WeekSlot[],
    private readonly allowTwicePerDay: boolean,
  ) {}

  add(series: SessionSeries, weekNumber: number): Occurrence {
    const siblings = this.bySeries.get(series.id) ?? [];
    const occurrence: Occurrence = {
      id: `${series.id}|${this.week}|${siblings.length + 1}`,
      series,
      plan: this,
      staffKey: series.staff === null ? null : this.school.staffId(series.staff),
      roomKey: series.room === null ? null : roomKey(series.room),
      week: this.week,
      weekNumber,
      pupils: series.learners.map((learner) => learner.pupil),
      slot: null,
      fixed: false,
      locked: false,
      stayed: false,
    };
    siblings.push(occurrence);
    this.bySeries.set(series.id, siblings);
    this.occurrences.push(occurrence);
    return occurrence;
  }

  /**
   * Per lesson, whether the series may go there whatever else is booked (its member of staff free,
   * no pupil missing a protected subject): worked out once per series and week.
   */
  allowedLessons(series: SessionSeries, allowedIn: (slot: WeekSlot) => boolean): readonly boolean[] {
    let mask = this.allowed.get(series.id);
    if (!mask) {
      mask = this.slots.map(allowedIn);
      this.allowed.set(series.id, mask);
    }
    return mask;
  }

  /** The series' sessions this week. */
  siblingsOf(series: SessionSeries): readonly Occurrence[] {
    return this.bySeries.get(series.id) ?? [];
  }

  /** Everything that stops `occurrence` going into `slot` now (empty when it fits); with `firstOnly`, the first found. */
  blockers(occurrence: Occurrence, slot: WeekSlot, firstOnly = false): Blocker[] {
    const found: Blocker[] = [];
    if (!this.allowTwicePerDay) {
      for (const sibling of this.siblingsOf(occurrence.series)) {
        if (sibling === occurrence || sibling.slot?.day !== slot.day) continue;
        found.push({ kind: 'same-day', by: sibling });
        if (firstOnly) return found;
      }
    }
    const staffBy = occurrence.staffKey === null ? undefined : this.staffAt.get(occurrence.staffKey)?.[slot.index];
    if (staffBy && staffBy !== occurrence) {
      found.push({ kind: 'staff', by: staffBy });
      if (firstOnly) return found;
    }
    const roomBy = occurrence.roomKey === null ? undefined : this.roomAt.get(occurrence.roomKey)?.[slot.index];
    if (roomBy && roomBy !== occurrence) {
      found.push({ kind: 'room', by: roomBy });
      if (firstOnly) return found;
    }
    for (const pupil of occurrence.pupils) {
      const by = this.pupilAt.get(pupil)?.[slot.index];
      if (!by || by === occurrence) continue;
      found.push({ kind: 'pupil', pupil, by });
      if (firstOnly) return found;
    }
    return found;
  }

  fits(occurrence: Occurrence, slot: WeekSlot): boolean {
    return this.blockers(occurrence, slot, true).length === 0;
  }

  /** Books the occurrence into a lesson (the caller has checked it fits). */
  book(occurrence: Occurrence, slot: WeekSlot): void {
    occurrence.slot = slot;
    this.mark(occurrence, slot, occurrence);
  }

  /** Frees the occurrence's lesson; returns the lesson it had. */
  unbook(occurrence: Occurrence): WeekSlot | null {
    const slot = occurrence.slot;
    if (slot === null) return null;
    this.mark(occurrence, slot, undefined);
    occurrence.slot = null;
    return slot;
  }

  private mark(occurrence: Occurrence, slot: WeekSlot, value: Occurrence | undefined): void {
    if (occurrence.staffKey !== null) this.bookings(this.staffAt, occurrence.staffKey)[slot.index] = value;
    if (occurrence.roomKey !== null) this.bookings(this.roomAt, occurrence.roomKey)[slot.index] = value;
    for (const pupil of occurrence.pupils) this.bookings(this.pupilAt, pupil)[slot.index] = value;
  }

  private bookings<K>(map: Map<K, Bookings>, key: K): Bookings {
    let bookings = map.get(key);
    if (!bookings) {
      bookings = new Array<Occurrence | undefined>(this.slots.length).fill(undefined);
      map.set(key, bookings);
    }
    return bookings;
  }
}
