/**
 * What the `Impact` tab and the sidebar open with: one plain-English sentence per programme and
 * measure for impact, with its 95 % interval, and what the numbers can and cannot show. A change
 * whose interval includes no change is "no clear change", never "rose" or "fell".
 */
import { plural } from '../text';
import type { ImpactMeasure } from './measures';
import type { Summary } from './stats';
import type { AbsenceThresholds, SummaryRow } from './summary';

const MINUS = '−';

/** A number as the tab's sentences write it: a true minus sign, and `decimals` places. */
export function formatNumber(value: number, decimals = 1): string {
  const text = Math.abs(value).toFixed(decimals);
  return value < 0 && Number(text) !== 0 ? `${MINUS}${text}` : text;
}

/** Two places where the interval is narrower than 1 (a questionnaire mean, exclusions), else one. */
export function decimalsFor(summary: Summary): number {
  const interval = summary.changeInterval;
  return interval !== null && interval.high - interval.low < 1 ? 2 : 1;
}

/** `behaviour points`, `attendance`, `reading age`, `the Students' Life Satisfaction Scale score`. */
export function measurePhrase(measure: ImpactMeasure): string {
  if (measure.source === 'questionnaire') return `the ${measure.label} score`;
  const bare = measure.label
    .replace(/\s*\((months?|%|percent|per ?cent)\)\s*$/i, '')
    .replace(/\s*%\s*$/, '')
    .trim();
  // An initialism (SDQ, KS2) keeps its capitals; a plain word does not need one mid-sentence.
  return /^[A-Z]{2}/.test(bare) ? bare : bare.charAt(0).toLowerCase() + bare.slice(1);
}

function valueText(value: number, measure: ImpactMeasure, decimals: number): string {
  return `${formatNumber(value, decimals)}${measure.unit}`;
}

export function intervalText(summary: Summary, decimals: number): string {
  const interval = summary.changeInterval;
  return interval === null ? '' : `95 % interval ${formatNumber(interval.low, decimals)} to ${formatNumber(interval.high, decimals)}`;
}

/** `8 of 11 improved`, `2 of 3 improved and 4 stayed at 0 (the best possible)`. */
export function improvedText(summary: Summary, measure: ImpactMeasure): string {
  const couldImprove = summary.n - summary.keptAtBest;
  const best = measure.best === null ? '' : valueText(measure.best, measure, 0);
  if (summary.keptAtBest === 0) return `${summary.improved} of ${summary.n} improved`;
  return `${summary.improved} of ${couldImprove} improved and ${summary.keptAtBest} stayed at ${best} (the best possible)`;
}

/** The sentence for one programme's measure (its All groups row). */
export function programmeSentence(row: SummaryRow): string {
  const { summary: s, measure } = row;
  const who = `${row.programme}, ${plural(s.n, 'pupil')}`;
  const phrase = measurePhrase(measure);
  const d = decimalsFor(s);
  const from = valueText(s.startMean, measure, d);
  const to = valueText(s.endMean, measure, d);
  if (s.n === 1)
    return `${who}: ${phrase} went from ${from} to ${to}; one pupil is too few to tell whether anything changed beyond the usual ups and downs.`;
  if (s.keptAtBest === s.n)
    return `${who}: all ${s.n} stayed at ${valueText(measure.best ?? 0, measure, 0)} ${phrase}, the best possible, from start to end.`;
  if (s.verdict === 'unclear')
    return `${who}: no clear change in ${phrase} (${from} at the start, ${to} at the end; ${intervalText(s, d)}); ${improvedText(s, measure)}.`;
  const moved = s.change > 0 ? 'rose' : 'fell';
  return `${who}: ${phrase} ${moved} from ${from} to ${to}; ${improvedText(s, measure)}; the change is probably real (${intervalText(s, d)}).`;
}

/** A programme with pupils counted but no measure for impact among their data. */
export function noMeasureSentence(programme: string, pupils: number, purpose: string | null): string {
  const why =
    purpose === null
      ? 'its purpose is not known: choose it in Settings (The purpose of a programme)'
      : `none of its measures shows ${purpose}: add start and end columns for one, or words for it in Settings (Measures for impact of each purpose)`;
  return `${programme}, ${plural(pupils, 'pupil')}: no measure for impact, because ${why}.`;
}

/** Said once on the tab, in words: what start-and-end figures can and cannot show. */
export function limitsOfTheNumbers(thresholds: AbsenceThresholds, minSubgroup: number): string[] {
  return [
    'These figures compare each pupil’s values at the start and the end of a programme. There is no comparison group of similar pupils who were not on it, so a change cannot be put down to the programme alone: pupils grow older, terms differ and other support goes on at the same time.',
    'Pupils are usually chosen because their starting values were unusually poor, and unusually poor values tend to move back towards the usual on their own (regression to the mean), so some improvement is to be expected even without a programme.',
    'Groups are small, so chance moves their averages a lot. Each change has a 95 % interval: the range the real change probably lies in. Where it includes no change, the tab says “no clear change”. The effect size (Hedges’ g, positive when better) has an interval too, wide with few pupils: it is a size, not a verdict.',
    'Improved counts pupils whose value moved the better way. Pupils at the best possible value at both the start and the end (100% attendance, no exclusions) are counted as kept at best, shown apart, and left out of the improved percentage.',
    `Persistently absent: attendance of ${thresholds.persistent}% or less (missing ${100 - thresholds.persistent}% or more of sessions); severely absent: ${thresholds.severe}% or less (missing ${100 - thresholds.severe}% or more).`,
    `Breakdowns leave out any subgroup of fewer than ${minSubgroup} pupils (and, where needed, the next smallest), so that no pupil can be identified.`,
  ];
}
