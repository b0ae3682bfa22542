/**
 * Who and what is already booked in one week while the scheduler works: pupils, staff and rooms per
 * lesson, the days each series meets, each member of staff's load per day and the subjects each
 * pupil already misses this week. Placing and removing are both cheap so repairs can try moves.
 */
import type { PupilId } from '../domain';
import { staffKey, type SchoolWeek, type WeekSlot } from './school-week';
import { subjectKey } from './subjects';
import type { SessionSeries } from './types';

export interface Occurrence {
  readonly series: SessionSeries;
  readonly pupils: readonly PupilId[];
  readonly weekNumber: number;
  slot: WeekSlot | null;
  locked: boolean;
}

export type Blocker =
  | { readonly kind: 'pupil'; readonly pupil: PupilId; readonly by: number }
  | { readonly kind: 'staff'; readonly by: number }
  | { readonly kind: 'room'; readonly by: number }
  | { readonly kind: 'same-day'; readonly by: number };

export class WeekState {
  readonly occurrences: Occurrence[] = [];
  private readonly pupilAt = new Map<PupilId, Int32Array>();
  private readonly staffAt = new Map<string, Int32Array>();
  private readonly roomAt = new Map<string, Int32Array>();
  private readonly bySeries = new Map<string, number[]>();
  private readonly staffDays = new Map<string, number[]>();
  private readonly missed = new Map<PupilId, Map<string, number>>();

  constructor(
    private readonly school: SchoolWeek,
    readonly slots: readonly WeekSlot[],
    private readonly allowTwicePerDay: boolean,
  ) {}

  add(occurrence: Occurrence): number {
    const index = this.occurrences.length;
    this.occurrences.push(occurrence);
    const siblings = this.bySeries.get(occurrence.series.id);
    if (siblings) siblings.push(index);
    else this.bySeries.set(occurrence.series.id, [index]);
    return index;
  }

  /** Everything that stops `index` going into `slot` now (empty when it fits). */
  blockers(index: number, slot: WeekSlot, firstOnly = false): Blocker[] {
    const occurrence = this.occurrences[index] as Occurrence;
    const found: Blocker[] = [];
    if (!this.allowTwicePerDay) {
      for (const sibling of this.bySeries.get(occurrence.series.id) ?? []) {
        if (sibling !== index && this.occurrences[sibling]?.slot?.day === slot.day) {
          found.push({ kind: 'same-day', by: sibling });
          if (firstOnly) return found;
        }
      }
    }
    const { staff, room, roomChecked } = occurrence.series;
    const staffBy = staff === null ? -1 : this.at(this.staffAt, this.school.staffId(staff), slot);
    if (staffBy >= 0 && staffBy !== index) {
      found.push({ kind: 'staff', by: staffBy });
      if (firstOnly) return found;
    }
    const roomBy = room === null || !roomChecked ? -1 : this.at(this.roomAt, staffKey(room), slot);
    if (roomBy >= 0 && roomBy !== index) {
      found.push({ kind: 'room', by: roomBy });
      if (firstOnly) return found;
    }
    for (const pupil of occurrence.pupils) {
      const by = this.at(this.pupilAt, pupil, slot);
      if (by >= 0 && by !== index) {
        found.push({ kind: 'pupil', pupil, by });
        if (firstOnly) return found;
      }
    }
    return found;
  }

  fits(index: number, slot: WeekSlot): boolean {
    return this.blockers(index, slot, true).length === 0;
  }

  place(index: number, slot: WeekSlot): void {
    const occurrence = this.occurrences[index] as Occurrence;
    occurrence.slot = slot;
    this.mark(index, slot, index);
    this.bookkeep(occurrence, slot, 1);
  }

  remove(index: number): WeekSlot | null {
    const occurrence = this.occurrences[index] as Occurrence;
    const slot = occurrence.slot;
    if (slot === null) return null;
    this.mark(index, slot, -1);
    this.bookkeep(occurrence, slot, -1);
    occurrence.slot = null;
    return slot;
  }

  staffLoad(staff: string, day: number): number {
    return this.staffDays.get(this.school.staffId(staff))?.[day] ?? 0;
  }

  missedThisWeek(pupil: PupilId, subject: string): number {
    return this.missed.get(pupil)?.get(subject) ?? 0;
  }

  private mark(index: number, slot: WeekSlot, value: number): void {
    const occurrence = this.occurrences[index] as Occurrence;
    const { staff, room, roomChecked } = occurrence.series;
    if (staff !== null) this.grid(this.staffAt, this.school.staffId(staff))[slot.index] = value;
    if (room !== null && roomChecked) this.grid(this.roomAt, staffKey(room))[slot.index] = value;
    for (const pupil of occurrence.pupils) this.grid(this.pupilAt, pupil)[slot.index] = value;
  }

  private bookkeep(occurrence: Occurrence, slot: WeekSlot, delta: number): void {
    const staff = occurrence.series.staff;
    if (staff !== null) {
      const key = this.school.staffId(staff);
      let days = this.staffDays.get(key);
      if (!days) {
        days = [0, 0, 0, 0, 0, 0];
        this.staffDays.set(key, days);
      }
      days[slot.day] = (days[slot.day] ?? 0) + delta;
    }
    for (const pupil of occurrence.pupils) {
      const subject = this.school.subjectOf(pupil, slot);
      if (subject === null) continue;
      let counts = this.missed.get(pupil);
      if (!counts) {
        counts = new Map();
        this.missed.set(pupil, counts);
      }
      const key = subjectKey(subject);
      counts.set(key, (counts.get(key) ?? 0) + delta);
    }
  }

  private at<K>(map: Map<K, Int32Array>, key: K, slot: WeekSlot): number {
    return map.get(key)?.[slot.index] ?? -1;
  }

  private grid<K>(map: Map<K, Int32Array>, key: K): Int32Array {
    let grid = map.get(key);
    if (!grid) {
      grid = new Int32Array(this.slots.length).fill(-1);
      map.set(key, grid);
    }
    return grid;
  }
}
