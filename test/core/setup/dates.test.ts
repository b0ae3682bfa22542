/**
 * Dates the add-in relies on are checked before anything is planned from them: against the school
 * year in view and its neighbours, end against start, and each member against the group.
 */
import { describe, expect, it } from 'vitest';
import { dateOrderOf, isUnreadable, readConsent, readDate } from '../../../src/core/coerce';
import type { CellValue } from '../../../src/core/values';
import { expectOnly, reasonsAt, setUp, tab } from './helpers';

const HEADERS = ['UPN', 'Name', 'Year', 'Programme', 'Group', 'Key worker', 'Start date', 'End date'];

/** `n` pupils of one group, each with the group's dates unless `dates` says otherwise. */
function groupRows(group: string, n: number, start: CellValue, end: CellValue, first = 0): CellValue[][] {
  return Array.from({ length: n }, (_, i) => [
    `U${first + i}`,
    `Pupil ${String.fromCharCode(65 + first + i)} Smith`,
    8,
    'Nurture',
    group,
    'Ms Patel',
    start,
    end,
  ]);
}

function register(rows: CellValue[][]) {
  return tab('Pupils', [HEADERS, ...rows]);
}

const placementAt = (result: ReturnType<typeof setUp>, row: number) => result.data.placements.find((p) => p.source.row === row);
const groupNamed = (result: ReturnType<typeof setUp>, name: string) => result.data.groups.find((g) => g.name === name);

describe('dates outside the school year in view and its neighbours', () => {
  const rows = groupRows('Nurture 8', 11, '14/09/2026', '18/12/2026');
  rows[3]![6] = '30/11/1926';
  rows[5]![6] = '01/01/1900';
  rows[7]![7] = '31/12/2099';
  rows[8]![7] = '31/12/9999';
  const result = setUp([register(rows)]);

  it('are reported on Problems with the row, the column and the fix, and not used', () => {
    expectOnly(
      reasonsAt(result.problems, 'Pupils', 5),
      'Start date',
      /30\/11\/1926 is outside the school years 2025-26 to 2027-28.*not used.*Correct the date/,
    );
    expect(reasonsAt(result.problems, 'Pupils', 7)[0]?.reason).toMatch(/01\/01\/1900/);
    expect(placementAt(result, 5)?.start).toBeNull();
    expect(placementAt(result, 7)?.start).toBeNull();
  });

  it('say an end in 2099 or 9999 is a placeholder, and leave the end blank', () => {
    for (const row of [9, 10]) {
      const [found] = reasonsAt(result.problems, 'Pupils', row);
      expect(found?.column).toBe('End date');
      expect(found?.reason).toMatch(/placeholder for "no end date".*Leave the cell blank/);
      expect(placementAt(result, row)?.end).toBeNull();
    }
  });

  it('never move the group: it starts when the others do, and every pupil is still in it', () => {
    expect(groupNamed(result, 'Nurture 8')?.startWeek).toBe('2026-09-14');
    expect(result.data.placements.filter((p) => p.group === 'Nurture 8')).toHaveLength(11);
    expect(result.schoolYear).toBe(2026);
    expect(result.summary.schoolYear).toBe('2026-27');
  });

  it('allow the neighbouring school years: a programme begun last year or planned for next', () => {
    const near = setUp([
      register([
        ...groupRows('A', 5, '14/09/2026', ''),
        ...groupRows('B', 5, '01/06/2026', '', 5),
        ...groupRows('C', 5, '13/09/2027', '', 10),
      ]),
    ]);
    expect(near.problems).toEqual([]);
  });
});

describe('an end before its start', () => {
  const rows = groupRows('Nurture 8', 6, '14/09/2026', '18/12/2026');
  rows[2]![7] = '01/09/2026';
  const result = setUp([register(rows)]);

  it('is reported on the end date, which is not used; the start is kept', () => {
    expectOnly(reasonsAt(result.problems, 'Pupils', 4), 'End date', /01\/09\/2026 is before the start date 14\/09\/2026/);
    expect(placementAt(result, 4)).toMatchObject({ start: '2026-09-14', end: null });
  });
});

describe('a member’s dates far from the group’s', () => {
  it('a start typed month first (12/07/2026 for 7 December) in a day-first column is reported, not the group’s', () => {
    const rows = groupRows('Anger Y9', 11, '07/12/2026', '12/02/2027');
    rows[4]![6] = '12/07/2026';
    rows[1]![7] = '26/02/2027'; // day first beyond doubt: the column reads day first
    const result = setUp([register(rows)]);
    expect(groupNamed(result, 'Anger Y9')?.startWeek).toBe('2026-12-07');
    const [far] = reasonsAt(result.problems, 'Pupils', 6);
    expect(far).toMatchObject({ column: 'Start date' });
    expect(far?.reason).toMatch(/12\/07\/2026 is far from the group’s \(the week commencing 07\/12\/2026, when most of “Anger Y9” start\)/);
    expect(placementAt(result, 6)?.start).toBeNull();
    // An end two weeks after the others is close enough to be the pupil's own.
    expect(reasonsAt(result.problems, 'Pupils', 3)).toEqual([]);
  });

  it('with two members and no majority, the date in the school year in view is the group’s', () => {
    const rows = [
      ...groupRows('Pair', 1, '14/09/2026', '', 0),
      ...groupRows('Pair', 1, '12/07/2026', '', 1),
      ...groupRows('Other', 5, '21/09/2026', '', 2),
    ];
    const result = setUp([register(rows)]);
    expect(groupNamed(result, 'Pair')?.startWeek).toBe('2026-09-14');
    expect(reasonsAt(result.problems, 'Pupils', 3)[0]?.reason).toMatch(/12\/07\/2026 is far from the group’s/);
  });

  it('the groups tab’s start wins; a member far from it is reported', () => {
    const groups = tab('Groups', [
      ['Group', 'Programme', 'Staff', 'Starts (w/c)'],
      ['Nurture 8', 'Nurture', 'Ms Patel', '05/10/2026'],
    ]);
    const rows = groupRows('Nurture 8', 6, '05/10/2026', '');
    rows[1]![6] = '01/03/2027';
    const result = setUp([register(rows), groups]);
    expect(groupNamed(result, 'Nurture 8')?.startWeek).toBe('2026-10-05');
    expect(reasonsAt(result.problems, 'Pupils', 3)[0]?.reason).toMatch(
      /01\/03\/2027 is far from the group’s \(the week commencing 05\/10\/2026, on the groups tab\)/,
    );
  });

  it('when most members disagree with the groups tab, the groups tab row is the one reported', () => {
    const groups = tab('Groups', [
      ['Group', 'Programme', 'Staff', 'Starts (w/c)'],
      ['Nurture 8', 'Nurture', 'Ms Patel', '19/10/2026'],
    ]);
    const result = setUp([register(groupRows('Nurture 8', 6, '18/01/2027', '')), groups]);
    expect(result.problems.map((p) => [p.tab, p.row])).toEqual([['Groups', 2]]);
    expectOnly(result.problems, '', /19\/10\/2026 here, but most of its members’ start dates .* around 18\/01\/2027/);
    expect(groupNamed(result, 'Nurture 8')?.startWeek).toBe('2026-10-19');
  });

  it('an implausible start on the groups tab is reported and the members’ majority used', () => {
    const groups = tab('Groups', [
      ['Group', 'Programme', 'Staff', 'Starts (w/c)'],
      ['Nurture 8', 'Nurture', 'Ms Patel', '30/11/1926'],
    ]);
    const result = setUp([register(groupRows('Nurture 8', 6, '30/11/2026', '')), groups]);
    expectOnly(reasonsAt(result.problems, 'Groups', 2), 'Starts (w/c)', /30\/11\/1926 is outside/);
    expect(groupNamed(result, 'Nurture 8')?.startWeek).toBe('2026-11-30');
  });
});

describe('day or month first', () => {
  it('a column is read the way its unambiguous dates show', () => {
    expect(dateOrderOf(['12/07/2026', '25/12/2026'])).toBe('day-first');
    expect(dateOrderOf(['12/07/2026', '12/25/2026'])).toBe('month-first');
    expect(dateOrderOf(['12/07/2026', '01/02/2027'])).toBeNull();
    expect(readDate('12/07/2026', 'day-first')).toBe('2026-07-12');
    expect(readDate('12/07/2026', 'month-first')).toBe('2026-12-07');
  });

  it('a month-first register is read month first, with no problem', () => {
    const rows = groupRows('US', 6, '12/07/2026', '02/26/2027');
    const result = setUp([register(rows)]);
    expect(placementAt(result, 2)).toMatchObject({ start: '2026-12-07', end: '2027-02-26' });
    expect(result.problems).toEqual([]);
  });

  it('a column that cannot tell takes the tab’s other date column’s way round', () => {
    const result = setUp([register(groupRows('US', 6, '12/07/2026', '12/25/2026'))]);
    expect(placementAt(result, 2)).toMatchObject({ start: '2026-12-07', end: '2026-12-25' });
  });

  it('when nothing on the tab can tell, dates are read day first and the column is reported once', () => {
    const result = setUp([register(groupRows('Nurture', 6, '01/10/2026', '11/12/2026'))]);
    expect(placementAt(result, 2)).toMatchObject({ start: '2026-10-01', end: '2026-12-11' });
    const reported = result.problems.filter((p) => /could be read day first or month first/.test(p.reason));
    expect(reported.map((p) => [p.row, p.column])).toEqual([
      [2, 'Start date'],
      [2, 'End date'],
    ]);
    expect(reported[0]?.reason).toMatch(/this and 5 more like it were read day first \(dd\/mm\/yyyy\)/);
  });

  it('a date written the other way round from its column says so', () => {
    const read = readDate('12/25/2026', 'day-first');
    expect(isUnreadable(read) && read.unreadable).toMatch(/written month first, but this column writes dates day first/);
  });

  it('reads months in words, never ambiguous', () => {
    expect(readDate('12 Jul 2026')).toBe('2026-07-12');
    expect(readDate('Mon 7th December 2026')).toBe('2026-12-07');
    expect(readDate('7-Sept-26')).toBe('2026-09-07');
    expect(isUnreadable(readDate('12 Junk 2026'))).toBe(true);
  });
});

describe('consent recorded as a date', () => {
  it('a date means yes; ticks and crosses are read as people mean them', () => {
    expect(readConsent(new Date(2026, 8, 3))).toBe(true);
    expect(readConsent('03/09/2026')).toBe(true);
    expect(readConsent('✓')).toBe(true);
    expect(readConsent('x')).toBe(true);
    expect(readConsent('Y')).toBe(true);
    expect(readConsent('N')).toBe(false);
    expect(isUnreadable(readConsent('maybe'))).toBe(true);
  });
});
