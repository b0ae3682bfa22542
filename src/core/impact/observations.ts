/**
 * What the impact statistics are computed from: one observation per pupil, placement and measure
 * with both a start and an end value, and a tally of the ones left out (and why).
 */
import type { Direction, MeasureDef, Placement, PupilId, SchoolData } from '../domain';
import type { Settings } from '../settings';
import { slug } from '../text';
import type { IsoDate } from '../values';

export interface QuestionnaireScore {
  readonly pupilId: PupilId;
  readonly instrument: string;
  /** null for the instrument's overall score. */
  readonly subscale: string | null;
  readonly phase: 'pre' | 'post';
  readonly score: number;
  /** The instrument's published reliability (Cronbach's α), for the Reliable Change Index. */
  readonly reliability: number | null;
  /** A reference SD for the RCI; when null the SD of the pupils' start scores is used. */
  readonly sd: number | null;
}

export interface ImpactRequest {
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
}

export interface ImpactMeasure {
  readonly key: string;
  readonly label: string;
  readonly betterWhen: Direction;
  readonly source: 'register' | 'questionnaire';
  readonly instrument: string | null;
  readonly subscale: string | null;
  /** Attendance %, for the persistent-absence counts. */
  readonly attendance: boolean;
  /** Measured in months (reading or spelling age), for the rate of progress (seed 004). */
  readonly months: boolean;
  readonly reliability: number | null;
  readonly sd: number | null;
}

export interface Observation {
  readonly pupilId: PupilId;
  readonly pupilName: string;
  readonly programme: string;
  readonly group: string;
  readonly measure: ImpactMeasure;
  readonly start: number;
  readonly end: number;
  /** The placement's dates, for the rate of progress. */
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
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
  readonly observations: readonly Observation[];
  readonly leftOut: readonly LeftOut[];
  /** Placements outside the requested dates, or with no dates when a range was asked for. */
  readonly outsideRange: number;
  readonly undated: number;
  /** Referrals not yet placed on a programme. */
  readonly referrals: number;
}

export const NO_PROGRAMME = 'No programme named';
export const ONE_TO_ONE_GROUP = '1-1';
export const NO_GROUP = 'No group named';

export function collectObservations(
  data: SchoolData,
  settings: Settings,
  request: ImpactRequest,
  scores: readonly QuestionnaireScore[],
): Observations {
  const names = new Map(data.pupils.map((p) => [p.id, p.name] as const));
  const placed = data.placements.filter((p) => p.type !== 'referred');
  const dated = placed.filter((p) => inRange(p, request) === 'in');
  const registerMeasures = data.measures.map((m) => registerMeasure(m, settings));
  const questionnaire = questionnaireMeasures(scores, settings);
  const observations: Observation[] = [];
  const leftOut: LeftOut[] = [];
  for (const placement of dated) {
    const pupilName = names.get(placement.pupilId) ?? String(placement.pupilId);
    const base = {
      pupilId: placement.pupilId,
      pupilName,
      programme: programmeOf(placement),
      group: groupOf(placement),
      from: placement.start,
      to: placement.end,
    };
    registerMeasures.forEach((measure, i) => {
      const def = data.measures[i];
      const values = def ? placement.measures[def.id] : undefined;
      pair(measure, values?.start ?? null, values?.end ?? null, base, placement, observations, leftOut);
    });
    for (const { measure, pre, post } of questionnaire.byPupil(placement.pupilId))
      pair(measure, pre, post, base, placement, observations, leftOut);
  }
  return {
    measures: [...registerMeasures, ...questionnaire.measures],
    observations,
    leftOut,
    outsideRange: placed.filter((p) => inRange(p, request) === 'out').length,
    undated: placed.filter((p) => inRange(p, request) === 'undated').length,
    referrals: data.placements.length - placed.length,
  };
}

function pair(
  measure: ImpactMeasure,
  start: number | null,
  end: number | null,
  base: Omit<Observation, 'measure' | 'start' | 'end'>,
  placement: Placement,
  observations: Observation[],
  leftOut: LeftOut[],
): void {
  if (start !== null && end !== null) observations.push({ ...base, measure, start, end });
  else if (start !== null || end !== null)
    leftOut.push({
      measure,
      pupilName: base.pupilName,
      programme: base.programme,
      reason: start === null ? 'no-start' : 'no-end',
      placement,
    });
}

/** Whether a placement's dates overlap the request; open-ended placements overlap from their known side. */
export function inRange(placement: Pick<Placement, 'start' | 'end'>, request: ImpactRequest): 'in' | 'out' | 'undated' {
  if (request.from === null && request.to === null) return 'in';
  if (placement.start === null && placement.end === null) return 'undated';
  if (request.to !== null && placement.start !== null && placement.start > request.to) return 'out';
  if (request.from !== null && placement.end !== null && placement.end < request.from) return 'out';
  return 'in';
}

export function programmeOf(placement: Placement): string {
  return placement.programme?.trim() || NO_PROGRAMME;
}

export function groupOf(placement: Placement): string {
  if (placement.group?.trim()) return placement.group.trim();
  return placement.type === '1-1' ? ONE_TO_ONE_GROUP : NO_GROUP;
}

function registerMeasure(def: MeasureDef, settings: Settings): ImpactMeasure {
  return {
    key: def.id,
    label: def.label,
    betterWhen: settings.impact.directions[def.id] ?? def.betterWhen,
    source: 'register',
    instrument: null,
    subscale: null,
    attendance: def.kind === 'percent' && (def.id === 'attendance' || /attend/i.test(def.label)),
    months: def.kind === 'months',
    reliability: null,
    sd: null,
  };
}

interface QuestionnairePairs {
  readonly measures: ImpactMeasure[];
  byPupil(pupil: PupilId): { measure: ImpactMeasure; pre: number | null; post: number | null }[];
}

/**
 * One measure per instrument total and subscale (higher is better unless settings say otherwise).
 * A pupil's pre and post scores pair up; when a pupil has two of a phase the later one in the list wins.
 */
function questionnaireMeasures(scores: readonly QuestionnaireScore[], settings: Settings): QuestionnairePairs {
  const measures = new Map<string, ImpactMeasure>();
  const values = new Map<string, Map<PupilId, { pre: number | null; post: number | null }>>();
  for (const score of scores) {
    if (!Number.isFinite(score.score)) continue;
    const label = score.subscale === null ? score.instrument : `${score.instrument}: ${score.subscale}`;
    const key = `q:${slug(score.instrument)}${score.subscale === null ? '' : `:${slug(score.subscale)}`}`;
    if (!measures.has(key)) {
      measures.set(key, {
        key,
        label,
        betterWhen: settings.impact.directions[key] ?? 'higher',
        source: 'questionnaire',
        instrument: score.instrument,
        subscale: score.subscale,
        attendance: false,
        months: false,
        reliability: score.reliability,
        sd: score.sd,
      });
    }
    const perPupil = values.get(key) ?? new Map<PupilId, { pre: number | null; post: number | null }>();
    values.set(key, perPupil);
    const current = perPupil.get(score.pupilId) ?? { pre: null, post: null };
    perPupil.set(score.pupilId, score.phase === 'pre' ? { ...current, pre: score.score } : { ...current, post: score.score });
  }
  const ordered = [...measures.values()];
  return {
    measures: ordered,
    byPupil: (pupil) =>
      ordered.flatMap((measure) => {
        const found = values.get(measure.key)?.get(pupil);
        return found ? [{ measure, pre: found.pre, post: found.post }] : [];
      }),
  };
}
