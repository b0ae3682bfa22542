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

/** An option set flat (`hAxis.title`, as the builder stores it) or nested (`{ hAxis: { title } }`). */
function option(options: Record<string, unknown>, path: string): unknown {
  if (path in options) return options[path];
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined),
      options,
    );
}

function text(options: Record<string, unknown>, path: string): string | undefined {
  const value = option(options, path);
  return typeof value === 'string' ? value : undefined;
}

function colours(options: Record<string, unknown>): string[] | undefined {
  const value = options.colors;
  return Array.isArray(value) && value.every((c): c is string => typeof c === 'string') ? value : undefined;
}

/** Sheets' axis `format`: `percent` (or a pattern with %) shows 0.25 as 25%. */
function axisFormat(options: Record<string, unknown>, axis: 'hAxis' | 'vAxis'): { format: string } | Record<string, never> {
  const format = text(options, `${axis}.format`);
  return format === 'percent' || format?.includes('%') ? { format: '.0%' } : {};
}

/** Google Charts puts the legend on the right unless `legend.position` says otherwise (`none` hides it). */
function legend(options: Record<string, unknown>): { legend: null } | { legend: { orient: string } } {
  const position = text(options, 'legend.position') ?? 'right';
  if (position === 'none') return { legend: null };
  return { legend: { orient: ['top', 'bottom', 'left', 'right'].includes(position) ? position : 'right' } };
}

/**
 * The Vega-Lite spec for a chart type (Apps Script names: COLUMN, BAR, LINE, AREA, PIE, SCATTER),
 * read as Sheets reads the options: `hAxis` is the horizontal axis and `vAxis` the vertical one,
 * so in a BAR chart the values run along hAxis and the categories down vAxis.
 */
export function chartSpec(chart: ChartModel, data: ChartData, title: string): TopLevelSpec {
  const options = chart.options;
  const range = colours(options);
  const seriesTitle = data.series.length === 1 ? (data.series[0] ?? '') : '';
  const colour = {
    field: 'series',
    type: 'nominal' as const,
    title: '',
    sort: data.series,
    ...legend(options),
    ...(range ? { scale: { range } } : {}),
  };
  const category = (axis: 'hAxis' | 'vAxis') => ({
    field: 'category',
    type: 'nominal' as const,
    sort: null,
    title: text(options, `${axis}.title`) ?? data.domainTitle,
  });
  const value = (axis: 'hAxis' | 'vAxis') => ({
    field: 'value',
    type: 'quantitative' as const,
    title: text(options, `${axis}.title`) ?? seriesTitle,
    axis: axisFormat(options, axis),
  });
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
        encoding: { y: category('vAxis'), yOffset: { field: 'series', sort: data.series }, x: value('hAxis'), color: colour },
      };
    case 'LINE':
      return { ...common, mark: { type: 'line', point: true }, encoding: { x: category('hAxis'), y: value('vAxis'), color: colour } };
    case 'AREA':
      return { ...common, mark: 'area', encoding: { x: category('hAxis'), y: { ...value('vAxis'), stack: null }, color: colour } };
    case 'PIE': {
      const firstSeries = data.series[0];
      const values = data.points.filter((p) => p.series === firstSeries).map((p) => ({ ...p }));
      return {
        ...common,
        data: { values },
        mark: 'arc',
        encoding: {
          theta: { field: 'value', type: 'quantitative' },
          color: {
            field: 'category',
            type: 'nominal',
            sort: null,
            title: data.domainTitle,
            ...legend(options),
            ...(range ? { scale: { range } } : {}),
          },
        },
      };
    }
    case 'SCATTER':
      return {
        ...common,
        mark: 'point',
        encoding: {
          x: { ...value('hAxis'), field: 'category', title: text(options, 'hAxis.title') ?? data.domainTitle },
          y: value('vAxis'),
          color: colour,
        },
      };
    default:
      return {
        ...common,
        mark: 'bar',
        encoding: { x: category('hAxis'), xOffset: { field: 'series', sort: data.series }, y: value('vAxis'), color: colour },
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
