/**
 * An independent reference for the `Impact` tab, worked out from the raw cells of the example
 * school's register (and the `Scores` tab the questionnaire action wrote), never from the add-in's
 * own code: means and SDs come from simple-statistics, d_av and Hedges' correction are written out
 * here by hand from their textbook definitions (Lakens 2013; Hedges & Olkin 1985).
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import type { ModelValue, SheetModel, WorkbookModel } from '../../emulator/model';
import { grid, readRegister, text, type RegisterRow } from '../support/example-facts';
import type { WorkbookLayout } from '../support/examples';

export type Better = 'higher' | 'lower';

/** Published reliability (Cronbach's α) of the built-in instruments. */
export const RELIABILITY: Readonly<Record<string, number>> = { "Students' Life Satisfaction Scale": 0.82 };
export const PERSISTENT_ABSENCE_BELOW = 90;
/** The label the add-in gives the attendance measure, whatever the register's headers. */
export const ATTENDANCE = 'Attendance %';

export interface RefObservation {
  pupilId: string;
  pupil: string;
  programme: string;
  group: string;
  measure: string;
  better: Better;
  start: number;
  end: number;
}

export interface RefSummary {
  n: number;
  startMean: number;
  endMean: number;
  change: number;
  effectSize: number | null;
  improved: number;
  improvedShare: number;
}

function numberOf(value: ModelValue | undefined): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

export interface Placement {
  readonly pupilId: string;
  readonly pupil: string;
  readonly programme: string;
  readonly group: string;
  readonly row: RegisterRow;
}

/** Placed pupils (not referrals) read straight from the register's cells. */
export function placements(workbook: WorkbookModel, layout: WorkbookLayout): Placement[] {
  return readRegister(workbook, layout)
    .filter((row) => row.type !== 'referred')
    .map((row) => ({
      pupilId: row.pupilId,
      pupil: row.name,
      programme: row.programme,
      group: row.group !== '' ? row.group : row.type === '1-1' ? '1-1' : 'No group named',
      row,
    }));
}

/** Pre and post scores per pupil, instrument and subscale from the `Scores` tab; later rows win. */
export function scoresByPupil(scores: SheetModel): Map<string, Map<string, { pre: number | null; post: number | null }>> {
  const [headers = [], ...rows] = grid(scores);
  const at = (name: string): number => headers.findIndex((h) => text(h) === name);
  const first = at('Score');
  // An overall score its validation does not support (the SRS's) is shown apart and never counted.
  const unvalidated = at('Total (not validated)');
  const last = unvalidated >= 0 ? unvalidated : at('Answered');
  const result = new Map<string, Map<string, { pre: number | null; post: number | null }>>();
  for (const row of rows) {
    const id = text(row[at('Pupil ID')]);
    const phase = text(row[at('Phase')]);
    const flags = text(row[at('Flags')]);
    if (id === '' || (phase !== 'pre' && phase !== 'post')) continue;
    if (/duplicate|fuzzy-match|unmatched-pupil/.test(flags)) continue;
    const instrument = text(row[at('Instrument')]);
    const perPupil = result.get(id) ?? new Map<string, { pre: number | null; post: number | null }>();
    result.set(id, perPupil);
    for (let c = first; c < last; c += 1) {
      const value = numberOf(row[c]);
      if (value === null) continue;
      const label = c === first ? instrument : `${instrument}: ${text(headers[c])}`;
      const current = perPupil.get(label) ?? { pre: null, post: null };
      perPupil.set(label, phase === 'pre' ? { ...current, pre: value } : { ...current, post: value });
    }
  }
  return result;
}

export interface Reference {
  observations: RefObservation[];
  /** "measure: pupil, no-start|no-end" for every pupil with only one of the two values. */
  leftOut: string[];
}

export function reference(workbook: WorkbookModel, layout: WorkbookLayout, scores: SheetModel | null): Reference {
  const questionnaire = scores ? scoresByPupil(scores) : new Map<string, Map<string, { pre: number | null; post: number | null }>>();
  const observations: RefObservation[] = [];
  const leftOut: string[] = [];
  const add = (p: Placement, measure: string, better: Better, start: number | null, end: number | null): void => {
    if (start !== null && end !== null)
      observations.push({ pupilId: p.pupilId, pupil: p.pupil, programme: p.programme, group: p.group, measure, better, start, end });
    else if (start !== null || end !== null) leftOut.push(`${measure}: ${p.pupil}, ${start === null ? 'no-start' : 'no-end'}`);
  };
  for (const p of placements(workbook, layout)) {
    for (const m of layout.measures) add(p, m.label, m.better, numberOf(p.row.cell(m.start)), numberOf(p.row.cell(m.end)));
    for (const [label, { pre, post }] of questionnaire.get(p.pupilId) ?? []) add(p, label, 'higher', pre, post);
  }
  return { observations, leftOut };
}

/** Cohen's d_av with Hedges' correction, turned so that positive is better; null when n < 3 or no spread. */
export function hedgesGav(starts: readonly number[], ends: readonly number[], better: Better): number | null {
  const n = starts.length;
  if (n < 3) return null;
  const averageSd = (sampleStandardDeviation([...starts]) + sampleStandardDeviation([...ends])) / 2;
  if (averageSd === 0) return null;
  const dAv = (mean([...ends]) - mean([...starts])) / averageSd;
  const correction = 1 - 3 / (4 * n - 5);
  return better === 'higher' ? dAv * correction : -dAv * correction;
}

export function summarise(observations: readonly RefObservation[]): RefSummary {
  const starts = observations.map((o) => o.start);
  const ends = observations.map((o) => o.end);
  const better = observations[0]?.better ?? 'higher';
  const improved = observations.filter((o) => (better === 'higher' ? o.end > o.start : o.end < o.start)).length;
  return {
    n: observations.length,
    startMean: mean(starts),
    endMean: mean(ends),
    change: mean(ends) - mean(starts),
    effectSize: hedgesGav(starts, ends, better),
    improved,
    improvedShare: improved / observations.length,
  };
}

/** First placement of each pupil only. */
export function onceEach(observations: readonly RefObservation[]): RefObservation[] {
  const seen = new Set<string>();
  return observations.filter((o) => !seen.has(o.pupilId) && Boolean(seen.add(o.pupilId)));
}

/** `programme|group|measure` → summary, for "All groups" and for every group. */
export function summaries(observations: readonly RefObservation[]): Map<string, RefSummary> {
  const keys = new Map<string, RefObservation[]>();
  for (const o of observations) {
    for (const group of ['All groups', o.group]) {
      const key = `${o.programme}|${group}|${o.measure}`;
      keys.set(key, [...(keys.get(key) ?? []), o]);
    }
  }
  return new Map([...keys].map(([key, list]) => [key, summarise(onceEach(list))]));
}

/** `programme|group` → pupils below the threshold at start and end (attendance only). */
export function absence(observations: readonly RefObservation[]): Map<string, { n: number; start: number; end: number }> {
  const result = new Map<string, { n: number; start: number; end: number }>();
  const attendance = observations.filter((o) => o.measure === ATTENDANCE);
  const keys = new Set(attendance.flatMap((o) => [`${o.programme}|All groups`, `${o.programme}|${o.group}`]));
  for (const key of keys) {
    const [programme, group] = key.split('|');
    const list = onceEach(attendance.filter((o) => o.programme === programme && (group === 'All groups' || o.group === group)));
    result.set(key, {
      n: list.length,
      start: list.filter((o) => o.start < PERSISTENT_ABSENCE_BELOW).length,
      end: list.filter((o) => o.end < PERSISTENT_ABSENCE_BELOW).length,
    });
  }
  return result;
}

/** Jacobson & Truax's RCI, with the SD of every pupil's start score for that measure. */
export function rci(observation: RefObservation, observations: readonly RefObservation[]): number | null {
  const alphaKey = Object.keys(RELIABILITY).find(
    (instrument) => observation.measure === instrument || observation.measure.startsWith(`${instrument}: `),
  );
  const alpha = alphaKey === undefined ? undefined : RELIABILITY[alphaKey];
  if (alpha === undefined) return null;
  const starts = onceEach(observations.filter((o) => o.measure === observation.measure)).map((o) => o.start);
  const sd = sampleStandardDeviation(starts);
  const standardErrorOfDifference = Math.sqrt(2 * (sd * Math.sqrt(1 - alpha)) ** 2);
  return (observation.end - observation.start) / standardErrorOfDifference;
}
