import { describe, expect, it } from 'vitest';
import { dAv, effectSize, hedgesCorrection, isImproved, mean, reliableChangeIndex, sampleSd, summarise } from '../../../src/core/impact';

const HIGHER = { betterWhen: 'higher', best: null } as const;
const LOWER = { betterWhen: 'lower', best: null } as const;

// Worked by hand: starts 80, 85, 90 (mean 85, SD 5); ends 90, 88, 95 (mean 91, SD √13 ≈ 3.6056).
const ATTENDANCE = [
  { start: 80, end: 90 },
  { start: 85, end: 88 },
  { start: 90, end: 95 },
];
// Lower is better: starts 10, 6, 8, 12 (mean 9, SD √(20/3)); ends 4, 6, 11, 3 (mean 6, SD √(38/3)).
const BEHAVIOUR = [
  { start: 10, end: 4 },
  { start: 6, end: 6 },
  { start: 8, end: 11 },
  { start: 12, end: 3 },
];

describe('means and spreads', () => {
  it('works out the mean and the sample SD (n − 1)', () => {
    expect(mean([80, 85, 90])).toBe(85);
    expect(sampleSd([80, 85, 90])).toBeCloseTo(5, 10);
    expect(sampleSd([90, 88, 95])).toBeCloseTo(3.605551, 5);
    expect(sampleSd([4])).toBeNull();
  });
});

describe('summarise, higher is better', () => {
  const s = summarise(ATTENDANCE, HIGHER);
  it('gives n, start and end means and the change', () => {
    expect(s.n).toBe(3);
    expect(s.startMean).toBe(85);
    expect(s.endMean).toBe(91);
    expect(s.change).toBe(6);
  });
  it("gives d_av and Hedges' g", () => {
    expect(dAv(ATTENDANCE)).toBeCloseTo(1.394449, 5); // 6 / ((5 + 3.605551) / 2)
    expect(hedgesCorrection(3)).toBeCloseTo(4 / 7, 10); // 1 − 3/7
    expect(s.effectSize).toBeCloseTo(0.796828, 5);
  });
  it('counts every pupil who went up as improved', () => {
    expect(s.improved).toBe(3);
    expect(s.improvedShare).toBe(1);
  });
});

describe('summarise, lower is better', () => {
  const s = summarise(BEHAVIOUR, LOWER);
  it('keeps the raw change but turns the effect size so positive is better', () => {
    expect(s.startMean).toBe(9);
    expect(s.endMean).toBe(6);
    expect(s.change).toBe(-3);
    expect(dAv(BEHAVIOUR)).toBeCloseTo(-0.977037, 5); // −3 / ((2.581989 + 3.559026) / 2)
    expect(hedgesCorrection(4)).toBeCloseTo(8 / 11, 10);
    expect(s.effectSize).toBeCloseTo(0.710572, 5);
    expect(summarise(BEHAVIOUR, HIGHER).effectSize).toBeCloseTo(-0.710572, 5);
  });
  it('counts only pupils whose points fell as improved (no change is not improvement)', () => {
    expect(s.improved).toBe(2);
    expect(s.improvedShare).toBe(0.5);
    expect(isImproved({ start: 6, end: 6 }, 'lower')).toBe(false);
    expect(isImproved({ start: 6, end: 6 }, 'higher')).toBe(false);
  });
});

describe('small and flat groups', () => {
  it('leaves the effect size blank for n = 1 and n = 2, never NaN', () => {
    const one = summarise([{ start: 80, end: 90 }], HIGHER);
    expect(one.n).toBe(1);
    expect(one.change).toBe(10);
    expect(one.effectSize).toBeNull();
    expect(effectSize(ATTENDANCE.slice(0, 2), 'higher')).toBeNull();
  });
  it('leaves it blank when nobody’s values vary', () => {
    expect(
      effectSize(
        [
          { start: 5, end: 6 },
          { start: 5, end: 6 },
          { start: 5, end: 6 },
        ],
        'higher',
      ),
    ).toBeNull();
  });
  it('summarises an empty list as n = 0 with no improved share', () => {
    const none = summarise([], HIGHER);
    expect(none.n).toBe(0);
    expect(none.improvedShare).toBeNull();
  });
});

describe('reliable change index', () => {
  it('divides the change by SD × √2 × √(1 − r)', () => {
    // 0.9 × √(2 × 0.18) = 0.9 × 0.6 = 0.54
    expect(reliableChangeIndex({ start: 3, end: 4 }, 0.9, 0.82)).toBeCloseTo(1 / 0.54, 10);
    expect(reliableChangeIndex({ start: 3, end: 4.2 }, 0.9, 0.82)).toBeCloseTo(1.2 / 0.54, 10);
    expect(reliableChangeIndex({ start: 4, end: 3 }, 0.9, 0.82)).toBeCloseTo(-1 / 0.54, 10);
  });
  it('gives nothing without a reliability or a usable SD', () => {
    expect(reliableChangeIndex({ start: 3, end: 4 }, 0.9, null)).toBeNull();
    expect(reliableChangeIndex({ start: 3, end: 4 }, null, 0.8)).toBeNull();
    expect(reliableChangeIndex({ start: 3, end: 4 }, 0, 0.8)).toBeNull();
    expect(reliableChangeIndex({ start: 3, end: 4 }, 1, 1)).toBeNull();
  });
});
