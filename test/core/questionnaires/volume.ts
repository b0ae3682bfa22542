/**
 * 10,000 responses across three instruments (the two built in and one from an `Instruments` tab):
 * the volume test checks how they are scored, and `tools/bench/core-speed.ts` times the same run.
 */
import type { SchoolData, ResponseTab } from '../../../src/core/domain';
import type { ScoringInputs } from '../../../src/core/questionnaires';
import type { TabSnapshot } from '../../../src/core/snapshot';
import type { CellValue } from '../../../src/core/values';
import { inputs, pupil, responseTab, school, SLSS_HEADERS, SLSS_LEAD, SRS_HEADERS, SRS_LEAD } from './fixtures';

const LABELS = ['Strongly disagree', 'Moderately disagree', 'Mildly disagree', 'Mildly agree', 'Moderately agree', 'Strongly agree'];

export const OWN_INSTRUMENTS: TabSnapshot = {
  name: 'Instruments',
  values: [
    ['Instrument', 'Item', 'Subscale', 'Reverse', 'Scale'],
    ...Array.from({ length: 10 }, (_, i) => ['Mood', `Mood statement ${i + 1}`, i < 5 ? 'A' : 'B', i % 3 === 0 ? 'Yes' : '', '1-4']),
  ],
  generatedKey: null,
};

/** Every 7th respondent is on no register and every 11th misspells their name. */
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

/** 300 pupils; 4,000 SLSS, 4,000 SRS and 2,000 `Mood` responses. */
export function responseVolume(): SchoolData {
  const pupils = Array.from({ length: 300 }, (_, i) => pupil(`Pupil Number ${i}`, `P${i}`, i + 2));
  return school(
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
}

/** The volume as the scorer takes it: default settings, no choices made yet, the `Mood` instrument added. */
export function volumeInputs(): ScoringInputs {
  return inputs(responseVolume(), { extraInstruments: OWN_INSTRUMENTS });
}
