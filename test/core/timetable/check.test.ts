import { describe, expect, it } from 'vitest';
import type { PupilId, Weekday } from '../../../src/core/domain';
import { checkSchedule, type ScheduledSession } from '../../../src/core/timetable';
import type { SeriesId } from '../../../src/core/timetable/types';
import type { IsoDate } from '../../../src/core/values';
import { availability, lessonTimetable, MONDAY, pupil, school, settingsWith, weekSlots } from './fixtures';

const slots = weekSlots(6);
const data = school({
  pupils: [pupil('P1', 'Ava Khan'), pupil('P2', 'Ben Ng')],
  lessons: lessonTimetable(slots, [
    { key: { kind: 'year', year: 7 }, subject: (s) => (s.day === 1 && s.lesson === 1 ? 'Maths set 2' : 'Science') },
  ]),
  staffAvailability: availability(slots, [{ name: 'Mr Hale', busyAt: (s) => (s.day === 5 ? 'Year 11 mocks' : null) }]),
});

function session(name: string, day: number, lesson: number, extra: Partial<ScheduledSession> = {}): ScheduledSession {
  return {
    seriesId: `group:${name}` as SeriesId,
    kind: 'group',
    name,
    group: name,
    programme: null,
    staff: `Staff ${name}`,
    room: `Room ${name}`,
    week: MONDAY,
    weekNumber: 1,
    day: day as Weekday,
    lesson,
    pupils: [],
    locked: false,
    ...extra,
  };
}

const rules = (sessions: ScheduledSession[], twice = false) =>
  checkSchedule(data, settingsWith({ allowTwicePerDay: twice }), sessions).map((v) => v.rule);
const P1 = 'P1' as PupilId;
const P2 = 'P2' as PupilId;

describe('checkSchedule', () => {
  it('accepts a clean schedule', () => {
    expect(
      rules([session('A', 1, 2, { pupils: [P1] }), session('B', 1, 2, { pupils: [P2] }), session('A', 2, 2, { pupils: [P1] })]),
    ).toEqual([]);
  });

  it('finds a pupil in two places, but not in neighbouring lessons', () => {
    expect(rules([session('A', 2, 3, { pupils: [P1] }), session('B', 2, 3, { pupils: [P1, P2] })])).toEqual(['pupil-clash']);
    expect(rules([session('A', 2, 3, { pupils: [P1] }), session('B', 2, 4, { pupils: [P1] })])).toEqual([]);
    expect(rules([session('A', 2, 3, { pupils: [P1] }), session('B', 2, 3, { pupils: [P1], week: '2026-11-09' as never })])).toEqual([]);
  });

  it('finds staff in two places and staff who are busy', () => {
    expect(rules([session('A', 3, 1, { staff: 'Mr Hale' }), session('B', 3, 1, { staff: 'mr hale ' })])).toEqual(['staff-clash']);
    const busy = checkSchedule(data, settingsWith(), [session('A', 5, 1, { staff: 'Mr Hale' })]);
    expect(busy.map((v) => v.rule)).toEqual(['staff-unavailable']);
    expect(busy[0]?.detail).toBe('w/c 02/11/2026, Fri 1: Mr Hale is not available (Year 11 mocks) for A.');
    expect(rules([session('A', 4, 6, { staff: 'Mr Hale' })])).toEqual([]);
  });

  it('finds a room used twice, however its name is written, but not two sessions with no room set', () => {
    expect(rules([session('A', 3, 2, { room: 'Library' }), session('B', 3, 2, { room: ' library ' })])).toEqual(['room-clash']);
    expect(rules([session('A', 3, 2, { room: null }), session('B', 3, 2, { room: null })])).toEqual([]);
  });

  it('finds a pupil missing a protected subject', () => {
    const found = checkSchedule(data, settingsWith(), [session('A', 1, 1, { pupils: [P1] })]);
    expect(found.map((v) => v.rule)).toEqual(['protected-subject']);
    expect(found[0]?.detail).toContain('Ava Khan would miss Maths set 2');
  });

  it('finds a group meeting twice in a day unless allowed', () => {
    expect(rules([session('A', 2, 1), session('A', 2, 6)])).toEqual(['same-day']);
    expect(rules([session('A', 2, 1), session('A', 2, 6)], true)).toEqual([]);
    expect(rules([session('A', 2, 6), session('A', 3, 1)])).toEqual([]);
  });

  it('finds a lesson the week does not have', () => {
    expect(rules([session('A', 2, 7)])).toEqual(['no-such-lesson']);
  });

  it('finds a session on a day the school is closed (Christmas Day, with no term dates set)', () => {
    const found = checkSchedule(data, settingsWith(), [session('A', 5, 2, { week: '2026-12-21' as IsoDate, staff: null })]);
    expect(found.map((v) => v.rule)).toEqual(['closed-day']);
    expect(found[0]?.detail).toContain('the school is closed (Christmas Day)');
  });
});
