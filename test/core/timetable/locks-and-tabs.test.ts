import { describe, expect, it } from 'vitest';
import type { LessonSlot, SchoolData } from '../../../src/core/domain';
import type { TabPlan } from '../../../src/core/plan';
import type { TabSnapshot } from '../../../src/core/snapshot';
import { buildTimetables, checkSchedule, SCHEDULE_HEADERS, type TimetableRequest } from '../../../src/core/timetable';
import { COLUMN } from '../../../src/core/timetable/previous-schedule';
import { BLOCK_ROWS, blockShape, ROW_HEIGHT } from '../../../src/core/timetable/staff-timetables-tab';
import { isDate, isoDateOf, type CellValue, type IsoDate } from '../../../src/core/values';
import { group, iso, lessonTimetable, MONDAY, placement, pupil, school, settingsWith, subjects, weekSlots } from './fixtures';

const settings = settingsWith();
const WEEK2 = iso('2026-11-09');
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

type Values = CellValue[][];
const generate = (previous?: TabSnapshot, request: Partial<TimetableRequest> = {}, school: SchoolData = data) =>
  buildTimetables(school, settings, { week: 'programme', today: MONDAY, ...request }, previous);
const tabOf = (result: ReturnType<typeof generate>, key: string): TabPlan => {
  const found = result.plan.tabs.find((t) => t.key === key);
  if (!found) throw new Error(`No tab ${key}`);
  return found;
};
const valuesOf = (tab: TabPlan): Values => tab.values.map((row) => row.map((cell) => cell as CellValue));
const snapshotOf = (tab: TabPlan, edit: (rows: Values) => void = () => undefined): TabSnapshot => {
  const values = valuesOf(tab);
  edit(values);
  return { name: tab.name, values, generatedKey: tab.key };
};
const weekOf = (row: readonly CellValue[]): string => {
  const cell = row[COLUMN['Week commencing']];
  return isDate(cell) ? isoDateOf(cell) : String(cell);
};
const rowsOf = (values: Values, session: string, week: string = MONDAY) =>
  values.filter((row) => row[COLUMN.Session] === session && weekOf(row) === week);
const set = (row: CellValue[] | undefined, header: (typeof SCHEDULE_HEADERS)[number], value: CellValue): void => {
  if (row) row[COLUMN[header]] = value;
};

describe('locked and registered sessions', () => {
  it('keeps a locked lesson when generating again', () => {
    const previous = snapshotOf(tabOf(generate(), 'schedule'), (values) => {
      for (const row of rowsOf(values, 'Attendance Y7')) {
        set(row, 'Day', 'Friday');
        set(row, 'Lesson', 6);
        set(row, 'Locked', true);
      }
    });
    const again = generate(previous);
    const locked = again.sessions.find((s) => s.name === 'Attendance Y7' && s.week === MONDAY);
    expect(locked).toMatchObject({ day: 5, lesson: 6, locked: true });
    expect(again.problems).toEqual([]);
    expect(checkSchedule(data, settings, again.sessions)).toEqual([]);
    const lockedRows = valuesOf(tabOf(again, 'schedule')).filter((row) => row[COLUMN.Locked] === true);
    expect(lockedRows.map((row) => row[COLUMN.Pupil])).toEqual(['Ava Khan', 'Ben Ng']);
  });

  it('reports a locked lesson that breaks a rule, and places the session again', () => {
    const previous = snapshotOf(tabOf(generate(), 'schedule'), (values) => {
      const row = rowsOf(values, 'Attendance Y7')[0];
      set(row, 'Day', 'Tuesday');
      set(row, 'Lesson', 1);
      set(row, 'Locked', 'TRUE');
    });
    const lockRow = previous.values.findIndex((row) => row[COLUMN.Locked] === 'TRUE') + 1;
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
    const previous = snapshotOf(tabOf(generate(), 'schedule'), (values) => {
      for (const row of [...rowsOf(values, 'Attendance Y7'), ...rowsOf(values, 'Reading')]) {
        set(row, 'Day', 'Wednesday');
        set(row, 'Lesson', 4);
        set(row, 'Locked', true);
      }
    });
    const again = generate(previous);
    expect(again.problems).toHaveLength(1);
    expect(again.problems[0]?.reason).toContain('Ava Khan is also in locked "Attendance Y7"');
    expect(checkSchedule(data, settings, again.sessions)).toEqual([]);
  });

  it('reports a lock moved to Saturday on Problems instead of dropping it silently', () => {
    const previous = snapshotOf(tabOf(generate(), 'schedule'), (values) => {
      const row = rowsOf(values, 'Reading')[0];
      set(row, 'Day', 'Saturday');
      set(row, 'Locked', true);
    });
    const lockRow = previous.values.findIndex((row) => row[COLUMN.Day] === 'Saturday') + 1;
    const again = generate(previous);
    expect(again.problems).toEqual([
      {
        tab: 'Schedule',
        row: lockRow,
        column: 'Locked',
        reason:
          'This row is locked, but its day "Saturday" is not a school day (Monday to Friday), so it could not be kept; the session was planned again.',
        source: 'timetable',
      },
    ]);
    expect(again.sessions.filter((s) => s.name === 'Reading' && s.week === MONDAY)).toHaveLength(1);
  });

  it('keeps what staff ticked with the session and pupil it was ticked for, not the row it was on', () => {
    const first = tabOf(generate(), 'schedule');
    const previous = snapshotOf(first, (values) => {
      const [ava, ben] = rowsOf(values, 'Attendance Y7');
      set(ava, 'Delivered', true);
      set(ava, 'Attended', true);
      set(ben, 'Delivered', true);
      set(rowsOf(values, 'Reading', WEEK2)[0], 'Not delivered because', 'Staff absent');
      // Rows moved about (sorted by someone, say): identities, not row numbers, carry the ticks.
      values.splice(1, values.length - 1, ...values.slice(1).reverse());
    });
    const again = valuesOf(tabOf(generate(previous), 'schedule'));
    const ticks = (row: CellValue[] | undefined) =>
      row && [row[COLUMN.Pupil], row[COLUMN.Delivered], row[COLUMN.Attended], row[COLUMN['Not delivered because']]];
    expect(rowsOf(again, 'Attendance Y7').map(ticks)).toEqual([
      ['Ava Khan', true, true, ''],
      ['Ben Ng', true, false, ''],
    ]);
    expect(rowsOf(again, 'Reading', WEEK2).map(ticks)).toEqual([['Ava Khan', false, false, 'Staff absent']]);
    // The registered sessions stayed in their lessons.
    const lesson = (values: Values, session: string, week?: string) =>
      rowsOf(values, session, week).map((row) => [row[COLUMN.Day], row[COLUMN.Lesson]]);
    expect(lesson(again, 'Attendance Y7')).toEqual(lesson(valuesOf(first), 'Attendance Y7'));
    expect(lesson(again, 'Reading', WEEK2)).toEqual(lesson(valuesOf(first), 'Reading', WEEK2));
  });

  it('keeps the ticks of a session moved by hand with the lesson it happened in', () => {
    const previous = snapshotOf(tabOf(generate(), 'schedule'), (values) => {
      for (const row of rowsOf(values, 'Attendance Y7')) {
        set(row, 'Day', 'Thursday');
        set(row, 'Lesson', 5);
        set(row, 'Delivered', true);
      }
    });
    const again = generate(previous);
    const thisWeek = again.sessions.filter((s) => s.name === 'Attendance Y7' && s.week === MONDAY);
    expect(thisWeek.map((s) => `${s.day}/${s.lesson}`)).toEqual(['4/5']);
    const rows = rowsOf(valuesOf(tabOf(again, 'schedule')), 'Attendance Y7');
    expect(rows.map((row) => [row[COLUMN.Day], row[COLUMN.Lesson], row[COLUMN.Delivered]])).toEqual([
      ['Thursday', 5, true],
      ['Thursday', 5, true],
    ]);
  });

  it('keeps the rows of a registered session whose group is no longer on the register', () => {
    const previous = snapshotOf(tabOf(generate(), 'schedule'), (values) => {
      set(rowsOf(values, 'Reading')[0], 'Attended', true);
    });
    const without = {
      ...data,
      groups: data.groups.filter((g) => g.name !== 'Reading'),
      placements: data.placements.filter((p) => p.group !== 'Reading'),
    };
    const again = generate(previous, {}, without);
    expect(rowsOf(valuesOf(tabOf(again, 'schedule')), 'Reading').map((row) => row[COLUMN.Attended])).toEqual([true]);
    expect(rowsOf(valuesOf(tabOf(again, 'schedule')), 'Reading', WEEK2)).toEqual([]);
  });
});

describe('generating again', () => {
  it('leaves the other weeks’ rows as they were when one week is generated', () => {
    const first = tabOf(generate(), 'schedule');
    const changed = { ...data, groups: data.groups.map((g) => (g.name === 'Reading' ? { ...g, room: 'Room 9' } : g)) };
    const week2 = generate(snapshotOf(first), { week: WEEK2 }, changed);
    const others = (values: Values) => values.slice(1).filter((row) => weekOf(row) !== WEEK2);
    expect(others(valuesOf(tabOf(week2, 'schedule')))).toEqual(others(valuesOf(first)));
    expect(rowsOf(valuesOf(tabOf(week2, 'schedule')), 'Reading', WEEK2).map((row) => row[COLUMN.Room])).toEqual(['Room 9']);
    expect(week2.details).toContain('Only the week commencing 09/11/2026 was planned again; 4 rows of other weeks were kept as they were.');
    expect(week2.printWeek).toBe(WEEK2);
  });

  it('keeps a week already under way as it was, and plans the weeks ahead again', () => {
    const first = tabOf(generate(), 'schedule');
    const changed = { ...data, groups: data.groups.map((g) => (g.name === 'Reading' ? { ...g, room: 'Room 9' } : g)) };
    const wednesday = generate(snapshotOf(first), { today: iso('2026-11-04') }, changed);
    const schedule = valuesOf(tabOf(wednesday, 'schedule'));
    expect(schedule.slice(1).filter((row) => weekOf(row) === MONDAY)).toEqual(
      valuesOf(first)
        .slice(1)
        .filter((row) => weekOf(row) === MONDAY),
    );
    expect(rowsOf(schedule, 'Reading', WEEK2).map((row) => row[COLUMN.Room])).toEqual(['Room 9']);
    expect(wednesday.sessions.every((s) => s.week === WEEK2)).toBe(true);
  });

  it('says when a group added since could not be planned in a week already under way', () => {
    const first = tabOf(generate(), 'schedule');
    const added = {
      ...data,
      placements: [...data.placements, placement('P2', { group: 'Late group' }), placement('P3', { group: 'Late group' })],
      groups: [...data.groups, group('Late group', { staff: 'Mr Hale', room: 'Room 5', weeks: 2, source: { tab: 'Groups', row: 7 } })],
    };
    const again = generate(snapshotOf(first), { today: iso('2026-11-04') }, added);
    expect(again.problems.map((p) => p.reason)).toContain(
      'Late group, week 1 (w/c 02/11/2026): that week was already under way, so it was kept as it was, with 1 session fewer than planned.',
    );
    expect(again.sessions.filter((s) => s.name === 'Late group').map((s) => s.week)).toEqual([WEEK2]);
  });
});

describe('tabs', () => {
  const result = generate(undefined, { week: MONDAY });
  const tab = (key: string) => tabOf(result, key);

  it('writes four tabs whatever the number of weeks, and removes the per-week tabs of earlier versions', () => {
    expect(result.plan.tabs.map((t) => t.name)).toEqual(['Schedule', 'Staff timetables', 'Where pupils are', 'Lessons missed']);
    expect(result.plan.replaces).toEqual([
      'schedule',
      'staff-timetables',
      'where-pupils',
      'lessons-missed',
      'staff-timetable:',
      'where-pupils:',
    ]);
    for (const plan of result.plan.tabs) {
      const width = plan.values[0]?.length;
      expect(plan.values.every((row) => row.length === width)).toBe(true);
      expect(plan.format.areas?.some((area) => area.merge)).toBeFalsy();
    }
  });

  it('writes one Schedule row per pupil per session, with real dates, tick boxes and a reason dropdown', () => {
    const schedule = tab('schedule');
    expect(schedule.values[0]).toEqual([...SCHEDULE_HEADERS]);
    const pupilSessions = result.sessions.reduce((n, s) => n + s.pupils.length, 0);
    expect(schedule.values).toHaveLength(1 + pupilSessions);
    expect(schedule.format.frozenRows).toBe(1);
    expect(schedule.format.checkboxes).toEqual([{ row: 2, column: 12, rows: pupilSessions, columns: 3 }]);
    const dropdown = schedule.format.dropdowns?.[0];
    expect(dropdown).toMatchObject({ area: { row: 2, column: 15, rows: pupilSessions, columns: 1 }, allowOther: true });
    for (const reason of ['Staff absent', 'Trip or visit', 'Exams', 'Pupil absent', 'Other']) expect(dropdown?.choices).toContain(reason);
    expect(schedule.format.areas?.filter((a) => a.numberFormat === 'dd/mm/yyyy').map((a) => a.area.column)).toEqual([1, 3]);
    const values = valuesOf(schedule);
    const ava = rowsOf(values, 'Reading')[0];
    const session = result.sessions.find((s) => s.name === 'Reading' && s.week === MONDAY);
    expect(isDate(ava?.[0]) && isoDateOf(ava[0])).toBe(MONDAY);
    expect(isDate(ava?.[2]) && isoDateOf(ava[2])).toBe(`2026-11-0${1 + (session?.day ?? 0)}`);
    expect(ava?.slice(3, 15)).toEqual([
      session?.lesson,
      'Reading',
      'Reading',
      'Ms Patel',
      'Library',
      'P1',
      'Ava Khan',
      ava?.[10],
      false,
      false,
      false,
      '',
    ]);
    expect(['Maths', 'English']).not.toContain(ava?.[10]);
    expect(String(ava?.[10]).length).toBeGreaterThan(0);
  });

  it('follows the seed’s template, a page of A4 landscape per member of staff', () => {
    const staff = tab('staff-timetables');
    const blocks = ['Mr Hale', "Mrs O'Neill", 'Ms Patel'];
    expect(staff.values).toHaveLength(blocks.length * BLOCK_ROWS);
    expect(blocks.map((_, n) => staff.values[n * BLOCK_ROWS]?.[0])).toEqual(
      blocks.map((name) => `Intervention timetable for week commencing 02/11/2026: ${name}`),
    );
    const patel = staff.values.slice(2 * BLOCK_ROWS, 3 * BLOCK_ROWS);
    expect(patel[2]).toEqual(['', 'Name', 'Reason for intervention', 'Desired outcome', 'Session', 'When (lesson missed)']);
    const session = result.sessions.find((s) => s.name === 'Reading' && s.week === MONDAY);
    expect(patel[3]?.slice(0, 5)).toEqual(['', 'Ava Khan', 'Reading age 8', 'Reading age 10', 'Reading']);
    expect(patel[3]?.[5]).toMatch(/^(Mon|Tue|Wed|Thu|Fri) \d \w+$/);
    // Six lessons: sixteen rows for learners, then the days with their dates.
    const { learnerRows } = blockShape(6);
    expect(learnerRows).toBe(16);
    const grid = 4 + learnerRows;
    expect(patel[grid]).toEqual([
      '',
      'Monday 02/11/2026',
      'Tuesday 03/11/2026',
      'Wednesday 04/11/2026',
      'Thursday 05/11/2026',
      'Friday 06/11/2026',
    ]);
    // Six lessons of three rows each: the session, its room and what is missed.
    const lessonRow = grid + 1 + 3 * ((session?.lesson ?? 1) - 1);
    expect(
      patel
        .slice(grid + 1, grid + 19)
        .filter((_, i) => i % 3 === 0)
        .map((row) => row[0]),
    ).toEqual(['Lesson 1', 'Lesson 2', 'Lesson 3', 'Lesson 4', 'Lesson 5', 'Lesson 6']);
    expect(patel.slice(lessonRow, lessonRow + 3).map((row) => row[session?.day ?? 0])).toEqual([
      'Reading',
      'Library',
      expect.stringMatching(/^Misses: \w+ \(Ava Khan\)$/),
    ]);
    expect(patel[BLOCK_ROWS - 1]?.[0]).toBe('Maths and English lessons will be avoided.');
    expect(staff.format.rowHeights).toEqual([{ row: 1, rows: 3 * BLOCK_ROWS, height: ROW_HEIGHT }]);
    expect(BLOCK_ROWS * ROW_HEIGHT).toBeLessThanOrEqual(650);
    const widths = Object.values(staff.format.columnWidths ?? {});
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(988);
    expect(staff.format.hideGridlines).toBe(true);
    expect(staff.format.frozenRows).toBeUndefined();
  });

  it('gives each member of staff their page, even with names that differ only after 100 characters', () => {
    const long = `Dr ${'Featherstonehaugh-'.repeat(6)}`;
    const twins = {
      ...data,
      groups: [
        group('Attendance Y7', { staff: `${long}Smith`, weeks: 2 }),
        group('Reading', { programme: 'Reading', staff: `${long}Smythe`, room: 'Library', weeks: 2 }),
      ],
    };
    const staff = tabOf(generate(undefined, { week: MONDAY }, twins), 'staff-timetables');
    const titles = staff.values.filter((_, i) => i % BLOCK_ROWS === 0).map((row) => (typeof row[0] === 'string' ? row[0] : ''));
    expect(titles.filter((title) => title.endsWith('Smith'))).toHaveLength(1);
    expect(titles.filter((title) => title.endsWith('Smythe'))).toHaveLength(1);
  });

  it('shows where every pupil is, by day and lesson, with the teachers’ notice below', () => {
    const where = valuesOf(tab('where-pupils'));
    expect(where[0]).toEqual(['Day', 'Date', 'Lesson', 'Subject missed', 'Form', 'Pupil', 'Session', 'Staff', 'Room']);
    const list = where.slice(
      1,
      where.findIndex((row) => row.every((cell) => cell === '')),
    );
    const thisWeek = result.sessions.filter((s) => s.week === MONDAY);
    expect(list).toHaveLength(thisWeek.reduce((n, s) => n + s.pupils.length, 0));
    const order = list.map((row) => ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].indexOf(String(row[0])) * 10 + Number(row[2]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(list.find((row) => row[6] === '1-1: Cara Lee')?.slice(4)).toEqual(['7A', 'Cara Lee', '1-1: Cara Lee', 'Mr Hale', 'not set']);
    const notice = where.findIndex((row) => String(row[0]).startsWith("Teachers' notice"));
    expect(where[notice]?.[0]).toBe("Teachers' notice, week commencing 02/11/2026: pupils out of lessons, by form, and with whom");
    expect(where[notice + 1]?.[0]).toBe('Form');
    expect(where.slice(notice + 2).every((row) => row[0] === '7A')).toBe(true);
  });

  it('lists each pupil’s teachers in the notice when the lesson timetable names them', () => {
    const named = lessonTimetable(weekSlots(6), [
      {
        key: { kind: 'year', year: 7 },
        subject: (s) => (s.lesson <= 2 ? 'Maths (Mr Khan)' : `Science (${s.day % 2 === 0 ? 'Ms Li' : 'Mr Ode'})`),
      },
    ]);
    const where = valuesOf(tabOf(generate(undefined, { week: MONDAY }, { ...data, lessons: named }), 'where-pupils'));
    const notice = where.findIndex((row) => String(row[0]).startsWith("Teachers' notice"));
    expect(where[notice]?.[0]).toContain('pupils out of your lessons');
    const teachers = new Set(where.slice(notice + 2).map((row) => row[0]));
    expect([...teachers].every((teacher) => teacher === 'Ms Li' || teacher === 'Mr Ode')).toBe(true);
    expect(where.slice(1).filter((row) => row[3] === 'Science')).not.toHaveLength(0);
  });

  it('counts lessons missed per pupil and subject, so far and planned', () => {
    const missed = valuesOf(tabOf(generate(undefined, { today: iso('2026-11-07') }), 'lessons-missed'));
    expect(missed[0]).toEqual(['Pupil ID', 'Pupil', 'Form', 'Subject', 'Missed so far', 'Planned from today', 'Total']);
    const ava = missed.filter((row) => row[0] === 'P1');
    // Ava has two sessions a week for two weeks: two missed by Saturday, two planned.
    expect(ava.reduce((n, row) => n + Number(row[4]), 0)).toBe(2);
    expect(ava.reduce((n, row) => n + Number(row[5]), 0)).toBe(2);
    for (const row of ava) expect(row[6]).toBe(Number(row[4]) + Number(row[5]));
  });

  it('gives the same plan for the same input', () => {
    expect(generate(undefined, { week: MONDAY })).toEqual(result);
  });
});
