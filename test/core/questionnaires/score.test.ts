import { describe, expect, it } from 'vitest';
import { scoreQuestionnaires, type ScoreRow } from '../../../src/core/questionnaires';
import type { CellValue } from '../../../src/core/values';
import { at, inputs, placement, responseTab, school, SLSS_HEADERS, SLSS_LEAD, SRS_HEADERS, SRS_LEAD } from './fixtures';

/** Keyed by hand: items 3 and 4 reversed (7 − answer). 5,4,(7−3),(7−2),5,4,5 = 32 → 32/7. */
const KEIRA = [
  'Moderately agree',
  'Mildly agree',
  'Mildly disagree',
  'Moderately disagree',
  'Moderately agree',
  'Mildly agree',
  'Moderately agree',
];

function slssTab(rows: CellValue[][]) {
  return responseTab('Form Responses 1', [...SLSS_LEAD, ...SLSS_HEADERS], rows);
}

function scoreSlss(rows: CellValue[][], placements = [] as ReturnType<typeof placement>[], resolved: Record<string, string> = {}) {
  return scoreQuestionnaires(inputs(school([slssTab(rows)], placements), { pupils: resolved }));
}

function only(rows: readonly ScoreRow[]): ScoreRow {
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe('scoring the SLSS', () => {
  it('reverses items 3 and 4 and takes the mean', () => {
    const row = only(scoreSlss([[at(9), 'Keira Kaur', 'Start of the programme', ...KEIRA]]).rows);
    expect(row.score).toBeCloseTo(32 / 7, 10);
    expect([row.pupilId, row.phase, row.answered, row.items, row.flags]).toEqual(['P001', 'pre', 7, 7, []]);
  });

  it('scores the extremes: all Strongly agree gives 1 + 1 on the reversed items', () => {
    const row = only(scoreSlss([[at(9), 'Keira Kaur', 'End of the programme', ...Array<string | number>(7).fill('Strongly agree')]]).rows);
    expect(row.score).toBeCloseTo((5 * 6 + 1 + 1) / 7, 10);
    expect(row.phase).toBe('post');
  });

  it('prorates a skipped item: the mean of the six answered', () => {
    const answers = [...KEIRA.slice(0, 6), ''];
    const row = only(scoreSlss([[at(9), 'Keira Kaur', 'Start', ...answers]]).rows);
    expect(row.score).toBeCloseTo((5 + 4 + 4 + 5 + 5 + 4) / 6, 10);
    expect(row.answered).toBe(6);
    expect(row.flags).toEqual([]);
  });

  it('gives no score for 5 of 7 answered, flagged incomplete', () => {
    const answers = [...KEIRA.slice(0, 5), '', ''];
    const result = scoreSlss([[at(9), 'Keira Kaur', 'Start', ...answers]]);
    const row = only(result.rows);
    expect(row.score).toBeNull();
    expect(row.flags).toEqual(['incomplete']);
    expect(result.plan.tabs[0]!.values[1]).toContain('5 of 7');
  });

  it('leaves out an answer off the scale, flags it and names the cell', () => {
    const answers = [...KEIRA.slice(0, 6), 'Sometimes'];
    const result = scoreSlss([[at(9), 'Keira Kaur', 'Start', ...answers]]);
    const row = only(result.rows);
    expect(row.score).toBeCloseTo(27 / 6, 10);
    expect(row.flags).toEqual(['out-of-range']);
    expect(result.problems).toEqual([
      expect.objectContaining({ tab: 'Form Responses 1', row: 2, column: SLSS_HEADERS[6], source: 'score' }),
    ]);
  });
});

describe('scoring the SRS', () => {
  // Subscale answers chosen by hand; expected means worked out below.
  const ANSWERS = [
    5, 4, 5, 5, /* family 19/4 */ 4, 4, 5, 5, /* school 18/4 */ 5, 3, 4, 4, /* community 16/4 */ 2, 1 /* participation 3/2 */, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 4, /* peers 40/13 */ 2, 3, 4, 3, /* home and school 12/4 */ 4, 5, 3 /* self-esteem 12/3 */, 5, 5,
    /* empathy 10/2 */ 2, 3, 4, /* problem solving 9/3 */ 5, 4 /* goals 9/2 */,
  ];

  function scoreSrs(answers: CellValue[]) {
    const tab = responseTab('Form Responses 2', [...SRS_LEAD, ...SRS_HEADERS], [[at(10), 'Tyler Harrison', 'Before', ...answers]]);
    return only(scoreQuestionnaires(inputs(school([tab]))).rows);
  }

  it('scores every subscale as a mean, and the total only as one that is not validated', () => {
    const row = scoreSrs(ANSWERS);
    // Lereya et al. (2016) validate the ten subscales, not an overall score.
    expect(row.score).toBeNull();
    expect(row.unvalidatedTotal).toBeCloseTo(148 / 41, 10);
    const expected: Record<string, number> = {
      'Family connection': 4.75,
      'School connection': 4.5,
      'Community connection': 4,
      'Participation in community life': 1.5,
      'Peer support': 40 / 13,
      'Participation in home and school life': 3,
      'Self-esteem': 4,
      Empathy: 5,
      'Problem solving': 3,
      'Goals and aspirations': 4.5,
    };
    expect(Object.keys(row.subscales)).toEqual(Object.keys(expected));
    for (const [name, value] of Object.entries(expected)) expect(row.subscales[name]).toBeCloseTo(value, 10);
    expect(row.flags).toEqual([]);
  });

  it('drops a subscale with under 80% of its items but keeps the total', () => {
    const answers: CellValue[] = [...ANSWERS];
    answers[34] = ''; // first Empathy item (a 5)
    const row = scoreSrs(answers);
    expect(row.subscales['Empathy']).toBeNull();
    expect(row.unvalidatedTotal).toBeCloseTo(143 / 40, 10);
    expect(row.flags).toEqual(['incomplete']);
  });
});

describe('pupils, phases and duplicates', () => {
  it('flags the earlier of two submissions for the same phase, however the name was typed', () => {
    const result = scoreSlss([
      [at(9), 'Keira Kaur', 'Start', ...KEIRA],
      [at(9, 30), 'KEIRA KAUR ', 'Start', ...KEIRA],
      [at(9, 40), 'Keira Kaur', 'End', ...KEIRA],
    ]);
    expect(result.rows.map((r) => [r.pupilId, r.phase, r.flags])).toEqual([
      ['P001', 'pre', ['duplicate']],
      ['P001', 'pre', []],
      ['P001', 'post', []],
    ]);
  });

  it('keeps the latest by time even when the sheet rows are out of order', () => {
    const result = scoreSlss([
      [at(11), 'Keira Kaur', 'Start', ...KEIRA],
      [at(9), 'Keira Kaur', 'Start', ...KEIRA],
    ]);
    expect(result.rows.map((r) => [r.source.row, r.flags])).toEqual([
      [3, ['duplicate']],
      [2, []],
    ]);
  });

  it('matches a one-letter typo as fuzzy and keeps an unknown pupil without an id', () => {
    const result = scoreSlss([
      [at(9), 'Thomas Clark', 'Start', ...KEIRA],
      [at(10), 'Jordan Smith', 'Start', ...KEIRA],
    ]);
    const [fuzzy, unknown] = result.rows;
    expect([fuzzy!.pupilId, fuzzy!.pupil, fuzzy!.typedName, fuzzy!.flags]).toEqual([
      'P002',
      'Thomas Clarke',
      'Thomas Clark',
      ['fuzzy-match'],
    ]);
    expect([unknown!.pupilId, unknown!.pupil, unknown!.flags]).toEqual([null, 'Jordan Smith', ['unmatched-pupil']]);
    expect(unknown!.score).toBeCloseTo(32 / 7, 10);
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 3, column: 'Your name', reason: expect.stringContaining('"Jordan Smith" is not a pupil') as unknown }),
    ]);
    expect(result.details.join('\n')).toContain('"Thomas Clark" → Thomas Clarke');
  });

  it('uses a remembered choice for a name', () => {
    const row = only(scoreSlss([[at(9), 'Jordan Smith', 'Start', ...KEIRA]], [], { 'jordan smith': 'P003' }).rows);
    expect([row.pupilId, row.pupil, row.flags]).toEqual(['P003', 'Sophia Patel', []]);
  });

  it('works out the phase from the date and the placement when the form does not ask', () => {
    const tab = responseTab(
      'Form Responses 1',
      ['Timestamp', 'Your name', ...SLSS_HEADERS],
      [
        [at(9, 0, 3), 'Keira Kaur', ...KEIRA],
        [new Date(2026, 3, 20, 9), 'Keira Kaur', ...KEIRA],
        [at(9, 0, 3), 'Sophia Patel', ...KEIRA],
      ],
    );
    const placements = [placement('P001', '2026-03-02', '2026-04-24')];
    const rows = scoreQuestionnaires(inputs(school([tab], placements))).rows;
    expect(rows.map((r) => [r.pupil, r.phase, r.flags])).toEqual([
      ['Keira Kaur', 'pre', []],
      ['Sophia Patel', null, ['no-phase']],
      ['Keira Kaur', 'post', []],
    ]);
  });
});

describe('the Scores tab', () => {
  it('has the DESIGN.md columns and one row per response in submission order across tabs', () => {
    const slss = slssTab([
      [at(9), 'Keira Kaur', 'Start', ...KEIRA],
      ['', '', '', '', '', '', '', '', '', ''],
      [at(11), 'Kaur, Keira', 'End', ...KEIRA.slice(0, 6), ''],
    ]);
    const srs = responseTab(
      'Form Responses 2',
      [...SRS_LEAD, ...SRS_HEADERS],
      [[at(10), 'Tyler Harrison', 'Before', ...Array<string | number>(41).fill(3)]],
    );
    const result = scoreQuestionnaires(inputs(school([slss, srs])));
    const tab = result.plan.tabs[0]!;
    expect([tab.key, tab.name, tab.format.frozenRows, result.plan.replaces]).toEqual(['scores', 'Scores', 1, ['scores']]);
    expect(tab.values[0]).toEqual([
      'Submitted',
      'Pupil ID',
      'Pupil',
      'Instrument',
      'Phase',
      'Score',
      'Family connection',
      'School connection',
      'Community connection',
      'Participation in community life',
      'Peer support',
      'Participation in home and school life',
      'Self-esteem',
      'Empathy',
      'Problem solving',
      'Goals and aspirations',
      'Total (not validated)',
      'Answered',
      'Flags',
      'Source tab',
      'Source row',
    ]);
    expect(tab.values).toHaveLength(4);
    expect(tab.values.every((row) => row.length === 21)).toBe(true);
    const [first, second, third] = tab.values.slice(1);
    expect(first).toEqual([
      at(9),
      'P001',
      'Keira Kaur',
      "Students' Life Satisfaction Scale",
      'pre',
      32 / 7,
      ...Array<string | number>(11).fill(''),
      '7 of 7',
      '',
      'Form Responses 1',
      2,
    ]);
    expect(second!.slice(0, 6)).toEqual([at(10), 'P006', 'Tyler Harrison', 'Student Resilience Survey', 'pre', '']);
    expect(second!.slice(6, 17)).toEqual(Array<string | number>(11).fill(3));
    expect(second!.slice(17)).toEqual(['41 of 41', '', 'Form Responses 2', 2]);
    expect(third!.slice(17)).toEqual(['6 of 7', '', 'Form Responses 1', 4]);
    expect(result.headline).toBe('Scored 3 responses from 2 tabs.');
  });

  it('lists a tab that matches no questionnaire as a problem, not a guess', () => {
    const stray = responseTab('Form Responses 3', ['Timestamp', 'Name', 'Favourite lesson'], [[at(9), 'Keira Kaur', 'Art']]);
    const result = scoreQuestionnaires(inputs(school([stray])));
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ tab: 'Form Responses 3', row: 1, column: '', source: 'score' })]);
    expect(result.headline).toBe('Scored 0 responses from 0 tabs; 1 tab matches no questionnaire.');
  });
});
