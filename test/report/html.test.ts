import { describe, expect, it } from 'vitest';
import type { ChartModel, SheetModel, WorkbookModel } from '../../emulator/model';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { escapeHtml, reportHtml } from '../../tools/report/html';

function chart(id: number, type: string, title: string, columns: number): ChartModel {
  return {
    id,
    type,
    ranges: [{ sheet: 'Impact charts', range: { row: 0, column: 0, rows: 4, columns } }],
    position: { row: 0, column: 5, offsetX: 0, offsetY: 0 },
    options: { title },
  };
}

function workbook(): WorkbookModel {
  const schedule: SheetModel = {
    ...emptySheet(1, 'Schedule'),
    cells: [
      [{ value: 'Week commencing', bold: true, background: '#ddebf7' }, { value: 'Pupil', bold: true }, { value: 'Attendance' }],
      [{ value: new Date(2026, 10, 30) }, { value: '<script>alert("x")</script>' }, { value: 0.894, numberFormat: '0.0%' }],
      [{ value: new Date(2026, 11, 7) }, { value: 'Tom & "Jerry"' }, { value: 0.9, numberFormat: '0%' }],
      [{ value: 'hidden row' }],
    ],
    hiddenRows: [3],
  };
  const charts: SheetModel = {
    ...emptySheet(2, 'Impact charts'),
    cells: [
      [{ value: 'Programme' }, { value: 'Before' }, { value: 'After' }],
      [{ value: 'Self-esteem' }, { value: 81 }, { value: 85 }],
      [{ value: 'Anger <management>' }, { value: 77 }, { value: 83 }],
      [{ value: 'Reading' }, { value: 90 }, { value: 91 }],
    ],
    charts: [
      chart(1, 'COLUMN', 'Attendance <before> and after', 3),
      chart(2, 'BAR', 'Bar chart', 3),
      chart(3, 'LINE', 'Line chart', 3),
      chart(4, 'PIE', 'Pie chart', 2),
      chart(5, 'SCATTER', 'Scatter chart', 3),
    ],
  };
  const own: SheetModel = { ...emptySheet(0, 'Register'), cells: [[{ value: 'not generated' }]] };
  return { ...emptyWorkbook('Oakfield'), sheets: [own, schedule, charts] };
}

describe('escapeHtml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeHtml(`<a href="x">O'Neil & co</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;');
  });
});

describe('reportHtml', () => {
  it('escapes pupil data and formats dates and percentages', async () => {
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

  it('lists only the generated tabs, with a contents list linking to each', async () => {
    const html = await reportHtml(workbook(), { generatedSheets: ['Schedule', 'Impact charts', 'Missing tab'] });
    expect(html).toContain('<a href="#tab-1">Schedule</a>');
    expect(html).toContain('<a href="#tab-2">Impact charts</a>');
    expect(html).toContain('id="tab-2"');
    expect(html).not.toContain('not generated');
    expect(html).not.toContain('Missing tab');
  });

  it('draws each chart as an accessible inline SVG in a figure', async () => {
    const html = await reportHtml(workbook(), { generatedSheets: ['Impact charts'] });
    expect(html.match(/<svg /g)).toHaveLength(5);
    expect(html.match(/<figure>/g)).toHaveLength(5);
    expect(html).toContain('<figcaption>Attendance &lt;before&gt; and after</figcaption>');
    expect(html).toContain('<svg role="img" aria-label="Attendance &lt;before&gt; and after"');
    expect(html).not.toContain('<management>');
    // The column chart draws one bar per programme per series: 3 × 2.
    const column = html.slice(html.indexOf('aria-label="Attendance'), html.indexOf('aria-label="Bar chart"'));
    expect(column.match(/<path aria-label="Programme: [^"]*; series: (Before|After)"/g)).toHaveLength(6);
  });

  it('is self-contained: no scripts and no external resources', async () => {
    const html = await reportHtml(workbook(), { generatedSheets: ['Schedule', 'Impact charts'] });
    expect(html).not.toMatch(/<script|<link|<img|src=|@import/i);
    const urls = html.match(/https?:\/\/[^"' )]+/g) ?? [];
    expect(urls.every((u) => u.startsWith('http://www.w3.org/'))).toBe(true);
  });
});

describe('tabs with rows the emulator never wrote', () => {
  it('draws the rows around the gap instead of calling the tab empty', async () => {
    const model = emptyWorkbook('Gaps');
    const sheet = emptySheet(0, 'Timetable Ms Rose w/c 30-11-2026');
    sheet.cells[0] = [{ value: 'Intervention timetable' }];
    sheet.cells[2] = [{ value: 'Name' }, { value: 'Reason' }];
    model.sheets.push(sheet);
    const html = await reportHtml(model, { generatedSheets: [sheet.name] });
    expect(html).not.toContain('This tab is empty');
    expect(html).toContain('Intervention timetable');
    expect(html).toContain('Reason');
  });
});
