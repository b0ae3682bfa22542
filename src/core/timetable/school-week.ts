/**
 * The school week as the scheduler sees it: which lessons a calendar week has (week A or B), what
 * each pupil has in each lesson (the most specific timetable row wins, cell by cell) and when each
 * member of staff is busy.
 */
import type { LessonSlot, Pupil, PupilId, SchoolData, TimetableKey, Weekday } from '../domain';
import type { Settings } from '../settings';
import { normaliseText } from '../text';
import type { IsoDate } from '../values';
import { mondayOf, weeksBetween } from './dates';
import { StaffNames } from './staff-names';
import { protectedSubjectTest } from './subjects';

export interface WeekSlot {
  readonly day: Weekday;
  readonly lesson: number;
  /** Position in the week's slot list. */
  readonly index: number;
  /** Column of the lesson timetable holding this lesson, or -1 when there is no timetable. */
  readonly lessonColumn: number;
  /** Column of the staff availability grid, or -1. */
  readonly availabilityColumn: number;
}

export type CycleWeek = 'A' | 'B' | null;

export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
export const DAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as const;

export function dayName(day: Weekday): string {
  return DAY_NAMES[day - 1] ?? '';
}

/** `Mon 3`: how a lesson is named in explanations. */
export function lessonLabel(day: Weekday, lesson: number): string {
  return `${DAY_SHORT[day - 1] ?? ''} ${lesson}`;
}

export function staffKey(name: string): string {
  return normaliseText(name);
}

export class SchoolWeek {
  readonly isProtected: (subject: string | null) => boolean;
  readonly hasLessonTimetable: boolean;
  readonly usesCycle: boolean;
  /** Whether week A's Monday is known; when not, every week is read as week A. */
  readonly cycleAnchorKnown: boolean;
  private readonly anchor: IsoDate | null;
  private readonly slotsByCycle = new Map<string, readonly WeekSlot[]>();
  private readonly subjectRows = new Map<PupilId, readonly (string | null)[]>();
  private readonly pupils = new Map<PupilId, Pupil>();
  private readonly busyByStaff = new Map<string, readonly (string | null)[]>();
  private readonly staffNames: StaffNames;

  constructor(
    private readonly data: SchoolData,
    private readonly settings: Settings,
  ) {
    this.isProtected = protectedSubjectTest(settings.timetable.protectedSubjects);
    this.hasLessonTimetable = (data.lessons?.slots.length ?? 0) > 0;
    const allSlots = [...(data.lessons?.slots ?? []), ...(data.staffAvailability?.slots ?? [])];
    this.usesCycle = allSlots.some((slot) => slot.cycleWeek !== null);
    const anchor = settings.timetable.cycleWeekAStart ?? [...settings.timetable.termWeeks].sort()[0] ?? null;
    this.anchor = anchor === null ? null : mondayOf(anchor as IsoDate);
    this.cycleAnchorKnown = this.anchor !== null;
    for (const pupil of data.pupils) this.pupils.set(pupil.id, pupil);
    this.staffNames = new StaffNames(
      [
        ...(data.staffAvailability?.staff ?? []).map((row) => row.name),
        ...data.groups.map((group) => group.staff),
        ...data.placements.map((placement) => placement.staff),
        settings.timetable.oneToOneStaffDefault,
      ].filter((name): name is string => name !== null),
    );
    for (const row of data.staffAvailability?.staff ?? []) {
      const key = this.staffId(row.name);
      if (!this.busyByStaff.has(key)) this.busyByStaff.set(key, row.busy);
    }
  }

  pupil(id: PupilId): Pupil | undefined {
    return this.pupils.get(id);
  }

  pupilName(id: PupilId): string {
    return this.pupils.get(id)?.name ?? String(id);
  }

  cycleOf(week: IsoDate): CycleWeek {
    if (!this.usesCycle) return null;
    if (this.anchor === null) return 'A';
    return Math.abs(weeksBetween(this.anchor, week)) % 2 === 0 ? 'A' : 'B';
  }

  /** The week's lessons, Monday lesson 1 first. */
  slotsOf(week: IsoDate): readonly WeekSlot[] {
    const cycle = this.cycleOf(week);
    const key = cycle ?? '-';
    let slots = this.slotsByCycle.get(key);
    if (!slots) {
      slots = this.buildSlots(cycle);
      this.slotsByCycle.set(key, slots);
    }
    return slots;
  }

  lessonsPerDay(week: IsoDate): number {
    return Math.max(0, ...this.slotsOf(week).map((slot) => slot.lesson));
  }

  subjectOf(pupil: PupilId, slot: WeekSlot): string | null {
    if (slot.lessonColumn < 0) return null;
    let row = this.subjectRows.get(pupil);
    if (!row) {
      row = this.resolveSubjects(pupil);
      this.subjectRows.set(pupil, row);
    }
    return row[slot.lessonColumn] ?? null;
  }

  /** Why this member of staff is busy then, or null when free (staff not on the grid are free). */
  staffBusy(staff: string, slot: WeekSlot): string | null {
    if (slot.availabilityColumn < 0) return null;
    return this.busyByStaff.get(this.staffId(staff))?.[slot.availabilityColumn] ?? null;
  }

  /** Equal for every spelling of one member of staff (`O'Neill`, `mrs o’neill`, `Mrs O'Neill`). */
  staffId(staff: string): string {
    return this.staffNames.id(staff);
  }

  /** The spelling shown for a member of staff: the availability tab's when it lists them. */
  staffName(staff: string): string {
    return this.staffNames.name(staff);
  }

  private buildSlots(cycle: CycleWeek): WeekSlot[] {
    const lessonSlots = this.data.lessons?.slots ?? [];
    const pairs: { day: Weekday; lesson: number }[] = [];
    if (lessonSlots.length > 0) {
      const seen = new Set<string>();
      for (const slot of lessonSlots) {
        if (!inCycle(slot, cycle) || slot.day < 1 || slot.day > 5) continue;
        const key = `${slot.day}|${slot.lesson}`;
        if (!seen.has(key)) {
          seen.add(key);
          pairs.push({ day: slot.day, lesson: slot.lesson });
        }
      }
    } else {
      for (let day = 1; day <= 5; day += 1) {
        for (let lesson = 1; lesson <= this.settings.timetable.lessonsPerDay; lesson += 1) pairs.push({ day: day as Weekday, lesson });
      }
    }
    pairs.sort((a, b) => a.day - b.day || a.lesson - b.lesson);
    const availability = this.data.staffAvailability?.slots ?? [];
    return pairs.map((pair, index) => ({
      ...pair,
      index,
      lessonColumn: columnOf(lessonSlots, pair.day, pair.lesson, cycle),
      availabilityColumn: columnOf(availability, pair.day, pair.lesson, cycle),
    }));
  }

  private resolveSubjects(id: PupilId): (string | null)[] {
    const lessons = this.data.lessons;
    const pupil = this.pupils.get(id);
    if (!lessons || !pupil) return [];
    const ranked = [
      lessons.rows.find((row) => matchesPupil(row.key, pupil)),
      lessons.rows.find((row) => row.key.kind === 'form' && pupil.form !== null && formKey(row.key.form) === formKey(pupil.form)),
      lessons.rows.find((row) => row.key.kind === 'year' && row.key.year === pupil.year),
    ].filter((row) => row !== undefined);
    return lessons.slots.map((_, column) => {
      for (const row of ranked) {
        const subject = row.subjects[column];
        if (subject !== null && subject !== undefined && subject.trim() !== '') return subject.trim();
      }
      return null;
    });
  }
}

function inCycle(slot: LessonSlot, cycle: CycleWeek): boolean {
  return slot.cycleWeek === null || cycle === null || slot.cycleWeek === cycle;
}

function columnOf(slots: readonly LessonSlot[], day: Weekday, lesson: number, cycle: CycleWeek): number {
  let fallback = -1;
  for (let i = 0; i < slots.length; i += 1) {
    const slot = slots[i];
    if (!slot || slot.day !== day || slot.lesson !== lesson) continue;
    if (slot.cycleWeek === cycle) return i;
    if (fallback < 0 && inCycle(slot, cycle)) fallback = i;
  }
  return fallback;
}

function formKey(form: string): string {
  return normaliseText(form).replace(/[\s/-]+/g, '');
}

function matchesPupil(key: TimetableKey, pupil: Pupil): boolean {
  if (key.kind !== 'pupil') return false;
  const wanted = normaliseText(key.pupil);
  return wanted === normaliseText(pupil.id) || wanted === normaliseText(pupil.name);
}
