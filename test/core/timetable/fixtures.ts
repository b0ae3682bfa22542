/**
 * Small hand-built schools for the timetable tests.
 */
import type {
  Group,
  LessonSlot,
  LessonTimetable,
  Placement,
  Pupil,
  PupilId,
  SchoolData,
  StaffAvailability,
  TimetableKey,
  Weekday,
} from '../../../src/core/domain';
import { defaultSettings, type Settings } from '../../../src/core/settings';
import type { IsoDate } from '../../../src/core/values';

export const MONDAY = '2026-11-02' as IsoDate;
export const iso = (text: string): IsoDate => text as IsoDate;

export function pupil(id: string, name: string, extra: Partial<Pupil> = {}): Pupil {
  const [forename = null, surname = null] = name.split(' ');
  return {
    id: id as PupilId,
    name,
    forename,
    surname,
    year: 7,
    form: '7A',
    gender: null,
    sen: 'none',
    primaryNeed: null,
    pupilPremium: null,
    source: { tab: 'Register', row: 2 },
    ...extra,
  };
}

export function placement(pupilId: string, extra: Partial<Placement> = {}): Placement {
  return {
    pupilId: pupilId as PupilId,
    type: 'group',
    reason: 'Low attendance',
    outcome: 'Attendance above 95%',
    programme: 'Attendance',
    group: null,
    staff: null,
    start: MONDAY,
    end: null,
    consent: true,
    measures: {},
    source: { tab: 'Register', row: 2 },
    ...extra,
  };
}

export function group(name: string, extra: Partial<Group> = {}): Group {
  return {
    name,
    programme: 'Attendance',
    focus: null,
    staff: "Mrs O'Neill",
    room: 'Room 1',
    sessionsPerWeek: 1,
    weeks: 1,
    startWeek: MONDAY,
    minSize: null,
    maxSize: null,
    singleSex: false,
    source: { tab: 'Groups', row: 2 },
    ...extra,
  };
}

/** Every lesson of a Mon–Fri week of `lessons` lessons, optionally for one cycle week. */
export function weekSlots(lessons: number, cycleWeek: 'A' | 'B' | null = null): LessonSlot[] {
  const slots: LessonSlot[] = [];
  for (let day = 1; day <= 5; day += 1)
    for (let lesson = 1; lesson <= lessons; lesson += 1) slots.push({ cycleWeek, day: day as Weekday, lesson });
  return slots;
}

export type SubjectAt = (slot: LessonSlot) => string | null;

export function lessonTimetable(slots: readonly LessonSlot[], rows: readonly { key: TimetableKey; subject: SubjectAt }[]): LessonTimetable {
  return {
    slots,
    rows: rows.map((row, i) => ({ key: row.key, subjects: slots.map(row.subject), source: { tab: 'Lessons', row: i + 2 } })),
  };
}

/** Busy reasons per slot; `busyAt` returns null when free. */
export function availability(
  slots: readonly LessonSlot[],
  staff: readonly { name: string; busyAt: (slot: LessonSlot) => string | null }[],
): StaffAvailability {
  return { slots, staff: staff.map((s, i) => ({ name: s.name, busy: slots.map(s.busyAt), source: { tab: 'Staff', row: i + 2 } })) };
}

export function school(extra: Partial<SchoolData>): SchoolData {
  return {
    pupils: [],
    placements: [],
    measures: [],
    groups: [],
    keepApart: [],
    lessons: null,
    staffAvailability: null,
    responses: [],
    ...extra,
  };
}

export function settingsWith(timetable: Partial<Settings['timetable']> = {}): Settings {
  const settings = defaultSettings();
  return { ...settings, timetable: { ...settings.timetable, ...timetable } };
}

/** A subject per lesson so every slot is a named, unprotected lesson unless `protectedAt` says so. */
export function subjects(protectedAt: (slot: LessonSlot) => string | null = () => null): SubjectAt {
  const names = ['Science', 'History', 'Geography', 'Art', 'Music', 'French', 'PE', 'Drama'];
  return (slot) => protectedAt(slot) ?? names[(slot.day * 3 + slot.lesson) % names.length] ?? 'Science';
}

/** A tiny deterministic PRNG (mulberry32) for generated schools. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
