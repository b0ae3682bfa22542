/**
 * The large schools the timetable is checked on: the scale tests check what the solver returns,
 * and `tools/bench/core-speed.ts` times the same solve.
 */
import type { Group, LessonSlot, Placement, Pupil, SchoolData } from '../../../src/core/domain';
import type { IsoDate } from '../../../src/core/values';
import { availability, group, lessonTimetable, placement, prng, pupil, school, weekSlots } from './fixtures';

const OTHER = ['Science', 'History', 'Geography', 'Art', 'Music', 'French', 'PE', 'Drama', 'Computing', 'RE'];

export interface ScaleShape {
  readonly pupils: number;
  readonly groups: number;
  readonly oneToOnes: number;
  readonly staff: number;
  readonly rooms: number;
  readonly seed: number;
}

/** 1,500 pupils, 40 groups, 60 1-1s, 20 staff and 10 rooms, over 6 weeks. */
export const MID_SCHOOL: ScaleShape = { pupils: 1500, groups: 40, oneToOnes: 60, staff: 20, rooms: 10, seed: 42 };
/** 2,000 pupils, 250 groups, 100 1-1s, 60 staff and 40 rooms, over 6 weeks. */
export const LARGE_SCHOOL: ScaleShape = { pupils: 2000, groups: 250, oneToOnes: 100, staff: 60, rooms: 40, seed: 7 };

/** A school in 5 years × 10 forms, each form with its own timetable (a third of lessons Maths or English). */
export function scaleSchool(shape: ScaleShape): SchoolData {
  const random = prng(shape.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const slots = weekSlots(6);
  const forms = Array.from({ length: 50 }, (_, i) => ({
    year: 7 + Math.floor(i / 10),
    form: `${7 + Math.floor(i / 10)}${'ABCDEFGHIJ'[i % 10]}`,
  }));
  const rows = forms.map((f) => {
    const subjectOf = new Map<LessonSlot, string>();
    for (const slot of slots) subjectOf.set(slot, random() < 0.33 ? pick(['Maths', 'English']) : pick(OTHER));
    return { key: { kind: 'form' as const, form: f.form }, subject: (slot: LessonSlot) => subjectOf.get(slot) ?? null };
  });
  const pupils: Pupil[] = Array.from({ length: shape.pupils }, (_, i) => {
    const f = forms[i % forms.length] as { year: number; form: string };
    return pupil(`U${String(i).padStart(5, '0')}`, `Pupil${i} Test`, { year: f.year, form: f.form });
  });
  const staff = Array.from({ length: shape.staff }, (_, i) => `Staff ${i + 1}`);
  const groups: Group[] = Array.from({ length: shape.groups }, (_, i) =>
    group(`Group ${i + 1}`, {
      staff: staff[i % shape.staff] ?? null,
      room: `Room ${(i % shape.rooms) + 1}`,
      sessionsPerWeek: 1 + (i % 2),
      weeks: 6,
    }),
  );
  const placements: Placement[] = [];
  groups.forEach((g, i) => {
    // Pupils of one year group, so they share lessons often enough to be placeable.
    const year = 7 + (i % 5);
    const candidates = pupils.filter((p) => p.year === year);
    const chosen = new Set<Pupil>();
    while (chosen.size < 6) chosen.add(pick(candidates));
    for (const p of chosen) placements.push(placement(p.id, { group: g.name }));
  });
  for (let i = 0; i < shape.oneToOnes; i += 1)
    placements.push(placement(pick(pupils).id, { type: '1-1', staff: pick(staff), end: '2026-12-11' as IsoDate }));
  const staffAvailability = availability(
    slots,
    staff.map((name) => ({ name, busyAt: () => (random() < 0.3 ? 'Teaching' : null) })),
  );
  return school({ pupils, placements, groups, lessons: lessonTimetable(slots, rows), staffAvailability });
}
