/**
 * An independent reference for the `Impact` tab, worked out from the raw cells of the example
 * school's register (and the `Scores` tab the questionnaire action wrote), never from the add-in's
 * own code: means and SDs come from simple-statistics, d_av and Hedges' correction are written out
 * here by hand from their textbook definitions (Lakens 2013; Hedges & Olkin 1985), and the 95 %
 * intervals from jStat's Student and noncentral t (Algina & Keselman 2003 for the effect size).
 */
import { jStat } from 'jstat';
import { mean, sampleStandardDeviation } from 'simple-statistics';
import type { ModelValue, SheetModel, WorkbookModel } from '../../emulator/model';
import { grid, readRegister, text, type RegisterRow } from '../support/example-facts';
import type { WorkbookLayout } from '../support/examples';

export type Better = 'higher' | 'lower';

/** The best value a pupil can have on a register measure, by the add-in's label: none for an age. */
export const BEST: Readonly<Record<string, number>> = {
  'Attendance %': 100,
  'Behaviour points': 0,
  Exclusions: 0,
  'Bullying incidents': 0,
};

/** The built-in instruments' highest answer, the best a mean score can be. */
export const SCALE_MAXIMUM: Readonly<Record<string, number>> = { "Students' Life Satisfaction Scale": 6, 'Student Resilience Survey': 5 };

/** Published reliability (Cronbach's α) of the built-in instruments. */
export const RELIABILITY: Readonly<Record<string, number>> = { "Students' Life Satisfaction Scale": 0.82 };
/** DfE: persistently absent misses 10 % or more of sessions, severely absent 50 % or more. */
export const PERSISTENT_ABSENCE_AT_OR_BELOW = 90;
export const SEVERE_ABSENCE_AT_OR_BELOW = 50;
/** The label the add-in gives the attendance measure, whatever the register's headers. */
export const ATTENDANCE = 'Attendance %';

export interface RefObservation {
  pupilId: string;
  pupil: string;
  programme: string;
  group: string;
  measure: string;
  better: Better;
  best: number | null;
  start: number;
  end: number;
}

export interface RefSummary {
  n: number;
  startMean: number;
  endMean: number;
  change: number;
  changeInterval: [number, number] | null;
  effectSize: number | null;
  effectSizeInterval: [number, number] | null;
  improved: number;
  keptAtBest: number;
  improvedShare: number | null;
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
  const add = (p: Placement, measure: string, better: Better, best: number | null, start: number | null, end: number | null): void => {
    if (start !== null && end !== null)
      observations.push({ pupilId: p.pupilId, pupil: p.pupil, programme: p.programme, group: p.group, measure, better, best, start, end });
    else if (start !== null || end !== null) leftOut.push(`${measure}: ${p.pupil}, ${start === null ? 'no-start' : 'no-end'}`);
  };
  for (const p of placements(workbook, layout)) {
    for (const m of layout.measures)
      add(p, m.label, m.better, BEST[m.label] ?? null, numberOf(p.row.cell(m.start)), numberOf(p.row.cell(m.end)));
    for (const [label, { pre, post }] of questionnaire.get(p.pupilId) ?? [])
      add(p, label, 'higher', SCALE_MAXIMUM[label.split(': ')[0] ?? ''] ?? null, pre, post);
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

/** The paired t interval of the mean change, with jStat's t quantile. */
export function changeInterval(starts: readonly number[], ends: readonly number[]): [number, number] | null {
  const n = starts.length;
  if (n < 2) return null;
  const changes = ends.map((e, i) => e - (starts[i] ?? NaN));
  const margin = (jStat.studentt.inv(0.975, n - 1) * sampleStandardDeviation(changes)) / Math.sqrt(n);
  return [mean(changes) - margin, mean(changes) + margin];
}

/** The noncentrality whose distribution function at t is p: a bisection on jStat's noncentral t. */
function noncentrality(t: number, df: number, p: number): number {
  let low = t - 30;
  let high = t + 30;
  for (let i = 0; i < 200; i += 1) {
    const mid = (low + high) / 2;
    if (jStat.noncentralt.cdf(t, df, mid) > p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** Algina & Keselman's interval for d_av, Hedges-corrected and turned like g; null with g. */
export function effectSizeInterval(starts: readonly number[], ends: readonly number[], better: Better): [number, number] | null {
  const n = starts.length;
  const g = hedgesGav(starts, ends, better);
  if (g === null) return null;
  const changes = ends.map((e, i) => e - (starts[i] ?? NaN));
  const sdChange = sampleStandardDeviation(changes);
  if (sdChange === 0) return [g, g];
  const sdAv = (sampleStandardDeviation([...starts]) + sampleStandardDeviation([...ends])) / 2;
  const t = mean(changes) / (sdChange / Math.sqrt(n));
  const scale = (sdChange / (Math.sqrt(n) * sdAv)) * (1 - 3 / (4 * n - 5));
  const low = noncentrality(t, n - 1, 0.975) * scale;
  const high = noncentrality(t, n - 1, 0.025) * scale;
  return better === 'higher' ? [low, high] : [-high, -low];
}

export function summarise(observations: readonly RefObservation[]): RefSummary {
  const starts = observations.map((o) => o.start);
  const ends = observations.map((o) => o.end);
  const better = observations[0]?.better ?? 'higher';
  const best = observations[0]?.best ?? null;
  const improved = observations.filter((o) => (better === 'higher' ? o.end > o.start : o.end < o.start)).length;
  const keptAtBest = observations.filter((o) => best !== null && o.start === best && o.end === best).length;
  return {
    n: observations.length,
    startMean: mean(starts),
    endMean: mean(ends),
    change: mean(ends) - mean(starts),
    changeInterval: changeInterval(starts, ends),
    effectSize: hedgesGav(starts, ends, better),
    effectSizeInterval: effectSizeInterval(starts, ends, better),
    improved,
    keptAtBest,
    improvedShare: observations.length === keptAtBest ? null : improved / (observations.length - keptAtBest),
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

export interface RefAbsence {
  n: number;
  persistentStart: number;
  persistentEnd: number;
  severeStart: number;
  severeEnd: number;
}

/** Programme (and `All programmes`) → pupils at or below 90 % and 50 % attendance at the start and end, counted by hand. */
export function absence(observations: readonly RefObservation[]): Map<string, RefAbsence> {
  const attendance = observations.filter((o) => o.measure === ATTENDANCE);
  const count = (list: readonly RefObservation[]): RefAbsence => ({
    n: list.length,
    persistentStart: list.filter((o) => o.start <= PERSISTENT_ABSENCE_AT_OR_BELOW).length,
    persistentEnd: list.filter((o) => o.end <= PERSISTENT_ABSENCE_AT_OR_BELOW).length,
    severeStart: list.filter((o) => o.start <= SEVERE_ABSENCE_AT_OR_BELOW).length,
    severeEnd: list.filter((o) => o.end <= SEVERE_ABSENCE_AT_OR_BELOW).length,
  });
  const result = new Map<string, RefAbsence>();
  for (const programme of new Set(attendance.map((o) => o.programme)))
    result.set(programme, count(onceEach(attendance.filter((o) => o.programme === programme))));
  result.set('All programmes', count(onceEach(attendance)));
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
