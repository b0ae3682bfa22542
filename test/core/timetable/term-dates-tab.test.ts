/**
 * Setup finds a term-dates tab in the layouts schools keep, and reads it into terms and closures.
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/settings';
import { detectMapping, readSchool } from '../../../src/core/setup';
import type { TabSnapshot } from '../../../src/core/snapshot';
import { dateOfIso, type CellValue, type IsoDate } from '../../../src/core/values';

function tab(name: string, values: CellValue[][]): TabSnapshot {
  const width = Math.max(...values.map((row) => row.length));
  return { name, values: values.map((row) => [...row, ...Array<CellValue>(width - row.length).fill('')]), generatedKey: null };
}

const register = tab('Register', [
  ['UPN', 'Name', 'Year', 'Form', 'Programme', 'Group', 'Staff', 'Start date', 'End date', 'Room'],
  ['A1', 'Ava Khan', 7, '7A', 'Mentoring', '', 'Mr Hale', '16/11/2026', '18/12/2026', 'Pastoral base'],
]);
const date = (text: string): Date => dateOfIso(text as IsoDate);

function readWith(termTab: TabSnapshot) {
  const snapshot = { tabs: [register, termTab] };
  const mapping = detectMapping(snapshot);
  return { mapping, ...readSchool(snapshot, mapping, defaultSettings()) };
}

describe('a term-dates tab', () => {
  it('is found and read when it has a row per half-term', () => {
    const { mapping, data, problems } = readWith(
      tab('Term dates 2026-27', [
        ['Oakfield Academy term dates'],
        ['Term', 'Start date', 'End date'],
        ['Autumn 1', date('2026-09-03'), date('2026-10-23')],
        ['Autumn 2', '02/11/2026', '18/12/2026'],
        ['INSET day', '02/11/2026', ''],
        ['October half term', '26/10/2026', '30/10/2026'],
      ]),
    );
    expect(mapping.termDates).toEqual({
      tab: 'Term dates 2026-27',
      headerRow: 2,
      fields: { term: 'Term', start: 'Start date', end: 'End date' },
    });
    expect(problems).toEqual([]);
    expect(data.termDates?.terms.map((t) => [t.label, t.start, t.end])).toEqual([
      ['Autumn 1', '2026-09-03', '2026-10-23'],
      ['Autumn 2', '2026-11-02', '2026-12-18'],
    ]);
    expect(data.termDates?.closures.map((t) => [t.label, t.start, t.end])).toEqual([
      ['INSET day', '2026-11-02', '2026-11-02'],
      ['October half term', '2026-10-26', '2026-10-30'],
    ]);
  });

  it('is read when each row is a whole term with its half-term inside', () => {
    const { data } = readWith(
      tab('Calendar', [
        ['Term', 'Starts', 'Half term starts', 'Half term ends', 'Ends'],
        ['Autumn', '03/09/2026', '26/10/2026', '30/10/2026', '18/12/2026'],
        ['Spring', '05/01/2027', '15/02/2027', '19/02/2027', '26/03/2027'],
      ]),
    );
    expect(data.termDates?.terms.map((t) => [t.start, t.end])).toEqual([
      ['2026-09-03', '2026-12-18'],
      ['2027-01-05', '2027-03-26'],
    ]);
    expect(data.termDates?.closures.map((t) => [t.label, t.start, t.end])).toEqual([
      ['Autumn half-term', '2026-10-26', '2026-10-30'],
      ['Spring half-term', '2027-02-15', '2027-02-19'],
    ]);
  });

  it('reports a row whose dates cannot be used, and uses the rest', () => {
    const { data, problems } = readWith(
      tab('Term dates', [
        ['Term', 'From', 'To'],
        ['Autumn 1', '03/09/2026', '23/10/2026'],
        ['Autumn 2', '18/12/2026', '02/11/2026'],
        ['Spring 1', '31/02/2027', '12/02/2027'],
      ]),
    );
    expect(data.termDates?.terms).toHaveLength(1);
    expect(problems.map((p) => [p.tab, p.row, p.column])).toEqual([
      ['Term dates', 3, 'To'],
      ['Term dates', 4, 'From'],
    ]);
    expect(problems[0]?.reason).toMatch(/end date is before the start date/);
  });

  it('is not taken from a tab of other dates that merely has start and end columns', () => {
    const { mapping } = readWith(
      tab('Trips', [
        ['Trip', 'Start', 'End'],
        ['Science museum', '12/11/2026', '12/11/2026'],
      ]),
    );
    expect(mapping.termDates).toBeNull();
  });

  it('gives a 1-1 the room the register names', () => {
    const { data } = readWith(tab('Notes', [['Anything']]));
    expect(data.placements[0]?.room).toBe('Pastoral base');
  });
});
