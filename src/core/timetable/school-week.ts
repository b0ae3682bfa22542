/**
 * The school week as the scheduler sees it: which lessons a calendar week has (week A or B, and
 * only on the days the school is open), what each pupil has in each lesson (the most specific
 * timetable row wins, cell by cell), which lessons a pupil must not miss, and when each member of
 * staff is busy.
 */
import { dayOfWeek, weeksBetween, mondayOf } from '../calendar/days';
import { DAY_NAMES, SchoolCalendar } from '../calendar/school-calendar';
import type { LessonSlot, Pupil, PupilId, SchoolData, TimetableKey, Weekday } from '../domain';
import type { Settings } from '../settings';
import { normaliseText } from '../text';
import type { IsoDate } from '../values';
import { splitLesson, type LessonCell } from './lesson-cells';
import { StaffNames } from './staff-names';
import { protectedSubjectTest } from './subjects';

/** One lesson of one week's timetable. */
export interface WeekSlot {
  readonly day: Weekday;
  readonly lesson: number;
  /** Position in the week's list of open lessons: the index of every per-lesson booking array. */
  readonly index: number;
  /** Column of the lesson timetable holding this lesson, or -1 when there is no timetable. */
  readonly lessonColumn: number;
  /** Column of the staff availability grid, or -1. */
  readonly availabilityColumn: number;
}

export type CycleWeek = 'A' | 'B' | null;

export function dayName(day: Weekday): string {
  return DAY_NAMES[day - 1] ?? '';
}

/** `Mon 3`: how a lesson is named in explanations. */
export function lessonLabel(day: Weekday, lesson: number): string {
  return `${dayName(day).slice(0, 3)} ${lesson}`;
}

/** Rooms are one room however their names are spaced or capitalised. */
export function roomKey(room: string): string {
  return normaliseText(room);
}

export class SchoolWeek {
  readonly isProtected: (subject: string | null) => boolean;
  readonly calendar: SchoolCalendar;
  readonly hasLessonTimetable: boolean;
  readonly usesCycle: boolean;
  /** Whether week A's Monday is known; when not, every week is read as week A. */
  readonly cycleAnchorKnown: boolean;
  private readonly anchor: IsoDate | null;
  private readonly slotsByShape = new Map<string, readonly WeekSlot[]>();
  private readonly cellRows = new Map<PupilId, readonly (LessonCell | null)[] | null>();
  private readonly protectedAnywhere = new Map<number, string | null>();
  private readonly pupils = new Map<PupilId, Pupil>();
  private readonly busyByStaff = new Map<string, readonly (string | null)[]>();
  private readonly staffNames: StaffNames;

  constructor(
    private readonly data: SchoolData,
    private readonly settings: Settings,
  ) {
    this.isProtected = protectedSubjectTest(settings.timetable.protectedSubjects);
    this.calendar = new SchoolCalendar(data.termDates, settings.timetable.termWeeks);
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

  /** The week's lessons on the days the school is open, Monday lesson 1 first. */
  slotsOf(week: IsoDate): readonly WeekSlot[] {
    const cycle = this.cycleOf(week);
    const closed = new Set(this.calendar.closedDays(week).map((closedDay) => closedDay.day));
    const key = `${cycle ?? '-'}|${[...closed].join('')}`;
    let slots = this.slotsByShape.get(key);
    if (!slots) {
      slots = this.buildSlots(cycle, closed);
      this.slotsByShape.set(key, slots);
    }
    return slots;
  }

  /** The lesson of that week on that day, or undefined when the week has no such lesson or the school is closed. */
  slotAt(week: IsoDate, day: Weekday, lesson: number): WeekSlot | undefined {
    return this.slotsOf(week).find((slot) => slot.day === day && slot.lesson === lesson);
  }

  /** Lessons in a day that week, closed days included: the rows a printed week needs. */
  lessonsPerDay(week: IsoDate): number {
    const cycle = this.cycleOf(week);
    return Math.max(0, ...this.buildSlots(cycle, new Set()).map((slot) => slot.lesson));
  }

  /** The date of a day of a week. */
  dateOf(week: IsoDate, day: Weekday): IsoDate {
    return dayOfWeek(week, day);
  }

  /** The subject a pupil has in a lesson, or null when the timetable has nothing there (or there is no timetable). */
  subjectOf(pupil: PupilId, slot: WeekSlot): string | null {
    return this.cellOf(pupil, slot)?.subject ?? null;
  }

  /** Who teaches the pupil then, when the lesson timetable says. */
  teacherOf(pupil: PupilId, slot: WeekSlot): string | null {
    return this.cellOf(pupil, slot)?.teacher ?? null;
  }

  /**
   * The protected subject a pupil would, or might, miss in a lesson; null when taking them out is
   * allowed. A pupil whose year and form the lesson timetable does not have might have any
   * subject another row has then.
   */
  protectedMiss(pupil: PupilId, slot: WeekSlot): string | null {
    if (this.unknownLessons(pupil) === null) {
      const subject = this.subjectOf(pupil, slot);
      return this.isProtected(subject) ? subject : null;
    }
    return this.protectedInAnyRow(slot);
  }

  /**
   * Why a pupil's lessons are unknown (the lesson timetable exists but has no row for them), or null
   * when they are known or there is no lesson timetable at all.
   */
  unknownLessons(id: PupilId): string | null {
    if (!this.hasLessonTimetable || this.cellsOf(id) !== null) return null;
    const pupil = this.pupils.get(id);
    const parts = [pupil?.form ? `form ${pupil.form}` : null, pupil?.year ? `Year ${pupil.year}` : null].filter(
      (part): part is string => part !== null,
    );
    if (parts.length === 0) return 'the register gives no year or form for them';
    return parts.length === 1
      ? `${parts[0] ?? ''} is not on the lesson timetable`
      : `neither ${parts.join(' nor ')} is on the lesson timetable`;
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

  private cellOf(pupil: PupilId, slot: WeekSlot): LessonCell | null {
    if (slot.lessonColumn < 0) return null;
    return this.cellsOf(pupil)?.[slot.lessonColumn] ?? null;
  }

  /** A pupil's cell in every timetable column, or null when no row of the timetable is theirs. */
  private cellsOf(id: PupilId): readonly (LessonCell | null)[] | null {
    let cells = this.cellRows.get(id);
    if (cells === undefined) {
      cells = this.resolveCells(id);
      this.cellRows.set(id, cells);
    }
    return cells;
  }

  private protectedInAnyRow(slot: WeekSlot): string | null {
    let found = this.protectedAnywhere.get(slot.lessonColumn);
    if (found === undefined) {
      found = null;
      for (const row of this.data.lessons?.rows ?? []) {
        const subject = splitLesson(row.subjects[slot.lessonColumn] ?? '').subject;
        if (this.isProtected(subject)) {
          found = subject;
          break;
        }
      }
      this.protectedAnywhere.set(slot.lessonColumn, found);
    }
    return found;
  }

  private buildSlots(cycle: CycleWeek, closed: ReadonlySet<Weekday>): WeekSlot[] {
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
    const availability = this.data.staffAvailability?.slots ?? [];
    return pairs
      .filter((pair) => !closed.has(pair.day))
      .sort((a, b) => a.day - b.day || a.lesson - b.lesson)
      .map((pair, index) => ({
        ...pair,
        index,
        lessonColumn: columnOf(lessonSlots, pair.day, pair.lesson, cycle),
        availabilityColumn: columnOf(availability, pair.day, pair.lesson, cycle),
      }));
  }

  private resolveCells(id: PupilId): (LessonCell | null)[] | null {
    const lessons = this.data.lessons;
    const pupil = this.pupils.get(id);
    if (!lessons || !pupil) return null;
    const ranked = [
      lessons.rows.find((row) => matchesPupil(row.key, pupil)),
      lessons.rows.find((row) => row.key.kind === 'form' && pupil.form !== null && formKey(row.key.form) === formKey(pupil.form)),
      lessons.rows.find((row) => row.key.kind === 'year' && row.key.year === pupil.year),
    ].filter((row) => row !== undefined);
    if (ranked.length === 0) return null;
    return lessons.slots.map((_, column) => {
      for (const row of ranked) {
        const subject = row.subjects[column];
        if (subject !== null && subject !== undefined && subject.trim() !== '') return splitLesson(subject);
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
