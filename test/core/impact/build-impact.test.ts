import { describe, expect, it } from 'vitest';
import { buildImpact, IMPACT_HEADERS, PUPIL_HEADERS } from '../../../src/core/impact';
import type { TabPlan } from '../../../src/core/plan';
import { defaultSettings } from '../../../src/core/settings';
import { ALL_DATES, ATTENDANCE, BEHAVIOUR, school, score } from './fixtures';

const settings = defaultSettings();

function tab(plan: { tabs: readonly TabPlan[] }, key: string): TabPlan {
  const found = plan.tabs.find((t) => t.key === key);
  if (!found) throw new Error(`no tab ${key}`);
  return found;
}

/** Rows of the Impact tab's first section, as objects keyed by header. */
function summaryRows(impact: TabPlan): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (const row of impact.values.slice(1)) {
    if (row.every((c) => c === '')) break;
    rows.push(Object.fromEntries(IMPACT_HEADERS.map((h, i) => [h, row[i]])));
  }
  return rows;
}

function pupilSection(impact: TabPlan): Record<string, unknown>[] {
  const start = impact.values.findIndex((r) => r[0] === 'Pupil');
  const rows: Record<string, unknown>[] = [];
  for (const row of impact.values.slice(start + 1)) {
    if (row.every((c) => c === '')) break;
    rows.push(Object.fromEntries(PUPIL_HEADERS.map((h, i) => [h, row[i]])));
  }
  return rows;
}

const NURTURE = school([
  { name: 'Ava Brown', group: 'Nurture A', values: { attendance: [80, 90], 'behaviour-points': [10, 4] } },
  { name: 'Ben Cole', group: 'Nurture A', values: { attendance: [85, 88], 'behaviour-points': [6, 6] } },
  { name: 'Cara Dunn', group: 'Nurture B', values: { attendance: [90, 95], 'behaviour-points': [8, 11] } },
  { name: 'Dan Ellis', group: 'Nurture B', values: { attendance: [95, null], 'behaviour-points': [12, 3] } },
  { name: 'Eve Fox', programme: 'Reading Buddies', group: null, values: { attendance: [70, 92], 'behaviour-points': [null, 2] } },
]);

describe('the Impact tab', () => {
  const result = buildImpact(NURTURE, settings, ALL_DATES, []);
  const impact = tab(result.plan, 'impact');
  const rows = summaryRows(impact);

  it('has exactly the contract headers, frozen and bold', () => {
    expect(impact.name).toBe('Impact');
    expect(impact.values[0]).toEqual([...IMPACT_HEADERS]);
    expect(impact.format.frozenRows).toBe(1);
    expect(impact.format.areas?.some((a) => a.area.row === 1 && a.bold)).toBe(true);
    expect(new Set(impact.values.map((r) => r.length))).toEqual(new Set([IMPACT_HEADERS.length]));
  });

  it('gives one All groups row per programme and measure, then one per group', () => {
    expect(rows.map((r) => [r.Programme, r.Group, r.Measure])).toEqual([
      ['Nurture', 'All groups', 'Attendance %'],
      ['Nurture', 'Nurture A', 'Attendance %'],
      ['Nurture', 'Nurture B', 'Attendance %'],
      ['Nurture', 'All groups', 'Behaviour points'],
      ['Nurture', 'Nurture A', 'Behaviour points'],
      ['Nurture', 'Nurture B', 'Behaviour points'],
      ['Reading Buddies', 'All groups', 'Attendance %'],
      ['Reading Buddies', '1-1', 'Attendance %'],
    ]);
  });

  it('counts only pupils with both values (Dan has no end attendance)', () => {
    const attendance = rows[0];
    expect(attendance).toMatchObject({
      n: 3,
      'Start mean': 85,
      'End mean': 91,
      Change: 6,
      Improved: 3,
      'Improved %': 1,
      'Better when': 'higher',
    });
    expect(attendance?.['Effect size']).toBeCloseTo(0.796828, 5);
  });

  it('turns the effect size for lower-is-better behaviour points', () => {
    const behaviour = rows[3];
    expect(behaviour).toMatchObject({
      n: 4,
      'Start mean': 9,
      'End mean': 6,
      Change: -3,
      Improved: 2,
      'Improved %': 0.5,
      'Better when': 'lower',
    });
    expect(behaviour?.['Effect size']).toBeCloseTo(0.710572, 5);
  });

  it('leaves the effect size blank for a programme with n = 1 and for groups of two', () => {
    expect(rows[6]).toMatchObject({ Programme: 'Reading Buddies', n: 1, Change: 22, 'Effect size': '' });
    expect(rows[1]).toMatchObject({ Group: 'Nurture A', n: 2, 'Effect size': '' });
  });

  it('formats means to 0.0, effect sizes to 0.00 and improved to 0%', () => {
    const formats = (impact.format.areas ?? []).filter((a) => a.area.row === 2 && a.numberFormat);
    expect(Object.fromEntries(formats.map((a) => [a.area.column, a.numberFormat]))).toEqual({
      6: '0.0',
      7: '0.0',
      8: '0.0',
      9: '0.00',
      11: '0%',
    });
  });

  it('lists every counted pupil with start, end, change and whether they improved', () => {
    const pupils = pupilSection(impact);
    expect(pupils).toHaveLength(3 + 4 + 1);
    expect(pupils.find((p) => p.Pupil === 'Cara Dunn' && p.Measure === 'Behaviour points')).toMatchObject({
      Start: 8,
      End: 11,
      Change: 3,
      Improved: 'No',
    });
    expect(pupils.find((p) => p.Pupil === 'Ava Brown' && p.Measure === 'Behaviour points')).toMatchObject({ Improved: 'Yes', RCI: '' });
    expect(pupils.some((p) => p.Pupil === 'Dan Ellis' && p.Measure === 'Attendance %')).toBe(false);
  });

  it('says how many were left out and why, in details and note rows', () => {
    expect(result.details).toContain('Attendance %: 1 pupil left out (1 with no end value).');
    expect(result.details).toContain('Behaviour points: 1 pupil left out (1 with no start value).');
    const cells = impact.values.map((r) => r[0]);
    for (const line of result.details) expect(cells).toContain(line);
    expect(result.headline).toBe(
      'Impact for 2 programmes and 2 measures: 5 pupils counted; 2 results left out for a missing start or end value.',
    );
  });

  it('reports a missing start as a Problem on the register row, but not a missing end while the placement runs', () => {
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ source: 'impact', tab: 'Pupils', row: 6, column: 'Behaviour points' });
  });
});

describe('filtering by dates', () => {
  const data = school(
    [
      { name: 'In Range', start: '2025-09-08', end: '2025-10-17', values: { attendance: [80, 90] } },
      { name: 'Too Early', start: '2025-04-01', end: '2025-06-30', values: { attendance: [60, 70] } },
      { name: 'Too Late', start: '2025-11-03', end: null, values: { attendance: [50, 55] } },
      { name: 'Open Ended', start: '2025-10-01', end: null, values: { attendance: [70, 75] } },
      { name: 'No Dates', values: { attendance: [40, 45] } },
      { name: 'Ended Without End', start: '2025-09-08', end: '2025-10-10', values: { attendance: [88, null] } },
    ],
    [ATTENDANCE],
  );
  const request = { from: '2025-09-01', to: '2025-10-24' } as Parameters<typeof buildImpact>[2];
  const result = buildImpact(data, settings, request, []);
  const rows = summaryRows(tab(result.plan, 'impact'));

  it('keeps placements overlapping the period and leaves out the rest', () => {
    expect(rows[0]).toMatchObject({ n: 2, 'Start mean': 75, 'End mean': 82.5 });
    expect(result.details).toContain('2 placements left out because they fall outside 01/09/2025 to 24/10/2025.');
    expect(result.details).toContain(
      '1 placement left out because the register gives no start or end date, so it could not be matched to 01/09/2025 to 24/10/2025.',
    );
  });

  it('reports a placement that ended in the period without an end value', () => {
    expect(result.problems.map((p) => p.row)).toEqual([7]);
    expect(result.problems[0]?.reason).toContain('has ended but has no end value for Attendance %');
  });
});

describe('directions from settings', () => {
  it('lets settings turn a measure to lower-is-better', () => {
    const data = school([{ name: 'A B', values: { attendance: [80, 70] } }], [ATTENDANCE]);
    const turned = { ...settings, impact: { ...settings.impact, directions: { attendance: 'lower' as const } } };
    const rows = summaryRows(tab(buildImpact(data, turned, ALL_DATES, []).plan, 'impact'));
    expect(rows[0]).toMatchObject({ 'Better when': 'lower', Improved: 1 });
  });
});

describe('persistent absence', () => {
  const data = school(
    [
      { name: 'A', values: { attendance: [85, 92] } },
      { name: 'B', values: { attendance: [88, 89] } },
      { name: 'C', values: { attendance: [95, 87] } },
      { name: 'D', values: { attendance: [91, 96] } },
    ],
    [ATTENDANCE, BEHAVIOUR],
  );
  const impact = tab(buildImpact(data, settings, ALL_DATES, []).plan, 'impact');
  it('counts pupils below 90% at the start and the end', () => {
    const header = impact.values.findIndex((r) => r[0] === 'Programme' && r[5] === 'Absent at start');
    expect(header).toBeGreaterThan(0);
    expect(impact.values[header + 1]?.slice(0, 7)).toEqual(['Nurture', 'All groups', 'Attendance %', 90, 4, 2, 2]);
  });
});

describe('questionnaire scores', () => {
  const data = school(
    [
      { name: 'Ava', id: 'P1', values: {} },
      { name: 'Ben', id: 'P2', values: {} },
      { name: 'Cara', id: 'P3', values: {} },
      { name: 'Dan', id: 'P4', values: {} },
    ],
    [],
  );
  // Pre scores 3, 4, 5 → SD 1; RCI denominator 1 × √(2 × 0.18) = 0.6.
  const scores = [
    score('P1', 'pre', 3),
    score('P1', 'post', 4.5),
    score('P2', 'pre', 4),
    score('P2', 'post', 4.5),
    score('P3', 'pre', 5),
    score('P3', 'post', 4),
    score('P4', 'pre', 2),
  ];
  const result = buildImpact(data, settings, ALL_DATES, scores);
  const impact = tab(result.plan, 'impact');

  it('pairs each pupil’s pre and post score as start and end', () => {
    expect(summaryRows(impact)[0]).toMatchObject({ Measure: 'SLSS', n: 3, 'Start mean': 4, Improved: 2 });
    expect(result.details).toContain('SLSS: 1 pupil left out (1 with no end value).');
    expect(result.problems).toEqual([]);
  });

  it('gives each pupil a Reliable Change Index using the start scores’ SD when none is given', () => {
    const pupils = pupilSection(impact);
    const ava = pupils.find((p) => p.Pupil === 'Ava');
    expect(ava?.RCI).toBeCloseTo(1.5 / 0.6, 10);
    expect(ava?.['Reliable change']).toBe('Yes');
    const ben = pupils.find((p) => p.Pupil === 'Ben');
    expect(ben?.RCI).toBeCloseTo(0.5 / 0.6, 10);
    expect(ben?.['Reliable change']).toBe('No');
  });

  it('uses the instrument’s own SD when it has one', () => {
    const withSd = scores.map((s) => ({ ...s, sd: 0.5 }));
    const pupils = pupilSection(tab(buildImpact(data, settings, ALL_DATES, withSd).plan, 'impact'));
    expect(pupils.find((p) => p.Pupil === 'Ava')?.RCI).toBeCloseTo(1.5 / 0.3, 10);
  });
});

describe('nothing to show', () => {
  it('still writes both tabs with a message', () => {
    const result = buildImpact(school([{ name: 'A', values: { attendance: [80, null] } }], [ATTENDANCE]), settings, ALL_DATES, []);
    expect(result.plan.tabs.map((t) => t.key)).toEqual(['impact', 'impact-charts']);
    expect(result.plan.replaces).toEqual(['impact', 'impact-charts']);
    expect(result.headline).toContain('no impact to show yet');
    expect(tab(result.plan, 'impact-charts').charts).toEqual([]);
  });
});
