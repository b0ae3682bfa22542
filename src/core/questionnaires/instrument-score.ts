/**
 * An instrument's scores from one pupil's answers: reverse-keyed items turned round
 * (min + max − answer), then the total and each subscale as the mean (or prorated sum) of the
 * answered items, when enough of them are answered.
 */
import { requiredAnswers, subscalesOf, type Instrument, type Scoring } from './instrument';

/** Mean or sum of the answered values; the sum is prorated to all items. Null below the minimum. */
export function aggregate(values: readonly (number | null)[], scoring: Scoring, share: number): number | null {
  let sum = 0;
  let answered = 0;
  for (const value of values) {
    if (value === null) continue;
    sum += value;
    answered++;
  }
  if (values.length === 0 || answered < requiredAnswers(values.length, share)) return null;
  const mean = sum / answered;
  return scoring === 'mean' ? mean : mean * values.length;
}

/** Each item's keyed value (reverse items turned round), null when unanswered or unreadable. */
export function keyedValues(instrument: Instrument, answers: readonly (number | null)[]): (number | null)[] {
  const { min, max } = instrument.scale;
  return instrument.items.map((item, index) => {
    const answer = answers[index] ?? null;
    return answer === null ? null : item.reverse ? min + max - answer : answer;
  });
}

export interface InstrumentScores {
  /** The validated overall score; null where the instrument validates none, or too few were answered. */
  readonly score: number | null;
  /** The overall score of an instrument that validates only its subscales, shown apart. */
  readonly unvalidatedTotal: number | null;
  /** Subscale name → score (null when too few of its items were answered). */
  readonly subscales: Record<string, number | null>;
}

export function scoreAnswers(instrument: Instrument, answers: readonly (number | null)[]): InstrumentScores {
  const keyed = keyedValues(instrument, answers);
  const subscales: Record<string, number | null> = {};
  for (const name of subscalesOf(instrument)) {
    const values = keyed.filter((_, index) => instrument.items[index]!.subscale === name);
    subscales[name] = aggregate(values, instrument.scoring.subscales, instrument.minAnsweredShare);
  }
  const total = aggregate(keyed, instrument.scoring.total, instrument.minAnsweredShare);
  return instrument.totalValidated
    ? { score: total, unvalidatedTotal: null, subscales }
    : { score: null, unvalidatedTotal: total, subscales };
}
