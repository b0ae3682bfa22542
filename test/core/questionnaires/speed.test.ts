import { describe, expect, it } from 'vitest';
import { scoreQuestionnaires } from '../../../src/core/questionnaires';
import type { ResponseTab } from '../../../src/core/domain';
import { defaultSettings } from '../../../src/core/settings';
import type { TabSnapshot } from '../../../src/core/snapshot';
import type { CellValue } from '../../../src/core/values';
import { pupil, responseTab, school, SLSS_HEADERS, SLSS_LEAD, SRS_HEADERS, SRS_LEAD } from './fixtures';

const LABELS = ['Strongly disagree', 'Moderately disagree', 'Mildly disagree', 'Mildly agree', 'Moderately agree', 'Strongly agree'];
const OWN: TabSnapshot = {
  name: 'Instruments',
  values: [
    ['Instrument', 'Item', 'Subscale', 'Reverse', 'Scale'],
    ...Array.from({ length: 10 }, (_, i) => ['Mood', `Mood statement ${i + 1}`, i < 5 ? 'A' : 'B', i % 3 === 0 ? 'Yes' : '', '1-4']),
  ],
  generatedKey: null,
};

function tabOf(name: string, headers: string[], count: number, answer: (i: number, item: number) => CellValue, items: number): ResponseTab {
  const rows: CellValue[][] = [];
  for (let i = 0; i < count; i++) {
    const who = i % 7 === 0 ? `Unknown Child ${i}` : i % 11 === 0 ? `Pupil Numbr ${i % 300}` : `Pupil Number ${i % 300}`;
    rows.push([
      new Date(2026, 0, 1, 8, 0, i),
      who,
      i % 2 === 0 ? 'Start' : 'End',
      ...Array.from({ length: items }, (_, item) => answer(i, item)),
    ]);
  }
  return responseTab(name, headers, rows);
}

describe('speed', () => {
  it('scores 10,000 responses across 3 instruments in under 2 seconds', () => {
    const pupils = Array.from({ length: 300 }, (_, i) => pupil(`Pupil Number ${i}`, `P${i}`, i + 2));
    const data = school(
      [
        tabOf('Form Responses 1', [...SLSS_LEAD, ...SLSS_HEADERS], 4000, (i, item) => LABELS[(i + item) % 6]!, 7),
        tabOf('Form Responses 2', [...SRS_LEAD, ...SRS_HEADERS], 4000, (i, item) => ((i + item) % 5) + 1, 41),
        tabOf(
          'Form Responses 3',
          ['Timestamp', 'Name', 'Phase', ...Array.from({ length: 10 }, (_, i) => `Mood statement ${i + 1}`)],
          2000,
          (i, item) => String(((i * item) % 4) + 1),
          10,
        ),
      ],
      [],
      pupils,
    );
    const started = performance.now();
    const result = scoreQuestionnaires(data, defaultSettings(), {}, OWN);
    const elapsed = performance.now() - started;
    expect(result.rows).toHaveLength(10_000);
    expect(new Set(result.rows.map((r) => r.instrumentId))).toEqual(new Set(['slss', 'srs', 'mood']));
    expect(result.rows.filter((r) => r.flags.includes('unmatched-pupil')).length).toBeGreaterThan(0);
    expect(result.rows.filter((r) => r.flags.includes('fuzzy-match')).length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(2000);
  });
});
