import { describe, expect, it } from 'vitest';
import type { Group, LessonSlot, Placement, Pupil } from '../../../src/core/domain';
import { buildTimetables, checkSchedule } from '../../../src/core/timetable';
import type { IsoDate } from '../../../src/core/values';
import { availability, group, lessonTimetable, MONDAY, placement, prng, pupil, school, settingsWith, weekSlots } from './fixtures';

const OTHER = ['Science', 'History', 'Geography', 'Art', 'Music', 'French', 'PE', 'Drama', 'Computing', 'RE'];

/** A school of `size` pupils in 5 years × 10 forms, each form with its own timetable (a third of lessons Maths or English). */
function generatedSchool(size: number, groupCount: number, oneToOnes: number, staffCount: number, rooms: number, seed: number) {
  const random = prng(seed);
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
  const pupils: Pupil[] = Array.from({ length: size }, (_, i) => {
    const f = forms[i % forms.length] as { year: number; form: string };
    return pupil(`U${String(i).padStart(5, '0')}`, `Pupil${i} Test`, { year: f.year, form: f.form });
  });
  const staff = Array.from({ length: staffCount }, (_, i) => `Staff ${i + 1}`);
  const groups: Group[] = Array.from({ length: groupCount }, (_, i) =>
    group(`Group ${i + 1}`, {
      staff: staff[i % staffCount] ?? null,
      room: `Room ${(i % rooms) + 1}`,
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
  for (let i = 0; i < oneToOnes; i += 1)
    placements.push(placement(pick(pupils).id, { type: '1-1', staff: pick(staff), end: '2026-12-11' as IsoDate }));
  const staffAvailability = availability(
    slots,
    staff.map((name) => ({ name, busyAt: () => (random() < 0.3 ? 'Teaching' : null) })),
  );
  return school({ pupils, placements, groups, lessons: lessonTimetable(slots, rows), staffAvailability });
}

/** How long these take belongs to `npm run bench`, not to a test: here only what they produce is checked. */
describe('a generated school', () => {
  it('timetables 1,500 pupils, 40 groups and 60 1-1s over 6 weeks with no hard rule broken', () => {
    const data = generatedSchool(1500, 40, 60, 20, 10, 42);
    const settings = settingsWith();
    const result = buildTimetables(data, settings, { week: 'programme', today: MONDAY }, undefined);
    expect(checkSchedule(data, settings, result.sessions)).toEqual([]);
    // Every session demanded is either placed or explained on Problems.
    const demanded = 6 * (20 * 1 + 20 * 2) + new Set(data.placements.filter((p) => p.type === '1-1').map((p) => p.pupilId)).size * 6;
    expect(result.sessions.length + result.problems.length).toBe(demanded);
    expect(result.sessions.length / demanded).toBeGreaterThan(0.9);
    for (const p of result.problems) expect(p.reason).toMatch(/week \d \(w\/c \d\d\/\d\d\/\d{4}\)/);
  });

  it('handles 2,000 pupils and 250 groups, placing or explaining every session', () => {
    const data = generatedSchool(2000, 250, 100, 60, 40, 7);
    const settings = settingsWith();
    const result = buildTimetables(data, settings, { week: 'programme', today: MONDAY }, undefined);
    expect(checkSchedule(data, settings, result.sessions)).toEqual([]);
    const oneToOnes = new Set(data.placements.filter((p) => p.type === '1-1').map((p) => p.pupilId)).size;
    const demanded = 6 * (125 * 1 + 125 * 2) + oneToOnes * 6;
    expect(result.sessions.length + result.problems.length).toBe(demanded);
  });
});
