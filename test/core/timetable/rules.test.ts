import { describe, expect, it } from 'vitest';
import type { LessonSlot, SchoolData } from '../../../src/core/domain';
import type { Settings } from '../../../src/core/settings';
import { buildTimetables, checkSchedule, type ScheduledSession } from '../../../src/core/timetable';
import { availability, group, lessonTimetable, MONDAY, placement, pupil, school, settingsWith, subjects, weekSlots } from './fixtures';

const at = (day: number, lesson: number) => (slot: LessonSlot) => slot.day === day && slot.lesson === lesson;
const mathsExcept = (...free: ((slot: LessonSlot) => boolean)[]) => subjects((slot) => (free.some((f) => f(slot)) ? null : 'Maths'));
const slot = (s: ScheduledSession) => `${s.day}/${s.lesson}`;

function run(data: SchoolData, settings: Settings = settingsWith()) {
  const result = buildTimetables(data, settings, { week: 'programme', today: MONDAY }, undefined);
  expect(checkSchedule(data, settings, result.sessions)).toEqual([]);
  return result;
}

/** Ava and Ben in group `Attendance Y7`, form 7A. */
function oneGroup(extra: Partial<SchoolData> = {}, groupExtra: Parameters<typeof group>[1] = {}): SchoolData {
  return school({
    pupils: [pupil('P1', 'Ava Khan'), pupil('P2', 'Ben Ng')],
    placements: [placement('P1', { group: 'Attendance Y7' }), placement('P2', { group: 'Attendance Y7' })],
    groups: [group('Attendance Y7', groupExtra)],
    ...extra,
  });
}

describe('protected subjects', () => {
  it('uses the one lesson in which no pupil has Maths or English', () => {
    const slots = weekSlots(6);
    const result = run(
      oneGroup({ lessons: lessonTimetable(slots, [{ key: { kind: 'form', form: '7A' }, subject: mathsExcept(at(5, 6)) }]) }),
    );
    expect(result.sessions.map(slot)).toEqual(['5/6']);
    expect(result.problems).toEqual([]);
  });

  it('lets a pupil row override the form row, and explains the lessons that block', () => {
    const slots = weekSlots(6);
    const lessons = lessonTimetable(slots, [
      { key: { kind: 'form', form: '7A' }, subject: mathsExcept(at(5, 6)) },
      { key: { kind: 'pupil', pupil: 'Ben Ng' }, subject: (s) => (at(5, 6)(s) ? 'English Lit' : null) },
    ]);
    const result = run(oneGroup({ lessons }));
    expect(result.sessions).toEqual([]);
    expect(result.problems).toHaveLength(1);
    const [found] = result.problems;
    expect(found).toMatchObject({ tab: 'Groups', row: 2, column: 'Group', source: 'timetable' });
    expect(found?.reason).toContain("Attendance Y7, week 1 (w/c 02/11/2026): every lesson Mrs O'Neill is free");
    expect(found?.reason).toContain('at least one pupil has Maths or English');
    expect(found?.reason).toContain('Ben Ng: Fri 6 English Lit, Mon 1 Maths');
    expect(result.headline).toContain('1 could not be placed');
  });

  it('falls back from form to year row cell by cell', () => {
    const slots = weekSlots(5);
    const lessons = lessonTimetable(slots, [
      { key: { kind: 'year', year: 7 }, subject: (s) => (at(2, 3)(s) ? 'Art' : 'Maths') },
      { key: { kind: 'form', form: '7a' }, subject: (s) => (at(2, 3)(s) ? null : 'Mathematics') },
    ]);
    const result = run(oneGroup({ lessons }));
    expect(result.sessions.map(slot)).toEqual(['2/3']);
  });
});

describe('staff', () => {
  const slots = weekSlots(6);
  it('places a session only when its member of staff is free', () => {
    const staffAvailability = availability(slots, [{ name: 'mrs o’neill', busyAt: (s) => (at(3, 3)(s) ? null : 'Teaching 9X') }]);
    expect(run(oneGroup({ staffAvailability })).sessions.map(slot)).toEqual(['3/3']);
  });

  it('says so when the member of staff is never free', () => {
    const staffAvailability = availability(slots, [{ name: "Mrs O'Neill", busyAt: () => 'Teaching' }]);
    const result = run(oneGroup({ staffAvailability }));
    expect(result.sessions).toEqual([]);
    expect(result.problems[0]?.reason).toContain("Mrs O'Neill is not free in any lesson that week (Mon 1 Teaching");
  });

  it('never puts one member of staff in two places', () => {
    const lessons = lessonTimetable(slots, [{ key: { kind: 'year', year: 7 }, subject: mathsExcept(at(1, 1), at(1, 2)) }]);
    const data = school({
      pupils: [pupil('P1', 'Ava Khan'), pupil('P2', 'Ben Ng')],
      placements: [placement('P1', { group: 'A' }), placement('P2', { group: 'B' })],
      groups: [group('A', { room: 'Room 1' }), group('B', { room: 'Room 2' })],
      lessons,
    });
    expect(run(data).sessions.map(slot).sort()).toEqual(['1/1', '1/2']);
    const tight = { ...data, lessons: lessonTimetable(slots, [{ key: { kind: 'year', year: 7 }, subject: mathsExcept(at(1, 1)) }]) };
    const result = run(tight);
    expect(result.sessions).toHaveLength(1);
    expect(result.problems[0]?.reason).toContain("Mrs O'Neill already leads another session (Mon 1 A)");
  });

  it('spreads a member of staff over the week when a day is full', () => {
    const data = school({
      pupils: ['A', 'B', 'C'].map((id) => pupil(id, `Pupil ${id}`)),
      placements: ['A', 'B', 'C'].map((id) => placement(id, { group: `G${id}` })),
      groups: ['A', 'B', 'C'].map((id) => group(`G${id}`, { room: `Room ${id}` })),
    });
    const days = run(data, settingsWith({ maxSessionsPerStaffDay: 1 })).sessions.map((s) => s.day);
    expect(new Set(days).size).toBe(3);
  });
});

describe('pupils and rooms', () => {
  const slots = weekSlots(6);
  const twoGroups = (free: ((s: LessonSlot) => boolean)[], groupB: Parameters<typeof group>[1]) =>
    school({
      pupils: [pupil('P1', 'Ava Khan'), pupil('P2', 'Ben Ng'), pupil('P3', 'Cara Lee')],
      placements: [
        placement('P1', { group: 'A' }),
        placement('P2', { group: 'A' }),
        placement('P1', { group: 'B' }),
        placement('P3', { group: 'B' }),
      ],
      groups: [group('A'), group('B', groupB)],
      lessons: lessonTimetable(slots, [{ key: { kind: 'year', year: 7 }, subject: mathsExcept(...free) }]),
    });

  it('keeps a pupil in two groups out of two places at once', () => {
    const result = run(twoGroups([at(4, 1), at(4, 2)], { staff: 'Mr Hale', room: 'Room 2' }));
    expect(result.sessions.map(slot).sort()).toEqual(['4/1', '4/2']);
    const tight = run(twoGroups([at(4, 1)], { staff: 'Mr Hale', room: 'Room 2' }));
    expect(tight.sessions).toHaveLength(1);
    expect(tight.problems[0]?.reason).toMatch(/a pupil is already in another session \(Thu 1 Ava Khan in [AB]\)/);
  });

  it('holds one session per room', () => {
    const data = school({
      pupils: [pupil('P1', 'Ava Khan'), pupil('P2', 'Ben Ng')],
      placements: [placement('P1', { group: 'A' }), placement('P2', { group: 'B' })],
      groups: [group('A'), group('B', { staff: 'Mr Hale' })],
      lessons: lessonTimetable(slots, [{ key: { kind: 'year', year: 7 }, subject: mathsExcept(at(2, 2)) }]),
    });
    const result = run(data);
    expect(result.sessions).toHaveLength(1);
    expect(result.problems[0]?.reason).toMatch(/Room 1 is in use \(Tue 2 [AB]\)/);
  });

  it('invents no room for a 1-1: the register’s room when it names one, else none, and keeps staff to one 1-1 at a time', () => {
    const lessons = lessonTimetable(slots, [{ key: { kind: 'year', year: 7 }, subject: mathsExcept(at(1, 4)) }]);
    const base = {
      pupils: [pupil('P1', 'Ava Khan'), pupil('P2', 'Ben Ng')],
      lessons,
    };
    const apart = run(
      school({
        ...base,
        placements: [
          placement('P1', { type: '1-1', staff: 'Mr Hale', room: 'Pastoral base' }),
          placement('P2', { type: '1-1', staff: 'Ms Patel' }),
        ],
      }),
    );
    expect(apart.sessions.filter((s) => s.week === MONDAY).map((s) => [s.name, s.room, slot(s)])).toEqual([
      ['1-1: Ava Khan', 'Pastoral base', '1/4'],
      ['1-1: Ben Ng', null, '1/4'],
    ]);
    const shared = run(
      school({ ...base, placements: [placement('P1', { type: '1-1' }), placement('P2', { type: '1-1' })] }),
      settingsWith({ oneToOneStaffDefault: 'Ms Patel' }),
    );
    expect(shared.sessions.filter((s) => s.week === MONDAY)).toHaveLength(1);
    expect(shared.sessions[0]?.staff).toBe('Ms Patel');
    expect(shared.problems[0]).toMatchObject({ tab: 'Register', column: 'Pupil' });
  });

  it('books a room the register gives a 1-1 like any other room', () => {
    const lessons = lessonTimetable(slots, [{ key: { kind: 'year', year: 7 }, subject: mathsExcept(at(1, 4)) }]);
    const result = run(
      school({
        pupils: [pupil('P1', 'Ava Khan'), pupil('P2', 'Ben Ng')],
        lessons,
        placements: [
          placement('P1', { type: '1-1', staff: 'Mr Hale', room: 'Library' }),
          placement('P2', { type: '1-1', staff: 'Ms Patel', room: 'library' }),
        ],
      }),
    );
    expect(result.sessions.filter((s) => s.week === MONDAY)).toHaveLength(1);
    expect(result.problems[0]?.reason).toMatch(/library is in use \(Mon 4 1-1: Ava Khan\)/);
  });

  it('does not schedule referred pupils', () => {
    const data = school({ pupils: [pupil('P1', 'Ava Khan')], placements: [placement('P1', { type: 'referred', group: null })] });
    const result = run(data);
    expect(result.sessions).toEqual([]);
    expect(result.headline).toContain('No groups or 1-1 pupils');
  });
});

describe('sessions a week', () => {
  const slots = weekSlots(6);
  it('puts a group’s sessions on different days', () => {
    const data = oneGroup(
      { lessons: lessonTimetable(slots, [{ key: { kind: 'year', year: 7 }, subject: mathsExcept(at(1, 1), at(1, 2), at(2, 5)) }]) },
      { sessionsPerWeek: 2 },
    );
    const days = run(data).sessions.map((s) => s.day);
    expect(new Set(days).size).toBe(2);
  });

  it('reports a second session when only one day is free, unless twice a day is allowed', () => {
    const data = oneGroup(
      { lessons: lessonTimetable(slots, [{ key: { kind: 'year', year: 7 }, subject: mathsExcept(at(1, 1), at(1, 2)) }]) },
      { sessionsPerWeek: 2 },
    );
    const strict = run(data);
    expect(strict.sessions).toHaveLength(1);
    expect(strict.problems[0]?.reason).toContain('the group already meets that day (Mon 1, Mon 2)');
    const relaxed = run(data, settingsWith({ allowTwicePerDay: true }));
    expect(relaxed.sessions.map(slot).sort()).toEqual(['1/1', '1/2']);
  });
});

describe('only with someone to run it', () => {
  it('places no group or 1-1 with no member of staff, and says which and how to fix it', () => {
    const data = school({
      pupils: [pupil('P1', 'Ava Khan'), pupil('P2', 'Ben Ng'), pupil('P3', 'Cara Lee')],
      placements: [
        placement('P1', { group: 'Nobody' }),
        placement('P2', { group: 'Nobody' }),
        placement('P3', { type: '1-1', staff: null, source: { tab: 'Register', row: 9 } }),
      ],
      groups: [group('Nobody', { staff: null, source: { tab: 'Groups', row: 4 } })],
    });
    const result = run(data);
    expect(result.sessions).toEqual([]);
    expect(result.problems.map((p) => [p.tab, p.row, p.column])).toEqual([
      ['Register', 9, 'Staff'],
      ['Groups', 4, 'Staff'],
    ]);
    expect(result.problems[1]?.reason).toBe(
      'No member of staff is named for Nobody, so none of its sessions were placed. Name who runs it in a Staff column (the register or the groups tab), then generate again.',
    );
    expect(result.headline).toBe(
      'Placed 0 sessions for 0 groups and 0 1-1 pupils; 2 groups or 1-1s with no member of staff were not timetabled (see Problems).',
    );
    expect(result.headline).not.toContain('every session fitted');
  });
});

describe('pupils whose lessons are unknown', () => {
  const slots = weekSlots(6);
  // Year 7 has Maths only on Monday lesson 1, Year 8 English only on Tuesday lesson 1; Year 9 is not on the timetable.
  const lessons = lessonTimetable(slots, [
    { key: { kind: 'year', year: 7 }, subject: subjects((s) => (at(1, 1)(s) ? 'Maths' : null)) },
    { key: { kind: 'year', year: 8 }, subject: subjects((s) => (at(2, 1)(s) ? 'English' : null)) },
  ]);
  const unknown = pupil('P9', 'Dan Ode', { year: 9, form: '9C', source: { tab: 'Register', row: 12 } });

  it('go only where no class has a protected subject, with Missing "Not known", and are listed on Problems', () => {
    const data = school({
      pupils: [unknown],
      placements: [placement('P9', { group: 'G' })],
      groups: [group('G', { weeks: 1 })],
      lessons,
    });
    const result = run(data);
    expect(result.sessions).toHaveLength(1);
    expect(['1/1', '2/1']).not.toContain(slot(result.sessions[0] as ScheduledSession));
    const schedule = result.plan.tabs.find((tab) => tab.key === 'schedule');
    expect(schedule?.values[1]?.[10]).toBe('Not known');
    expect(result.problems.map((p) => [p.tab, p.row, p.column])).toEqual([['Register', 12, 'Form']]);
    expect(result.problems[0]?.reason).toMatch(
      /^Dan Ode's lessons are not known \(neither form 9C nor Year 9 is on the lesson timetable\)/,
    );
  });

  it('are not placed at all when every lesson could be Maths or English for someone, and the reason says so', () => {
    const everywhere = lessonTimetable(slots, [
      { key: { kind: 'year', year: 7 }, subject: (s) => (s.day % 2 === 0 ? 'Maths' : 'Science') },
      { key: { kind: 'year', year: 8 }, subject: (s) => (s.day % 2 === 1 ? 'English' : 'Science') },
    ]);
    const data = school({
      pupils: [unknown],
      placements: [placement('P9', { group: 'G' })],
      groups: [group('G', { weeks: 1 })],
      lessons: everywhere,
    });
    const result = run(data);
    expect(result.sessions).toEqual([]);
    expect(result.problems.map((p) => p.reason).join('\n')).toContain(
      'the lessons of Dan Ode (neither form 9C nor Year 9 is on the lesson timetable) are not known, so they are kept out of every lesson where any class has one',
    );
  });
});
