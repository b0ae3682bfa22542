import { describe, expect, it } from 'vitest';
import type { Gender, SenStatus } from '../../../src/core/domain';
import { checkGroups, GROUP_CHECK_KEY, GROUP_CHECK_TAB } from '../../../src/core/groups/index';
import { group, measure, school, settings, type PupilSpec } from './fixtures';
import { planCellText } from '../../support/plan-text';

// A copy, by hand, of the example school's groups: each built to break the rules the example states.
const PROGRAMMES: Record<string, [programme: string, focus: string, reason: string]> = {
  'Self-esteem Y8': ['Improving my self-esteem', 'Improved self-esteem (attitude questionnaire)', 'Attitudes to self'],
  'Anger Y9-10': ['Managing my anger', 'Reductions in challenging behaviour incidents', 'Attitudes to others'],
  'Attendance Y7': ['Improving my attendance and punctuality', 'Improved attendance and punctuality', 'Attendance and punctuality'],
  'Boxing KS4': ['Boxing group', 'Reductions in challenging behaviour incidents', 'Attitudes to learning'],
  'Literacy Y7': ['Literacy catch-up', 'Improved academic / progress scores', 'Low progress in subjects'],
  'Mental health Y11': ['Managing my mental health', 'Improved self-esteem (attitude questionnaire)', 'Attitudes to self'],
};
type Row = [name: string, year: number, gender: Gender, sen: SenStatus, extra?: Partial<PupilSpec>];
const ROWS: Record<string, Row[]> = {
  'Self-esteem Y8': [
    ['Keira Kaur', 8, 'F', 'none'],
    ['Thomas Clarke', 8, 'M', 'none'],
    ['Sophia Patel', 8, 'F', 'none'],
    ['Riley Baker', 8, 'M', 'support'],
    ['Sienna Wilson', 8, 'F', 'none'],
    ['Oscar Smith', 8, 'M', 'none'],
    ['Zainab Williams', 8, 'F', 'none'],
    ["Arthur O'Brien", 8, 'M', 'support'],
  ],
  'Anger Y9-10': [
    ['Tyler Harrison', 9, 'M', 'support'],
    ['Maya Smith', 10, 'F', 'none'],
    ['Tyler Hill', 9, 'M', 'none'],
    ['Olivia Thompson', 10, 'F', 'none'],
    ['Finley Robinson', 9, 'M', 'none'],
    ['Megan Turner', 10, 'F', 'none'],
    ['Harry Hill', 9, 'M', 'ehcp'],
    ['Niamh Kowalski', 10, 'F', 'support'],
    ['Leo Ahmed', 9, 'M', 'none'],
    ['Harriet Kaur', 10, 'F', 'none'],
    ['Kieran Khan', 9, 'M', 'none'],
  ],
  'Attendance Y7': [
    ['Charlie Hussain', 7, 'M', 'none'],
    ['Ava Wilson', 7, 'F', 'none'],
    ['Riley Begum', 7, 'M', 'support'],
    ['Grace Lewis', 7, 'F', 'none'],
  ],
  'Boxing KS4': [
    ['Liam Patel', 10, 'M', 'support'],
    ['Jack Morris', 11, 'M', 'none'],
    ['Finley Hussain', 10, 'M', 'none'],
    ['Oscar Hall', 11, 'M', 'none'],
    ['Riley Clarke', 10, 'M', 'none'],
    ['Charlie Wright', 11, 'M', 'none'],
    ['Noah Clarke', 10, 'M', 'ehcp'],
  ],
  'Literacy Y7': [
    ['Evie Kowalski', 7, 'F', 'support'],
    ['Reece OBrien', 7, 'M', 'support'],
    ['Ava Hughes', 7, 'F', 'ehcp', { reason: 'Attendance and punctuality', outcome: 'Improved attendance and punctuality' }],
    ['Dylan Harris', 7, 'M', 'none'],
    ['Olivia Murphy', 7, 'F', 'support'],
    ['Oliver Evans', 7, 'M', 'none'],
  ],
  'Mental health Y11': [
    ['Bilal Ward', 11, 'M', 'none'],
    ['Aaliyah Patel', 11, 'F', 'none', { consent: false }],
    ['Ibrahim Hall', 11, 'M', 'none'],
    ['Aisha Murphy', 11, 'F', 'none'],
    ['Arthur Hughes', 11, 'M', 'none', { consent: false }],
    ['Mia Kowalski', 11, 'F', 'support'],
  ],
};
const ONE_TO_ONES: [string, string, string, string][] = [
  ['Riley Ahmed', 'Managing my anger', 'Attitudes to others', 'Reductions in challenging behaviour incidents'],
  ['Evie Murphy', 'Managing my relationships at home', 'Attitudes to others', 'Improved engagement in learning'],
  ['Isla Edwards', 'Improving my attendance and punctuality', 'Attendance and punctuality', 'Improved attendance and punctuality'],
];
const MEASURES = { attendance: 85, 'behaviour-points': 10, exclusions: 0, 'bullying-incidents': 1, 'reading-age-months': 120 };

function example(keepApart: Array<[string, string]>) {
  const members = Object.entries(ROWS).flatMap(([name, rows]) => {
    const [programme, outcome, reason] = PROGRAMMES[name]!;
    return rows.map(([pupilName, year, gender, sen, extra]) => ({
      group: name,
      spec: { name: pupilName, year, gender, sen, programme, outcome, reason, measures: MEASURES, ...extra },
    }));
  });
  const ones = ONE_TO_ONES.map(([name, programme, reason, outcome]) => ({
    group: null,
    spec: { name, programme, reason, outcome, year: 9, measures: MEASURES },
  }));
  return school([...members, ...ones], {
    groups: Object.entries(PROGRAMMES).map(([name, [programme, focus]], i) =>
      group(name, { programme, focus, source: { tab: 'Groups', row: i + 2 } }),
    ),
    keepApart,
    measures: [
      measure('attendance', 'Attendance %'),
      measure('behaviour-points', 'Behaviour points'),
      measure('exclusions', 'Exclusions'),
      measure('bullying-incidents', 'Bullying incidents'),
      measure('reading-age-months', 'Reading age months'),
    ],
  });
}

const EXPECTED = [
  ['Self-esteem Y8', 'OK', ''],
  ['Anger Y9-10', 'Problem', 'size-above-max'],
  ['Anger Y9-10', 'Problem', 'keep-apart'],
  ['Attendance Y7', 'Problem', 'size-below-min'],
  ['Boxing KS4', 'Warning', 'gender-balance'],
  ['Literacy Y7', 'Warning', 'send-load'],
  ['Literacy Y7', 'Warning', 'need-mismatch'],
  ['Mental health Y11', 'Warning', 'no-consent'],
  ['Mental health Y11', 'Warning', 'no-consent'],
  ['1-1: Riley Ahmed', 'OK', ''],
  ['1-1: Evie Murphy', 'OK', ''],
  ['1-1: Isla Edwards', 'OK', ''],
];

describe('checkGroups on a copy of the example school', () => {
  it.each([
    [
      'as the tidy workbook writes names',
      [
        ['Tyler Harrison', 'Olivia Thompson'],
        ['Maya Smith', 'Liam Patel'],
      ],
    ],
    [
      'as Surname, Forename',
      [
        ['Harrison, Tyler', 'Thompson, Olivia'],
        ['Smith, Maya', 'Patel, Liam'],
      ],
    ],
  ] as const)('finds exactly the intended findings with names %s', (_, pairs) => {
    const result = checkGroups(example(pairs.map(([a, b]) => [a, b])), settings(), null);
    const tab = result.plan.tabs[0]!;
    expect(tab.values.slice(1).map((row) => row.slice(0, 3))).toEqual(EXPECTED);
    expect(result.problems).toEqual([]);
    expect(result.headline).toBe('Checked 6 groups and 3 1-1s: 3 problems and 5 warnings.');
    expect(result.details).toHaveLength(8);
  });

  it('builds the Group check tab per DESIGN.md', () => {
    const { plan } = checkGroups(example([]), settings(), null);
    expect(plan.replaces).toEqual([GROUP_CHECK_KEY]);
    const tab = plan.tabs[0]!;
    expect(tab).toMatchObject({ key: 'group-check', name: GROUP_CHECK_TAB });
    expect(tab.values[0]).toEqual(['Group', 'Status', 'Rule', 'Detail', 'Pupils']);
    expect(new Set(tab.values.map((r) => r.length))).toEqual(new Set([5]));
    expect(tab.format.frozenRows).toBe(1);
    const literacy = tab.values.find((r) => r[2] === 'need-mismatch');
    expect(literacy?.[4]).toBe('Ava Hughes');
    // Every body row's Status cell is covered by exactly one content rule, the one for its status,
    // and the rules are a fixed few whatever the number of findings.
    const colours: Record<string, string> = { OK: '#d9ead3', Warning: '#fce8b2', Problem: '#f4c7c3' };
    const rules = tab.format.contentFormats ?? [];
    expect(rules).toHaveLength(3);
    tab.values.slice(1).forEach((row, i) => {
      const sheetRow = i + 2;
      const matching = rules.filter(
        (r) =>
          r.area.column === 2 &&
          r.area.row <= sheetRow &&
          sheetRow < r.area.row + r.area.rows &&
          'textEquals' in r.when &&
          r.when.textEquals === row[1],
      );
      expect(matching.map((r) => r.background)).toEqual([colours[planCellText(row[1] ?? '')]]);
    });
  });

  it('is deterministic', () => {
    const data = example([['Tyler Harrison', 'Olivia Thompson']]);
    expect(checkGroups(data, settings(), null)).toEqual(checkGroups(data, settings(), null));
  });

  it('writes a single explanatory row when there is nothing to check', () => {
    const { plan, headline } = checkGroups(school([]), settings(), null);
    expect(plan.tabs[0]?.values).toHaveLength(2);
    expect(headline).toBe('Checked 0 groups and 0 1-1s: everything is OK.');
  });
});
