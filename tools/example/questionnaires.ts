/**
 * The two built-in questionnaires' wording, exactly as the add-in's built-in instruments give it, and
 * how the example school's pupils answer them: answers drift upwards between start and end.
 */
import { builtinInstruments, type Instrument } from '../../src/core/questionnaires';
import type { Random } from './random';

// The wording comes from the add-in's own built-in instruments, so the example can never drift from them.
const [SLSS, SRS] = builtinInstruments() as [Instrument, Instrument];

export const SLSS_STEM = 'How much do you agree with each statement?';
export const SLSS_ITEMS: readonly string[] = SLSS.items.map((item) => item.text);
/** 0-based indexes of the negatively worded items. */
export const SLSS_REVERSED: ReadonlySet<number> = new Set(SLSS.items.flatMap((item, index) => (item.reverse ? [index] : [])));
export const SLSS_LABELS: readonly string[] = SLSS.scale.labels.map((label) => label.label);

/** The stem the example's form gives the SRS items the seed lists without one. */
const ME = 'How often is this true for you?';

/** SRS items as `[stem, item]`; Google Forms heads each grid row `Stem [item]`. */
export const SRS_ITEMS: readonly (readonly [string, string])[] = SRS.items.map((item) => [item.stem ?? ME, item.text] as const);

export function gridHeader(stem: string, item: string): string {
  return `${stem} [${item}]`;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** Seven SLSS answers (1–6 as ticked, reverse items already flipped) around a satisfaction level. */
export function slssAnswers(random: Random, level: number): number[] {
  return SLSS_ITEMS.map((_, index) => {
    const keyed = clamp(random.normal(level, 0.7), 1, 6);
    return SLSS_REVERSED.has(index) ? 7 - keyed : keyed;
  });
}

/** Forty-one SRS answers (1 = never … 5 = always) around a resilience level. */
export function srsAnswers(random: Random, level: number): number[] {
  return SRS_ITEMS.map(() => clamp(random.normal(level, 0.8), 1, 5));
}
