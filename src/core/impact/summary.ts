/**
 * Observations grouped for the `Impact` tab: per programme ("All groups") and per group per
 * measure, per pupil, and the persistent-absence counts for attendance measures.
 */
import type { PupilId } from '../domain';
import type { ImpactMeasure, Observation } from './observations';
import { isImproved, reliableChangeIndex, RELIABLE_CHANGE_THRESHOLD, sampleSd, summarise, type Summary } from './stats';

export const ALL_GROUPS = 'All groups';

export interface SummaryRow {
  readonly programme: string;
  readonly group: string;
  readonly measure: ImpactMeasure;
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
  /** Questionnaire measures with a known reliability only. */
  readonly rci: number | null;
}

export interface AbsenceRow {
  readonly programme: string;
  readonly group: string;
  readonly measure: ImpactMeasure;
  readonly n: number;
  readonly start: number;
  readonly end: number;
}

/** Programmes and groups in alphabetical order, so the output does not depend on row order. */
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
      if (forMeasure.length === 0) continue;
      rows.push({ programme, group: ALL_GROUPS, measure, summary: summarise(onePerPupil(forMeasure), measure.betterWhen) });
      for (const group of groups) {
        const inGroup = forMeasure.filter((o) => o.group === group);
        if (inGroup.length > 0) rows.push({ programme, group, measure, summary: summarise(onePerPupil(inGroup), measure.betterWhen) });
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

export function pupilRows(observations: readonly Observation[], measures: readonly ImpactMeasure[]): PupilRow[] {
  const sds = new Map(measures.map((m) => [m.key, rciSd(m, observations)] as const));
  const rows = measures.flatMap((measure) =>
    observations
      .filter((o) => o.measure.key === measure.key)
      .map((o) => ({
        pupilId: o.pupilId,
        pupilName: o.pupilName,
        programme: o.programme,
        group: o.group,
        measure,
        start: o.start,
        end: o.end,
        improved: isImproved(o, measure.betterWhen),
        rci: measure.source === 'questionnaire' ? reliableChangeIndex(o, sds.get(measure.key) ?? null, measure.reliability) : null,
      })),
  );
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

/** Pupils below the threshold at the start and at the end, per programme and group. */
export function absenceRows(observations: readonly Observation[], measures: readonly ImpactMeasure[], below: number): AbsenceRow[] {
  const rows: AbsenceRow[] = [];
  for (const measure of measures.filter((m) => m.attendance)) {
    for (const programme of programmesOf(observations)) {
      const forMeasure = observations.filter((o) => o.programme === programme && o.measure.key === measure.key);
      if (forMeasure.length === 0) continue;
      rows.push(absenceRow(programme, ALL_GROUPS, measure, onePerPupil(forMeasure), below));
      for (const group of [...new Set(forMeasure.map((o) => o.group))].sort(compareText)) {
        rows.push(absenceRow(programme, group, measure, onePerPupil(forMeasure.filter((o) => o.group === group)), below));
      }
    }
  }
  return rows;
}

function absenceRow(programme: string, group: string, measure: ImpactMeasure, pupils: readonly Observation[], below: number): AbsenceRow {
  return {
    programme,
    group,
    measure,
    n: pupils.length,
    start: pupils.filter((o) => o.start < below).length,
    end: pupils.filter((o) => o.end < below).length,
  };
}

export function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en-GB', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}
