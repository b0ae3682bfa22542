import { describe, expect, it } from 'vitest';
import { schoolYear } from '../../src/core/school-terms';
import type { IsoDate } from '../../src/core/values';

const TODAY = '2026-11-25' as IsoDate;

describe('the school year the date pickers offer', () => {
  it('without term weeks: the usual half-terms begun this year and last, each term before its half-terms, latest first', () => {
    const year = schoolYear([], TODAY);
    expect(year.source).toBe('usual');
    expect(year.now).toBe('Autumn 2 2026');
    expect(year.weekCommencing).toBe('2026-11-23');
    expect(year.termWeeks).toEqual([]);
    expect(year.periods.map((p) => p.label)).toEqual([
      'Autumn term 2026',
      'Autumn 2 2026',
      'Autumn 1 2026',
      'Summer term 2026',
      'Summer 2 2026',
      'Summer 1 2026',
      'Spring term 2026',
      'Spring 2 2026',
      'Spring 1 2026',
      'Autumn term 2025',
      'Autumn 2 2025',
      'Autumn 1 2025',
    ]);
    // A term runs from its first half-term's first day to its second's last (the last Monday of October 2026 is the 26th).
    expect(year.periods[0]).toEqual({ label: 'Autumn term 2026', kind: 'term', from: '2026-09-01', to: '2026-12-31' });
    expect(year.periods[1]).toEqual({ label: 'Autumn 2 2026', kind: 'half-term', from: '2026-10-26', to: '2026-12-31' });
  });

  it('with term weeks in Settings: each run of weeks is a half-term, any day standing for its week', () => {
    const weeks = ['2026-09-07', '2026-09-14', '2026-09-23', '2026-10-05', '2026-11-02', '2026-11-03'];
    const year = schoolYear(weeks, TODAY);
    expect(year.source).toBe('settings');
    expect(year.termWeeks).toEqual(['2026-09-07', '2026-09-14', '2026-09-21', '2026-10-05', '2026-11-02']);
    expect(year.periods).toEqual([
      { label: 'Autumn term 2026', kind: 'term', from: '2026-09-07', to: '2026-11-06' },
      { label: 'Autumn 2 2026', kind: 'half-term', from: '2026-11-02', to: '2026-11-06' },
      { label: 'Autumn 1 2026', kind: 'half-term', from: '2026-10-05', to: '2026-10-09' },
      { label: 'Autumn 1 2026', kind: 'half-term', from: '2026-09-07', to: '2026-09-25' },
    ]);
    // This week is not a term week in Settings.
    expect(year.now).toBeNull();
    expect(schoolYear(weeks, '2026-09-16' as IsoDate).now).toBe('Autumn 1 2026');
  });

  it('offers nothing that has not begun, and nothing from before last year', () => {
    const year = schoolYear(['2024-09-02', '2026-09-07', '2027-01-04'], TODAY);
    expect(year.periods.map((p) => p.from)).toEqual(['2026-09-07']);
  });

  it('with a term-dates tab: its terms, named as the tab names them, before the term weeks in Settings', () => {
    const terms = [
      { start: '2026-11-02' as IsoDate, end: '2026-12-18' as IsoDate, label: 'Autumn 2' },
      { start: '2026-09-03' as IsoDate, end: '2026-10-23' as IsoDate, label: null },
    ];
    const year = schoolYear(['2026-09-07'], TODAY, terms);
    expect(year.source).toBe('tab');
    expect(year.termWeeks).toEqual([]);
    expect(year.now).toBe('Autumn 2 2026');
    expect(year.periods).toEqual([
      { label: 'Autumn term 2026', kind: 'term', from: '2026-09-03', to: '2026-12-18' },
      { label: 'Autumn 2 2026', kind: 'half-term', from: '2026-11-02', to: '2026-12-18' },
      { label: 'Autumn 1 2026', kind: 'half-term', from: '2026-09-03', to: '2026-10-23' },
    ]);
  });
});
