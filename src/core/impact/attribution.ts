/**
 * Which placement a questionnaire score belongs to, so a pupil on two programmes has each score
 * counted once, for the programme it was taken in: the one the response names, else the one whose
 * dates (widened by a few days, as start and end questionnaires are often sent just before or
 * after) hold the day it was sent. Where that still leaves two, one whose purpose the
 * questionnaire serves is taken, then the one whose start (for a start score) or end (for an end
 * score) is nearest; where nothing decides, the score is left out rather than guessed.
 */
import type { Placement, PupilId } from '../domain';
import { normaliseText } from '../text';
import { dateOfIso, type IsoDate } from '../values';
import { addDays } from '../calendar/days';
import type { ImpactMeasure, QuestionnaireScore } from './measures';
import { programmeOf } from './programmes';

export interface ScorePair {
  readonly measure: ImpactMeasure;
  readonly pre: number | null;
  readonly post: number | null;
}

export interface Attribution {
  readonly pairs: (placement: Placement) => readonly ScorePair[];
  /** Scores that fitted no placement, and scores that fitted more than one equally well. */
  readonly unplaced: number;
  readonly ambiguous: number;
}

export interface AttributionRules {
  readonly daysEitherSide: number;
  readonly measureOf: (score: QuestionnaireScore) => ImpactMeasure;
  /** Whether the measure's name carries the programme's purpose (a self-esteem scale, a self-esteem programme). */
  readonly serves: (programme: string, measure: ImpactMeasure) => boolean;
}

export function attributeScores(
  scores: readonly QuestionnaireScore[],
  placements: readonly Placement[],
  rules: AttributionRules,
): Attribution {
  const byPupil = new Map<PupilId, Placement[]>();
  for (const placement of placements) byPupil.set(placement.pupilId, [...(byPupil.get(placement.pupilId) ?? []), placement]);
  const pairs = new Map<Placement, Map<string, Pairing>>();
  let unplaced = 0;
  let ambiguous = 0;
  for (const score of scores) {
    if (!Number.isFinite(score.score)) continue;
    const measure = rules.measureOf(score);
    const found = placementOf(score, measure, byPupil.get(score.pupilId) ?? [], rules);
    if (found === 'none') unplaced += 1;
    else if (found === 'several') ambiguous += 1;
    else {
      const perMeasure = pairs.get(found) ?? new Map<string, Pairing>();
      pairs.set(found, perMeasure);
      const current = perMeasure.get(measure.key) ?? { measure, pre: null, post: null, preDate: null, postDate: null };
      perMeasure.set(measure.key, latest(current, score));
    }
  }
  return {
    pairs: (placement) => [...(pairs.get(placement)?.values() ?? [])].map(({ measure, pre, post }) => ({ measure, pre, post })),
    unplaced,
    ambiguous,
  };
}

interface Pairing extends ScorePair {
  readonly preDate: string | null;
  readonly postDate: string | null;
}

/** Of two scores of one phase for a placement, the later sent is kept (the later in the list when a date is missing). */
function latest(current: Pairing, score: QuestionnaireScore): Pairing {
  const pre = score.phase === 'pre';
  const kept = pre ? current.preDate : current.postDate;
  const had = pre ? current.pre : current.post;
  if (had !== null && kept !== null && score.date !== null && score.date < kept) return current;
  return pre ? { ...current, pre: score.score, preDate: score.date } : { ...current, post: score.score, postDate: score.date };
}

function placementOf(
  score: QuestionnaireScore,
  measure: ImpactMeasure,
  placements: readonly Placement[],
  rules: AttributionRules,
): Placement | 'none' | 'several' {
  const named =
    score.programme === null ? [] : placements.filter((p) => normaliseText(programmeOf(p)) === normaliseText(score.programme ?? ''));
  let candidates = named.length > 0 ? named : placements;
  const date = score.date;
  if (date !== null) candidates = candidates.filter((p) => holds(p, date, rules.daysEitherSide));
  candidates = narrowed(candidates, (p) => rules.serves(programmeOf(p), measure));
  if (date !== null && candidates.length > 1) candidates = nearest(candidates, date, score.phase);
  if (candidates.length === 0) return 'none';
  return candidates.length === 1 && candidates[0] ? candidates[0] : 'several';
}

/** The placements whose start (for a start score) or end (for an end score) is nearest the day. */
function nearest(candidates: readonly Placement[], day: IsoDate, phase: QuestionnaireScore['phase']): readonly Placement[] {
  const distance = (p: Placement): number => {
    const anchor = (phase === 'pre' ? p.start : p.end) ?? p.start ?? p.end;
    return anchor === null ? Number.POSITIVE_INFINITY : Math.abs(dateOfIso(anchor).getTime() - dateOfIso(day).getTime());
  };
  const best = Math.min(...candidates.map(distance));
  return candidates.filter((p) => distance(p) === best);
}

/** The candidates that pass `prefer`, when some but not all do; otherwise all of them. */
function narrowed(candidates: readonly Placement[], prefer: (placement: Placement) => boolean): readonly Placement[] {
  const preferred = candidates.filter(prefer);
  return preferred.length > 0 ? preferred : candidates;
}

/** Whether the placement's dates, widened by `days` each side, hold the day; a missing date is open. */
function holds(placement: Placement, day: string, days: number): boolean {
  const from = placement.start === null ? null : addDays(placement.start, -days);
  const to = placement.end === null ? null : addDays(placement.end, days);
  return (from === null || from <= day) && (to === null || day <= to);
}
