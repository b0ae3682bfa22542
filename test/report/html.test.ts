import { describe, expect, it } from 'vitest';
import type { ChartModel, SheetModel, WorkbookModel } from '../../emulator/model';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { GENERATED_TAB_METADATA_KEY } from '../../src/core/plan';
import { chartSpec } from '../../tools/report/chart-svg';
import { escapeHtml, reportHtml } from '../../tools/report/html';

/** A tab the add-in wrote, marked as it marks them. */
function generated(id: number, name: string, key: string, sheet: Partial<SheetModel> = {}): SheetModel {
  return {
    ...emptySheet(id, name),
    developerMetadata: [{ id: 100 + id, key: GENERATED_TAB_METADATA_KEY, value: key, visibility: 'DOCUMENT' }],
    ...sheet,
  };
}

function chart(id: number, type: string, title: string, columns: number, options: Record<string, unknown> = {}): ChartModel {
  return {
    id,
    type,
    ranges: [{ sheet: 'Impact charts', range: { row: 0, column: 0, rows: 4, columns } }],
    position: { row: 0, column: 5, offsetX: 0, offsetY: 0 },
    options: { title, ...options },
  };
}

/** The options the add-in gives its impact charts: a start/end column chart and a share-improved bar chart. */
const START_END = {
  width: 600,
  height: 371,
  colors: ['#9aa0a6', '#1a73e8'],
  'hAxis.title': 'Programme (number of pupils)',
  'vAxis.title': 'Attendance %: mean',
  'legend.position': 'bottom',
};
const IMPROVED = {
  width: 600,
  height: 371,
  colors: ['#1a73e8'],
  'hAxis.title': 'Pupils who improved',
  'vAxis.title': 'Programme and measure (number of pupils)',
  'legend.position': 'none',
  'hAxis.format': 'percent',
};

function workbook(): WorkbookModel {
  const schedule = generated(1, 'Schedule', 'schedule', {
    cells: [
      [{ value: 'Week commencing', bold: true, background: '#ddebf7' }, { value: 'Pupil', bold: true }, { value: 'Attendance' }],
      [{ value: new Date(2026, 10, 30) }, { value: '<script>alert("x")</script>' }, { value: 0.894, numberFormat: '0.0%' }],
      [{ value: new Date(2026, 11, 7) }, { value: 'Tom & "Jerry"' }, { value: 0.9, numberFormat: '0%' }],
      [{ value: 'hidden row' }],
    ],
    hiddenRows: [3],
  });
  const charts = generated(2, 'Impact charts', 'impact-charts', {
    cells: [
      [{ value: 'Programme' }, { value: 'Start' }, { value: 'End' }],
      [{ value: 'Self-esteem' }, { value: 0.81 }, { value: 0.85 }],
      [{ value: 'Anger <management>' }, { value: 0.77 }, { value: 0.83 }],
      [{ value: 'Reading' }, { value: 0.9 }, { value: 0.91 }],
    ],
    charts: [
      chart(1, 'COLUMN', 'Attendance <before> and after', 3, START_END),
      chart(2, 'BAR', 'Most pupils improved', 2, IMPROVED),
      chart(3, 'LINE', 'Line chart', 3),
      chart(4, 'PIE', 'Pie chart', 2),
      chart(5, 'SCATTER', 'Scatter chart', 3),
    ],
  });
  const timetables = ['Ms Rose', 'Mr Khan', 'Dr Ode'].map((staff, i) =>
    generated(10 + i, `Timetable ${staff} w/c 30-11-2026`, `staff-timetable:${staff}:2026-11-30`, {
      cells: [[{ value: `Intervention timetable: ${staff}` }], [{ value: 'Lesson 1' }, { value: `1-1: Ada\n1-1 room\nMissing: History` }]],
      merges: [{ row: 0, column: 0, rows: 1, columns: 2 }],
      frozenRows: 1,
    }),
  );
  const register: SheetModel = { ...emptySheet(0, 'Register'), cells: [[{ value: 'Surname' }], [{ value: 'Okafor' }]] };
  const hidden: SheetModel = { ...emptySheet(3, 'Lists'), hidden: true, cells: [[{ value: 'only in a hidden tab' }]] };
  return { ...emptyWorkbook('Oakfield'), sheets: [register, schedule, ...timetables, charts, hidden] };
}

const ALL_GENERATED = [
  'Schedule',
  'Timetable Ms Rose w/c 30-11-2026',
  'Timetable Mr Khan w/c 30-11-2026',
  'Timetable Dr Ode w/c 30-11-2026',
  'Impact charts',
];

function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  return html.slice(from, html.indexOf(end, from));
}

describe('escapeHtml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeHtml(`<a href="x">O'Neil & co</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;');
  });
});

describe('reportHtml', () => {
  it('escapes pupil data and shows dates and percentages as Sheets does', async () => {
    const html = await reportHtml(workbook(), { generatedSheets: ['Schedule'] });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Tom &amp; &quot;Jerry&quot;');
    expect(html).toContain('<td>30/11/2026</td>');
    expect(html).toContain('>89.4%</td>');
    expect(html).toContain('>90%</td>');
    expect(html).not.toContain('hidden row');
    expect(html).toContain('<th scope="col" style="font-weight:bold;background-color:#ddebf7">Week commencing</th>');
  });

  it('has a short contents list: the add-in’s tabs by kind, then the school’s visible tabs', async () => {
    const html = await reportHtml(workbook(), { generatedSheets: ALL_GENERATED });
    const nav = between(html, '<nav', '</nav>');
    const entries = nav.replace(/<details>[\s\S]*?<\/details>/g, '<details/>').match(/<li>/g) ?? [];
    // Schedule, the staff timetables as one entry, Impact charts; then Register. Not the hidden tab.
    expect(entries).toHaveLength(4);
    expect(nav.indexOf('Made by Intervention Planner')).toBeLessThan(nav.indexOf('The school’s own tabs'));
    expect(nav).toContain('<summary>Staff timetables (3 tabs)</summary>');
    expect(nav.indexOf('>Impact charts</a>')).toBeLessThan(nav.indexOf('>Register</a>'));
    expect(html).not.toContain('only in a hidden tab');
    for (const anchor of [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])) expect(html).toContain(`id="${anchor}"`);
  });

  it('folds the tabs of a kind the add-in writes many of, one line each until opened', async () => {
    const html = await reportHtml(workbook(), { generatedSheets: ALL_GENERATED });
    const section = between(html, '<h3>Staff timetables (3 tabs)</h3>', '</section>');
    expect(section.match(/<details id="tab-\d+">\n<summary>Timetable [^<]+ w\/c 30-11-2026<\/summary>/g)).toHaveLength(3);
  });

  it('keeps merged cells and line breaks', async () => {
    const html = await reportHtml(workbook(), { generatedSheets: ALL_GENERATED });
    expect(html).toContain('<th scope="col" colspan="2">Intervention timetable: Ms Rose</th>');
    expect(html).toContain('<td>1-1: Ada\n1-1 room\nMissing: History</td>');
    expect(html).toMatch(/td \{[^}]*white-space: pre-wrap/);
  });

  it('shows a long tab in part, with a count', async () => {
    const model = emptyWorkbook('Big');
    const rows = Array.from({ length: 4018 }, (_, i) => [{ value: i === 0 ? 'Pupil' : `Pupil ${i}` }]);
    model.sheets.push(generated(0, 'Schedule', 'schedule', { cells: rows }));
    const html = await reportHtml(model, { generatedSheets: ['Schedule'] });
    expect(html).toContain('First 200 of 4,018 rows: the rest are in the workbook.');
    expect(html).toContain('>Pupil 199</td>');
    expect(html).not.toContain('>Pupil 200</td>');
  });

  it('draws each chart once, as an accessible inline SVG titled inside the chart', async () => {
    const html = await reportHtml(workbook(), { generatedSheets: ['Impact charts'] });
    expect(html.match(/<svg /g)).toHaveLength(5);
    expect(html.match(/<figure>/g)).toHaveLength(5);
    expect(html).toContain('<svg role="img" aria-label="Attendance &lt;before&gt; and after"');
    expect(html).not.toContain('<management>');
    // The title is drawn once, inside the chart, as Sheets draws it.
    expect(html.match(/>Attendance &lt;before&gt; and after</g)).toHaveLength(1);
    // The column chart draws one bar per programme per series: 3 × 2.
    const column = between(html, 'aria-label="Attendance', 'aria-label="Most pupils improved"');
    expect(column.match(/<path aria-label="Programme \(number of pupils\): [^"]*; series: (Start|End)"/g)).toHaveLength(6);
  });

  it('is self-contained: no scripts and no external resources', async () => {
    const html = await reportHtml(workbook(), { generatedSheets: ALL_GENERATED });
    expect(html).not.toMatch(/<script|<link|<img|src=|@import/i);
    const urls = html.match(/https?:\/\/[^"' )]+/g) ?? [];
    expect(urls.every((u) => u.startsWith('http://www.w3.org/'))).toBe(true);
  });
});

describe('charts drawn as Sheets draws them', () => {
  const data = {
    domainTitle: 'Programme',
    series: ['Start', 'End'],
    points: [
      { category: 'Reading', series: 'Start', value: 0.8 },
      { category: 'Reading', series: 'End', value: 0.9 },
    ],
  };

  it('puts a column chart’s hAxis title under the categories and its vAxis title beside the values, with the legend below', () => {
    const spec = JSON.parse(JSON.stringify(chartSpec(chart(1, 'COLUMN', 'Attendance', 3, START_END), data, 'Attendance'))) as {
      encoding: Record<string, { field?: string; title?: string; legend?: unknown }>;
    };
    expect(spec.encoding.x).toMatchObject({ field: 'category', title: 'Programme (number of pupils)' });
    expect(spec.encoding.y).toMatchObject({ field: 'value', title: 'Attendance %: mean' });
    expect(spec.encoding.color?.legend).toEqual({ orient: 'bottom' });
  });

  it('runs a bar chart’s values along hAxis, as a percentage when hAxis.format is percent, and hides the legend when told', () => {
    const spec = JSON.parse(JSON.stringify(chartSpec(chart(2, 'BAR', 'Improved', 2, IMPROVED), data, 'Improved'))) as {
      encoding: Record<string, { field?: string; title?: string; legend?: unknown; axis?: { format?: string } }>;
    };
    expect(spec.encoding.x).toMatchObject({ field: 'value', title: 'Pupils who improved', axis: { format: '.0%' } });
    expect(spec.encoding.y).toMatchObject({ field: 'category', title: 'Programme and measure (number of pupils)' });
    expect(spec.encoding.color?.legend).toBeNull();
  });

  it('labels a percentage axis in percent in the drawing', async () => {
    const model = workbook();
    const html = await reportHtml(model, { generatedSheets: ['Impact charts'] });
    const bar = between(html, 'aria-label="Most pupils improved"', '</svg>');
    expect(bar).toMatch(/>80%<\/text>/);
    expect(bar).not.toMatch(/>0\.8<\/text>/);
  });
});
