import { describe, expect, it } from 'vitest';
import type { LessonSlot, SchoolData } from '../../../src/core/domain';
import type { TabPlan } from '../../../src/core/plan';
import type { TabSnapshot } from '../../../src/core/snapshot';
import { buildTimetables, checkSchedule, SCHEDULE_HEADERS } from '../../../src/core/timetable';
import type { CellValue, IsoDate } from '../../../src/core/values';
import { group, lessonTimetable, MONDAY, placement, pupil, school, settingsWith, subjects, weekSlots } from './fixtures';

const settings = settingsWith();
const lessons = lessonTimetable(weekSlots(6), [
  { key: { kind: 'year', year: 7 }, subject: subjects((s: LessonSlot) => (s.lesson === 1 ? 'Maths' : s.lesson === 2 ? 'English' : null)) },
]);
const data: SchoolData = school({
  pupils: [pupil('P1', 'Ava Khan'), pupil('P2', 'Ben Ng'), pupil('P3', 'Cara Lee')],
  placements: [
    placement('P1', { group: 'Attendance Y7' }),
    placement('P2', { group: 'Attendance Y7' }),
    placement('P1', { group: 'Reading', programme: 'Reading', reason: 'Reading age 8', outcome: 'Reading age 10' }),
    placement('P3', { type: '1-1', staff: 'Mr Hale', end: '2026-11-13' as IsoDate, reason: 'Anxiety', outcome: 'Attends lessons' }),
  ],
  groups: [group('Attendance Y7', { weeks: 2 }), group('Reading', { programme: 'Reading', staff: 'Ms Patel', room: 'Library', weeks: 2 })],
  lessons,
});

const generate = (previous?: TabSnapshot) => buildTimetables(data, settings, { week: 'programme', today: MONDAY }, previous);
const snapshotOf = (tab: TabPlan, edit: (rows: CellValue[][]) => void): TabSnapshot => {
  const values = tab.values.map((row) => row.map((cell) => cell as CellValue));
  edit(values);
  return { name: tab.name, values, generatedKey: tab.key };
};
const rowsOf = (values: CellValue[][], session: string, week = '02/11/2026') =>
  values.filter((row) => row[3] === session && row[0] === week);

describe('locked sessions', () => {
  it('keeps a locked lesson when generating again', () => {
    const first = generate();
    const schedule = first.plan.tabs[0] as TabPlan;
    const previous = snapshotOf(schedule, (values) => {
      for (const row of rowsOf(values, 'Attendance Y7')) {
        row[1] = 'Friday';
        row[2] = 6;
        row[10] = true;
      }
    });
    const again = generate(previous);
    const locked = again.sessions.find((s) => s.name === 'Attendance Y7' && s.week === MONDAY);
    expect(locked).toMatchObject({ day: 5, lesson: 6, locked: true });
    expect(again.problems).toEqual([]);
    expect(checkSchedule(data, settings, again.sessions)).toEqual([]);
    const lockedRows = (again.plan.tabs[0] as TabPlan).values.filter((row) => row[10] === true);
    expect(lockedRows.map((row) => row[8])).toEqual(['Ava Khan', 'Ben Ng']);
  });

  it('reports a locked lesson that breaks a rule, and places the session again', () => {
    const first = generate();
    const previous = snapshotOf(first.plan.tabs[0] as TabPlan, (values) => {
      const row = rowsOf(values, 'Attendance Y7')[0] as CellValue[];
      row[1] = 'Tuesday';
      row[2] = 1;
      row[10] = 'TRUE';
    });
    const lockRow = previous.values.findIndex((row) => row[10] === 'TRUE') + 1;
    const again = generate(previous);
    expect(again.problems).toEqual([
      {
        tab: 'Schedule',
        row: lockRow,
        column: 'Locked',
        reason: 'Locked "Attendance Y7" in Tue 1 w/c 02/11/2026 cannot stay: Ava Khan would miss Maths. It was placed again.',
        source: 'timetable',
      },
    ]);
    expect(again.sessions.filter((s) => s.name === 'Attendance Y7')).toHaveLength(2);
    expect(checkSchedule(data, settings, again.sessions)).toEqual([]);
  });

  it('reports two locked sessions that put one pupil in two places', () => {
    const first = generate();
    const previous = snapshotOf(first.plan.tabs[0] as TabPlan, (values) => {
      for (const row of [...rowsOf(values, 'Attendance Y7'), ...rowsOf(values, 'Reading')]) {
        row[1] = 'Wednesday';
        row[2] = 4;
        row[10] = true;
      }
    });
    const again = generate(previous);
    expect(again.problems).toHaveLength(1);
    expect(again.problems[0]?.reason).toContain('Ava Khan is also in locked "Attendance Y7"');
    expect(checkSchedule(data, settings, again.sessions)).toEqual([]);
  });

  it('carries locked rows of other weeks over when one week is generated', () => {
    const first = generate();
    const previous = snapshotOf(first.plan.tabs[0] as TabPlan, (values) => {
      for (const row of rowsOf(values, 'Reading', '09/11/2026')) row[10] = true;
    });
    const week1 = buildTimetables(data, settings, { week: MONDAY, today: MONDAY }, previous);
    const values = (week1.plan.tabs[0] as TabPlan).values;
    expect(values.filter((row) => row[0] === '09/11/2026')).toEqual(rowsOf(previous.values as CellValue[][], 'Reading', '09/11/2026'));
    expect(week1.details).toContain('1 locked row for other weeks kept as they were.');
  });
});

describe('tabs', () => {
  const result = generate();
  const tab = (key: string) => result.plan.tabs.find((t) => t.key === key) as TabPlan;

  it('plans the Schedule, each staff member’s week and the whole-school view, replacing old weeks', () => {
    expect(result.plan.replaces).toEqual(['schedule', 'staff-timetable:', 'where-pupils:']);
    expect(result.plan.tabs.map((t) => t.name)).toEqual([
      'Schedule',
      'Timetable Mr Hale w/c 02-11-2026',
      "Timetable Mrs O'Neill w/c 02-11-2026",
      'Timetable Ms Patel w/c 02-11-2026',
      'Timetable Mr Hale w/c 09-11-2026',
      "Timetable Mrs O'Neill w/c 09-11-2026",
      'Timetable Ms Patel w/c 09-11-2026',
      'Where pupils are w/c 02-11-2026',
      'Where pupils are w/c 09-11-2026',
    ]);
    for (const plan of result.plan.tabs) {
      const width = plan.values[0]?.length;
      expect(plan.values.every((row) => row.length === width)).toBe(true);
    }
  });

  it('writes one Schedule row per pupil per session, with a Locked tick box', () => {
    const schedule = tab('schedule');
    expect(schedule.values[0]).toEqual([...SCHEDULE_HEADERS]);
    const pupilSessions = result.sessions.reduce((n, s) => n + s.pupils.length, 0);
    expect(schedule.values).toHaveLength(1 + pupilSessions);
    expect(schedule.format.frozenRows).toBe(1);
    expect(schedule.format.checkboxes).toEqual([{ row: 2, column: 11, rows: pupilSessions, columns: 1 }]);
    const ava = schedule.values.find((row) => row[3] === 'Reading' && row[0] === '02/11/2026');
    const session = result.sessions.find((s) => s.name === 'Reading' && s.week === MONDAY);
    expect(ava?.slice(1, 11)).toEqual([
      ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][(session?.day ?? 1) - 1],
      session?.lesson,
      'Reading',
      'Reading',
      'Ms Patel',
      'Library',
      'P1',
      'Ava Khan',
      ava?.[9],
      false,
    ]);
    expect(['Maths', 'English']).not.toContain(ava?.[9]);
    expect(String(ava?.[9]).length).toBeGreaterThan(0);
  });

  it('follows the seed’s template for a member of staff', () => {
    const staff = tab(`staff-timetable:Ms Patel:${MONDAY}`);
    expect(staff.values[0]?.[0]).toBe('Intervention timetable for week commencing 02/11/2026: Ms Patel');
    expect(staff.values[3]?.slice(0, 4)).toEqual(['Name', 'Reason for intervention', 'Desired outcome', 'Session']);
    expect(staff.values[4]?.slice(0, 4)).toEqual(['Ava Khan', 'Reading age 8', 'Reading age 10', 'Reading']);
    expect(staff.values[6]).toEqual(['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']);
    expect(staff.values.slice(7).map((row) => row[0])).toEqual(['Lesson 1', 'Lesson 2', 'Lesson 3', 'Lesson 4', 'Lesson 5', 'Lesson 6']);
    const session = result.sessions.find((s) => s.name === 'Reading' && s.week === MONDAY);
    const cell = staff.values[6 + (session?.lesson ?? 0)]?.[session?.day ?? 0];
    expect(cell).toMatch(/^Reading\nLibrary\nMissing: \w+ \(Ava Khan\)$/);
    expect(staff.format.frozenRows).toBe(1);
    expect(staff.format.areas?.some((a) => a.borders && a.area.row === 7 && a.area.rows === 7)).toBe(true);
  });

  it('shows where every pupil is', () => {
    const where = tab(`where-pupils:${MONDAY}`);
    const text = where.values.flat().join('\n');
    expect(text).toContain('1-1: Cara Lee with Mr Hale in 1-1 room: Cara Lee');
    expect(text).toContain("Attendance Y7 with Mrs O'Neill in Room 1: Ava Khan, Ben Ng");
    expect(where.values[1]).toEqual(['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']);
  });

  it('keeps tab names within 100 characters', () => {
    const long = 'Dr ' + 'Featherstonehaugh-'.repeat(8);
    const big = buildTimetables(
      { ...data, groups: [group('Attendance Y7', { staff: long })] },
      settings,
      { week: MONDAY, today: MONDAY },
      undefined,
    );
    const staffTab = big.plan.tabs.find((t) => t.key.startsWith('staff-timetable:Dr'));
    expect(staffTab?.name.length).toBeLessThanOrEqual(100);
    expect(staffTab?.name.endsWith(' w/c 02-11-2026')).toBe(true);
    expect(staffTab?.key).toBe(`staff-timetable:${long}:${MONDAY}`);
  });

  it('gives the same plan for the same input', () => {
    expect(generate()).toEqual(result);
  });
});
