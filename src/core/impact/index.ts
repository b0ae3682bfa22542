/**
 * Build impact charts (issue 6): start-versus-end statistics per programme, group, measure and
 * pupil on the `Impact` tab, and the native charts leaders read on `Impact charts`.
 */
import type { SchoolData } from '../domain';
import type { WritePlan } from '../plan';
import { problem, type Problem } from '../problems';
import type { Settings } from '../settings';
import { IMPACT_CHARTS_KEY, impactChartsTab } from './charts-tab';
import { IMPACT_KEY, impactTab } from './impact-tab';
import { plural } from '../text';
import { leftOutNotes, methodNotes, rangeText } from './notes';
import { progressNote, progressRates } from './progress';
import { collectObservations, type ImpactRequest, type LeftOut, type QuestionnaireScore } from './observations';
import { absenceRows, ALL_GROUPS, programmesOf, pupilRows, summaryRows } from './summary';

export type { ImpactRequest, QuestionnaireScore, ImpactMeasure, Observation } from './observations';
export type { Summary, Pair } from './stats';
export {
  summarise,
  effectSize,
  dAv,
  hedgesCorrection,
  reliableChangeIndex,
  isImproved,
  mean,
  sampleSd,
  MIN_N_FOR_EFFECT_SIZE,
} from './stats';
export { IMPACT_KEY, IMPACT_TAB, IMPACT_HEADERS, PUPIL_HEADERS } from './impact-tab';
export { monthsBetween, progressRates, type ProgressRate } from './progress';
export { IMPACT_CHARTS_KEY, IMPACT_CHARTS_TAB, START_COLOUR, END_COLOUR } from './charts-tab';

export interface ImpactResult {
  plan: WritePlan;
  problems: Problem[];
  headline: string;
  details: string[];
}

export function buildImpact(
  data: SchoolData,
  settings: Settings,
  request: ImpactRequest,
  scores: readonly QuestionnaireScore[],
): ImpactResult {
  const collected = collectObservations(data, settings, request, scores);
  const { measures, observations } = collected;
  const below = settings.impact.persistentAbsenceBelow;
  const summaries = summaryRows(observations, measures);
  const pupils = pupilRows(observations, measures);
  const absence = absenceRows(observations, measures, below);
  const leftOut = leftOutNotes(collected, request);
  const progress = progressRates(observations, measures).map((rate) => progressNote(rate, settings));
  const plan: WritePlan = {
    tabs: [
      impactTab({ summaries, absence, persistentAbsenceBelow: below, pupils, notes: [...progress, ...leftOut, ...methodNotes(below)] }),
      impactChartsTab({ measures, observations, summaries, pupils, absence, persistentAbsenceBelow: below }),
    ],
    replaces: [IMPACT_KEY, IMPACT_CHARTS_KEY],
  };
  const programmes = programmesOf(observations).length;
  const measured = new Set(summaries.filter((s) => s.group === ALL_GROUPS).map((s) => s.measure.key)).size;
  const counted = new Set(observations.map((o) => o.pupilId)).size;
  const headline =
    counted === 0
      ? `No pupil has both a start and an end value for ${rangeText(request)}, so there is no impact to show yet.`
      : `Impact for ${plural(programmes, 'programme')} and ${plural(measured, 'measure')}: ${plural(counted, 'pupil')} counted` +
        (collected.leftOut.length > 0 ? `; ${plural(collected.leftOut.length, 'result')} left out for a missing start or end value.` : '.');
  return { plan, problems: missingValueProblems(collected.leftOut, request), headline, details: [...progress, ...leftOut] };
}

/**
 * A missing start value is always worth fixing (the baseline should be taken before the programme);
 * a missing end value only once the placement has ended within the period asked about.
 */
function missingValueProblems(leftOut: readonly LeftOut[], request: ImpactRequest): Problem[] {
  return leftOut
    .filter((l) => l.measure.source === 'register')
    .filter((l) => l.reason === 'no-start' || (l.placement.end !== null && (request.to === null || l.placement.end <= request.to)))
    .map((l) =>
      problem(
        'impact',
        l.placement.source.tab,
        l.placement.source.row,
        l.measure.label,
        l.reason === 'no-start'
          ? `${l.pupilName} has an end value for ${l.measure.label} but no start value, so they are left out of its impact figures. Add the value from before the programme.`
          : `${l.pupilName}'s placement on ${l.programme} has ended but has no end value for ${l.measure.label}, so they are left out of its impact figures. Add the value from the end of the programme.`,
      ),
    );
}
