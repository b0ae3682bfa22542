/**
 * Trackers kept in the school's own words (written for this test, not copied from the examples):
 * abbreviations and symbols (`p/w`, `x per wk`, `No.`, `Yr`, `Dur.`, `#`), other words for the same
 * field (the adult, the room, 1-1 or group, consent) and ticks. Setup maps every field, and lists by
 * name any field it can use but did not find.
 */
import { describe, expect, it } from 'vitest';
import { GROUP_FIELDS, KEEP_APART_FIELDS, REGISTER_FIELDS } from '../../../src/core/mapping/schema';
import type { CellValue } from '../../../src/core/values';
import { setUp, tab } from './helpers';

interface Variant {
  readonly name: string;
  readonly register: readonly string[];
  readonly groups: readonly string[];
  readonly keepApart: readonly string[];
  /** How the variant records consent on its two pupils: yes, then no. */
  readonly consent: readonly [CellValue, CellValue];
}

/** Register columns in the order: id, name (one or two columns), year, form, gender, SEN, need, PP, type, reason, outcome, programme, group, staff, start, end, consent, the 1-1 room. */
const VARIANTS: readonly Variant[] = [
  {
    name: 'abbreviations',
    register: [
      'Pupil No.',
      "Child's name",
      'Yr',
      'Tutor group',
      'M/F',
      'SEND?',
      'Area of need',
      'FSM',
      'Provision type',
      'Concern',
      'Goal',
      'Intervention name',
      'Grp name',
      'Key adult',
      'Date started',
      'Date completed',
      'Permission',
      'Venue',
    ],
    groups: ['Grp', 'Course', 'Objective', 'Who', 'Venue', 'x per wk', 'Dur.', 'W/C', 'Min no.', 'Max pupils', 'Girls only?'],
    keepApart: ['Name 1', 'Never with', 'Comments'],
    consent: [new Date(2026, 8, 3), ''],
  },
  {
    name: 'other words',
    register: [
      'Adm No.',
      'First name',
      'Last name',
      'Y',
      'Reg',
      'Sex',
      'SEN',
      'Need',
      'PP',
      'Format',
      'Why',
      'Targets',
      'Programme',
      'Group',
      'Tutor',
      'From',
      'To',
      'Signed',
      'Base',
    ],
    groups: ['Group name', 'Intervention', 'Aims', 'Mentor', 'Base', 'p/w', '# weeks', 'Start', 'Min', 'Max', 'Single sex'],
    keepApart: ['Student A', 'Keep away from', 'Why'],
    consent: ['✓', '✗'],
  },
  {
    name: 'symbols',
    register: [
      'UPN #',
      'Name',
      'Year group',
      'Form',
      'Gender',
      'SEN status',
      'Primary need',
      'Pupil premium',
      '1:1 or group',
      'Reason referred',
      'Success criteria',
      'Course',
      'Intervention group',
      'Who with',
      'W/C',
      'Ends',
      'Consent date',
      'Where',
    ],
    groups: [
      'Name',
      'Programme',
      'Focus',
      'Staff member',
      'Where',
      'Sessions p/w',
      'No. of weeks',
      'Week commencing',
      'Minimum size',
      'Capacity',
      'Boys only',
    ],
    keepApart: ['Pupil 1', 'Not to be grouped with', 'Notes'],
    consent: ['03/09/2026', 'No'],
  },
];

/** Two pupils for each variant's columns, whether it names pupils in one column or two. */
function registerRows(variant: Variant): CellValue[][] {
  const split = variant.register.length === 19;
  const name = (forename: string, surname: string): CellValue[] => (split ? [forename, surname] : [`${forename} ${surname}`]);
  const row = (id: string, forename: string, consent: CellValue, gender: string): CellValue[] => [
    id,
    ...name(forename, 'Okafor'),
    'Y8',
    '8K',
    gender,
    'K',
    'SEMH',
    'Y',
    'Group',
    'Anxiety',
    'Calmer in lessons',
    'Worry busters',
    'Worry busters 8',
    'Mr Doyle',
    '14/09/2026',
    '06/11/2026',
    consent,
    'Room 4',
  ];
  return [[...variant.register], row('A1', 'Ada', variant.consent[0], 'F'), row('A2', 'Bo', variant.consent[1], 'M')];
}

function groupRows(variant: Variant): CellValue[][] {
  return [
    [...variant.groups],
    ['Worry busters 8', 'Worry busters', 'Calmer in lessons', 'Mr Doyle', 'Room 4', 2, 8, '14/09/2026', 3, 8, 'No'],
  ];
}

describe.each(VARIANTS)('a tracker kept in its own words ($name)', (variant) => {
  const result = setUp([
    tab('Tracker', registerRows(variant)),
    tab('Groups', groupRows(variant)),
    tab('Separate', [[...variant.keepApart], ['Ada Okafor', 'Bo Okafor', 'Not together']]),
  ]);

  it('maps every column of the register, the groups tab and the keep-apart tab', () => {
    const register = result.mapping.register?.fields ?? {};
    const expected = REGISTER_FIELDS.filter((f) => (variant.register.length === 19 ? f !== 'name' : f !== 'forename' && f !== 'surname'));
    expect(Object.keys(register).sort()).toEqual([...expected].sort());
    expect(Object.values(register).sort()).toEqual([...variant.register].sort());
    expect(Object.keys(result.mapping.groups?.fields ?? {}).sort()).toEqual([...GROUP_FIELDS].sort());
    expect(Object.keys(result.mapping.keepApart?.fields ?? {}).sort()).toEqual([...KEEP_APART_FIELDS].sort());
  });

  it('finds nothing missing, so lists nothing', () => {
    expect(result.summary.notFound).toEqual([]);
  });

  it('reads what the columns hold: sessions a week, weeks, consent as ticks or dates', () => {
    const group = result.data.groups.find((g) => g.name === 'Worry busters 8');
    expect(group).toMatchObject({
      staff: 'Mr Doyle',
      room: 'Room 4',
      sessionsPerWeek: 2,
      weeks: 8,
      startWeek: '2026-09-14',
      minSize: 3,
      maxSize: 8,
    });
    expect(result.data.placements.map((p) => [p.type, p.staff, p.consent])).toEqual([
      ['group', 'Mr Doyle', true],
      ['group', 'Mr Doyle', false],
    ]);
    expect(result.data.keepApart).toHaveLength(1);
    expect(result.problems).toEqual([]);
  });
});

describe('fields the add-in can use but did not find', () => {
  const result = setUp([
    tab('Pupils', [
      ['Name', 'Year', 'Programme', 'Group'],
      ['Ada Okafor', 8, 'Worry busters', 'WB8'],
    ]),
    tab('Groups', [
      ['Group', 'Programme', 'Staff'],
      ['WB8', 'Worry busters', 'Mr Doyle'],
    ]),
  ]);

  it('are each listed with the tab their column would be on', () => {
    const missing = result.summary.notFound.map((f) => `${f.section}.${f.field}@${f.tab}`);
    // Found, or not needed beside a Name column.
    const present = ['name', 'forename', 'surname', 'year', 'programme', 'group'];
    expect(missing).toEqual([
      ...REGISTER_FIELDS.filter((f) => !present.includes(f)).map((f) => `register.${f}@Pupils`),
      ...['focus', 'room', 'sessionsPerWeek', 'weeks', 'startWeek', 'minSize', 'maxSize', 'singleSex'].map((f) => `groups.${f}@Groups`),
    ]);
    expect(result.summary.notFound.find((f) => f.field === 'sessionsPerWeek')?.label).toBe('Sessions per week');
  });
});
