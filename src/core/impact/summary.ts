/**
 * Observations grouped for the `Impact` tab: per programme ("All groups", and each group when a
 * programme has more than one) per measure, per pupil for the measures for impact, and the
 * persistent and severe absence counts for attendance.
 */
import type { PupilId } from '../domain';
import type { ImpactMeasure } from './measures';
import type { Observation } from './observations';
import { compareText } from './programmes';
import { isImproved, isKeptAtBest, reliableChangeIndex, RELIABLE_CHANGE_THRESHOLD, sampleSd, summarise, type Summary } from './stats';

export const ALL_GROUPS = 'All groups';
export const ALL_PROGRAMMES = 'All programmes';

export interface SummaryRow {
  readonly programme: string;
  readonly group: string;
  readonly measure: ImpactMeasure;
  /** One of the programme's measures for impact. */
  readonly forImpact: boolean;
  readonly summary: Summary;
}

export interface PupilRow {
  readonly pupilId: PupilId;
  readonly pupilName: string;
  readonly programme: string;
  readonly group: string;
  readonly measure: ImpactMeasure;
  readonly start: number;
  readonly end: number;
  readonly improved: boolean;
  readonly keptAtBest: boolean;
  /** Questionnaire measures with a known reliability only. */
  readonly rci: number | null;
}

export interface AbsenceThresholds {
  readonly persistent: number;
  readonly severe: number;
}

export interface AbsenceRow {
  readonly programme: string;
  readonly measure: ImpactMeasure;
  readonly n: number;
  readonly persistentStart: number;
  readonly persistentEnd: number;
  readonly severeStart: number;
  readonly severeEnd: number;
}

/** Programmes in alphabetical order, so the output does not depend on row order. */
export function programmesOf(observations: readonly Observation[]): string[] {
  return [...new Set(observations.map((o) => o.programme))].sort(compareText);
}

export function summaryRows(observations: readonly Observation[], measures: readonly ImpactMeasure[]): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const programme of programmesOf(observations)) {
    const inProgramme = observations.filter((o) => o.programme === programme);
    const groups = [...new Set(inProgramme.map((o) => o.group))].sort(compareText);
    for (const measure of measures) {
      const forMeasure = inProgramme.filter((o) => o.measure.key === measure.key);
      const first = forMeasure[0];
      if (!first) continue;
      const row = (group: string, list: readonly Observation[]): SummaryRow => ({
        programme,
        group,
        measure,
        forImpact: first.forImpact,
        summary: summarise(onePerPupil(list), measure),
      });
      rows.push(row(ALL_GROUPS, forMeasure));
      // A programme run as one group would repeat its own row.
      if (groups.length < 2) continue;
      for (const group of groups) {
        const inGroup = forMeasure.filter((o) => o.group === group);
        if (inGroup.length > 0) rows.push(row(group, inGroup));
      }
    }
  }
  return rows;
}

/** A pupil placed twice on the same programme (and measure) counts once: the first placement. */
export function onePerPupil(observations: readonly Observation[]): Observation[] {
  const seen = new Set<PupilId>();
  return observations.filter((o) => (seen.has(o.pupilId) ? false : (seen.add(o.pupilId), true)));
}

/** Each pupil's start and end for their programme's measures for impact. */
export function pupilRows(observations: readonly Observation[], measures: readonly ImpactMeasure[]): PupilRow[] {
  const sds = new Map(measures.map((m) => [m.key, rciSd(m, observations)] as const));
  const rows = observations
    .filter((o) => o.forImpact)
    .map((o) => ({
      pupilId: o.pupilId,
      pupilName: o.pupilName,
      programme: o.programme,
      group: o.group,
      measure: o.measure,
      start: o.start,
      end: o.end,
      improved: isImproved(o, o.measure.betterWhen),
      keptAtBest: isKeptAtBest(o, o.measure.best),
      rci: o.measure.source === 'questionnaire' ? reliableChangeIndex(o, sds.get(o.measure.key) ?? null, o.measure.reliability) : null,
    }));
  const order = new Map(measures.map((m, i) => [m.key, i] as const));
  return rows.sort(
    (a, b) =>
      compareText(a.programme, b.programme) ||
      compareText(a.group, b.group) ||
      compareText(a.pupilName, b.pupilName) ||
      (order.get(a.measure.key) ?? 0) - (order.get(b.measure.key) ?? 0),
  );
}

export function isReliableChange(rci: number | null): boolean {
  return rci !== null && Math.abs(rci) > RELIABLE_CHANGE_THRESHOLD;
}

/** The instrument's reference SD, or the SD of every pupil's start score for that measure. */
export function rciSd(measure: ImpactMeasure, observations: readonly Observation[]): number | null {
  if (measure.sd !== null) return measure.sd;
  const starts = new Map<PupilId, number>();
  for (const o of observations) if (o.measure.key === measure.key && !starts.has(o.pupilId)) starts.set(o.pupilId, o.start);
  return sampleSd([...starts.values()]);
}

/**
 * Pupils persistently and severely absent at the start and at the end, per programme and for all
 * programmes together (each pupil once). Both thresholds count attendance at or below them: the
 * DfE's persistent absence is missing 10 % or more of sessions, so attendance of 90 % or less.
 */
export function absenceRows(observations: readonly Observation[], measures: readonly ImpactMeasure[], at: AbsenceThresholds): AbsenceRow[] {
  const rows: AbsenceRow[] = [];
  for (const measure of measures.filter((m) => m.attendance)) {
    const forMeasure = observations.filter((o) => o.measure.key === measure.key);
    if (forMeasure.length === 0) continue;
    for (const programme of programmesOf(forMeasure))
      rows.push(absenceRow(programme, measure, onePerPupil(forMeasure.filter((o) => o.programme === programme)), at));
    rows.push(absenceRow(ALL_PROGRAMMES, measure, onePerPupil(forMeasure), at));
  }
  return rows;
}

function absenceRow(programme: string, measure: ImpactMeasure, pupils: readonly Observation[], at: AbsenceThresholds): AbsenceRow {
  const count = (value: (o: Observation) => number, threshold: number): number => pupils.filter((o) => value(o) <= threshold).length;
  return {
    programme,
    measure,
    n: pupils.length,
    persistentStart: count((o) => o.start, at.persistent),
    persistentEnd: count((o) => o.end, at.persistent),
    severeStart: count((o) => o.start, at.severe),
    severeEnd: count((o) => o.end, at.severe),
  };
}
