/**
 * Build impact charts: start-versus-end statistics per programme and measure on the `Impact` tab,
 * led by one sentence per programme and measure for impact, and the native charts leaders show
 * governors on `Impact charts`.
 */
import type { SchoolData } from '../domain';
import { PURPOSE_LABELS } from '../groups/purposes';
import type { WritePlan } from '../plan';
import { problem, type Problem } from '../problems';
import type { Settings } from '../settings';
import { plural } from '../text';
import { breakdowns, MIN_SUBGROUP } from './breakdowns';
import { IMPACT_CHARTS_KEY, impactChartsTab } from './charts-tab';
import { programmePurposes, type ProgrammePurposes } from './for-impact';
import { attendedShare, isBelowThreshold, NO_DOSAGE, thresholdPhrase } from '../dosage';
import { groupKey, placementKey, type DosageTable } from './dosage-columns';
import { IMPACT_KEY, impactTab, NO_SESSIONS_REGISTERED, type BesideCells } from './impact-tab';
import type { StaffDetails } from './lead-adults';
import type { QuestionnaireScore } from './measures';
import { leftOutNotes, methodNotes, rangeText, undirectedNotes } from './notes';
import { collectObservations, type LeftOut, type Observation, type Observations } from './observations';
import type { ImpactRequest } from './programmes';
import { progressNote, progressRates } from './progress';
import { limitsOfTheNumbers, noMeasureSentence, programmeSentence } from './sentences';
import { absenceRows, ALL_GROUPS, onePerPupil, programmesOf, pupilRows, summaryRows, type SummaryRow } from './summary';

export type { QuestionnaireScore, ImpactMeasure } from './measures';
export type { Observation } from './observations';
export type { ImpactRequest } from './programmes';
export type { Summary, Pair, Interval } from './stats';
export {
  summarise,
  effectSize,
  effectSizeInterval,
  changeInterval,
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
export { IMPACT_CHARTS_KEY, IMPACT_CHARTS_TAB, START_COLOUR, END_COLOUR, MAX_CATEGORIES, MAX_CHARTS } from './charts-tab';
export { leadAdult, staffDetails, STAFF_ROLES, type StaffDetails, type StaffRole } from './lead-adults';
export { dosageTable, type DosageTable } from './dosage-columns';
export { ALL_GROUPS, type SummaryRow } from './summary';
export { MIN_SUBGROUP } from './breakdowns';

export interface ImpactResult {
  plan: WritePlan;
  problems: Problem[];
  headline: string;
  /** One sentence per programme and measure for impact: what the sidebar and the tab lead with. */
  sentences: string[];
  details: string[];
}

/** What impact is read beside: who leads, the Schedule's dosage, and what each programme cost. */
export interface ImpactContext {
  /** Staff name → role and hourly cost from the staff tab (see `staffDetails`), for the ratio gain. */
  readonly staff: ReadonlyMap<string, StaffDetails>;
  /** Null when there is no Schedule to read sessions from. */
  readonly dosage: DosageTable | null;
  /** Programme → its cost in the period (see the costs core); absent when not costed. */
  readonly costs: ReadonlyMap<string, number>;
}

export const NO_CONTEXT: ImpactContext = { staff: new Map(), dosage: null, costs: new Map() };

/** The figures impact and its readers (Costs) share: observations, with pupils below the attendance threshold set apart. */
export interface ImpactFigures {
  readonly purposes: ProgrammePurposes;
  readonly collected: Observations;
  /** Observations counted in the figures. */
  readonly observations: readonly Observation[];
  /** Observations of placements whose pupil attended fewer than the setting's share of sessions. */
  readonly apart: readonly Observation[];
  readonly summaries: readonly SummaryRow[];
}

export function impactFigures(
  data: SchoolData,
  settings: Settings,
  request: ImpactRequest,
  scores: readonly QuestionnaireScore[],
  dosage: DosageTable | null,
): ImpactFigures {
  const purposes = programmePurposes(data, settings);
  const collected = collectObservations(data, settings, request, scores, purposes);
  const minShare = settings.impact.minSessionsAttendedShare;
  const isApart = (o: Observation): boolean =>
    dosage !== null && isBelowThreshold(dosage.placements.get(placementKey(o.pupilId, o.programme, o.group)) ?? NO_DOSAGE, minShare);
  const observations = collected.observations.filter((o) => !isApart(o));
  return {
    purposes,
    collected,
    observations,
    apart: collected.observations.filter(isApart),
    summaries: summaryRows(observations, collected.measures),
  };
}

export function buildImpact(
  data: SchoolData,
  settings: Settings,
  request: ImpactRequest,
  scores: readonly QuestionnaireScore[],
  context: ImpactContext = NO_CONTEXT,
): ImpactResult {
  const { purposes, collected, observations, apart, summaries } = impactFigures(data, settings, request, scores, context.dosage);
  const { measures } = collected;
  const thresholds = { persistent: settings.impact.persistentAbsenceAtOrBelow, severe: settings.impact.severeAbsenceAtOrBelow };
  const absence = absenceRows(observations, measures, thresholds);
  const sentences = programmeSentences(summaries, observations, purposes);
  const ratioGain = progressRates(observations, context.staff).map((rate) => progressNote(rate, settings));
  const split = breakdowns(observations, measures);
  const notes = [...undirectedNotes(collected), ...leftOutNotes(collected, request)];
  const apartPupils = new Set(apart.map((o) => o.pupilId)).size;
  const apartLine =
    apartPupils === 0
      ? null
      : `${plural(apartPupils, 'pupil')} attended ${thresholdPhrase(settings.impact.minSessionsAttendedShare)} and ${apartPupils === 1 ? 'is' : 'are'} reported apart: not counted in the figures above, listed at the foot of the pupil detail.`;
  const plan: WritePlan = {
    tabs: [
      impactTab({
        title: `Impact for ${rangeText(request)}`,
        sentences,
        limits: limitsOfTheNumbers(thresholds, MIN_SUBGROUP),
        summaries,
        absence,
        ratioGain,
        breakdowns: split.rows,
        notes: [
          ...notes,
          ...(split.hidden > 0
            ? [`Breakdowns: ${plural(split.hidden, 'subgroup')} of fewer than ${MIN_SUBGROUP} pupils (or protecting one) not shown.`]
            : []),
          ...methodNotes(),
        ],
        pupils: pupilRows(observations, measures),
        beside: (row) => besideCells(row, context),
        apart: apartLine === null ? null : { line: apartLine, pupils: pupilRows(apart, measures) },
      }),
      impactChartsTab({ measures, observations, summaries, absence, thresholds }),
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
  return {
    plan,
    problems: missingValueProblems(collected.leftOut, request),
    headline,
    sentences,
    details: [...(apartLine === null ? [] : [apartLine]), ...ratioGain, ...notes],
  };
}

/** Dosage beside every row; the cost per pupil improved beside a programme's measures for impact. */
function besideCells(row: SummaryRow, context: ImpactContext): BesideCells {
  const dosage = context.dosage?.groups.get(groupKey(row.programme, row.group)) ?? null;
  const share = dosage === null ? null : attendedShare(dosage.dosage);
  const cost = context.costs.get(row.programme);
  const costed = row.group === ALL_GROUPS && row.forImpact && cost !== undefined;
  return {
    sessionsDelivered: dosage === null ? '' : dosage.dosage.registered ? dosage.sessionsDelivered : NO_SESSIONS_REGISTERED,
    attendedShare: share ?? '',
    costPerImproved: !costed ? '' : row.summary.improved > 0 ? cost / row.summary.improved : 'None improved',
  };
}

/** Per programme: a sentence for each measure for impact, or one saying it has none. */
function programmeSentences(summaries: readonly SummaryRow[], observations: readonly Observation[], purposes: ProgrammePurposes): string[] {
  return programmesOf(observations).flatMap((programme) => {
    const rows = summaries.filter((s) => s.programme === programme && s.group === ALL_GROUPS && s.forImpact);
    if (rows.length > 0) return rows.map(programmeSentence);
    const pupils = onePerPupil(observations.filter((o) => o.programme === programme)).length;
    const purpose = purposes.purposeOf(programme);
    return [noMeasureSentence(programme, pupils, purpose === null ? null : PURPOSE_LABELS[purpose])];
  });
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
