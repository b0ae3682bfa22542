import { describe, expect, it } from 'vitest';
import { SchoolCalendar } from '../../../src/core/calendar/school-calendar';
import type { DayRange, TermDates } from '../../../src/core/domain';
import type { IsoDate } from '../../../src/core/values';

const day = (text: string): IsoDate => text as IsoDate;
const range = (start: string, end: string, label: string | null = null): DayRange => ({
  start: day(start),
  end: day(end),
  label,
  source: { tab: 'Term dates', row: 2 },
});

describe('the school calendar with no term dates', () => {
  const calendar = new SchoolCalendar(undefined, []);

  it('says the dates were assumed and where to set them', () => {
    expect(calendar.source).toBe('assumed');
    expect(calendar.describe()).toMatch(/assumed.*"Term dates" tab.*Settings/);
  });

  it('closes bank holidays, the Christmas break and August, and nothing else on a weekday', () => {
    expect(calendar.closure(day('2027-03-26'))).toBe('Good Friday');
    expect(calendar.closure(day('2027-03-29'))).toBe('Easter Monday');
    expect(calendar.closure(day('2026-12-21'))).toBe('the Christmas break');
    expect(calendar.closure(day('2026-12-30'))).toBe('the Christmas break');
    expect(calendar.closure(day('2027-01-01'))).toBe("New Year's Day");
    expect(calendar.closure(day('2027-01-04'))).toBeNull();
    expect(calendar.closure(day('2026-12-18'))).toBeNull();
    expect(calendar.closure(day('2027-08-02'))).toBe('the summer holiday (August)');
    expect(calendar.closure(day('2027-07-30'))).toBeNull();
    expect(calendar.closure(day('2026-11-28'))).toBe('the weekend');
  });

  it('finds whole holiday weeks and the next school week', () => {
    expect(calendar.holidayOf(day('2026-12-21'))).toBe('the Christmas break');
    expect(calendar.holidayOf(day('2026-12-28'))).toMatch(/Christmas/);
    expect(calendar.schoolWeekFrom(day('2026-12-21'))).toBe('2027-01-04');
    expect(calendar.schoolWeekFrom(day('2027-08-02'))).toBe('2027-08-30');
    // The week of Easter Monday still has four school days.
    expect(calendar.closedDays(day('2027-03-29')).map((closed) => closed.day)).toEqual([1]);
  });
});

describe('term dates from a tab', () => {
  const termDates: TermDates = {
    tab: 'Term dates',
    terms: [range('2026-09-03', '2026-10-23', 'Autumn 1'), range('2026-11-02', '2026-12-18', 'Autumn 2')],
    closures: [range('2026-11-02', '2026-11-02', 'INSET day')],
  };
  const calendar = new SchoolCalendar(termDates, ['2026-10-26']);

  it('opens only inside the terms, closes the listed days, and prefers the tab to Settings', () => {
    expect(calendar.source).toBe('tab');
    expect(calendar.closure(day('2026-09-02'))).toMatch(/outside the term dates/);
    expect(calendar.closure(day('2026-09-03'))).toBeNull();
    expect(calendar.closure(day('2026-10-26'))).toMatch(/outside the term dates/);
    expect(calendar.closure(day('2026-11-02'))).toBe('INSET day');
    expect(calendar.closure(day('2026-11-03'))).toBeNull();
    expect(calendar.lastTermDay).toBe('2026-12-18');
    expect(calendar.describe()).toBe('Term dates were taken from the "Term dates" tab.');
  });

  it('still closes a bank holiday inside a term', () => {
    const spring = new SchoolCalendar({ tab: 'Terms', terms: [range('2027-04-12', '2027-05-28')], closures: [] }, []);
    expect(spring.closure(day('2027-05-03'))).toBe('Early May bank holiday');
  });
});

describe('term weeks from Settings', () => {
  it('opens only the weeks listed', () => {
    const calendar = new SchoolCalendar(undefined, ['2026-11-02', '2026-11-16']);
    expect(calendar.source).toBe('settings');
    expect(calendar.closure(day('2026-11-04'))).toBeNull();
    expect(calendar.closure(day('2026-11-11'))).toBe('not a term week in Settings');
    expect(calendar.lastTermDay).toBe('2026-11-20');
  });
});
