/**
 * The data behind a chart, read from its source ranges as Sheets does: the first range's first column
 * is the domain (categories), every other column (and every other range) a series; first row = headers.
 */
import type { ChartModel, ModelValue, WorkbookModel } from '../../emulator/model';
import { isModelDate } from '../../emulator/model';
import { displayValue } from '../../emulator/spreadsheet/display';

export interface ChartPoint {
  category: string | number;
  series: string;
  value: number;
}

export interface ChartData {
  domainTitle: string;
  series: string[];
  points: ChartPoint[];
}

type Column = ModelValue[];

function rangeColumns(model: WorkbookModel, ref: ChartModel['ranges'][number]): Column[] {
  const sheet = model.sheets.find((s) => s.name === ref.sheet);
  const { row, column, rows, columns } = ref.range;
  return Array.from({ length: columns }, (_, c) =>
    Array.from({ length: rows }, (_, r) => sheet?.cells[row + r]?.[column + c]?.value ?? ''),
  );
}

function categoryOf(value: ModelValue): string | number {
  if (typeof value === 'number') return value;
  return isModelDate(value) ? displayValue(value) : String(value);
}

function numberOf(value: ModelValue): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return null;
}

export function chartData(model: WorkbookModel, chart: ChartModel): ChartData {
  const [first, ...others] = chart.ranges;
  if (!first) return { domainTitle: '', series: [], points: [] };
  const [domain = [], ...firstSeries] = rangeColumns(model, first);
  const seriesColumns = [...firstSeries, ...others.flatMap((ref) => rangeColumns(model, ref))];
  const series = seriesColumns.map((col, i) => String(col[0] ?? '') || `Series ${i + 1}`);
  const points: ChartPoint[] = [];
  for (let r = 1; r < domain.length; r++) {
    const raw = domain[r] ?? '';
    if (raw === '') continue;
    seriesColumns.forEach((col, i) => {
      const value = numberOf(col[r] ?? '');
      if (value !== null) points.push({ category: categoryOf(raw), series: series[i] ?? '', value });
    });
  }
  return { domainTitle: String(domain[0] ?? ''), series, points };
}
