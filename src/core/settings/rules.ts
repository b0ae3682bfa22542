/**
 * Rules that tie two settings together, beside the table: each answers the sentence to show when
 * the settings break it, or null. The stored schema applies them after every field's own check.
 */
import type { Settings } from './table';

type CrossFieldRule = (settings: Settings) => string | null;

const CROSS_FIELD_RULES: readonly CrossFieldRule[] = [
  ({ groups: { minSize, maxSize } }) =>
    minSize > maxSize ? `The smallest group size (${minSize}) cannot be larger than the largest group size (${maxSize}).` : null,
  ({ impact: { severeAbsenceAtOrBelow: severe, persistentAbsenceAtOrBelow: persistent } }) =>
    severe > persistent
      ? `The severe absence threshold (${severe}%) cannot be above the persistent absence threshold (${persistent}%).`
      : null,
];

/** The first rule the settings break, as its sentence, or null. */
export function crossFieldRefusal(settings: Settings): string | null {
  for (const rule of CROSS_FIELD_RULES) {
    const sentence = rule(settings);
    if (sentence !== null) return sentence;
  }
  return null;
}
