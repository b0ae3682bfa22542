/**
 * The ratio gain (Brooks, "What works for children and young people with literacy difficulties"):
 * months of reading or spelling age gained per month of the programme, 1 being the usual rate.
 * Seed 004: taken out of lessons by a teaching assistant a pupil should make 1.5 times the usual
 * rate, by a teacher twice it. Worked out only where it means something: for an age in months that
 * is one of the programme's measures for impact, over each pupil's own start and end dates.
 */
import type { Settings } from '../settings';
import { dateOfIso } from '../values';
import { leadAdult, type StaffDetails, type StaffRole } from './lead-adults';
import type { ImpactMeasure } from './measures';
import type { Observation } from './observations';
import { formatNumber, measurePhrase } from './sentences';
import { mean, meanInterval, type Interval } from './stats';
import { onePerPupil, programmesOf } from './summary';
import { plural } from '../text';

const DAYS_PER_MONTH = 365.25 / 12;
const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Under this many months a reading test's own error of a few months can swamp the gain. */
const SHORT_WINDOW_MONTHS = 3;

export interface ProgressRate {
  readonly programme: string;
  readonly measure: ImpactMeasure;
  readonly n: number;
  /** Mean months gained. */
  readonly gained: number;
  /** Mean months between the placements' start and end dates. */
  readonly elapsed: number;
  /** Mean of each pupil's months gained per month on the programme: 1 is the usual rate. */
  readonly ratio: number;
  readonly interval: Interval | null;
  /** The role every lead adult shares, or null when unknown or mixed. */
  readonly role: StaffRole | null;
  /** Lead adults as `Mrs O'Neill (HLTA)`, each once. */
  readonly leads: readonly string[];
}

/** Per programme and measure for impact in months, over pupils whose placement has both dates. */
export function progressRates(observations: readonly Observation[], roles: ReadonlyMap<string, StaffDetails>): ProgressRate[] {
  const rates: ProgressRate[] = [];
  const ages = observations.filter((o) => o.forImpact && o.measure.months);
  for (const programme of programmesOf(ages)) {
    const inProgramme = ages.filter((o) => o.programme === programme);
    for (const key of [...new Set(inProgramme.map((o) => o.measure.key))]) {
      const dated = onePerPupil(inProgramme.filter((o) => o.measure.key === key)).filter((o) => monthsBetween(o) > 0);
      const first = dated[0];
      if (!first) continue;
      const ratios = dated.map((o) => (o.end - o.start) / monthsBetween(o));
      const adults = dated.map((o) => ({ staff: o.staff, ...leadAdult(o.staff, roles) }));
      const shared = new Set(adults.map((a) => a.role));
      rates.push({
        programme,
        measure: first.measure,
        n: dated.length,
        gained: mean(dated.map((o) => o.end - o.start)),
        elapsed: mean(dated.map(monthsBetween)),
        ratio: mean(ratios),
        interval: meanInterval(ratios),
        role: shared.size === 1 ? (adults[0]?.role ?? null) : null,
        leads: [
          ...new Set(
            adults.flatMap((a) => (a.staff === null ? [] : [a.written && a.written !== a.staff ? `${a.staff} (${a.written})` : a.staff])),
          ),
        ],
      });
    }
  }
  return rates;
}

export function monthsBetween(o: Pick<Observation, 'from' | 'to'>): number {
  if (o.from === null || o.to === null) return 0;
  const days = Math.round((dateOfIso(o.to).getTime() - dateOfIso(o.from).getTime()) / MS_PER_DAY);
  return days / DAYS_PER_MONTH;
}

const ROLE_NAMES: Record<StaffRole, string> = {
  TA: 'a teaching assistant',
  teacher: 'a teacher',
  mentor: 'a mentor',
  external: 'someone from outside the school',
};

export function progressNote(rate: ProgressRate, settings: Settings): string {
  const { expectedProgressTaLed: ta, expectedProgressTeacherLed: teacher } = settings.impact;
  const interval =
    rate.interval === null ? '' : ` (95 % interval ${formatNumber(rate.interval.low)} to ${formatNumber(rate.interval.high)})`;
  const head =
    `${rate.programme}, ${measurePhrase(rate.measure)}, ${plural(rate.n, 'pupil')}: ${formatNumber(rate.gained)} months gained in ` +
    `${formatNumber(rate.elapsed)} months on the programme, a ratio gain of ${formatNumber(rate.ratio)}${interval}.`;
  const led = rate.leads.length > 0 ? `, ${rate.leads.join(', ')},` : '';
  let aim: string;
  if (rate.role === null) {
    aim = ` The lead adult${led} is not recorded as a teaching assistant or a teacher (a Role column on the staff tab says which): led by a TA it should reach ${ta}, led by a teacher ${teacher}.`;
  } else if (rate.role === 'mentor' || rate.role === 'external') {
    // Seed 004 sets an aim only for a pupil taken out of lessons by a TA or a teacher.
    aim = ` Led by ${ROLE_NAMES[rate.role]}${led} no rate-of-progress aim applies: the ${ta}× (TA) and ${teacher}× (teacher) aims are for programmes led by teaching staff, so judge it by its own outcome.`;
  } else {
    const target = rate.role === 'TA' ? ta : teacher;
    const verdict =
      rate.interval === null
        ? 'too few pupils to tell whether it reached that'
        : rate.interval.low >= target
          ? 'it reached that'
          : rate.interval.high < target
            ? 'it fell short of that'
            : 'the interval is too wide to tell whether it reached that';
    aim = ` Led by ${ROLE_NAMES[rate.role]}${led} it should reach ${target}: ${verdict}.`;
  }
  const caution =
    rate.elapsed < SHORT_WINDOW_MONTHS
      ? ` Over less than ${SHORT_WINDOW_MONTHS} months a test’s own error of a few months can swamp the gain.`
      : '';
  return head + aim + caution;
}
