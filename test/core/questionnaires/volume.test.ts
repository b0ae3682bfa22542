/** Scoring at volume: every response scored and flagged (its speed is in `npm run bench`). */
import { describe, expect, it } from 'vitest';
import { scoreQuestionnaires } from '../../../src/core/questionnaires';
import { responseVolume, volumeInputs } from './volume';

/** How many of each tab's respondents are `i` with `which(i)`. */
function respondents(which: (i: number) => boolean): number {
  return responseVolume()
    .responses.map((tab) => tab.rows.filter((_, i) => which(i)).length)
    .reduce((a, b) => a + b, 0);
}

describe('volume', () => {
  it('scores 10,000 responses across 3 instruments, flagging every unknown and misspelt name', () => {
    const result = scoreQuestionnaires(volumeInputs());
    expect(result.rows).toHaveLength(10_000);
    expect(new Set(result.rows.map((r) => r.instrumentId))).toEqual(new Set(['slss', 'srs', 'mood']));
    expect(result.rows.filter((r) => r.flags.includes('unmatched-pupil'))).toHaveLength(respondents((i) => i % 7 === 0));
    expect(result.rows.filter((r) => r.flags.includes('fuzzy-match'))).toHaveLength(respondents((i) => i % 7 !== 0 && i % 11 === 0));
  });
});
