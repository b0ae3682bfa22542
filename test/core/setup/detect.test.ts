import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/settings';
import { detectMapping, readSchool, validateMapping } from '../../../src/core/setup';
import { detectMeasures } from '../../../src/core/setup/detect';
import { parseSlotHeader } from '../../../src/core/setup/slot-headers';
import type { TabSnapshot } from '../../../src/core/snapshot';
import type { CellValue } from '../../../src/core/values';

function tab(name: string, values: CellValue[][]): TabSnapshot {
  const width = Math.max(...values.map((row) => row.length));
  return {
    name,
    values: values.map((row) => [...row, ...Array<CellValue>(width - row.length).fill('')]),
    generatedKey: null,
  };
}

const register = tab('Tracker', [
  ['ST MARY’S — INTERVENTIONS'],
  [],
  [
    'Surname',
    'Forename',
    'UPN',
    'Yr',
    'Form group',
    'Gender',
    'SEN status',
    'Programme',
    'Group',
    'Lead adult',
    'Start date',
    'End date',
    'Consent?',
    'Attendance (start)',
    'Attendance (end)',
    'Detentions before',
    'Detentions after',
    'Maths score pre',
    'Maths score post',
  ],
  [
    'Khan',
    'Ava',
    'U1',
    'Y7',
    '7A',
    'Girl',
    'K',
    'Nurture',
    'Nurture 7',
    'Ms Rose',
    '01/12/2026',
    '30/01/2027',
    'Yes',
    '88%',
    0.93,
    4,
    1,
    40,
    52,
  ],
  ['Smith', 'Leo', 'U2', 'Year Seven?', '7B', 'Boy', '', 'Nurture', 'Nurture 7', 'Ms Rose', 'soon', '30/01/2027', '', 91, 95, 2, 2, 38, 41],
  [],
  ['', '', 'U3', 'Y8'],
  ['TOTAL', '', '', '', '', '', '', '', '', '', '', '', '', 89.5],
]);

describe('setup finds the register under title rows and maps its columns', () => {
  const mapping = detectMapping({ tabs: [register] });

  it('finds the header row below the title rows', () => {
    expect(mapping.register?.tab).toBe('Tracker');
    expect(mapping.register?.headerRow).toBe(3);
  });

  it('maps each field from the header text', () => {
    expect(mapping.register?.fields).toMatchObject({
      surname: 'Surname',
      forename: 'Forename',
      pupilId: 'UPN',
      year: 'Yr',
      form: 'Form group',
      gender: 'Gender',
      sen: 'SEN status',
      programme: 'Programme',
      group: 'Group',
      staff: 'Lead adult',
      start: 'Start date',
      end: 'End date',
      consent: 'Consent?',
    });
  });

  it('pairs start and end columns into measures, with a direction only where one is known', () => {
    expect(mapping.register?.measures).toEqual([
      {
        id: 'attendance',
        label: 'Attendance %',
        start: 'Attendance (start)',
        end: 'Attendance (end)',
        betterWhen: 'higher',
        kind: 'percent',
      },
      { id: 'detentions', label: 'Detentions', start: 'Detentions before', end: 'Detentions after', betterWhen: 'lower', kind: 'count' },
      { id: 'maths-score', label: 'Maths score', start: 'Maths score pre', end: 'Maths score post', betterWhen: null, kind: 'score' },
    ]);
  });

  it('knows the direction of the measures schools keep, and guesses none for a measure it does not know', () => {
    const direction = (base: string) => {
      const [measure] = detectMeasures([`${base} (start)`, `${base} (end)`]);
      return [measure?.label, measure?.betterWhen, measure?.kind];
    };
    expect(direction('SDQ total difficulties')).toEqual(['SDQ total difficulties', 'lower', 'score']);
    expect(direction('SDQ')).toEqual(['SDQ total difficulties', 'lower', 'score']);
    expect(direction('SDQ prosocial')).toEqual(['SDQ prosocial', 'higher', 'score']);
    expect(direction('Achievement points')).toEqual(['Achievement points', 'higher', 'count']);
    expect(direction('Reward points')).toEqual(['Achievement points', 'higher', 'count']);
    expect(direction('Behaviour points')).toEqual(['Behaviour points', 'lower', 'count']);
    expect(direction('Incidents')).toEqual(['Incidents', 'lower', 'count']);
    expect(direction('Detentions')).toEqual(['Detentions', 'lower', 'count']);
    expect(direction('Sanctions')).toEqual(['Sanctions', 'lower', 'count']);
    expect(direction('Lates')).toEqual(['Late marks', 'lower', 'count']);
    expect(direction('Attendance')).toEqual(['Attendance %', 'higher', 'percent']);
    expect(direction('Reading age')).toEqual(['Reading age (months)', 'higher', 'months']);
    expect(direction('Spelling age')).toEqual(['Spelling age (months)', 'higher', 'months']);
    expect(direction('SDQ hyperactivity')[1]).toBe('lower');
    expect(direction('Comprehension age')).toEqual(['Comprehension age', 'higher', 'months']);
    expect(direction('Maths score')[1]).toBeNull();
    expect(direction('Points')[1]).toBeNull();
    expect(direction('Boxall')[1]).toBeNull();
  });

  it('reads usable rows, lists unusable cells and rows, and skips blank and total rows', () => {
    const { data, problems } = readSchool({ tabs: [register] }, mapping, defaultSettings());
    expect(data.pupils.map((pupil) => pupil.name)).toEqual(['Ava Khan', 'Leo Smith']);
    expect(data.pupils[0]).toMatchObject({ year: 7, gender: 'F', sen: 'support' });
    expect(data.pupils[1]).toMatchObject({ year: null, gender: 'M', sen: 'none' });
    expect(data.placements[0]?.measures).toEqual({
      attendance: { start: 88, end: 93 },
      detentions: { start: 4, end: 1 },
      'maths-score': { start: 40, end: 52 },
    });
    expect(data.placements[1]?.consent).toBe(false);
    expect(problems.map(({ tab, row, column }) => [tab, row, column])).toEqual([
      ['Tracker', 5, 'Yr'],
      ['Tracker', 5, 'Start date'],
      ['Tracker', 7, ''],
    ]);
    expect(problems[0]?.reason).toContain('Year Seven?');
  });

  it('reports mapped headers that are no longer on the tab', () => {
    const edited = { ...mapping, register: { ...mapping.register!, fields: { ...mapping.register!.fields, group: 'Group name' } } };
    expect(validateMapping({ tabs: [register] }, edited)).toEqual([
      expect.objectContaining({ tab: 'Tracker', row: 3, column: 'Group name' }),
    ]);
  });
});

describe('setup recognises the other tabs by their shape', () => {
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  const slots = days.flatMap((day) => [1, 2, 3, 4, 5].map((p) => `${day} P${p}`));
  const tabs = [
    register,
    tab('Groups', [
      ['Group name', 'Led by', 'Venue', 'Sessions per week', 'Number of weeks'],
      ['Nurture 7', 'Ms Rose', 'Room 4', 2, 6],
    ]),
    tab('Do not group', [
      ['Student 1', 'Student 2', 'Notes'],
      ['Khan, Ava', 'Smith, Leo', 'Fell out'],
    ]),
    tab('Timetable', [
      ['Year', ...slots],
      ['Y7', ...slots.map((_, i) => (i % 3 === 0 ? 'Maths' : 'Art'))],
      ['7A', ...slots.map(() => 'PE')],
    ]),
    tab('Who is free', [
      ['Teacher', ...slots],
      ['Ms Rose', ...slots.map((_, i) => (i === 0 ? 'Teaching' : ''))],
    ]),
    tab('Form Responses 1', [
      ['Timestamp', 'Name', 'Q1'],
      [new Date(2026, 11, 1), 'Ava Khan', 'Yes'],
    ]),
  ];
  const mapping = detectMapping({ tabs });

  it('maps groups, keep-apart, lesson timetable, staff availability and responses', () => {
    expect(mapping.groups).toEqual({
      tab: 'Groups',
      headerRow: 1,
      fields: { group: 'Group name', staff: 'Led by', room: 'Venue', sessionsPerWeek: 'Sessions per week', weeks: 'Number of weeks' },
    });
    expect(mapping.keepApart?.fields).toEqual({ pupilA: 'Student 1', pupilB: 'Student 2', reason: 'Notes' });
    expect(mapping.lessonTimetable?.tab).toBe('Timetable');
    expect(mapping.lessonTimetable?.slots).toHaveLength(25);
    expect(mapping.staffAvailability?.tab).toBe('Who is free');
    expect(mapping.responses).toEqual([{ tab: 'Form Responses 1', headerRow: 1 }]);
  });

  it('reads timetable rows by year and form, and busy staff with the reason', () => {
    const { data } = readSchool({ tabs }, mapping, defaultSettings());
    expect(data.lessons?.rows.map((row) => row.key)).toEqual([
      { kind: 'year', year: 7 },
      { kind: 'form', form: '7A' },
    ]);
    expect(data.staffAvailability?.staff[0]?.busy.slice(0, 2)).toEqual(['Teaching', null]);
    expect(data.groups[0]).toMatchObject({ name: 'Nurture 7', sessionsPerWeek: 2, weeks: 6, startWeek: '2026-11-30' });
  });
});

describe('day-and-lesson headers', () => {
  it.each([
    ['Mon 1', null, 1, 1],
    ['Monday P6', null, 1, 6],
    ['Tue L3', null, 2, 3],
    ['Thursday Period 7', null, 4, 7],
    ['A Mon 1', 'A', 1, 1],
    ['Week B Fri 5', 'B', 5, 5],
    ['Wed 2 (A)', 'A', 3, 2],
  ])('%s', (header, cycleWeek, day, lesson) => {
    expect(parseSlotHeader(header)).toEqual({ header, cycleWeek, day, lesson });
  });

  it.each(['Monday', 'Staff', 'Sat 1', 'Mon 0'])('%s is not a lesson', (header) => {
    expect(parseSlotHeader(header)).toBeNull();
  });
});
