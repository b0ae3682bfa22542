import { describe, expect, it } from 'vitest';
import { buildImpact, IMPACT_HEADERS, PUPIL_HEADERS } from '../../../src/core/impact';
import { CONFIDENTIAL, LIMITS_HEADER, NOTES_HEADER, SENTENCES_HEADER } from '../../../src/core/impact/impact-tab';
import type { MeasureId } from '../../../src/core/domain';
import type { PlanCell, TabPlan } from '../../../src/core/plan';
import { defaultSettings } from '../../../src/core/settings';
import type { IsoDate } from '../../../src/core/values';
import { ALL_DATES, ATTENDANCE, BEHAVIOUR, EXCLUSIONS, school, score } from './fixtures';

const settings = defaultSettings();
const BEHAVIOUR_OUTCOME = 'Reductions in challenging behaviour incidents';

function tab(plan: { tabs: readonly TabPlan[] }, key: string): TabPlan {
  const found = plan.tabs.find((t) => t.key === key);
  if (!found) throw new Error(`no tab ${key}`);
  return found;
}

/** The rows under the header row whose first cell is `first`, up to the next blank row. */
function sectionRows(impact: TabPlan, first: string): (readonly PlanCell[])[] {
  const start = impact.values.findIndex((r) => r[0] === first);
  if (start < 0) throw new Error(`no section ${first}`);
  const rows: (readonly PlanCell[])[] = [];
  for (const row of impact.values.slice(start + 1)) {
    if (row.every((c) => c === '')) break;
    rows.push(row);
  }
  return rows;
}

function records(impact: TabPlan, headers: readonly string[]): Record<string, unknown>[] {
  return sectionRows(impact, headers[0] ?? '').map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i]])));
}

const summaryRecords = (impact: TabPlan): Record<string, unknown>[] =>
  sectionRows(impact, 'Programme').map((row) => Object.fromEntries(IMPACT_HEADERS.map((h, i) => [h, row[i]])));

const NURTURE = school([
  { name: 'Ava Brown', group: 'Nurture A', outcome: BEHAVIOUR_OUTCOME, values: { attendance: [80, 90], 'behaviour-points': [10, 4] } },
  { name: 'Ben Cole', group: 'Nurture A', outcome: BEHAVIOUR_OUTCOME, values: { attendance: [85, 88], 'behaviour-points': [6, 6] } },
  { name: 'Cara Dunn', group: 'Nurture B', outcome: BEHAVIOUR_OUTCOME, values: { attendance: [90, 95], 'behaviour-points': [8, 11] } },
  { name: 'Dan Ellis', group: 'Nurture B', outcome: BEHAVIOUR_OUTCOME, values: { attendance: [95, null], 'behaviour-points': [12, 3] } },
  {
    name: 'Eve Fox',
    programme: 'Reading Buddies',
    group: null,
    outcome: 'Improved attendance and punctuality',
    values: { attendance: [70, 92], 'behaviour-points': [null, 2] },
  },
]);

describe('the Impact tab', () => {
  const result = buildImpact(NURTURE, settings, ALL_DATES, []);
  const impact = tab(result.plan, 'impact');
  const rows = summaryRecords(impact);

  it('opens with one sentence per programme and measure for impact, then what the numbers cannot show', () => {
    expect(impact.values[0]?.[0]).toBe('Impact for all dates');
    expect(impact.format.frozenRows).toBe(1);
    const firstSections = impact.values.filter((r) => r[0] !== '' && r.slice(1).every((c) => c === '')).map((r) => r[0]);
    expect(firstSections.indexOf(SENTENCES_HEADER)).toBe(1);
    expect(sectionRows(impact, SENTENCES_HEADER).map((r) => r[0])).toEqual(result.sentences);
    expect(result.sentences).toHaveLength(2);
    // Behaviour points for Nurture: changes −6, 0, 3, −9 → mean −3, SD √(30) ≈ 5.477; t(3) = 3.182446.
    const margin = (3.182446305284263 * Math.sqrt(30)) / 2;
    expect(result.sentences[0]).toBe(
      `Nurture, 4 pupils: no clear change in behaviour points (9.0 at the start, 6.0 at the end; 95 % interval −${(3 + margin).toFixed(1)} to ${(margin - 3).toFixed(1)}); 2 of 4 improved.`,
    );
    expect(result.sentences[1]).toMatch(/^Reading Buddies, 1 pupil: attendance went from 70\.0% to 92\.0%; one pupil is too few to tell/);
    const limits = sectionRows(impact, LIMITS_HEADER).map((r) => (typeof r[0] === 'string' ? r[0] : ''));
    expect(limits.some((l) => l.includes('no comparison group'))).toBe(true);
    expect(limits.some((l) => l.includes('regression to the mean'))).toBe(true);
    expect(limits.some((l) => l.includes('Groups are small'))).toBe(true);
  });

  it('lists measures for impact first, then secondary ones, with a group row only where a programme has two groups', () => {
    expect(rows.map((r) => [r.Programme, r.Group, r.Measure, r['Measure for impact']])).toEqual([
      ['Nurture', 'All groups', 'Behaviour points', 'Yes'],
      ['Nurture', 'Nurture A', 'Behaviour points', 'Yes'],
      ['Nurture', 'Nurture B', 'Behaviour points', 'Yes'],
      ['Reading Buddies', 'All groups', 'Attendance %', 'Yes'],
      ['Nurture', 'All groups', 'Attendance %', 'Secondary'],
      ['Nurture', 'Nurture A', 'Attendance %', 'Secondary'],
      ['Nurture', 'Nurture B', 'Attendance %', 'Secondary'],
    ]);
  });

  it('gives every change its interval and verdict, and the effect size its interval', () => {
    const behaviour = rows[0];
    const margin = (3.182446305284263 * Math.sqrt(30)) / 2;
    expect(behaviour).toMatchObject({
      n: 4,
      'Start mean': 9,
      'End mean': 6,
      Change: -3,
      Improved: 2,
      'Improved %': 0.5,
      Verdict: 'No clear change',
    });
    expect(behaviour?.['Change 95 % low']).toBeCloseTo(-3 - margin, 6);
    expect(behaviour?.['Change 95 % high']).toBeCloseTo(-3 + margin, 6);
    expect(behaviour?.['Effect size']).toBeCloseTo(0.710572, 5);
    expect(behaviour?.['Effect size 95 % low']).toBeLessThan(0);
    expect(behaviour?.['Effect size 95 % high']).toBeGreaterThan(0.710572);
    const attendance = rows[4];
    expect(attendance).toMatchObject({ n: 3, 'Start mean': 85, 'End mean': 91, Change: 6, Improved: 3, 'Improved %': 1 });
    expect(rows[3]).toMatchObject({
      Programme: 'Reading Buddies',
      n: 1,
      'Change 95 % low': '',
      'Effect size': '',
      Verdict: 'Too few pupils',
    });
  });

  it('keeps the pupil detail to measures for impact, under a confidential banner, at the foot', () => {
    const banner = impact.values.findIndex((r) => r[0] === CONFIDENTIAL);
    expect(impact.values[banner + 1]?.slice(0, PUPIL_HEADERS.length)).toEqual([...PUPIL_HEADERS]);
    expect(banner).toBeGreaterThan(impact.values.findIndex((r) => r[0] === NOTES_HEADER));
    const pupils = records(impact, PUPIL_HEADERS);
    expect(pupils.map((p) => `${String(p.Pupil)}: ${String(p.Measure)}`).sort()).toEqual([
      'Ava Brown: Behaviour points',
      'Ben Cole: Behaviour points',
      'Cara Dunn: Behaviour points',
      'Dan Ellis: Behaviour points',
      'Eve Fox: Attendance %',
    ]);
    expect(pupils.find((p) => p.Pupil === 'Cara Dunn')).toMatchObject({ Start: 8, End: 11, Change: 3, Improved: 'No' });
  });

  it('says how many were left out and why, in details and note rows', () => {
    expect(result.details).toContain('Attendance %: 1 pupil left out (1 with no end value).');
    expect(result.details).toContain('Behaviour points: 1 pupil left out (1 with no start value).');
    const notes = sectionRows(impact, NOTES_HEADER).map((r) => r[0]);
    for (const line of result.details) expect(notes).toContain(line);
    expect(result.headline).toBe(
      'Impact for 2 programmes and 2 measures: 5 pupils counted; 2 results left out for a missing start or end value.',
    );
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ source: 'impact', tab: 'Pupils', row: 6, column: 'Behaviour points' });
  });
});

describe('a clear change', () => {
  it('says what happened and that the change is probably real, with its interval', () => {
    const values: [number, number][] = [
      [14, 9],
      [18, 11],
      [12, 9],
      [16, 10],
      [11, 8],
    ];
    const data = school(
      values.map(([start, end], i) => ({ name: `P${i}`, outcome: BEHAVIOUR_OUTCOME, values: { 'behaviour-points': [start, end] } })),
      [BEHAVIOUR],
    );
    const [sentence] = buildImpact(data, settings, ALL_DATES, []).sentences;
    // Changes −5, −7, −3, −6, −3: mean −4.8, squared deviations 12.8, SD √3.2; t(4) = 2.776445.
    const margin = (2.7764451051977934 * Math.sqrt(3.2)) / Math.sqrt(5);
    expect(sentence).toBe(
      `Nurture, 5 pupils: behaviour points fell from 14.2 to 9.4; 5 of 5 improved; the change is probably real (95 % interval −${(4.8 + margin).toFixed(1)} to −${(4.8 - margin).toFixed(1)}).`,
    );
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

  it('keeps placements overlapping the period and leaves out the rest', () => {
    expect(summaryRecords(tab(result.plan, 'impact'))[0]).toMatchObject({ n: 2, 'Start mean': 75, 'End mean': 82.5 });
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

describe('directions', () => {
  it('lets settings turn a measure to lower-is-better', () => {
    const data = school([{ name: 'A B', values: { attendance: [80, 70] } }], [ATTENDANCE]);
    const turned = { ...settings, impact: { ...settings.impact, directions: { attendance: 'lower' as const } } };
    const rows = summaryRecords(tab(buildImpact(data, turned, ALL_DATES, []).plan, 'impact'));
    expect(rows[0]).toMatchObject({ 'Better when': 'lower', Improved: 1 });
  });

  it('leaves out a measure nobody has given a direction, and says how to give one', () => {
    const points = { id: 'house-points' as MeasureId, label: 'House points', betterWhen: null, kind: 'count' as const };
    const data = school([{ name: 'A B', values: { attendance: [80, 90], 'house-points': [3, 9] } }], [ATTENDANCE, points]);
    const result = buildImpact(data, settings, ALL_DATES, []);
    expect(summaryRecords(tab(result.plan, 'impact')).map((r) => r.Measure)).toEqual(['Attendance %']);
    expect(result.details).toContain(
      'House points is left out until you choose whether higher or lower is better for it (Settings: Which way is better for a measure).',
    );
    const chosen = { ...settings, impact: { ...settings.impact, directions: { 'house-points': 'higher' as const } } };
    const rows = summaryRecords(tab(buildImpact(data, chosen, ALL_DATES, []).plan, 'impact'));
    expect(rows.map((r) => r.Measure)).toEqual(['Attendance %', 'House points']);
  });
});

describe('persistent and severe absence', () => {
  // By hand, at 90% or less and 50% or less: at the start A, B (90 exactly), E (45) and E is severe;
  // at the end B, C (87) and E (50 exactly), E severe.
  const data = school(
    [
      { name: 'A', values: { attendance: [85, 92] } },
      { name: 'B', values: { attendance: [90, 89] } },
      { name: 'C', values: { attendance: [95, 87] } },
      { name: 'D', values: { attendance: [91, 96] } },
      { name: 'E', values: { attendance: [45, 50] } },
    ],
    [ATTENDANCE],
  );
  const impact = tab(buildImpact(data, settings, ALL_DATES, []).plan, 'impact');

  it('counts attendance of 90% or less and 50% or less at the start and the end', () => {
    // The summary and absence tables both begin with "Programme": the absence one is found by its fourth header.
    const table = impact.values.findIndex((r) => r[3] === 'Persistently absent at start');
    expect(impact.values[table + 1]?.slice(0, 7)).toEqual(['Nurture', 'Attendance %', 5, 3, 3, 1, 1]);
    expect(impact.values[table + 2]?.slice(0, 7)).toEqual(['All programmes', 'Attendance %', 5, 3, 3, 1, 1]);
  });
});

describe('kept at best', () => {
  it('shows pupils at 0 exclusions throughout apart and leaves them out of the improved share', () => {
    const data = school(
      [
        { name: 'A', outcome: BEHAVIOUR_OUTCOME, values: { exclusions: [0, 0] } },
        { name: 'B', outcome: BEHAVIOUR_OUTCOME, values: { exclusions: [0, 0] } },
        { name: 'C', outcome: BEHAVIOUR_OUTCOME, values: { exclusions: [0, 0] } },
        { name: 'D', outcome: BEHAVIOUR_OUTCOME, values: { exclusions: [2, 0] } },
        { name: 'E', outcome: BEHAVIOUR_OUTCOME, values: { exclusions: [1, 1] } },
      ],
      [EXCLUSIONS],
    );
    const result = buildImpact(data, settings, ALL_DATES, []);
    const impact = tab(result.plan, 'impact');
    expect(summaryRecords(impact)[0]).toMatchObject({ n: 5, Improved: 1, 'Kept at best': 3, 'Improved %': 0.5 });
    expect(result.sentences[0]).toContain('1 of 2 improved and 3 stayed at 0 (the best possible)');
    const pupils = records(impact, PUPIL_HEADERS);
    expect(pupils.filter((p) => p.Improved === 'Kept at best').map((p) => p.Pupil)).toEqual(['A', 'B', 'C']);

    const none = school(
      ['A', 'B', 'C'].map((name) => ({ name, outcome: BEHAVIOUR_OUTCOME, values: { exclusions: [0, 0] as [number, number] } })),
      [EXCLUSIONS],
    );
    const all = buildImpact(none, settings, ALL_DATES, []);
    expect(summaryRecords(tab(all.plan, 'impact'))[0]).toMatchObject({ 'Kept at best': 3, 'Improved %': '' });
    expect(all.sentences[0]).toBe('Nurture, 3 pupils: all 3 stayed at 0 exclusions, the best possible, from start to end.');
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

  it('pairs each pupil’s pre and post score as start and end, as a measure for impact', () => {
    expect(summaryRecords(impact)[0]).toMatchObject({ Measure: 'SLSS', n: 3, 'Start mean': 4, Improved: 2, 'Measure for impact': 'Yes' });
    expect(result.details).toContain('SLSS: 1 pupil left out (1 with no end value).');
    expect(result.problems).toEqual([]);
  });

  it('gives each pupil a Reliable Change Index using the start scores’ SD when none is given', () => {
    const pupils = records(impact, PUPIL_HEADERS);
    const ava = pupils.find((p) => p.Pupil === 'Ava');
    expect(ava?.RCI).toBeCloseTo(1.5 / 0.6, 10);
    expect(ava?.['Reliable change']).toBe('Yes');
    expect(pupils.find((p) => p.Pupil === 'Ben')?.['Reliable change']).toBe('No');
  });

  it('uses the instrument’s own SD when it has one', () => {
    const withSd = scores.map((s) => ({ ...s, sd: 0.5 }));
    const pupils = records(tab(buildImpact(data, settings, ALL_DATES, withSd).plan, 'impact'), PUPIL_HEADERS);
    expect(pupils.find((p) => p.Pupil === 'Ava')?.RCI).toBeCloseTo(1.5 / 0.3, 10);
  });
});

describe('a questionnaire score counts for the placement it was taken in, never twice', () => {
  const autumn = { start: '2026-09-07', end: '2026-10-16' };
  const spring = { start: '2027-01-11', end: '2027-02-12' };
  const rows = ['P1', 'P2', 'P3'].flatMap((id) => [
    { name: id, id, programme: 'Self-esteem', group: 'SE', outcome: 'Improved self-esteem', ...autumn, values: {} },
    { name: id, id, programme: 'Anger', group: 'AN', outcome: BEHAVIOUR_OUTCOME, ...spring, values: {} },
  ]);
  const on = (date: string) => ({ date: date as IsoDate });
  const scores = ['P1', 'P2', 'P3'].flatMap((id, i) => [
    score(id, 'pre', 3 + i, on('2026-09-07')),
    score(id, 'post', 4 + i, on('2026-10-19')), // three days after the end: still this placement's
    score(id, 'pre', 2 + i, on('2027-01-11')),
    score(id, 'post', 2.5 + i, on('2027-02-12')),
  ]);

  it('pairs each score with the programme whose dates hold it', () => {
    const result = buildImpact(school(rows, []), settings, ALL_DATES, scores);
    const table = summaryRecords(tab(result.plan, 'impact'));
    expect(table.map((r) => [r.Programme, r.n, r['Start mean'], r['End mean']])).toEqual([
      ['Anger', 3, 3, 3.5],
      ['Self-esteem', 3, 4, 5],
    ]);
  });

  it('leaves out a score two programmes at once could claim, rather than count it twice', () => {
    const together = rows.map((r) => ({ ...r, ...autumn }));
    const result = buildImpact(school(together, []), settings, ALL_DATES, scores.slice(0, 2));
    // Both placements hold the dates, and the SLSS's name carries neither programme's purpose.
    expect(summaryRecords(tab(result.plan, 'impact')).map((r) => r.Programme)).toEqual([
      'No pupil in this period has both a start and an end value for any measure.',
    ]);
    expect(result.details).toContain(
      '2 questionnaire scores left out because the pupil was on two programmes at the time and nothing says which they were for: a Programme question on the form would say.',
    );
  });

  it('follows the programme a response names, and a questionnaire whose name shows a programme’s purpose', () => {
    const together = rows.map((r) => ({ ...r, ...autumn }));
    const named = scores.slice(0, 8).map((s) => ({ ...s, date: '2026-09-20' as IsoDate, programme: 'Anger' }));
    const result = buildImpact(school(together, []), settings, ALL_DATES, named);
    expect(summaryRecords(tab(result.plan, 'impact')).map((r) => [r.Programme, r.n])).toEqual([['Anger', 2]]);
    const esteem = scores.slice(0, 2).map((s) => ({ ...s, instrument: 'Self-esteem scale', date: '2026-09-20' as IsoDate }));
    const byPurpose = buildImpact(school(together, []), settings, ALL_DATES, esteem);
    expect(summaryRecords(tab(byPurpose.plan, 'impact')).map((r) => [r.Programme, r.n])).toEqual([['Self-esteem', 1]]);
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
