/** The solver on large schools: every rule kept and every demanded session accounted for (its speed is in `npm run bench`). */
import { describe, expect, it } from 'vitest';
import type { SchoolData } from '../../../src/core/domain';
import { buildTimetables, checkSchedule } from '../../../src/core/timetable';
import { MONDAY, settingsWith } from './fixtures';
import { LARGE_SCHOOL, MID_SCHOOL, scaleSchool } from './scale-school';

/** Group sessions over their weeks, and each 1-1 pupil's six weekly sessions (the placements end on 11/12/2026). */
function demandedSessions(data: SchoolData): number {
  const groups = data.groups.reduce((sum, g) => sum + (g.sessionsPerWeek ?? 1) * (g.weeks ?? 6), 0);
  return groups + new Set(data.placements.filter((p) => p.type === '1-1').map((p) => p.pupilId)).size * 6;
}

describe('a generated school', () => {
  it('timetables 1,500 pupils, 40 groups and 60 1-1s over 6 weeks with no hard rule broken', () => {
    const data = scaleSchool(MID_SCHOOL);
    const settings = settingsWith();
    const result = buildTimetables(data, settings, { week: 'programme', today: MONDAY }, undefined);
    expect(checkSchedule(data, settings, result.sessions)).toEqual([]);
    // Every session demanded is either placed or explained on Problems.
    const demanded = demandedSessions(data);
    expect(result.sessions.length + result.problems.length).toBe(demanded);
    expect(result.sessions.length / demanded).toBeGreaterThan(0.9);
    for (const p of result.problems) expect(p.reason).toMatch(/week \d \(w\/c \d\d\/\d\d\/\d{4}\)/);
  });

  it('handles 2,000 pupils and 250 groups with no hard rule broken', () => {
    const data = scaleSchool(LARGE_SCHOOL);
    const settings = settingsWith();
    const result = buildTimetables(data, settings, { week: 'programme', today: MONDAY }, undefined);
    expect(checkSchedule(data, settings, result.sessions)).toEqual([]);
    const demanded = demandedSessions(data);
    // Not every session fits at this size: each one that does not is on Problems, naming its week.
    expect(result.sessions.length + result.problems.length).toBe(demanded);
    expect(result.sessions.length).toBeGreaterThan(0);
    for (const p of result.problems) expect(p.reason).toMatch(/week \d \(w\/c \d\d\/\d\d\/\d{4}\)/);
  });
});
