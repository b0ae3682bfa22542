import { describe, expect, it } from 'vitest';
import { readScoresTab, scoreQuestionnaires, scoreSingleResponse, unscoredCount } from '../../../src/core/questionnaires';
import type { TabSnapshot } from '../../../src/core/snapshot';
import type { CellValue } from '../../../src/core/values';
import { at, inputs, responseTab, school, SLSS_HEADERS, SLSS_LEAD } from './fixtures';

const HEADERS = [...SLSS_LEAD, ...SLSS_HEADERS];
const ANSWERS = [
  'Strongly agree',
  'Mildly agree',
  'Strongly disagree',
  'Mildly disagree',
  'Moderately agree',
  'Mildly agree',
  'Strongly agree',
];
const FIRST: CellValue[] = [at(9), 'Keira Kaur', 'Start of the programme', ...ANSWERS];
const SECOND: CellValue[] = [at(9, 5), 'Keira kaur', 'Start of the programme', ...ANSWERS];
const TAB = 'Form Responses 1';

function scoresSnapshot(rows: CellValue[][]): TabSnapshot {
  const full = scoreQuestionnaires(inputs(school([responseTab(TAB, HEADERS, rows)])));
  return { name: 'Scores', values: full.plan.tabs[0]!.values as CellValue[][], generatedKey: 'scores' };
}

function single(cells: CellValue[], sheetRow: number, scores?: TabSnapshot, headers = HEADERS, tab = TAB) {
  return scoreSingleResponse(inputs(school([])), { tab, headerRow: 1, headers, cells, sheetRow }, scores, [TAB]);
}

describe('scoring one submission', () => {
  it('gives the same row as a full re-score', () => {
    const one = single(FIRST, 2);
    const full = scoresSnapshot([FIRST]);
    // Keyed by hand: 6, 4, (7−1)=6, (7−3)=4, 5, 4, 6 → 35/7 = 5.
    expect(one.row?.score).toBe(5);
    expect(one.cells).toEqual(full.values[1]);
    expect([one.held, one.reflag]).toEqual([false, []]);
  });

  it('flags the earlier row on Scores when the same pupil sends the same phase again', () => {
    const one = single(SECOND, 3, scoresSnapshot([FIRST]));
    expect(one.reflag).toEqual([{ row: 2, flags: 'duplicate' }]);
    expect(one.row?.flags).toEqual([]);
  });

  it('flags itself, not the row on Scores, when it was sent before that row', () => {
    const late = single([at(8, 55), ...SECOND.slice(1)], 3, scoresSnapshot([FIRST]));
    expect(late.reflag).toEqual([]);
    expect(late.row?.flags).toEqual(['duplicate']);
  });

  it('recognises a response that is already on Scores', () => {
    const again = single(FIRST, 2, scoresSnapshot([FIRST]));
    expect([again.held, again.row, again.reflag, again.problems]).toEqual([true, null, [], []]);
  });

  it('reports a tab that matches no instrument', () => {
    const one = single([at(9), 'Great'], 2, undefined, ['Timestamp', 'Comment'], 'Feedback');
    expect([one.row, one.unmatched]).toEqual([null, true]);
    expect(one.problems).toHaveLength(1);
  });

  it('counts responses a missed trigger left unscored', () => {
    const data = inputs(school([responseTab(TAB, HEADERS, [FIRST, SECOND])]));
    expect(unscoredCount(data, readScoresTab(scoresSnapshot([FIRST])).rows)).toBe(1);
    expect(unscoredCount(data, readScoresTab(scoresSnapshot([FIRST, SECOND])).rows)).toBe(0);
  });
});
