import { describe, expect, it } from 'vitest';
import { responseKey, scoreQuestionnaires } from '../../../src/core/questionnaires';
import type { CellValue } from '../../../src/core/values';
import { at, inputs, placement, responseTab, school, SLSS_HEADERS, SLSS_LEAD } from './fixtures';

const ANSWERS = Array<string | number>(7).fill('Mildly agree');
const TAB = 'Form Responses 1';

function scored(phases: string[], chosen: Record<string, 'pre' | 'post'> = {}) {
  const rows: CellValue[][] = phases.map((phase, i) => [at(9 + i), 'Keira Kaur', phase, ...ANSWERS]);
  // Keira's placement runs through March: every date above is near its start.
  return scoreQuestionnaires(
    inputs(school([responseTab(TAB, [...SLSS_LEAD, ...SLSS_HEADERS], rows)], [placement('P001', '2026-03-02', '2026-03-27')]), {
      phases: chosen,
    }),
  );
}

describe('the start/end question', () => {
  it('lists answers that are neither start nor end, and never works them out from the date', () => {
    const result = scored(['Not sure', 'Mid-point', '1', '', 'Start of the programme']);
    expect(result.rows.map((r) => [r.phaseText, r.phase, r.flags])).toEqual([
      ['Not sure', null, ['no-phase']],
      ['Mid-point', null, ['no-phase']],
      ['1', null, ['no-phase']],
      ['', null, ['no-phase']],
      ['Start of the programme', 'pre', []],
    ]);
    expect(result.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [2, SLSS_LEAD[2], expect.stringContaining('"Not sure" does not say start or end: choose start or end for it in the sidebar')],
      [3, SLSS_LEAD[2], expect.stringContaining('"Mid-point" does not say start or end')],
      [4, SLSS_LEAD[2], expect.stringContaining('"1" does not say start or end')],
      [5, SLSS_LEAD[2], expect.stringContaining('The start or end question was not answered')],
    ]);
  });

  it('never scores a late start as an end, however many answers say neither', () => {
    // Most answers unreadable, then two starts: the later start counts, as a start.
    const result = scored(['Not sure', 'Not sure', 'Mid-point', 'Start', 'Start']);
    expect(result.rows.slice(3).map((r) => [r.phase, r.flags])).toEqual([
      ['pre', ['duplicate']],
      ['pre', []],
    ]);
    expect(result.rows.some((r) => r.phase === 'post')).toBe(false);
  });

  it('uses the phase a person chose for a response, and only for that response', () => {
    const chosen = { [responseKey(TAB, 2, at(9))]: 'post' as const };
    const result = scored(['Not sure', 'Not sure'], chosen);
    expect(result.rows.map((r) => [r.phase, r.flags])).toEqual([
      ['post', []],
      [null, ['no-phase']],
    ]);
  });
});
