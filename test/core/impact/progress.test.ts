import { describe, expect, it } from 'vitest';
import { buildImpact, monthsBetween } from '../../../src/core/impact';
import { defaultSettings } from '../../../src/core/settings';
import type { IsoDate } from '../../../src/core/values';
import { ALL_DATES, READING, school } from './fixtures';

describe('rate of progress for months measures', () => {
  it('counts months between placement dates as days / (365.25 / 12)', () => {
    // 1 September to 1 December 2025 is 91 days.
    expect(monthsBetween({ from: '2025-09-01' as IsoDate, to: '2025-12-01' as IsoDate })).toBeCloseTo(91 / 30.4375, 10);
    expect(monthsBetween({ from: null, to: '2025-12-01' as IsoDate })).toBe(0);
  });

  it('compares the months gained with the months elapsed and the expected 1.5 × and 2 ×', () => {
    const data = school(
      [
        { name: 'Ava', programme: 'Reading Buddies', start: '2025-09-01', end: '2025-12-01', values: { 'reading-age': [100, 106] } },
        { name: 'Ben', programme: 'Reading Buddies', start: '2025-09-01', end: '2025-12-01', values: { 'reading-age': [110, 114] } },
        { name: 'Cara', programme: 'Reading Buddies', values: { 'reading-age': [90, 99] } },
      ],
      [READING],
    );
    const result = buildImpact(data, defaultSettings(), ALL_DATES, []);
    // Dated pupils only: mean gain 5 months over 91/30.4375 = 2.99 months → 1.67 ×.
    const ratio = 5 / (91 / 30.4375);
    expect(ratio).toBeCloseTo(1.6724, 3);
    expect(result.details[0]).toBe(
      'Reading age (months), Reading Buddies (n = 2): 5.0 months gained in 3.0 months, 1.7 × the usual rate; a TA-led programme should reach 1.5 ×, a teacher-led one 2 × (above the TA-led rate but below the teacher-led rate).',
    );
    const impact = result.plan.tabs[0];
    expect(impact?.values.some((r) => r[0] === result.details[0])).toBe(true);
  });
});
