/**
 * The `Impact charts` tab on the example school: charts.json lists every chart with a title and a
 * range that lies inside its own data block, the numbers in the blocks are the reference's,
 * report.html draws one svg per chart, and no chart covers another or the data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelValue, SheetModel } from '../../emulator/model';
import { generatedTabNames } from '../../tools/local/session';
import { chartsJson, type ChartJson } from '../../tools/report/charts-json';
import { reportHtml } from '../../tools/report/html';
import { parseRangeA1 } from '../../tools/xlsx/a1';
import { ensureBuilt } from '../support/built';
import { grid, sheetOf } from '../support/example-facts';
import { EXAMPLES } from '../support/examples';
import { runExample, type ExampleRun } from './run';
import { absence, onceEach, summaries } from './reference';

const TAB = 'Impact charts';
/** Sheets' defaults for rows and columns the add-in leaves alone. */
const DEFAULT_ROW_HEIGHT = 21;
const DEFAULT_COLUMN_WIDTH = 100;

interface Block {
  chart: ChartJson;
  /** 0-based rows and columns of the chart's source range. */
  range: { row: number; column: number; rows: number; columns: number };
  values: ModelValue[][];
}

function blocks(run: ExampleRun): Block[] {
  const sheet = sheetOf(run.workbook, TAB);
  const cells = grid(sheet);
  return chartsJson(run.workbook)
    .filter((c) => c.sheet === TAB)
    .map((chart) => {
      expect(chart.ranges).toHaveLength(1);
      const [prefix, a1 = ''] = (chart.ranges[0] ?? '').split('!');
      expect(prefix).toBe(`'${TAB}'`);
      const range = parseRangeA1(a1);
      if (!range) throw new Error(`not a range: ${a1}`);
      const values = cells.slice(range.row, range.row + range.rows).map((row) => row.slice(range.column, range.column + range.columns));
      return { chart, range, values };
    });
}

/** "Managing my anger (n = 15)" → ["Managing my anger", 15] */
function splitN(label: ModelValue | undefined): [string, number] {
  const match = /^(.*) \(n = (\d+)\)$/.exec(String(label));
  expect(match, String(label)).not.toBeNull();
  return [match?.[1] ?? '', Number(match?.[2])];
}

function pixels(sheet: SheetModel, chart: ChartJson): { left: number; top: number; right: number; bottom: number } {
  let left = chart.position.offsetX;
  for (let c = 0; c < chart.position.column - 1; c += 1) left += sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
  let top = chart.position.offsetY;
  for (let r = 0; r < chart.position.row - 1; r += 1) top += sheet.rowHeights[r] ?? DEFAULT_ROW_HEIGHT;
  return { left, top, right: left + Number(chart.options.width), bottom: top + Number(chart.options.height) };
}

describe(`Impact charts on the ${EXAMPLES.origin} example school`, () => {
  let run: ExampleRun;
  let list: Block[];
  beforeAll(async () => {
    await ensureBuilt();
    run = await runExample();
    list = blocks(run);
  });

  it('lists every chart with a title, axis titles and a range inside its own data block', () => {
    expect(list.length).toBeGreaterThanOrEqual(5);
    const cells = grid(sheetOf(run.workbook, TAB));
    const chartColumn = Math.min(...list.map((b) => b.chart.position.column - 1));
    list.forEach(({ chart, range, values }, index) => {
      expect(chart.title.length, `chart ${index + 1}`).toBeGreaterThan(10);
      expect(chart.options['hAxis.title']).toBeTruthy();
      expect(chart.options['vAxis.title']).toBeTruthy();
      // The block: a caption naming the chart, a header row, data rows, then a blank row.
      expect(range.column).toBe(0);
      expect(range.column + range.columns).toBeLessThan(chartColumn);
      expect(cells[range.row - 1]?.[0]).toBe(`Data for chart ${index + 1}: ${chart.title}`);
      expect(values[0]?.slice(1)).toEqual(range.columns === 2 ? ['Improved %'] : ['Start', 'End']);
      expect(range.rows).toBeGreaterThan(1);
      for (const row of values.slice(1)) {
        expect(String(row[0])).not.toBe('');
        for (const v of row.slice(1)) expect(typeof v).toBe('number');
      }
      expect((cells[range.row + range.rows] ?? []).slice(0, range.columns).every((v) => v === '')).toBe(true);
      if (values[0]?.length === 3) expect(chart.options.colors).toEqual(['#9aa0a6', '#1a73e8']);
    });
  });

  it('draws the numbers of the reference in every block, no category under five pupils', () => {
    const expected = summaries(run.ref.observations);
    const absent = absence(run.ref.observations);
    const kinds = new Set<string>();
    for (const { chart, values } of list) {
      const rows = values.slice(1);
      const vAxis = String(chart.options['vAxis.title']);
      for (const [label] of rows) expect(splitN(label)[1]).toBeGreaterThanOrEqual(5);
      if (vAxis.endsWith(': mean')) {
        kinds.add('means');
        const measure = vAxis.slice(0, -': mean'.length);
        for (const [label, start, end] of rows) {
          const [programme, n] = splitN(label);
          const want = expected.get(`${programme}|All groups|${measure}`);
          expect([n, start, end]).toEqual([want?.n, expect.closeTo(want?.startMean ?? NaN, 9), expect.closeTo(want?.endMean ?? NaN, 9)]);
        }
      } else if (vAxis === 'Persistently absent pupils') {
        kinds.add('absence');
        for (const [label, start, end] of rows) {
          const [programme, n] = splitN(label);
          const want = absent.get(programme);
          expect({ n, start, end }).toEqual({ n: want?.n, start: want?.persistentStart, end: want?.persistentEnd });
        }
        const all = absent.get('All programmes');
        expect(chart.title).toContain(`from ${all?.persistentStart} to ${all?.persistentEnd}`);
      } else if (chart.type === 'BAR') {
        kinds.add('improved');
        for (const [label, share] of rows) {
          const [programmeAndMeasure, n] = splitN(label);
          const key = [...expected.keys()].find((k) => k.replace('|All groups|', ': ') === programmeAndMeasure);
          expect(key, programmeAndMeasure).toBeDefined();
          const want = expected.get(key ?? '');
          expect([n, share]).toEqual([(want?.n ?? 0) - (want?.keptAtBest ?? 0), expect.closeTo(want?.improvedShare ?? NaN, 9)]);
        }
      } else if (vAxis === 'Mean score') {
        kinds.add('profile');
        const instrument = chart.title.split(':')[0] ?? '';
        expect(chart.options['vAxis.viewWindow.min']).toBe(1);
        for (const [label, start, end] of rows) {
          const [score, n] = splitN(label);
          const measure = score === 'Overall' ? instrument : `${instrument}: ${score}`;
          const pupils = onceEach(run.ref.observations.filter((o) => o.measure === measure));
          expect(n).toBe(pupils.length);
          expect(start as number).toBeCloseTo(pupils.reduce((s, o) => s + o.start, 0) / pupils.length, 9);
          expect(end as number).toBeCloseTo(pupils.reduce((s, o) => s + o.end, 0) / pupils.length, 9);
        }
      } else throw new Error(`a chart of an unknown kind: ${chart.title}`);
    }
    expect([...kinds].sort()).toEqual(['absence', 'improved', 'means', 'profile']);
  });

  it('names no pupil and shows at most twelve categories a chart', () => {
    const names = new Set(run.ref.observations.map((o) => o.pupil));
    for (const { chart, values } of list) {
      const labels = values.slice(1).map(([label]) => String(label));
      expect(labels.length, chart.title).toBeLessThanOrEqual(12);
      for (const label of labels) for (const name of names) expect(label.includes(name), `${chart.title}: ${label}`).toBe(false);
    }
  });

  it('titles behaviour points by what the intervals say', () => {
    const behaviour = list.find((b) => b.chart.options['vAxis.title'] === 'Behaviour points: mean');
    expect(behaviour?.chart.title).toMatch(/^Behaviour points: (clearly better|clearly worse|no clear change)/);
    expect(behaviour?.chart.title).not.toMatch(/\b(rose|fell)\b/);
  });

  it('draws one svg per chart in report.html', async () => {
    const html = await reportHtml(run.workbook, { generatedSheets: generatedTabNames(run.workbook) });
    const start = html.indexOf('<h3 id="tab-');
    const section = html.slice(html.indexOf(`>${TAB}</h3>`));
    const end = section.indexOf('</section>');
    const figures = section.slice(0, end).match(/<figure>[\s\S]*?<\/figure>/g) ?? [];
    expect(start).toBeGreaterThan(0);
    expect(figures).toHaveLength(list.length);
    figures.forEach((figure, i) => {
      expect(figure.match(/<svg[\s>]/g)).toHaveLength(1);
      const title = list[i]?.chart.title.replace(/&/g, '&amp;').replace(/'/g, '&#39;') ?? '';
      expect(figure.includes(title) || figure.includes(title.replace(/&#39;/g, '&#x27;'))).toBe(true);
    });
  });

  it('lays the charts out so that none overlaps another or the data', () => {
    const sheet = sheetOf(run.workbook, TAB);
    const boxes = list.map((b) => pixels(sheet, b.chart));
    let dataRight = 0;
    for (let c = 0; c < Math.max(...list.map((b) => b.range.columns)); c += 1) dataRight += sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
    boxes.forEach((a, i) => {
      expect(a.left, `chart ${i + 1} covers the data`).toBeGreaterThanOrEqual(dataRight);
      boxes.forEach((b, j) => {
        if (j <= i) return;
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `charts ${i + 1} and ${j + 1} overlap`).toBe(true);
      });
    });
  });
});
