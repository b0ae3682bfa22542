import { describe, expect, it } from 'vitest';
import { scoreQuestionnaires, scoreSingleResponse, unscoredCount } from '../../../src/core/questionnaires';
import { defaultSettings } from '../../../src/core/settings';
import type { TabSnapshot } from '../../../src/core/snapshot';
import type { CellValue } from '../../../src/core/values';
import { at, responseTab, school, SLSS_HEADERS, SLSS_LEAD } from './fixtures';

const settings = defaultSettings();
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

function scoresSnapshot(rows: CellValue[][]): TabSnapshot {
  const full = scoreQuestionnaires(school([responseTab('Form Responses 1', HEADERS, rows)]), settings, {}, undefined);
  return { name: 'Scores', values: full.plan.tabs[0]!.values as CellValue[][], generatedKey: 'scores' };
}

describe('scoring one submission', () => {
  it('gives the same row as a full re-score', () => {
    const data = school([]);
    const single = scoreSingleResponse(
      { tab: 'Form Responses 1', headerRow: 1, headers: HEADERS, cells: FIRST, sheetRow: 2 },
      data,
      settings,
      {},
      undefined,
      undefined,
    );
    const full = scoresSnapshot([FIRST]);
    // Keyed by hand: 6, 4, (7−1)=6, (7−3)=4, 5, 4, 6 → 35/7 = 5.
    expect(single.row?.score).toBe(5);
    expect(single.cells).toEqual(full.values[1]);
    expect([single.alreadyScored, single.duplicates]).toEqual([false, []]);
  });

  it('flags the earlier row on Scores when the same pupil sends the same phase again', () => {
    const scores = scoresSnapshot([FIRST]);
    const single = scoreSingleResponse(
      { tab: 'Form Responses 1', headerRow: 1, headers: HEADERS, cells: SECOND, sheetRow: 3 },
      school([]),
      settings,
      {},
      undefined,
      scores,
    );
    expect(single.duplicates).toEqual([{ row: 2, flags: 'duplicate' }]);
    expect(single.row?.flags).toEqual([]);
  });

  it('recognises a response that is already on Scores', () => {
    const scores = scoresSnapshot([FIRST]);
    const again = scoreSingleResponse(
      { tab: 'Form Responses 1', headerRow: 1, headers: HEADERS, cells: FIRST, sheetRow: 2 },
      school([]),
      settings,
      {},
      undefined,
      scores,
    );
    expect([again.alreadyScored, again.duplicates]).toEqual([true, []]);
  });

  it('reports a tab that matches no instrument', () => {
    const single = scoreSingleResponse(
      { tab: 'Feedback', headerRow: 1, headers: ['Timestamp', 'Comment'], cells: [at(9), 'Great'], sheetRow: 2 },
      school([]),
      settings,
      {},
      undefined,
      undefined,
    );
    expect(single.row).toBeNull();
    expect(single.problems).toHaveLength(1);
  });

  it('counts responses a missed trigger left unscored', () => {
    const data = school([responseTab('Form Responses 1', HEADERS, [FIRST, SECOND])]);
    expect(unscoredCount(data, settings, undefined, scoresSnapshot([FIRST]))).toBe(1);
    expect(unscoredCount(data, settings, undefined, scoresSnapshot([FIRST, SECOND]))).toBe(0);
  });
});
