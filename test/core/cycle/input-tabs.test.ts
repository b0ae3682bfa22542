/** The tabs staff fill in: made once with headers, notes, dropdowns and dates checked, trimmed, the pupils on programmes filled in. */
import { describe, expect, it } from 'vitest';
import { INPUT_TABS, missingInputTabs, OUTCOMES, PROGRESS, STATUSES, withInputTabs } from '../../../src/core/cycle';
import { INPUT_TAB_ROWS } from '../../../src/core/cycle/input-tabs';
import { wrapLines } from '../../../src/core/cycle/printable';
import { school, TODAY } from './fixtures';

describe('making the input tabs', () => {
  const plans = missingInputTabs(school(), [], TODAY);

  it('makes only the tabs the school does not have', () => {
    expect(plans.map((p) => p.name)).toEqual(['Passports', 'Targets', 'Reviews']);
    expect(missingInputTabs(school(), ['targets', 'passports'], TODAY).map((p) => p.key)).toEqual(['reviews']);
  });

  it('fills in the pupils on programmes now or soon (not ended, not referred), by programme', () => {
    const targets = plans.find((p) => p.key === 'targets')!;
    expect(targets.values.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ['D4', 'Dan Dyer', 'Literacy catch-up', ''],
      ['A1', 'Amy Able', 'Managing my anger', ''],
      ['B2', 'Ben Bell', 'Managing my anger', ''],
      ['D4', 'Dan Dyer', 'Managing my anger', ''],
    ]);
    expect(plans.find((p) => p.key === 'reviews')!.values).toHaveLength(1);
  });

  it('gives every header a note, checks dates and dropdowns down the whole grid, and trims the grid', () => {
    for (const plan of plans) {
      const columns = INPUT_TABS[plan.key as 'targets'].columns;
      expect(plan.format.headerNotes).toHaveLength(columns.length);
      expect(plan.format.headerNotes?.every((note) => note.length > 10)).toBe(true);
      expect(plan.gridRows).toBe(INPUT_TAB_ROWS);
      for (const rule of [...(plan.format.dropdowns ?? []), ...(plan.format.dateCells ?? [])])
        expect(rule.area).toMatchObject({ row: 2, rows: INPUT_TAB_ROWS - 1, columns: 1 });
      expect(plan.format.frozenRows).toBe(1);
    }
    const reviews = plans.find((p) => p.key === 'reviews')!;
    expect(reviews.format.dropdowns?.map((d) => [d.area.column, d.choices, d.allowOther])).toEqual([
      [5, PROGRESS, false],
      [6, PROGRESS, false],
      [7, PROGRESS, false],
      [8, STATUSES, false],
    ]);
    expect(reviews.format.dateCells?.map((d) => d.area.column)).toEqual([1]);
    const targets = plans.find((p) => p.key === 'targets')!;
    expect(targets.format.dropdowns?.map((d) => d.choices)).toEqual([OUTCOMES]);
  });

  it('grows the grid for a school with more pupils on programmes than it holds, with room to spare', () => {
    const many = school(
      Array.from({ length: 600 }, (_, i) => ({
        name: `Pupil ${i}`,
        id: `P${i}`,
        programme: 'Boxing',
        group: 'Boxing Y10',
        start: '2027-01-04',
        end: '2027-03-26',
      })),
    );
    const [passports] = missingInputTabs(many, [], TODAY);
    expect(passports?.values).toHaveLength(601);
    expect(passports?.gridRows).toBe(701);
  });

  it('reads the tabs just made as the school’s records: every pupil listed, nothing yet written', () => {
    const data = withInputTabs(
      school(),
      { tabs: [] },
      plans.map((plan) => ({ plan, name: plan.name })),
    );
    expect(data.cycle?.tabs).toEqual({ passports: 'Passports', targets: 'Targets', reviews: 'Reviews' });
    expect(data.cycle?.targets.map((t) => t.target)).toEqual(['', '', '', '']);
    expect(data.cycle?.passports).toHaveLength(4);
  });
});

describe('breaking text into printed lines', () => {
  it('breaks at spaces, keeps paragraphs, and splits a word longer than a line', () => {
    expect(wrapLines('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapLines('first\n\nsecond', 20)).toEqual(['first', '', 'second']);
    expect(wrapLines('abcdefghij kl', 4)).toEqual(['abcd', 'efgh', 'ij', 'kl']);
    expect(wrapLines('', 10)).toEqual(['']);
  });
});
