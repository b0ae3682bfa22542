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
 * Reliable Change Index (Jacobson & Truax 1991), for questionnaire scores whose reliability r is
 * known: RCI = (x_end − x_start) / (SD × √2 × √(1 − r)); |RCI| > 1.96 is a change beyond
 * measurement error.
 */
import type { Direction } from '../domain';

export interface Pair {
  readonly start: number;
  readonly end: number;
}

export interface Summary {
  readonly n: number;
  readonly startMean: number;
  readonly endMean: number;
  /** End mean − start mean, in the measure's own units (not turned for direction). */
  readonly change: number;
  /** Hedges' g, positive = better; null when n < 3 or the scores do not vary. */
  readonly effectSize: number | null;
  /** Pupils whose value moved in the better direction. */
  readonly improved: number;
  /** improved / n, a fraction from 0 to 1. */
  readonly improvedShare: number;
}

/** Below this many pupils no effect size is shown (small groups are the norm). */
export const MIN_N_FOR_EFFECT_SIZE = 3;
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

export function summarise(pairs: readonly Pair[], betterWhen: Direction): Summary {
  const startMean = mean(pairs.map((p) => p.start));
  const endMean = mean(pairs.map((p) => p.end));
  const improved = pairs.filter((p) => isImproved(p, betterWhen)).length;
  return {
    n: pairs.length,
    startMean,
    endMean,
    change: endMean - startMean,
    effectSize: effectSize(pairs, betterWhen),
    improved,
    improvedShare: pairs.length === 0 ? 0 : improved / pairs.length,
  };
}

/** The Reliable Change Index; null without a usable SD or a reliability below 1. */
export function reliableChangeIndex(pair: Pair, sd: number | null, reliability: number | null): number | null {
  if (sd === null || reliability === null || !(sd > 0) || !(reliability >= 0 && reliability < 1)) return null;
  return (pair.end - pair.start) / (sd * Math.SQRT2 * Math.sqrt(1 - reliability));
}
