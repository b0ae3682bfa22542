/** The half-termly forum report: who is on programmes and how they are doing, who finished and with what impact, what may not be working, and counts that never show fewer than 5. */
import { describe, expect, it } from 'vitest';
import { buildForumReport } from '../../../src/core/cycle';
import { suppressed } from '../../../src/core/cycle/forum-report';
import { PAGE_WIDTH } from '../../../src/core/cycle/printable';
import type { PlanCell, TabPlan } from '../../../src/core/plan';
import { defaultSettings } from '../../../src/core/settings';
import type { IsoDate } from '../../../src/core/values';
import { planCellText } from '../../support/plan-text';
import { date, inputTab, school, SPECS, TODAY, withRecords } from './fixtures';

const settings = defaultSettings();
const SPRING_1 = { from: '2027-01-01' as IsoDate, to: '2027-02-14' as IsoDate, label: 'Spring 1 2027' };
const NO_SCORES = { scores: [], instruments: [] };

/** Four pupils who finished an attendance programme in Spring 1 with no real change, and one whose attendance rose. */
const FINISHERS = [
  ...[
    [80, 81],
    [85, 84],
    [90, 90],
    [95, 95],
  ].map(([start, end], i) => ({
    name: `Fay Finisher${i}`,
    id: `F${i}`,
    programme: 'Improving my attendance and punctuality',
    group: 'Attendance Y8',
    staff: 'Mrs Ode',
    start: '2026-11-02',
    end: '2027-01-15',
    attendance: [start, end] as [number, number],
    outcome: 'Improved attendance and punctuality',
  })),
];

function lines(tab: TabPlan): string[] {
  return tab.values.map((row: readonly PlanCell[]) =>
    row
      .map(planCellText)
      .join(' | ')
      .replace(/( \| )+$/, ''),
  );
}

function report(extraReviews: Record<string, unknown>[] = []) {
  const data = withRecords(school([...SPECS, ...FINISHERS]), [
    inputTab('reviews', [
      { 'Review date': date('2027-01-06'), 'Pupil ID': 'A1', Status: 'Off track', 'Target 1 progress': 'No progress' },
      { 'Review date': date('2027-01-13'), 'Pupil ID': 'A1', Status: 'Off track', 'Target 1 progress': 'Some progress' },
      { 'Review date': date('2027-01-13'), 'Pupil ID': 'B2', Status: 'Off track' },
      ...(extraReviews as never[]),
    ]),
    inputTab('targets', [
      { 'Pupil ID': 'A1', Target: 'Walk away', Baseline: '4', 'Target value': '1', By: date('2027-02-12') },
      { 'Pupil ID': 'F0', Target: 'Arrive by 8.40', Outcome: 'Met' },
      { 'Pupil ID': 'F0', Target: 'No unauthorised absence', Outcome: 'Partly met' },
    ]),
  ]);
  return buildForumReport(data, settings, SPRING_1, TODAY, NO_SCORES);
}

describe('the forum report', () => {
  const outcome = report();
  const tab = outcome.plan.tabs[0]!;
  const text = lines(tab);

  it('says it is confidential at the top, and prints on A4 without gridlines, every row the same height', () => {
    expect(text[0]).toBe('Vulnerable Learners Forum: Spring 1 2027 (01/01/2027 to 14/02/2027)');
    expect(text[1]).toMatch(/^CONFIDENTIAL: this report names pupils/);
    const widths = Object.values(tab.format.columnWidths ?? {});
    expect(widths.reduce((a, b) => a + b, 0)).toBe(PAGE_WIDTH);
    expect(tab.format.hideGridlines).toBe(true);
    expect(tab.format.rowHeights).toEqual([{ row: 1, rows: tab.values.length, height: 21 }]);
    expect(tab.format.frozenRows).toBeUndefined();
  });

  it('lists the pupils on programmes today by programme, with their latest status and target progress', () => {
    const start = text.indexOf('Pupils on programmes on 20/01/2027: 3 (4 placements)');
    expect(start).toBeGreaterThan(0);
    expect(text.slice(start + 1, start + 8)).toEqual([
      'Literacy catch-up (1 pupil)',
      'Pupil | Yr | Staff | Started | Last review | Status | Target progress',
      'Dan Dyer | 9 |  | 04/01/2027 |  | Not reviewed | No targets',
      'Managing my anger (3 pupils)',
      'Pupil | Yr | Staff | Started | Last review | Status | Target progress',
      'Amy Able | 9 | Ms Patel | 02/11/2026 | 13/01/2027 | Off track | T1 some',
      'Ben Bell | 9 | Ms Patel | 02/11/2026 | 13/01/2027 | Off track | No targets',
    ]);
  });

  it('lists the Review Meetings to call: off track at the last two reviews', () => {
    const start = text.indexOf('Review Meetings to call with parents: 1');
    expect(text[start + 3]).toBe('Amy Able | 9 | Ms Patel | 02/11/2026 | 13/01/2027 | Off track | Managing my anger');
    expect(text[start + 4]).toBe('');
  });

  it('lists who finished this half-term with their targets and start and end values, as the impact core judged them', () => {
    const start = text.indexOf('Pupils who finished a programme this half-term: 4');
    expect(text.slice(start + 1, start + 5)).toEqual([
      'Improving my attendance and punctuality (4 pupils)',
      'Pupil | Yr | Staff | Started | Ended | Targets | Start and end',
      'Fay Finisher0 | 9 | Mrs Ode | 02/11/2026 | 15/01/2027 | 1/2 met, 1 partly | Attendance %: 80 to 81,',
      ' |  |  |  |  |  | better',
    ]);
    expect(text).toContain('Fay Finisher1 | 9 | Mrs Ode | 02/11/2026 | 15/01/2027 | None set | Attendance %: 85 to 84,');
  });

  it('asks "something different?" about a programme most of whose pupils are off track, and one with no clear change', () => {
    expect(outcome.details).toEqual([
      'Managing my anger: 2 of 2 pupils reviewed were off track at their last review.',
      expect.stringMatching(
        /^Improving my attendance and punctuality: Attendance % shows no clear change \(effect size -?0(\.\d)?, 4 pupils\)\.$/,
      ),
    ]);
    const start = text.indexOf('Programmes that may not be working: something different?');
    expect(text[start + 1]).toBe('Managing my anger: 2 of 2 pupils reviewed were off track at their last review.');
    expect(text[start + 2]).toMatch(/^Something different\? _+$/);
  });

  it('counts pupils by year, SEN and pupil premium, never showing fewer than 5', () => {
    const start = text.indexOf('Pupils on programmes this half-term, counted (fewer than 5 is not shown)');
    expect(text.slice(start + 1)).toEqual([
      'All pupils',
      'Pupils on programmes |  | 7',
      'By year group',
      'Year 9 |  | 7',
      'By SEN',
      'No SEN |  | 7',
      'SEN support |  | 0',
      'EHCP |  | 0',
      'By pupil premium',
      'Pupil premium |  | 0',
      'Not pupil premium |  | 0',
      'Not recorded |  | 7',
    ]);
  });
});

describe('small counts', () => {
  it('hides 1 to 4, and a second count when only one is hidden, so the total cannot give it away', () => {
    expect(
      suppressed([
        ['Year 7', 12],
        ['Year 8', 3],
        ['Year 9', 6],
        ['Year 10', 0],
      ]),
    ).toEqual([
      ['Year 7', 12],
      ['Year 8', 'fewer than 5'],
      ['Year 9', 'not shown'],
      ['Year 10', 0],
    ]);
    expect(
      suppressed([
        ['Girls', 2],
        ['Boys', 3],
        ['Other', 9],
      ]),
    ).toEqual([
      ['Girls', 'fewer than 5'],
      ['Boys', 'fewer than 5'],
      ['Other', 9],
    ]);
  });
});
