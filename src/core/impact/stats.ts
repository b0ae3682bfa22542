/**
 * The statistics behind the `Impact` tab, for small groups of pupils measured at the start and the
 * end of a programme (paired data).
 *
 * Effect size: Cohen's d_av for paired data with Hedges' small-sample correction (Lakens 2013),
 *
 *   d_av = (M_end − M_start) / ((SD_start + SD_end) / 2)
 *   g    = d_av × (1 − 3 / (4(n − 1) − 1))
 *
 * where SD is the sample standard deviation (n − 1). The sign is turned so that a positive effect
 * size always means "better": for measures where lower is better (behaviour points, exclusions) g
 * is multiplied by −1. With fewer than three pupils (the correction is 0 at n = 2) or no spread at
 * all the effect size is left blank, never NaN.
 *
 * Intervals (95 %): the change's is the paired t interval, mean change ± t(n − 1) × SD_change / √n.
 * The effect size's follows Algina & Keselman (2003), as Cumming (2012) uses for paired designs:
 * the interval for the noncentrality of the paired t statistic, scaled to d_av by
 * SD_change / (√n × SD_av) and corrected as g is. Being built on the same t, it excludes 0 exactly
 * when the change's interval does, so the sentence and the effect size never disagree.
 *
 * Reliable Change Index (Jacobson & Truax 1991), for questionnaire scores whose reliability r is
 * known: RCI = (x_end − x_start) / (SD × √2 × √(1 − r)); |RCI| > 1.96 is a change beyond
 * measurement error.
 */
import type { Direction } from '../domain';
import { noncentralityFor, studentTQuantile } from './distributions';

export interface Pair {
  readonly start: number;
  readonly end: number;
}

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** What a measure's summary needs to know of it. */
export interface Scale {
  readonly betterWhen: Direction;
  /** The best value a pupil can have (100 % attendance, 0 exclusions), or null when there is none. */
  readonly best: number | null;
}

/** Whether the interval shows a change: `better` or `worse` when it excludes no change, else `unclear`. */
export type Verdict = 'better' | 'worse' | 'unclear';

export interface Summary {
  readonly n: number;
  readonly startMean: number;
  readonly endMean: number;
  /** End mean − start mean, in the measure's own units (not turned for direction). */
  readonly change: number;
  /** The change's 95 % interval; null for a single pupil. */
  readonly changeInterval: Interval | null;
  /** Null for a single pupil. */
  readonly verdict: Verdict | null;
  /** Hedges' g, positive = better; null when n < 3 or the scores do not vary. */
  readonly effectSize: number | null;
  /** The effect size's 95 % interval, null with the effect size. */
  readonly effectSizeInterval: Interval | null;
  /** Pupils whose value moved in the better direction. */
  readonly improved: number;
  /** Pupils at the best possible value at the start and the end: they could not improve. */
  readonly keptAtBest: number;
  /** improved / (n − kept at best), from 0 to 1; null when every pupil was kept at best. */
  readonly improvedShare: number | null;
}

/** Below this many pupils no effect size is shown (small groups are the norm). */
export const MIN_N_FOR_EFFECT_SIZE = 3;
/** The intervals' confidence level. */
export const CONFIDENCE = 0.95;
/** |RCI| above this is a reliable change (95%). */
export const RELIABLE_CHANGE_THRESHOLD = 1.96;

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Sample standard deviation (n − 1); null for fewer than two values. */
export function sampleSd(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values);
  const squares = values.reduce((sum, v) => sum + (v - m) ** 2, 0);
  return Math.sqrt(squares / (values.length - 1));
}

/** Whether one pupil's value moved in the better direction (no change is not an improvement). */
export function isImproved(pair: Pair, betterWhen: Direction): boolean {
  return betterWhen === 'higher' ? pair.end > pair.start : pair.end < pair.start;
}

/** Cohen's d_av (unsigned for direction); null when it cannot be computed. */
export function dAv(pairs: readonly Pair[]): number | null {
  const sdStart = sampleSd(pairs.map((p) => p.start));
  const sdEnd = sampleSd(pairs.map((p) => p.end));
  if (sdStart === null || sdEnd === null) return null;
  const average = (sdStart + sdEnd) / 2;
  if (average === 0) return null;
  return (mean(pairs.map((p) => p.end)) - mean(pairs.map((p) => p.start))) / average;
}

/** Hedges' correction factor for n pupils. */
export function hedgesCorrection(n: number): number {
  return 1 - 3 / (4 * (n - 1) - 1);
}

/** Hedges' g, signed so that positive = better; null when n < 3 or there is no spread. */
export function effectSize(pairs: readonly Pair[], betterWhen: Direction): number | null {
  if (pairs.length < MIN_N_FOR_EFFECT_SIZE) return null;
  const d = dAv(pairs);
  if (d === null) return null;
  const g = d * hedgesCorrection(pairs.length);
  return betterWhen === 'higher' ? g : -g;
}

/** The t interval of a mean; null for fewer than two values. */
export function meanInterval(values: readonly number[]): Interval | null {
  const n = values.length;
  if (n < 2) return null;
  const centre = mean(values);
  const margin = (studentTQuantile(1 - (1 - CONFIDENCE) / 2, n - 1) * (sampleSd(values) ?? 0)) / Math.sqrt(n);
  return { low: centre - margin, high: centre + margin };
}

/** The paired t interval of the mean change (end − start); null for fewer than two pupils. */
export function changeInterval(pairs: readonly Pair[]): Interval | null {
  return meanInterval(pairs.map((p) => p.end - p.start));
}

/** The interval of Hedges' g (Algina & Keselman 2003), signed as `effectSize` is; null with it. */
export function effectSizeInterval(pairs: readonly Pair[], betterWhen: Direction): Interval | null {
  const g = effectSize(pairs, betterWhen);
  const d = dAv(pairs);
  if (g === null || d === null) return null;
  const n = pairs.length;
  const changes = pairs.map((p) => p.end - p.start);
  const sdChange = sampleSd(changes) ?? 0;
  if (sdChange === 0) return { low: g, high: g };
  const averageSd = ((sampleSd(pairs.map((p) => p.start)) ?? 0) + (sampleSd(pairs.map((p) => p.end)) ?? 0)) / 2;
  const t = mean(changes) / (sdChange / Math.sqrt(n));
  const scale = (sdChange / (Math.sqrt(n) * averageSd)) * hedgesCorrection(n);
  const alpha = 1 - CONFIDENCE;
  const low = noncentralityFor(t, n - 1, 1 - alpha / 2) * scale;
  const high = noncentralityFor(t, n - 1, alpha / 2) * scale;
  return betterWhen === 'higher' ? { low, high } : { low: -high, high: -low };
}

/** Whether the interval lies wholly on the better or the worse side of no change. */
export function verdictOf(interval: Interval | null, betterWhen: Direction): Verdict | null {
  if (interval === null) return null;
  const rose = interval.low > 0;
  const fell = interval.high < 0;
  if (!rose && !fell) return 'unclear';
  return rose === (betterWhen === 'higher') ? 'better' : 'worse';
}

/** A pupil who was at the best possible value at the start and still is at the end. */
export function isKeptAtBest(pair: Pair, best: number | null): boolean {
  return best !== null && pair.start === best && pair.end === best;
}

export function summarise(pairs: readonly Pair[], scale: Scale): Summary {
  const startMean = mean(pairs.map((p) => p.start));
  const endMean = mean(pairs.map((p) => p.end));
  const improved = pairs.filter((p) => isImproved(p, scale.betterWhen)).length;
  const keptAtBest = pairs.filter((p) => isKeptAtBest(p, scale.best)).length;
  const interval = changeInterval(pairs);
  const couldImprove = pairs.length - keptAtBest;
  return {
    n: pairs.length,
    startMean,
    endMean,
    change: endMean - startMean,
    changeInterval: interval,
    verdict: verdictOf(interval, scale.betterWhen),
    effectSize: effectSize(pairs, scale.betterWhen),
    effectSizeInterval: effectSizeInterval(pairs, scale.betterWhen),
    improved,
    keptAtBest,
    improvedShare: couldImprove === 0 ? null : improved / couldImprove,
  };
}

/** The Reliable Change Index; null without a usable SD or a reliability below 1. */
export function reliableChangeIndex(pair: Pair, sd: number | null, reliability: number | null): number | null {
  if (sd === null || reliability === null || !(sd > 0) || !(reliability >= 0 && reliability < 1)) return null;
  return (pair.end - pair.start) / (sd * Math.SQRT2 * Math.sqrt(1 - reliability));
}
