/**
 * The measures impact is worked out for: the register's start/end columns and each questionnaire's
 * total and subscales, each with the way that is better, the best value a pupil can have (for
 * "kept at best") and the value a chart's axis starts from.
 */
import type { Direction, MeasureDef, PupilId } from '../domain';
import type { Settings } from '../settings';
import { slug } from '../text';
import type { IsoDate } from '../values';
import type { Scale } from './stats';

export interface QuestionnaireScore {
  readonly pupilId: PupilId;
  readonly instrument: string;
  /** null for the instrument's overall score. */
  readonly subscale: string | null;
  readonly phase: 'pre' | 'post';
  readonly score: number;
  /** The day the form was sent, to find the placement it was taken in; null when unknown. */
  readonly date: IsoDate | null;
  /** The programme the response names, when the form asks. */
  readonly programme: string | null;
  readonly betterWhen: Direction;
  /** The lowest and highest score possible. */
  readonly range: { readonly min: number; readonly max: number };
  /** The instrument's published reliability (Cronbach's α), for the Reliable Change Index. */
  readonly reliability: number | null;
  /** A reference SD for the RCI; when null the SD of the pupils' start scores is used. */
  readonly sd: number | null;
}

export interface ImpactMeasure extends Scale {
  readonly key: string;
  readonly label: string;
  readonly source: 'register' | 'questionnaire';
  readonly instrument: string | null;
  readonly subscale: string | null;
  /** Attendance %, for the persistent and severe absence counts. */
  readonly attendance: boolean;
  /** An age in months (reading, spelling age): the only kind the ratio gain applies to. */
  readonly months: boolean;
  /** `%` or ` months` after a value in a sentence, or nothing. */
  readonly unit: '%' | ' months' | '';
  /** Where a chart's value axis starts (a questionnaire scale's minimum); null lets Sheets choose. */
  readonly floor: number | null;
  readonly reliability: number | null;
  readonly sd: number | null;
}

/** The register's measures with a direction, and those whose direction nobody has chosen yet. */
export function registerMeasures(defs: readonly MeasureDef[], settings: Settings): { measures: ImpactMeasure[]; undirected: MeasureDef[] } {
  const measures: ImpactMeasure[] = [];
  const undirected: MeasureDef[] = [];
  for (const def of defs) {
    const betterWhen = settings.impact.directions[def.id] ?? def.betterWhen;
    if (betterWhen === null) undirected.push(def);
    else measures.push(registerMeasure(def, betterWhen));
  }
  return { measures, undirected };
}

function registerMeasure(def: MeasureDef, betterWhen: Direction): ImpactMeasure {
  return {
    key: def.id,
    label: def.label,
    betterWhen,
    best: bestOf(def.kind, betterWhen),
    source: 'register',
    instrument: null,
    subscale: null,
    attendance: def.kind === 'percent' && (def.id === 'attendance' || /attend/i.test(def.label)),
    months: def.kind === 'months',
    unit: def.kind === 'percent' ? '%' : def.kind === 'months' ? ' months' : '',
    floor: def.kind === 'score' ? null : 0,
    reliability: null,
    sd: null,
  };
}

/** 100 % attendance and no incidents are the best a pupil can have; a score or an age has no ceiling. */
function bestOf(kind: MeasureDef['kind'], betterWhen: Direction): number | null {
  if (kind === 'percent') return betterWhen === 'higher' ? 100 : 0;
  if (kind === 'count' && betterWhen === 'lower') return 0;
  return null;
}

export function questionnaireKey(score: Pick<QuestionnaireScore, 'instrument' | 'subscale'>): string {
  return `q:${slug(score.instrument)}${score.subscale === null ? '' : `:${slug(score.subscale)}`}`;
}

export function questionnaireMeasure(score: QuestionnaireScore, settings: Settings): ImpactMeasure {
  const key = questionnaireKey(score);
  const betterWhen = settings.impact.directions[key] ?? score.betterWhen;
  return {
    key,
    label: score.subscale === null ? score.instrument : `${score.instrument}: ${score.subscale}`,
    betterWhen,
    best: betterWhen === 'higher' ? score.range.max : score.range.min,
    source: 'questionnaire',
    instrument: score.instrument,
    subscale: score.subscale,
    attendance: false,
    months: false,
    unit: '',
    floor: score.range.min,
    reliability: score.reliability,
    sd: score.sd,
  };
}
