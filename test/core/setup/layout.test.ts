/**
 * Error values and layout rows are never pupils: a formula's `#N/A` or `#REF!` in a name or ID cell
 * goes to Problems; a repeated header row, totals, counts, a key and notes are passed over as layout
 * and named in setup's result.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/values';
import { expectOnly, reasonsAt, setUp, tab } from './helpers';

const HEADERS = ['UPN', 'Forename', 'Surname', 'Year', 'Programme', 'Group', 'Key worker', 'Start date'];

function pupil(n: number): CellValue[] {
  return [`U${n}`, `Amy${String.fromCharCode(97 + n)}`, 'Khan', 8, 'Nurture', 'Nurture 8', 'Ms Patel', '14/09/2026'];
}

describe('a register with error values and layout rows', () => {
  const rows: CellValue[][] = [
    HEADERS,
    pupil(0),
    pupil(1),
    ['#N/A', 'Leo', 'Smith', 8, 'Nurture', 'Nurture 8', 'Ms Patel', '14/09/2026'],
    ['U3', '#REF!', '#REF!', 8, 'Nurture', 'Nurture 8', 'Ms Patel', '14/09/2026'],
    [...HEADERS],
    pupil(4),
    ['U5', 'Mia', 'Jones', '#VALUE!', '#N/A', 'Nurture 8', 'Ms Patel', '14/09/2026'],
    pupil(6),
    [],
    ['Grand total', '', '', '', '', '', '', ''],
    ['Number of pupils:', 6],
    ['Key:', 'K = SEN support, E = EHCP'],
    ['', 'Pupils in italics joined the group after half-term and are still settling in'],
    ['', '✓ = consent received'],
  ];
  const result = setUp([tab('Pupils', rows)]);

  it('counts only the pupils', () => {
    expect(result.data.pupils.map((p) => p.name)).toEqual(['Amya Khan', 'Amyb Khan', 'Amye Khan', 'Mia Jones', 'Amyg Khan']);
    expect(result.data.groups.map((g) => [g.name, result.data.placements.filter((p) => p.group === g.name).length])).toEqual([
      ['Nurture 8', 5],
    ]);
  });

  it('lists an error in a name or ID cell on Problems, with the cell and the fix, and leaves the row out', () => {
    expectOnly(
      reasonsAt(result.problems, 'Pupils', 4),
      'UPN',
      /The pupil ID is "#N\/A", an error from a formula, so this row was left out. Correct the formula/,
    );
    expectOnly(reasonsAt(result.problems, 'Pupils', 5), 'Forename', /The pupil’s name is "#REF!", an error from a formula/);
  });

  it('reads an error elsewhere in the row as blank, and says so', () => {
    const reasons = reasonsAt(result.problems, 'Pupils', 8);
    expect(reasons.map((p) => p.column).sort()).toEqual(['Programme', 'Year']);
    expect(reasons.find((p) => p.column === 'Year')?.reason).toMatch(/"#VALUE!" is an error from a formula, not a year group/);
    expect(result.data.placements.find((p) => p.source.row === 8)?.programme).toBeNull();
  });

  it('never makes a pupil or a member of staff of the repeated header row', () => {
    expect(result.data.pupils.some((p) => p.name === 'Forename Surname')).toBe(false);
    expect(result.data.placements.some((p) => p.staff === 'Key worker')).toBe(false);
    expect(result.data.groups.some((g) => g.staff === 'Key worker' || g.name === 'Group')).toBe(false);
  });

  it('passes over the header repeated, the totals, the key and the notes, naming each in setup’s result', () => {
    expect(result.skipped).toEqual([
      { tab: 'Pupils', row: 6, kind: 'repeated header' },
      { tab: 'Pupils', row: 11, kind: 'total' },
      { tab: 'Pupils', row: 12, kind: 'total' },
      { tab: 'Pupils', row: 13, kind: 'label' },
      { tab: 'Pupils', row: 14, kind: 'note' },
      { tab: 'Pupils', row: 15, kind: 'note' },
    ]);
    expect(result.summary.skippedRows).toEqual(result.skipped);
    // Layout is not a problem to fix: Problems holds only the three rows above.
    expect([...new Set(result.problems.map((p) => p.row))].sort((a, b) => a - b)).toEqual([4, 5, 8]);
  });

  it('still takes a one-word name on its own row as a pupil', () => {
    const single = setUp([tab('Pupils', [['Name', 'Year', 'Programme', 'Group'], ['Keira Kaur', 8, 'Nurture', 'N8'], ['Tom']])]);
    expect(single.data.pupils.map((p) => p.name)).toEqual(['Keira Kaur', 'Tom']);
  });
});
