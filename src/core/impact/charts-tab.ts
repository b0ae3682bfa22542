/**
 * The `Impact charts` tab: the charts leaders show governors. Small data blocks on the left
 * (columns A onwards), native charts to the right in a two-column grid, each chart drawn from its
 * own block so leaders can click through to the numbers. Start is always grey and end always blue.
 *
 * What a governor may see: programmes, measures and subscales, each label with its number of
 * pupils, never a pupil (per-pupil detail stays on `Impact`); no category of fewer than five
 * pupils; at most twelve categories a chart (those with most pupils); questionnaire axes from
 * the scale's lowest score; titles that say what happened, and "no clear change" when the 95 %
 * interval includes no change.
 */
import type { AreaFormat, ChartSpec, ChartType, PlanCell, TabPlan } from '../plan';
import { plural } from '../text';
import { MIN_SUBGROUP } from './breakdowns';
import type { ImpactMeasure } from './measures';
import type { Observation } from './observations';
import { formatNumber, measurePhrase } from './sentences';
import { summarise, type Summary } from './stats';
import { ALL_GROUPS, ALL_PROGRAMMES, onePerPupil, type AbsenceRow, type AbsenceThresholds, type SummaryRow } from './summary';

export const IMPACT_CHARTS_KEY = 'impact-charts';
export const IMPACT_CHARTS_TAB = 'Impact charts';
export const START_COLOUR = '#9aa0a6';
export const END_COLOUR = '#1a73e8';
export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 371;
/** Google's guidance for bar and column charts: more categories than this cannot be read. */
export const MAX_CATEGORIES = 12;
/**
 * Three printed pages of two: what a management meeting reads, and what keeps the action within
 * its budget in Google, where each chart is laid out on the server (emulator/cost-model.ts).
 */
export const MAX_CHARTS = 6;
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
  readonly absence: readonly AbsenceRow[];
  readonly thresholds: AbsenceThresholds;
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
  /** Where the value axis starts, when it should not be left to Sheets. */
  readonly floor: number | null;
  /** Pupils the chart speaks for: when there are more charts than MAX_CHARTS, those with most are drawn. */
  readonly pupils: number;
  /** The overview charts (everyone improved, persistent absence) are always drawn. */
  readonly overview: boolean;
}

export function impactChartsTab(input: ChartsInput): TabPlan {
  const { blocks, left } = mostTelling([...meanBlocks(input), ...improvedBlocks(input), ...absenceBlocks(input), ...profileBlocks(input)]);
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
  if (blocks.length === 0)
    rows.push([`No charts: no programme has ${MIN_SUBGROUP} or more pupils with both a start and an end value for a measure for impact.`]);
  if (left > 0)
    rows.push([
      `${plural(left, 'more chart')} would have been drawn: ${MAX_CHARTS} at most, those for the most pupils; the numbers for every measure are on Impact.`,
    ]);

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

/** The overview charts and then those for the most pupils, in their own order, at most MAX_CHARTS. */
function mostTelling(blocks: readonly Block[]): { blocks: Block[]; left: number } {
  if (blocks.length <= MAX_CHARTS) return { blocks: [...blocks], left: 0 };
  const ranked = [...blocks].sort((a, b) => Number(b.overview) - Number(a.overview) || b.pupils - a.pupils);
  const kept = new Set(ranked.slice(0, MAX_CHARTS));
  return { blocks: blocks.filter((b) => kept.has(b)), left: blocks.length - MAX_CHARTS };
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

/**
 * The chart's options. The value axis runs along hAxis in a bar chart and vAxis in a column
 * chart; `viewWindow.min` starts it at a scale's lowest score (Google Charts' axis options, which
 * Sheets' `EmbeddedChartBuilder.setOption` takes:
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setOption(String,Object)).
 */
function chartOf(block: Block, range: string, position: { row: number; column: number }): ChartSpec {
  const valueAxis = block.type === 'bar' ? 'hAxis' : 'vAxis';
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
      ...(block.numberFormat === '0%' ? { [`${valueAxis}.format`]: 'percent' } : {}),
      ...(block.floor === null ? {} : { [`${valueAxis}.viewWindow.min`]: block.floor }),
    },
  };
}

const START_END = [START_COLOUR, END_COLOUR] as const;

/**
 * A chart's rows: at most twelve, the ones with most pupils when there are more (the rest are on
 * `Impact`), in their own order. The number of charts never depends on the number of pupils or
 * programmes, so neither does the action's cost in service calls.
 */
function largest<T extends { readonly n: number }>(rows: readonly T[]): { rows: T[]; left: number } {
  if (rows.length <= MAX_CATEGORIES) return { rows: [...rows], left: 0 };
  const kept = new Set([...rows].sort((a, b) => b.n - a.n).slice(0, MAX_CATEGORIES));
  return { rows: rows.filter((r) => kept.has(r)), left: rows.length - MAX_CATEGORIES };
}

/** ` (the 12 with most pupils; 3 more on Impact)` when some were left out. */
function leftText(left: number, what: string): string {
  return left === 0 ? '' : ` (the ${MAX_CATEGORIES} ${what} with most pupils; ${left} more on Impact)`;
}

/** "clearly better for 2 of 3 programmes, no clear change for 1": what the intervals say. */
export function verdictsText(summaries: readonly Summary[], of: string): string {
  const count = (verdict: Summary['verdict']): number => summaries.filter((s) => s.verdict === verdict).length;
  const total = summaries.length;
  const parts = [
    count('better') > 0 ? `clearly better for ${count('better')} of ${plural(total, of)}` : '',
    count('worse') > 0 ? `clearly worse for ${count('worse')}` : '',
    count('unclear') > 0 ? `no clear change for ${count('unclear') === total ? `any of ${plural(total, of)}` : count('unclear')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : `too few pupils to tell for ${plural(total, of)}`;
}

/** What happened to `subject`: `behaviour points fell from 14.2 to 9.1`, or `no clear change in behaviour points (14.2 to 13.9)`. */
function changeTitle(subject: string, summary: Summary, measure: ImpactMeasure): string {
  const from = `${formatNumber(summary.startMean)}${measure.unit}`;
  const to = `${formatNumber(summary.endMean)}${measure.unit}`;
  if (summary.verdict === 'better' || summary.verdict === 'worse')
    return `${subject} ${summary.change > 0 ? 'rose' : 'fell'} from ${from} to ${to}`;
  return `no clear change in ${subject} (${from} to ${to})`;
}

function shown(row: SummaryRow): boolean {
  return row.group === ALL_GROUPS && row.summary.n >= MIN_SUBGROUP;
}

/** (1) Start and end mean per programme, for each measure that is a programme's measure for impact. */
function meanBlocks(input: ChartsInput): Block[] {
  return input.measures
    .filter((m) => m.subscale === null)
    .flatMap((measure) => {
      const all = input.summaries
        .filter((s) => shown(s) && s.forImpact && s.measure.key === measure.key)
        .map((r) => ({ ...r, n: r.summary.n }));
      const { rows, left } = largest(all);
      const only = rows[0];
      if (!only) return [];
      const title =
        rows.length === 1
          ? `${only.programme}: ${changeTitle(measurePhrase(measure), only.summary, measure)}`
          : `${measure.label}: ${verdictsText(
              rows.map((r) => r.summary),
              'programme',
            )}${leftText(left, 'programmes')}`;
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
          floor: measure.floor,
          pupils: sum(rows.map((r) => r.summary.n)),
          overview: false,
        },
      ];
    });
}

/** (2) Share of pupils who improved, per programme and measure for impact (kept at best left out). */
function improvedBlocks(input: ChartsInput): Block[] {
  const all = input.summaries
    .filter((s) => shown(s) && s.forImpact)
    .map((r) => ({ ...r, n: r.summary.n - r.summary.keptAtBest }))
    .filter((r) => r.n >= MIN_SUBGROUP);
  const { rows, left } = largest(all);
  if (rows.length === 0) return [];
  const most = rows.filter((r) => (r.summary.improvedShare ?? 0) > 0.5).length;
  return [
    {
      id: 'improved',
      type: 'bar',
      title: `Most pupils improved on ${most === 0 ? 'none' : most} of ${plural(rows.length, 'programme measure')}${leftText(left, 'programme measures')}`,
      headers: ['Programme and measure', 'Improved %'],
      rows: rows.map((r) => [withN(`${r.programme}: ${r.measure.label}`, r.n), r.summary.improvedShare ?? 0]),
      numberFormat: '0%',
      hAxis: 'Pupils who improved (pupils kept at best left out)',
      vAxis: 'Programme and measure (number of pupils who could improve)',
      colours: [END_COLOUR],
      floor: 0,
      pupils: sum(rows.map((r) => r.n)),
      overview: true,
    },
  ];
}

/** (3) Persistently absent pupils at the start and the end, per programme. */
function absenceBlocks(input: ChartsInput): Block[] {
  return input.measures
    .filter((m) => m.attendance)
    .flatMap((measure) => {
      const total = input.absence.find((a) => a.programme === ALL_PROGRAMMES && a.measure.key === measure.key);
      const { rows, left } = largest(
        input.absence.filter((a) => a.programme !== ALL_PROGRAMMES && a.measure.key === measure.key && a.n >= MIN_SUBGROUP),
      );
      if (!total || rows.length === 0) return [];
      const { persistentStart: start, persistentEnd: end } = total;
      const change = end < start ? `fell from ${start} to ${end}` : end > start ? `rose from ${start} to ${end}` : `stayed at ${start}`;
      return [
        {
          id: `absence:${measure.key}`,
          type: 'column' as const,
          title: `Persistently absent pupils (attendance ${input.thresholds.persistent}% or less) ${change}${leftText(left, 'programmes')}`,
          headers: ['Programme', 'Start', 'End'],
          rows: rows.map((r) => [withN(r.programme, r.n), r.persistentStart, r.persistentEnd]),
          numberFormat: '0',
          hAxis: 'Programme (number of pupils)',
          vAxis: 'Persistently absent pupils',
          colours: START_END,
          floor: 0,
          pupils: total.n,
          overview: true,
        },
      ];
    });
}

/** (4) Each questionnaire's overall score and subscales at the start and the end (every pupil once). */
function profileBlocks(input: ChartsInput): Block[] {
  const instruments = [...new Set(input.measures.flatMap((m) => (m.instrument === null ? [] : [m.instrument])))];
  return instruments.flatMap((instrument) => {
    const rows = input.measures
      .filter((m) => m.instrument === instrument)
      .flatMap((measure) => {
        const pupils = onePerPupil(input.observations.filter((o) => o.measure.key === measure.key));
        if (pupils.length < MIN_SUBGROUP) return [];
        return [{ measure, n: pupils.length, summary: summarise(pupils, measure) }];
      });
    if (rows.length === 0) return [];
    const subscales = rows.filter((r) => r.measure.subscale !== null);
    const overall = rows.find((r) => r.measure.subscale === null);
    const title =
      subscales.length > 0
        ? `${instrument}: ${verdictsText(
            subscales.map((r) => r.summary),
            'subscale',
          )}`
        : overall
          ? `${instrument}: ${changeTitle('the mean score', overall.summary, overall.measure)}`
          : instrument;
    const floors = rows.flatMap((r) => (r.measure.floor === null ? [] : [r.measure.floor]));
    return [
      {
        id: `profile:${instrument}`,
        type: 'column' as const,
        title,
        headers: ['Score', 'Start', 'End'],
        rows: largest(rows).rows.map((r) => [withN(r.measure.subscale ?? 'Overall', r.n), r.summary.startMean, r.summary.endMean]),
        numberFormat: '0.0',
        hAxis: 'Overall score and subscales (number of pupils)',
        vAxis: 'Mean score',
        colours: START_END,
        floor: floors.length > 0 ? Math.min(...floors) : null,
        pupils: Math.max(...rows.map((r) => r.n)),
        overview: false,
      },
    ];
  });
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function withN(label: string, n: number): string {
  return `${label} (n = ${n})`;
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
