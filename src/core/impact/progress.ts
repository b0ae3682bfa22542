/**
 * Rate of progress for measures kept in months (reading age, spelling age). Seed 004: a pupil
 * usually gains one month per month; taken out of lessons by a teaching assistant they should make
 * 1.5 times that rate, by a teacher twice it.
 */
import type { Settings } from '../settings';
import { dateOfIso } from '../values';
import type { ImpactMeasure, Observation } from './observations';
import { mean } from './stats';
import { onePerPupil, programmesOf } from './summary';

const DAYS_PER_MONTH = 365.25 / 12;
const MS_PER_DAY = 24 * 60 * 60 * 1000;

export interface ProgressRate {
  readonly programme: string;
  readonly measure: ImpactMeasure;
  readonly n: number;
  /** Mean months gained. */
  readonly gained: number;
  /** Mean months between the placement's start and end dates. */
  readonly elapsed: number;
  /** gained / elapsed: 1 is the usual rate. */
  readonly ratio: number;
}

/** Per programme and months measure, over pupils whose placement has both dates. */
export function progressRates(observations: readonly Observation[], measures: readonly ImpactMeasure[]): ProgressRate[] {
  const rates: ProgressRate[] = [];
  for (const measure of measures.filter((m) => m.months)) {
    for (const programme of programmesOf(observations)) {
      const dated = onePerPupil(observations.filter((o) => o.programme === programme && o.measure.key === measure.key)).filter(
        (o) => monthsBetween(o) > 0,
      );
      if (dated.length === 0) continue;
      const gained = mean(dated.map((o) => o.end - o.start));
      const elapsed = mean(dated.map(monthsBetween));
      rates.push({ programme, measure, n: dated.length, gained, elapsed, ratio: gained / elapsed });
    }
  }
  return rates;
}

export function monthsBetween(o: Pick<Observation, 'from' | 'to'>): number {
  if (o.from === null || o.to === null) return 0;
  const days = Math.round((dateOfIso(o.to).getTime() - dateOfIso(o.from).getTime()) / MS_PER_DAY);
  return days / DAYS_PER_MONTH;
}

export function progressNote(rate: ProgressRate, settings: Settings): string {
  const { expectedProgressTaLed: ta, expectedProgressTeacherLed: teacher } = settings.impact;
  const verdict =
    rate.ratio >= teacher ? 'above both' : rate.ratio >= ta ? 'above the TA-led rate but below the teacher-led rate' : 'below both';
  return (
    `${rate.measure.label}, ${rate.programme} (n = ${rate.n}): ${rate.gained.toFixed(1)} months gained in ${rate.elapsed.toFixed(1)} months, ` +
    `${rate.ratio.toFixed(1)} × the usual rate; a TA-led programme should reach ${ta} ×, a teacher-led one ${teacher} × (${verdict}).`
  );
}
