/**
 * Bank holidays in England and Wales as https://www.gov.uk/bank-holidays lists them, computed
 * rather than looked up, so any year works.
 */
import { describe, expect, it } from 'vitest';
import { bankHolidays, easterSunday } from '../../../src/core/calendar/bank-holidays';

const dates = (year: number): string[] => bankHolidays(year).map((holiday) => holiday.date);

describe('bank holidays in England and Wales', () => {
  it('finds Easter Sunday across the centuries', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('lists 2026 with Boxing Day moved off the Saturday', () => {
    expect(dates(2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(bankHolidays(2026).at(-1)?.name).toBe('Boxing Day (substitute day)');
  });

  it('moves both Christmas days when they fall at the weekend, and New Year from a Saturday', () => {
    expect(dates(2027)).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
    ]);
    expect(dates(2022).slice(0, 1)).toEqual(['2022-01-03']);
    // Christmas on a Sunday: Boxing Day keeps Monday 26th and Christmas takes Tuesday 27th.
    expect(bankHolidays(2022).slice(-2)).toEqual([
      { date: '2022-12-26', name: 'Boxing Day' },
      { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
    ]);
  });

  it('knows the proclaimed changes and extra days', () => {
    expect(dates(2020)).toContain('2020-05-08');
    expect(dates(2020)).not.toContain('2020-05-04');
    expect(dates(2022)).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']));
    expect(dates(2022)).not.toContain('2022-05-30');
    expect(dates(2023)).toContain('2023-05-08');
  });
});
