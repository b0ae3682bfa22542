import { describe, expect, it } from 'vitest';
import type { LessonSlot, SchoolData } from '../../../src/core/domain';
import type { Settings } from '../../../src/core/settings';
import { buildTimetables, checkSchedule, type TimetableRequest } from '../../../src/core/timetable';
import type { CellValue } from '../../../src/core/values';
import { availability, group, iso, lessonTimetable, MONDAY, placement, pupil, school, settingsWith, weekSlots } from './fixtures';

const at = (day: number, lesson: number) => (slot: LessonSlot) => slot.day === day && slot.lesson === lesson;

function run(data: SchoolData, settings: Settings = settingsWith(), request: Partial<TimetableRequest> = {}) {
  const result = buildTimetables(data, settings, { week: 'programme', today: MONDAY, ...request }, undefined);
  expect(checkSchedule(data, settings, result.sessions)).toEqual([]);
  return result;
}

const members = (groupName: string, extra: Parameters<typeof placement>[1] = {}) => [
  placement('P1', { group: groupName, ...extra }),
  placement('P2', { group: groupName, ...extra }),
];
const pupils = [pupil('P1', 'Ava Khan'), pupil('P2', 'Ben Ng')];

describe('programme weeks', () => {
  it('runs a group for its number of weeks from its start week', () => {
    const result = run(school({ pupils, placements: members('G'), groups: [group('G', { weeks: 3, startWeek: iso('2026-11-04') })] }));
    expect([...new Set(result.sessions.map((s) => s.week))]).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    expect(result.sessions.map((s) => s.weekNumber)).toEqual([1, 2, 3]);
  });

  it('defaults to the earliest member start and the settings’ number of weeks', () => {
    const placements = [
      placement('P1', { group: 'G', start: iso('2026-11-18') }),
      placement('P2', { group: 'G', start: iso('2026-11-11') }),
    ];
    const result = run(
      school({ pupils, placements, groups: [group('G', { weeks: null, startWeek: null })] }),
      settingsWith({ weeksDefault: 2 }),
    );
    expect([...new Set(result.sessions.map((s) => s.week))]).toEqual(['2026-11-09', '2026-11-16']);
  });

  it('starts on the next Monday when nothing says when', () => {
    const placements = members('G', { start: null });
    const result = buildTimetables(
      school({ pupils, placements, groups: [group('G', { startWeek: null })] }),
      settingsWith(),
      { week: 'programme', today: iso('2026-11-04') },
      undefined,
    );
    expect(result.sessions.map((s) => s.week)).toEqual(['2026-11-09']);
  });

  it('skips holiday weeks when the term’s weeks are listed', () => {
    const settings = settingsWith({ termWeeks: ['2026-11-02', '2026-11-16', '2026-11-23', '2026-11-30'] });
    const result = run(school({ pupils, placements: members('G'), groups: [group('G', { weeks: 3 })] }), settings);
    expect([...new Set(result.sessions.map((s) => s.week))]).toEqual(['2026-11-02', '2026-11-16', '2026-11-23']);
  });

  it('runs a 1-1 from its start to its end', () => {
    const placements = [placement('P1', { type: '1-1', staff: 'Mr Hale', start: iso('2026-11-03'), end: iso('2026-11-20') })];
    const result = run(school({ pupils, placements }));
    expect(result.sessions.map((s) => [s.week, s.name, s.staff, s.room])).toEqual([
      ['2026-11-02', '1-1: Ava Khan', 'Mr Hale', null],
      ['2026-11-09', '1-1: Ava Khan', 'Mr Hale', null],
      ['2026-11-16', '1-1: Ava Khan', 'Mr Hale', null],
    ]);
  });

  it('plans the whole programme the first time even when a week is chosen, and prints that week', () => {
    const data = school({ pupils, placements: members('G'), groups: [group('G', { weeks: 4, sessionsPerWeek: 2 })] });
    const whole = run(data);
    const week3 = run(data, settingsWith(), { week: iso('2026-11-18') });
    expect(week3.sessions).toEqual(whole.sessions);
    expect(week3.printWeek).toBe('2026-11-16');
    expect(week3.plan.tabs.map((t) => t.key)).toEqual(['schedule', 'staff-timetables', 'where-pupils', 'lessons-missed']);
    expect(week3.headline).toBe('Placed 8 sessions for 1 group and 0 1-1 pupils; every session fitted.');
  });

  it('prints the next school week after today by default', () => {
    const data = school({ pupils, placements: members('G'), groups: [group('G', { weeks: 8 })] });
    expect(run(data, settingsWith(), { today: iso('2026-11-02') }).printWeek).toBe('2026-11-09');
    expect(run(data, settingsWith(), { today: iso('2026-12-17') }).printWeek).toBe('2027-01-04');
  });
});

describe('the school calendar', () => {
  const members8 = school({
    pupils,
    placements: members('G', { start: iso('2026-12-07') }),
    groups: [group('G', { weeks: 4, startWeek: null, sessionsPerWeek: 5 })],
  });

  it('never places a session in the Christmas break, and skips those weeks without counting them', () => {
    const result = run(members8, settingsWith({ allowTwicePerDay: false }));
    expect([...new Set(result.sessions.map((s) => s.week))]).toEqual(['2026-12-07', '2026-12-14', '2027-01-04', '2027-01-11']);
    // New Year's Day week is the break; the week of 4 January is a full school week.
    expect(result.sessions.filter((s) => s.week === '2027-01-04')).toHaveLength(5);
    expect(result.details[0]).toMatch(/^Term dates were assumed/);
  });

  it('never places a session on a bank holiday: Good Friday and Easter Monday are closed', () => {
    const data = school({
      pupils,
      placements: members('G', { start: iso('2027-03-22') }),
      groups: [group('G', { weeks: 2, startWeek: null, sessionsPerWeek: 5 })],
    });
    const result = run(data);
    const days = (week: string) =>
      result.sessions
        .filter((s) => s.week === week)
        .map((s) => s.day)
        .sort();
    expect(days('2027-03-22')).toEqual([1, 2, 3, 4]);
    expect(days('2027-03-29')).toEqual([2, 3, 4, 5]);
    expect(result.problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/^G, week 1 \(w\/c 22\/03\/2027\)/),
      expect.stringMatching(/^G, week 2 \(w\/c 29\/03\/2027\)/),
    ]);
  });

  it('never places a session in August', () => {
    const data = school({
      pupils,
      placements: members('G', { start: iso('2027-07-19') }),
      groups: [group('G', { weeks: 3, startWeek: null })],
    });
    const result = run(data);
    expect(result.sessions.map((s) => s.week)).toEqual(['2027-07-19', '2027-07-26', '2027-08-30']);
    expect(result.sessions.find((s) => s.week === '2027-07-26')?.day).toBeLessThanOrEqual(6);
  });

  it('follows the term dates of a term-dates tab, and says where the dates came from', () => {
    const termDates = {
      tab: 'Term dates',
      terms: [
        { start: iso('2026-11-02'), end: iso('2026-11-13'), label: 'Autumn 2a', source: { tab: 'Term dates', row: 2 } },
        { start: iso('2026-11-23'), end: iso('2026-12-18'), label: 'Autumn 2b', source: { tab: 'Term dates', row: 3 } },
      ],
      closures: [{ start: iso('2026-11-23'), end: iso('2026-11-27'), label: 'Residential week', source: { tab: 'Term dates', row: 4 } }],
    };
    const data = school({ pupils, placements: members('G'), groups: [group('G', { weeks: 3 })], termDates });
    const result = run(data);
    expect(result.sessions.map((s) => s.week)).toEqual(['2026-11-02', '2026-11-09', '2026-11-30']);
    expect(result.details[0]).toBe('Term dates were taken from the "Term dates" tab.');
  });

  it('says when a programme runs past the last term date', () => {
    const termDates = {
      tab: 'Terms',
      terms: [{ start: iso('2026-11-02'), end: iso('2026-11-13'), label: null, source: { tab: 'Terms', row: 2 } }],
      closures: [],
    };
    const data = school({ pupils, placements: members('G'), groups: [group('G', { weeks: 3 })], termDates });
    const result = run(data);
    expect(result.sessions).toHaveLength(2);
    expect(result.problems[0]?.reason).toBe(
      "G runs past the last term date (13/11/2026), so only 2 weeks of it could be planned. Add the next term's dates and generate again.",
    );
  });

  it('reports a chosen holiday week as a holiday, never as every session fitted', () => {
    const data = school({ pupils, placements: members('G'), groups: [group('G', { weeks: 8 })] });
    const first = run(data);
    const schedule = first.plan.tabs[0];
    const previous = { name: 'Schedule', values: (schedule?.values ?? []) as CellValue[][], generatedKey: 'schedule' };
    const christmas = buildTimetables(data, settingsWith(), { week: iso('2026-12-21'), today: MONDAY }, previous);
    expect(christmas.headline).toBe('The week commencing 21/12/2026 is the Christmas break: no sessions were planned for it.');
    expect(christmas.details[1]).toBe('The week commencing 21/12/2026 is the Christmas break: there is nothing to print.');
  });
});

describe('lesson timetables', () => {
  it('follows a two-week timetable (week A and week B)', () => {
    const slots = [...weekSlots(6, 'A'), ...weekSlots(6, 'B')];
    const lessons = lessonTimetable(slots, [
      {
        key: { kind: 'year', year: 7 },
        subject: (s) => (s.cycleWeek === 'A' ? (at(1, 1)(s) ? 'Art' : 'Maths') : at(2, 2)(s) ? 'PE' : 'English'),
      },
    ]);
    const data = school({ pupils, placements: members('G'), groups: [group('G', { weeks: 3 })], lessons });
    const result = run(data, settingsWith({ cycleWeekAStart: '2026-11-09' }));
    expect(result.sessions.map((s) => `${s.week} ${s.day}/${s.lesson}`)).toEqual(['2026-11-02 2/2', '2026-11-09 1/1', '2026-11-16 2/2']);
    const schedule = result.plan.tabs[0];
    expect(schedule?.values[1]?.[10]).toBe('PE');
  });

  it('reads every week as week A, and says so, when week A’s Monday is unknown', () => {
    const slots = [...weekSlots(5, 'A'), ...weekSlots(5, 'B')];
    const lessons = lessonTimetable(slots, [
      { key: { kind: 'year', year: 7 }, subject: (s) => (s.cycleWeek === 'A' && at(3, 5)(s) ? 'Art' : 'Maths') },
    ]);
    const result = run(school({ pupils, placements: members('G'), groups: [group('G', { weeks: 2 })], lessons }));
    expect(result.sessions.map((s) => `${s.day}/${s.lesson}`)).toEqual(['3/5', '3/5']);
    expect(result.details.join(' ')).toContain("week A's Monday is not set");
  });

  it('uses a seventh lesson when the day has seven', () => {
    const slots = weekSlots(7);
    const staffAvailability = availability(slots, [{ name: "Mrs O'Neill", busyAt: (s) => (at(5, 7)(s) ? null : 'Teaching') }]);
    const result = run(
      school({ pupils, placements: members('G'), groups: [group('G')], staffAvailability }),
      settingsWith({ lessonsPerDay: 7 }),
      { week: MONDAY },
    );
    expect(result.sessions.map((s) => `${s.day}/${s.lesson}`)).toEqual(['5/7']);
    expect(result.details.join(' ')).toContain('No lesson timetable was found');
    const staffTab = result.plan.tabs.find((t) => t.key === 'staff-timetables');
    const lesson7 = staffTab?.values.findIndex((row) => row[0] === 'Lesson 7') ?? -1;
    expect(staffTab?.values[lesson7]?.[5]).toBe('G · Room 1');
  });

  it('never uses a sixth lesson in a five-lesson day', () => {
    const slots = weekSlots(5);
    const lessons = lessonTimetable(slots, [{ key: { kind: 'year', year: 7 }, subject: () => 'Science' }]);
    const groups = Array.from({ length: 30 }, (_, i) => group(`G${i}`, { staff: 'Mr Hale', room: `R${i}` }));
    const placements = groups.map((g, i) => placement(`P${i}`, { group: g.name }));
    const result = run(
      school({ pupils: placements.map((p) => pupil(p.pupilId, `Pupil ${p.pupilId}`)), placements, groups, lessons }),
      settingsWith({ maxSessionsPerStaffDay: 8 }),
    );
    expect(result.sessions).toHaveLength(25);
    expect(Math.max(...result.sessions.map((s) => s.lesson))).toBe(5);
    expect(result.problems).toHaveLength(5);
    expect(result.problems[0]?.reason).toContain('Mr Hale already leads another session');
  });
});

describe('rotation', () => {
  it('rotates the subjects pupils miss: each once before any twice, never the same two weeks running', () => {
    const free: Record<string, string> = { '1/1': 'Science', '2/2': 'History', '3/3': 'Art', '4/4': 'Music' };
    const lessons = lessonTimetable(weekSlots(6), [
      { key: { kind: 'form', form: '7A' }, subject: (s) => free[`${s.day}/${s.lesson}`] ?? 'Maths' },
    ]);
    const result = run(school({ pupils, placements: members('G'), groups: [group('G', { weeks: 8 })], lessons }));
    const missed = result.sessions.map((s) => free[`${s.day}/${s.lesson}`]);
    expect(missed).toHaveLength(8);
    expect(new Set(missed.slice(0, 4)).size).toBe(4);
    expect(new Set(missed.slice(4)).size).toBe(4);
    for (let i = 1; i < missed.length; i += 1) expect(missed[i]).not.toBe(missed[i - 1]);
  });
});
