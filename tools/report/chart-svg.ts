/** Draws a chart as SVG with Vega-Lite, compiled and rendered in Node (no browser, no canvas). */
import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartModel } from '../../emulator/model';
import type { ChartData } from './chart-data';
import { escapeHtml } from './escape';

function numberOption(options: Record<string, unknown>, key: string, fallback: number): number {
  const value = options[key];
  return typeof value === 'number' && value > 0 ? value : fallback;
}

/** Reads `hAxis.title` whether the builder stored it flat or nested. */
function axisTitle(options: Record<string, unknown>, axis: 'hAxis' | 'vAxis'): string | undefined {
  const flat = options[`${axis}.title`];
  if (typeof flat === 'string') return flat;
  const nested = options[axis];
  if (typeof nested === 'object' && nested !== null && 'title' in nested && typeof nested.title === 'string') return nested.title;
  return undefined;
}

function colours(options: Record<string, unknown>): string[] | undefined {
  const value = options.colors;
  return Array.isArray(value) && value.every((c): c is string => typeof c === 'string') ? value : undefined;
}

/** The Vega-Lite spec for a chart type (Apps Script names: COLUMN, BAR, LINE, PIE, SCATTER, AREA). */
export function chartSpec(chart: ChartModel, data: ChartData, title: string): TopLevelSpec {
  const options = chart.options;
  const hTitle = axisTitle(options, 'hAxis') ?? data.domainTitle;
  const vTitle = axisTitle(options, 'vAxis') ?? (data.series.length === 1 ? (data.series[0] ?? '') : '');
  const range = colours(options);
  const colour = { field: 'series', type: 'nominal' as const, title: '', sort: data.series, ...(range ? { scale: { range } } : {}) };
  const category = { field: 'category', type: 'nominal' as const, sort: null, title: hTitle };
  const value = { field: 'value', type: 'quantitative' as const, title: vTitle };
  const common = {
    title,
    width: numberOption(options, 'width', 480),
    height: numberOption(options, 'height', 280),
    data: { values: data.points.map((p) => ({ ...p })) },
  };
  switch (chart.type.toUpperCase()) {
    case 'BAR':
      return {
        ...common,
        mark: 'bar',
        encoding: { y: { ...category, title: hTitle }, yOffset: { field: 'series', sort: data.series }, x: value, color: colour },
      };
    case 'LINE':
      return { ...common, mark: { type: 'line', point: true }, encoding: { x: category, y: value, color: colour } };
    case 'AREA':
      return { ...common, mark: 'area', encoding: { x: category, y: { ...value, stack: null }, color: colour } };
    case 'PIE': {
      const firstSeries = data.series[0];
      const values = data.points.filter((p) => p.series === firstSeries).map((p) => ({ ...p }));
      return {
        ...common,
        data: { values },
        mark: 'arc',
        encoding: {
          theta: { field: 'value', type: 'quantitative' },
          color: { field: 'category', type: 'nominal', sort: null, title: hTitle, ...(range ? { scale: { range } } : {}) },
        },
      };
    }
    case 'SCATTER':
      return {
        ...common,
        mark: 'point',
        encoding: { x: { field: 'category', type: 'quantitative', title: hTitle }, y: value, color: colour },
      };
    default:
      return {
        ...common,
        mark: 'bar',
        encoding: { x: category, xOffset: { field: 'series', sort: data.series }, y: value, color: colour },
      };
  }
}

/** Renders the spec to an accessible SVG string (role="img", aria-label = the chart's title). */
export async function chartSvg(spec: TopLevelSpec, label: string): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(label)}" `);
  } finally {
    view.finalize();
  }
}
