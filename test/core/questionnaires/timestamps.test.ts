import { describe, expect, it } from 'vitest';
import { scoreQuestionnaires } from '../../../src/core/questionnaires';
import { timestampColumn } from '../../../src/core/questionnaires/timestamps';
import { inputs, responseTab, school, SLSS_HEADERS, SLSS_LEAD } from './fixtures';

const read = (cells: string[], cell: string) => timestampColumn(cells).read(cell);

describe('timestamps read in the form’s own locale', () => {
  it('reads a US form’s column month first when a day above 12 says so', () => {
    const us = ['12/7/2026 14:03:22', '12/13/2026 9:15:00', '1/4/2027 10:00:00'];
    expect(read(us, us[0]!)).toEqual(new Date(2026, 11, 7, 14, 3, 22));
    expect(read(us, us[2]!)).toEqual(new Date(2027, 0, 4, 10, 0, 0));
    expect(timestampColumn(us).ambiguous).toBe(false);
  });

  it('reads a UK form’s column day first when a day above 12 says so', () => {
    const uk = ['12/07/2026 14:03', '13/07/2026 09:15'];
    expect(read(uk, uk[0]!)).toEqual(new Date(2026, 6, 12, 14, 3));
  });

  it('reads 12-hour times with am and pm', () => {
    const us = ['12/13/2026 2:03:22 PM', '12/14/2026 12:05:00 AM'];
    expect(read(us, us[0]!)).toEqual(new Date(2026, 11, 13, 14, 3, 22));
    expect(read(us, us[1]!)).toEqual(new Date(2026, 11, 14, 0, 5, 0));
  });

  it('settles a column with no day above 12 by the order responses arrive in', () => {
    // Month first these run 5 Jan, 6 Jan, 7 Jan, 2 Feb; day first they would jump back and forth.
    const us = ['1/5/2027 09:00', '1/6/2027 09:00', '1/7/2027 09:00', '2/2/2027 09:00'];
    const column = timestampColumn(us);
    expect([column.ambiguous, column.read(us[0])]).toEqual([false, new Date(2027, 0, 5, 9, 0)]);
    const uk = ['05/01/2027 09:00', '06/01/2027 09:00', '07/01/2027 09:00', '02/02/2027 09:00'];
    expect(timestampColumn(uk).read(uk[3])).toEqual(new Date(2027, 1, 2, 9, 0));
  });

  it('reads a column that could go either way day first, and says so', () => {
    const either = ['03/04/2027 09:00', '05/06/2027 09:00'];
    const column = timestampColumn(either);
    expect([column.ambiguous, column.example, column.read(either[0])]).toEqual([true, either[0], new Date(2027, 3, 3, 9, 0)]);
  });

  it('keeps date cells as they are and refuses impossible dates', () => {
    const date = new Date(2027, 1, 3, 10, 0);
    expect(timestampColumn([]).read(date)).toBe(date);
    expect(read(['31/02/2027 09:00'], '31/02/2027 09:00')).toBe('unreadable');
    expect(read(['2027-02-03 10:00'], '2027-02-03 10:00')).toEqual(date);
  });

  it('puts US-style responses in the right order, so the later start is the one that counts', () => {
    const answers = Array<string | number>(7).fill('Mildly agree');
    const tab = responseTab(
      'Form Responses 1',
      [...SLSS_LEAD, ...SLSS_HEADERS],
      [
        ['12/13/2026 09:00:00', 'Keira Kaur', 'Start', ...answers],
        ['1/5/2027 09:00:00', 'Keira Kaur', 'Start', ...answers],
      ],
    );
    const result = scoreQuestionnaires(inputs(school([tab])));
    expect(result.rows.map((r) => [r.submitted, r.flags])).toEqual([
      [new Date(2026, 11, 13, 9), ['duplicate']],
      [new Date(2027, 0, 5, 9), []],
    ]);
    expect(result.problems).toEqual([]);
  });
});
