/**
 * The intervals against an independent reference (../../impact-live/reference.ts): jStat's Student t
 * quantile and noncentral t distribution function (a separate implementation of the same textbook
 * functions), inverted by a bisection of the tests' own, and a published t table.
 */
import { jStat } from 'jstat';
import { describe, expect, it } from 'vitest';
import { changeInterval, effectSize, effectSizeInterval, summarise, type Pair } from '../../../src/core/impact';
import { noncentralTCdf, normalCdf, studentTCdf, studentTQuantile } from '../../../src/core/impact/distributions';
import { meanInterval, verdictOf } from '../../../src/core/impact/stats';
import { changeInterval as changeIntervalReference, effectSizeInterval as effectSizeIntervalReference } from '../../impact-live/reference';

const BEHAVIOUR: Pair[] = [
  { start: 10, end: 4 },
  { start: 6, end: 6 },
  { start: 8, end: 11 },
  { start: 12, end: 3 },
  { start: 15, end: 9 },
  { start: 9, end: 8 },
  { start: 14, end: 10 },
  { start: 11, end: 12 },
  { start: 7, end: 3 },
];

/** The reference's interval (jStat, inverted by the test's own bisection) for these pairs. */
function referenceEffectInterval(pairs: readonly Pair[], better: 'higher' | 'lower'): [number, number] {
  const interval = effectSizeIntervalReference(
    pairs.map((p) => p.start),
    pairs.map((p) => p.end),
    better,
  );
  if (!interval) throw new Error('no interval');
  return interval;
}

describe('the distributions behind the intervals', () => {
  it('match a published t table (two-sided 95 %)', () => {
    // Fisher and Yates' table: 12.706 (1 df), 2.776 (4), 2.228 (10), 2.042 (30).
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706, 3);
    expect(studentTQuantile(0.975, 4)).toBeCloseTo(2.776, 3);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228, 3);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042, 3);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228, 3);
  });

  it('match jStat', () => {
    for (const df of [1, 2, 3, 8, 14, 40]) {
      expect(studentTQuantile(0.975, df)).toBeCloseTo(jStat.studentt.inv(0.975, df), 6);
      expect(studentTCdf(1.3, df)).toBeCloseTo(jStat.studentt.cdf(1.3, df), 8);
    }
    for (const z of [-3.2, -1, 0, 0.5, 1.96]) expect(normalCdf(z)).toBeCloseTo(jStat.normal.cdf(z, 0, 1), 10);
    for (const [t, df, delta] of [
      [1.5, 4, 1],
      [2.3, 10, 3.1],
      [-1.2, 7, 0.5],
      [0.7, 3, -2],
      [12, 20, 11],
    ] as const)
      expect(noncentralTCdf(t, df, delta)).toBeCloseTo(jStat.noncentralt.cdf(t, df, delta), 7);
  });
});

describe('the change interval', () => {
  it('is the paired t interval: mean change ± t(n − 1) × SD / √n', () => {
    const [low, high] = changeIntervalReference(
      BEHAVIOUR.map((p) => p.start),
      BEHAVIOUR.map((p) => p.end),
    ) ?? [NaN, NaN];
    const interval = changeInterval(BEHAVIOUR);
    expect(interval?.low).toBeCloseTo(low, 6);
    expect(interval?.high).toBeCloseTo(high, 6);
  });

  it('needs two pupils, and is a point when every pupil changed alike', () => {
    expect(changeInterval([{ start: 1, end: 2 }])).toBeNull();
    expect(meanInterval([3, 3, 3])).toEqual({ low: 3, high: 3 });
  });
});

describe('the effect size interval', () => {
  it('matches the reference for lower and higher is better, and holds the effect size', () => {
    for (const better of ['lower', 'higher'] as const) {
      const [low, high] = referenceEffectInterval(BEHAVIOUR, better);
      const interval = effectSizeInterval(BEHAVIOUR, better);
      expect(interval?.low).toBeCloseTo(low, 6);
      expect(interval?.high).toBeCloseTo(high, 6);
      const g = effectSize(BEHAVIOUR, better) ?? NaN;
      expect(g).toBeGreaterThan(interval?.low ?? Infinity);
      expect(g).toBeLessThan(interval?.high ?? -Infinity);
    }
  });

  it('excludes no change exactly when the change interval does, so the verdict never disagrees', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    let clear = 0;
    for (let trial = 0; trial < 200; trial += 1) {
      const n = 3 + Math.floor(random() * 12);
      const shift = random() * 6 - 2;
      const pairs = Array.from({ length: n }, () => {
        const start = 10 + random() * 10;
        return { start, end: start + shift + (random() - 0.5) * 8 };
      });
      const change = changeInterval(pairs);
      const effect = effectSizeInterval(pairs, 'higher');
      if (!change || !effect) continue;
      expect(change.low > 0, `trial ${trial}`).toBe(effect.low > 0);
      expect(change.high < 0, `trial ${trial}`).toBe(effect.high < 0);
      if (change.low > 0 || change.high < 0) clear += 1;
    }
    // Both kinds of outcome were tried.
    expect(clear).toBeGreaterThan(20);
    expect(clear).toBeLessThan(180);
  });
});

describe('verdicts and kept at best', () => {
  it('calls a change clear only when its interval leaves out no change, and says which way', () => {
    expect(verdictOf({ low: -7.9, high: -2.3 }, 'lower')).toBe('better');
    expect(verdictOf({ low: -7.9, high: -2.3 }, 'higher')).toBe('worse');
    expect(verdictOf({ low: -0.1, high: 0.3 }, 'higher')).toBe('unclear');
    expect(verdictOf(null, 'higher')).toBeNull();
  });

  it('counts pupils at 0 exclusions throughout as kept at best, out of the improved share', () => {
    const exclusions: Pair[] = [
      { start: 0, end: 0 },
      { start: 0, end: 0 },
      { start: 0, end: 0 },
      { start: 2, end: 0 },
      { start: 1, end: 1 },
    ];
    const s = summarise(exclusions, { betterWhen: 'lower', best: 0 });
    expect(s.keptAtBest).toBe(3);
    expect(s.improved).toBe(1);
    expect(s.improvedShare).toBe(0.5);
    const none = summarise(exclusions.slice(0, 3), { betterWhen: 'lower', best: 0 });
    expect(none.keptAtBest).toBe(3);
    expect(none.improvedShare).toBeNull();
    // Without a best value (an age, a score) nobody is kept at best.
    expect(summarise(exclusions, { betterWhen: 'lower', best: null }).keptAtBest).toBe(0);
  });
});
