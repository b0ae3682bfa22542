/** Plain-English notes on who was left out of the figures and how they were worked out. */
import { plural } from '../text';
import { ukDate } from '../values';
import type { Observations } from './observations';
import type { ImpactRequest } from './programmes';
import { MIN_N_FOR_EFFECT_SIZE } from './stats';

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
  if (collected.unplacedScores > 0)
    notes.push(
      `${plural(collected.unplacedScores, 'questionnaire score')} left out because ${collected.unplacedScores === 1 ? 'it was' : 'they were'} sent outside the dates of every programme the pupil was on.`,
    );
  if (collected.ambiguousScores > 0)
    notes.push(
      `${plural(collected.ambiguousScores, 'questionnaire score')} left out because the pupil was on two programmes at the time and nothing says which ${collected.ambiguousScores === 1 ? 'it was' : 'they were'} for: a Programme question on the form would say.`,
    );
  return notes;
}

/** Measures left out until someone says which way is better: the add-in does not guess. */
export function undirectedNotes(collected: Observations): string[] {
  return collected.undirected.map(
    (measure) =>
      `${measure.label} is left out until you choose whether higher or lower is better for it (Settings: Which way is better for a measure).`,
  );
}

export function methodNotes(): string[] {
  return [
    `Effect size: Hedges' g for paired data, g = d_av × (1 − 3/(4(n − 1) − 1)) with d_av = (end mean − start mean) / ((SD start + SD end) / 2); positive means better, also where lower is better. Its 95 % interval is the noncentral t interval of the paired t statistic scaled to d_av (Algina and Keselman, 2003). Blank when n < ${MIN_N_FOR_EFFECT_SIZE} or the values do not vary.`,
    'Change 95 % interval: mean change ± t(n − 1) × SD of the changes / √n, the paired t interval.',
    'RCI (Reliable Change Index) = (end − start) / (SD × √2 × √(1 − reliability)), for questionnaire scores whose published reliability is known (the SLSS: Huebner, 1991; each SRS subscale: Lereya et al., 2016); SD is the spread of the counted pupils’ start scores for that measure (Jacobson & Truax, 1991); beyond ±1.96 the change is larger than measurement error.',
  ];
}

export function rangeText(request: ImpactRequest): string {
  if (request.from && request.to) return `${ukDate(request.from)} to ${ukDate(request.to)}`;
  if (request.from) return `the period from ${ukDate(request.from)}`;
  if (request.to) return `the period up to ${ukDate(request.to)}`;
  return 'all dates';
}
