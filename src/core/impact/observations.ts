/**
 * What the impact statistics are computed from: one observation per pupil, placement and measure
 * with both a start and an end value, and a tally of the ones left out (and why).
 */
import type { MeasureDef, Placement, Pupil, PupilId, SchoolData } from '../domain';
import type { Settings } from '../settings';
import { normaliseText } from '../text';
import type { IsoDate } from '../values';
import { attributeScores } from './attribution';
import type { ProgrammePurposes } from './for-impact';
import { questionnaireKey, questionnaireMeasure, registerMeasures, type ImpactMeasure, type QuestionnaireScore } from './measures';
import { groupOf, inRange, programmeOf, type ImpactRequest } from './programmes';

export interface Observation {
  readonly pupilId: PupilId;
  readonly pupilName: string;
  /** The register's pupil, for the breakdowns by SEN status, pupil premium and area of need. */
  readonly pupil: Pupil | null;
  readonly programme: string;
  readonly group: string;
  readonly measure: ImpactMeasure;
  /** One of the programme's measures for impact (the others are secondary). */
  readonly forImpact: boolean;
  readonly start: number;
  readonly end: number;
  /** The placement's dates, for the ratio gain. */
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  /** The adult who leads the placement (the register's, else the group's). */
  readonly staff: string | null;
}

export type LeftOutReason = 'no-start' | 'no-end';

export interface LeftOut {
  readonly measure: ImpactMeasure;
  readonly pupilName: string;
  readonly programme: string;
  readonly reason: LeftOutReason;
  readonly placement: Placement;
}

export interface Observations {
  readonly measures: readonly ImpactMeasure[];
  /** Register measures nobody has said which way is better for: left out, not guessed. */
  readonly undirected: readonly MeasureDef[];
  readonly observations: readonly Observation[];
  readonly leftOut: readonly LeftOut[];
  /** Placements outside the requested dates, or with no dates when a range was asked for. */
  readonly outsideRange: number;
  readonly undated: number;
  /** Referrals not yet placed on a programme. */
  readonly referrals: number;
  /** Questionnaire scores that fitted none of the pupil's placements, or more than one equally. */
  readonly unplacedScores: number;
  readonly ambiguousScores: number;
}

export function collectObservations(
  data: SchoolData,
  settings: Settings,
  request: ImpactRequest,
  scores: readonly QuestionnaireScore[],
  purposes: ProgrammePurposes,
): Observations {
  const pupils = new Map(data.pupils.map((p) => [p.id, p] as const));
  const groupStaff = new Map(data.groups.map((g) => [normaliseText(g.name), g.staff] as const));
  const placed = data.placements.filter((p) => p.type !== 'referred');
  const register = registerMeasures(data.measures, settings);
  const questionnaire = new Map<string, ImpactMeasure>();
  const measureOf = (score: QuestionnaireScore): ImpactMeasure => {
    const key = questionnaireKey(score);
    const known = questionnaire.get(key) ?? questionnaireMeasure(score, settings);
    questionnaire.set(key, known);
    return known;
  };
  const attributed = attributeScores(scores, placed, {
    daysEitherSide: settings.impact.scoreDaysEitherSide,
    measureOf,
    serves: purposes.serves,
  });
  const observations: Observation[] = [];
  const leftOut: LeftOut[] = [];
  for (const placement of placed.filter((p) => inRange(p, request) === 'in')) {
    const pupil = pupils.get(placement.pupilId) ?? null;
    const programme = programmeOf(placement);
    const base = {
      pupilId: placement.pupilId,
      pupilName: pupil?.name ?? String(placement.pupilId),
      pupil,
      programme,
      group: groupOf(placement),
      from: placement.start,
      to: placement.end,
      staff: placement.staff ?? (placement.group === null ? null : (groupStaff.get(normaliseText(placement.group)) ?? null)),
    };
    const pairs = [
      ...register.measures.map((measure) => {
        const values = placement.measures[measure.key as keyof Placement['measures']];
        return { measure, pre: values?.start ?? null, post: values?.end ?? null };
      }),
      ...attributed.pairs(placement),
    ];
    for (const { measure, pre, post } of pairs) {
      if (pre !== null && post !== null)
        observations.push({ ...base, measure, forImpact: purposes.isForImpact(programme, measure), start: pre, end: post });
      else if (pre !== null || post !== null)
        leftOut.push({ measure, pupilName: base.pupilName, programme, reason: pre === null ? 'no-start' : 'no-end', placement });
    }
  }
  return {
    measures: [...register.measures, ...questionnaire.values()],
    undirected: register.undirected,
    observations,
    leftOut,
    outsideRange: placed.filter((p) => inRange(p, request) === 'out').length,
    undated: placed.filter((p) => inRange(p, request) === 'undated').length,
    referrals: data.placements.length - placed.length,
    unplacedScores: attributed.unplaced,
    ambiguousScores: attributed.ambiguous,
  };
}
