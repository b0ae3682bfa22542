/**
 * The `Impact charts` tab: small data blocks on the left (columns A onwards), native charts to
 * the right in a two-column grid, each chart drawn from its own block so leaders can click
 * through to the numbers. Start is always grey and end always blue.
 */
import type { AreaFormat, ChartSpec, ChartType, PlanCell, TabPlan } from '../plan';
import type { Direction } from '../domain';
import { plural } from '../text';
import type { ImpactMeasure, Observation } from './observations';
import { compareText, onePerPupil, type AbsenceRow, type PupilRow, type SummaryRow, ALL_GROUPS } from './summary';
import { mean } from './stats';

export const IMPACT_CHARTS_KEY = 'impact-charts';
export const IMPACT_CHARTS_TAB = 'Impact charts';
export const START_COLOUR = '#9aa0a6';
export const END_COLOUR = '#1a73e8';
export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 371;
/** Layout of the chart grid: rows are left at the default height, chart columns are set to 100 px. */
export const DEFAULT_ROW_HEIGHT = 21;
export const CHART_COLUMN_WIDTH = 100;
export const COLUMNS_PER_CHART = 7;
export const ROWS_PER_CHART = 20;
const GAP_COLUMN_WIDTH = 20;
const FIRST_DATA_COLUMN_WIDTH = 260;
const DATA_COLUMN_WIDTH = 90;

export interface ChartsInput {
  readonly measures: readonly ImpactMeasure[];
  readonly observations: readonly Observation[];
  readonly summaries: readonly SummaryRow[];
  readonly pupils: readonly PupilRow[];
  readonly absence: readonly AbsenceRow[];
  readonly persistentAbsenceBelow: number;
}

/** A block of data on the tab and the chart drawn from it. */
interface Block {
  readonly id: string;
  readonly type: ChartType;
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly PlanCell[])[];
  readonly numberFormat: string;
  readonly hAxis: string;
  readonly vAxis: string;
  readonly colours: readonly string[];
}

export function impactChartsTab(input: ChartsInput): TabPlan {
  const blocks = [...meanBlocks(input), ...pupilBlocks(input), ...improvedBlocks(input), ...absenceBlocks(input), ...profileBlocks(input)];
  const dataWidth = Math.max(3, ...blocks.map((b) => b.headers.length));
  const firstChartColumn = dataWidth + 2;
  const rows: PlanCell[][] = [];
  const areas: AreaFormat[] = [];
  const charts: ChartSpec[] = [];
  blocks.forEach((block, index) => {
    rows.push([`Data for chart ${index + 1}: ${block.title}`]);
    areas.push({ area: { row: rows.length, column: 1, rows: 1, columns: 1 }, bold: true });
    const headerRow = rows.length + 1;
    rows.push([...block.headers], ...block.rows.map((r) => [...r]));
    const lastRow = rows.length;
    rows.push([]);
    const columns = block.headers.length;
    areas.push({ area: { row: headerRow, column: 1, rows: 1, columns }, bold: true, background: '#f1f3f4' });
    areas.push({
      area: { row: headerRow + 1, column: 2, rows: lastRow - headerRow, columns: columns - 1 },
      numberFormat: block.numberFormat,
    });
    charts.push(
      chartOf(block, `'${IMPACT_CHARTS_TAB}'!A${headerRow}:${columnLetter(columns)}${lastRow}`, chartPosition(index, firstChartColumn)),
    );
  });
  if (blocks.length === 0) rows.push(['No charts: no pupil in this period has both a start and an end value for any measure.']);

  const lastColumn = firstChartColumn + 2 * COLUMNS_PER_CHART - 1;
  const height = Math.max(rows.length, ...charts.map((c) => c.position.row + ROWS_PER_CHART - 1));
  const values = Array.from({ length: height }, (_, i) => {
    const row = rows[i] ?? [];
    return [...row, ...Array<PlanCell>(lastColumn - row.length).fill('')];
  });
  return {
    key: IMPACT_CHARTS_KEY,
    name: IMPACT_CHARTS_TAB,
    values,
    format: { columnWidths: columnWidths(dataWidth, firstChartColumn, lastColumn), areas },
    charts,
  };
}

/** Two charts side by side, each in its own slot of whole rows and columns so none overlap. */
export function chartPosition(index: number, firstChartColumn: number): { row: number; column: number } {
  return { row: 1 + Math.floor(index / 2) * ROWS_PER_CHART, column: firstChartColumn + (index % 2) * COLUMNS_PER_CHART };
}

function columnWidths(dataWidth: number, firstChartColumn: number, lastColumn: number): Record<number, number> {
  const widths: Record<number, number> = { 1: FIRST_DATA_COLUMN_WIDTH };
  for (let c = 2; c <= dataWidth; c += 1) widths[c] = DATA_COLUMN_WIDTH;
  widths[firstChartColumn - 1] = GAP_COLUMN_WIDTH;
  for (let c = firstChartColumn; c <= lastColumn; c += 1) widths[c] = CHART_COLUMN_WIDTH;
  return widths;
}

function chartOf(block: Block, range: string, position: { row: number; column: number }): ChartSpec {
  return {
    id: block.id,
    type: block.type,
    title: block.title,
    ranges: [range],
    position,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    options: {
      colors: block.colours,
      'hAxis.title': block.hAxis,
      'vAxis.title': block.vAxis,
      'legend.position': block.colours.length > 1 ? 'bottom' : 'none',
      ...(block.numberFormat === '0%' ? { [block.type === 'bar' ? 'hAxis.format' : 'vAxis.format']: 'percent' } : {}),
    },
  };
}

const START_END = [START_COLOUR, END_COLOUR] as const;

/** (1) Start and end mean per programme, one chart per measure (questionnaire subscales are in (5)). */
function meanBlocks(input: ChartsInput): Block[] {
  return input.measures
    .filter((m) => m.subscale === null)
    .flatMap((measure) => {
      const rows = input.summaries.filter((s) => s.group === ALL_GROUPS && s.measure.key === measure.key);
      if (rows.length === 0) return [];
      const better = rows.filter((r) => movedBetter(r.summary.change, measure.betterWhen)).length;
      const only = rows[0];
      const title =
        rows.length === 1 && only
          ? `${measure.label} ${better === 1 ? verb(measure.betterWhen) : `did not ${verbBase(measure.betterWhen)}`} for ${only.programme}`
          : `${measure.label} ${verb(measure.betterWhen)} for ${better === 0 ? 'none' : better} of ${plural(rows.length, 'programme')}`;
      return [
        {
          id: `means:${measure.key}`,
          type: 'column' as const,
          title,
          headers: ['Programme', 'Start', 'End'],
          rows: rows.map((r) => [withN(r.programme, r.summary.n), r.summary.startMean, r.summary.endMean]),
          numberFormat: '0.0',
          hAxis: 'Programme (number of pupils)',
          vAxis: `${measure.label}: mean`,
          colours: START_END,
        },
      ];
    });
}

/** (2) Each pupil's start and end for the largest programme's main measure. */
function pupilBlocks(input: ChartsInput): Block[] {
  const programme = largestProgramme(input.observations);
  if (programme === null) return [];
  const measure = mainMeasure(programme, input.observations, input.measures);
  if (measure === null) return [];
  const pupils = input.pupils.filter((p) => p.programme === programme && p.measure.key === measure.key);
  const seen = new Set<string>();
  const rows = pupils.filter((p) => (seen.has(p.pupilId) ? false : (seen.add(p.pupilId), true)));
  const better = rows.filter((r) => r.improved).length;
  return [
    {
      id: 'pupils',
      type: 'column',
      title: `${programme}: ${measure.label} ${better === 0 ? `did not ${verbBase(measure.betterWhen)} for any` : `${verb(measure.betterWhen)} for ${better} of`} ${plural(rows.length, 'pupil')}`,
      headers: ['Pupil', 'Start', 'End'],
      rows: rows.map((r) => [r.pupilName, r.start, r.end]),
      numberFormat: '0.0',
      hAxis: `Pupil (n = ${rows.length})`,
      vAxis: measure.label,
      colours: START_END,
    },
  ];
}

/** (3) Share of pupils who improved, per programme and measure (subscales are left to (5)). */
function improvedBlocks(input: ChartsInput): Block[] {
  const rows = input.summaries.filter((s) => s.group === ALL_GROUPS && s.measure.subscale === null);
  if (rows.length === 0) return [];
  const most = rows.filter((r) => r.summary.improvedShare > 0.5).length;
  return [
    {
      id: 'improved',
      type: 'bar',
      title: `Most pupils improved on ${most === 0 ? 'none' : most} of ${plural(rows.length, 'programme measure')}`,
      headers: ['Programme and measure', 'Improved %'],
      rows: rows.map((r) => [withN(`${r.programme}: ${r.measure.label}`, r.summary.n), r.summary.improvedShare]),
      numberFormat: '0%',
      hAxis: 'Pupils who improved',
      vAxis: 'Programme and measure (number of pupils)',
      colours: [END_COLOUR],
    },
  ];
}

/** (4) Persistently absent pupils at the start and the end, per programme. */
function absenceBlocks(input: ChartsInput): Block[] {
  return input.measures
    .filter((m) => m.attendance)
    .flatMap((measure) => {
      const rows = input.absence.filter((a) => a.group === ALL_GROUPS && a.measure.key === measure.key);
      if (rows.length === 0) return [];
      const pupils = onePerPupil(input.observations.filter((o) => o.measure.key === measure.key));
      const start = pupils.filter((o) => o.start < input.persistentAbsenceBelow).length;
      const end = pupils.filter((o) => o.end < input.persistentAbsenceBelow).length;
      const change = end < start ? `fell from ${start} to ${end}` : end > start ? `rose from ${start} to ${end}` : `stayed at ${start}`;
      return [
        {
          id: `absence:${measure.key}`,
          type: 'column' as const,
          title: `Persistently absent pupils (${measure.label} below ${input.persistentAbsenceBelow}%) ${change}`,
          headers: ['Programme', 'Start', 'End'],
          rows: rows.map((r) => [withN(r.programme, r.n), r.start, r.end]),
          numberFormat: '0',
          hAxis: 'Programme (number of pupils)',
          vAxis: 'Persistently absent pupils',
          colours: START_END,
        },
      ];
    });
}

/** (5) Each questionnaire's overall score and subscales at the start and the end (every pupil once). */
function profileBlocks(input: ChartsInput): Block[] {
  const instruments = [...new Set(input.measures.flatMap((m) => (m.instrument === null ? [] : [m.instrument])))];
  return instruments.flatMap((instrument) => {
    const measures = input.measures.filter((m) => m.instrument === instrument);
    const rows = measures.flatMap((measure) => {
      const pupils = onePerPupil(input.observations.filter((o) => o.measure.key === measure.key));
      if (pupils.length === 0) return [];
      return [{ measure, n: pupils.length, start: mean(pupils.map((p) => p.start)), end: mean(pupils.map((p) => p.end)) }];
    });
    if (rows.length === 0) return [];
    const subscales = rows.filter((r) => r.measure.subscale !== null);
    const overall = rows.find((r) => r.measure.subscale === null);
    let title: string;
    if (subscales.length > 0) {
      const better = subscales.filter((r) => movedBetter(r.end - r.start, r.measure.betterWhen)).length;
      title = `${instrument}: scores improved on ${better === 0 ? 'none' : better} of ${plural(subscales.length, 'subscale')}`;
    } else {
      const r = overall ?? rows[0];
      title = r ? `${instrument}: mean score went from ${r.start.toFixed(1)} to ${r.end.toFixed(1)}` : instrument;
    }
    return [
      {
        id: `profile:${instrument}`,
        type: 'column' as const,
        title,
        headers: ['Score', 'Start', 'End'],
        rows: rows.map((r) => [withN(r.measure.subscale ?? 'Overall', r.n), r.start, r.end]),
        numberFormat: '0.0',
        hAxis: 'Overall score and subscales (number of pupils)',
        vAxis: 'Mean score',
        colours: START_END,
      },
    ];
  });
}

/** The programme with the most pupils counted (alphabetical on a tie). */
export function largestProgramme(observations: readonly Observation[]): string | null {
  const pupils = new Map<string, Set<string>>();
  for (const o of observations) pupils.set(o.programme, (pupils.get(o.programme) ?? new Set()).add(o.pupilId));
  let best: string | null = null;
  for (const [programme, set] of [...pupils].sort(([a], [b]) => compareText(a, b))) {
    if (best === null || set.size > (pupils.get(best)?.size ?? 0)) best = programme;
  }
  return best;
}

/** The measure most of the programme's pupils have both values for (first in order on a tie). */
export function mainMeasure(
  programme: string,
  observations: readonly Observation[],
  measures: readonly ImpactMeasure[],
): ImpactMeasure | null {
  let best: ImpactMeasure | null = null;
  let bestCount = 0;
  for (const measure of measures) {
    const count = onePerPupil(observations.filter((o) => o.programme === programme && o.measure.key === measure.key)).length;
    if (count > bestCount) [best, bestCount] = [measure, count];
  }
  return best;
}

function movedBetter(change: number, betterWhen: Direction): boolean {
  return betterWhen === 'higher' ? change > 0 : change < 0;
}

function verb(betterWhen: Direction): string {
  return betterWhen === 'higher' ? 'rose' : 'fell';
}

function verbBase(betterWhen: Direction): string {
  return betterWhen === 'higher' ? 'rise' : 'fall';
}

function withN(label: string, n: number): string {
  return `${label} (n = ${n})`;
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
