/** Plain-English notes on who was left out of the figures and how they were worked out. */
import { ukDate } from '../values';
import type { ImpactRequest, Observations } from './observations';
import { MIN_N_FOR_EFFECT_SIZE } from './stats';
import { plural } from '../text';

export function leftOutNotes(collected: Observations, request: ImpactRequest): string[] {
  const notes: string[] = [];
  for (const measure of collected.measures) {
    const mine = collected.leftOut.filter((l) => l.measure.key === measure.key);
    if (mine.length === 0) continue;
    const noStart = mine.filter((l) => l.reason === 'no-start').length;
    const noEnd = mine.length - noStart;
    const why = [noEnd > 0 ? `${noEnd} with no end value` : '', noStart > 0 ? `${noStart} with no start value` : '']
      .filter(Boolean)
      .join(', ');
    notes.push(`${measure.label}: ${plural(mine.length, 'pupil')} left out (${why}).`);
  }
  if (collected.outsideRange > 0)
    notes.push(
      `${plural(collected.outsideRange, 'placement')} left out because ${collected.outsideRange === 1 ? 'it falls' : 'they fall'} outside ${rangeText(request)}.`,
    );
  if (collected.undated > 0)
    notes.push(
      `${plural(collected.undated, 'placement')} left out because the register gives no start or end date, so ${collected.undated === 1 ? 'it' : 'they'} could not be matched to ${rangeText(request)}.`,
    );
  if (collected.referrals > 0) notes.push(`${plural(collected.referrals, 'referral')} not yet placed on a programme left out.`);
  return notes;
}

export function methodNotes(persistentAbsenceBelow: number): string[] {
  return [
    'A pupil counts for a measure only with both a start and an end value. Change = end mean − start mean.',
    `Effect size: Hedges' g for paired data, g = d_av × (1 − 3/(4(n − 1) − 1)) with d_av = (end mean − start mean) / ((SD start + SD end) / 2); positive means better, also where lower is better. Blank when n < ${MIN_N_FOR_EFFECT_SIZE} or the values do not vary.`,
    'Improved: pupils whose value moved in the better direction: up where higher is better, down where lower is better (behaviour points, exclusions); no change is not an improvement.',
    'RCI (Reliable Change Index) = (end − start) / (SD × √2 × √(1 − reliability)), for questionnaire scores whose published reliability is known (the SLSS: Huebner, 1991); SD is the spread of the counted pupils’ start scores for that measure (Jacobson & Truax, 1991); beyond ±1.96 the change is larger than measurement error.',
    `Persistently absent: attendance below ${persistentAbsenceBelow}%.`,
  ];
}

export function rangeText(request: ImpactRequest): string {
  if (request.from && request.to) return `${ukDate(request.from)} to ${ukDate(request.to)}`;
  if (request.from) return `the period from ${ukDate(request.from)}`;
  if (request.to) return `the period up to ${ukDate(request.to)}`;
  return 'all dates';
}
