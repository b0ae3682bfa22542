/**
 * Contract tests: embedded charts.
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 */
import { describe, expect, it } from 'vitest';
import { newUiRecord, type EmulatorHost } from '../../emulator/host';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { createSpreadsheetServices } from '../../emulator/spreadsheet';

function setup() {
  const workbook = emptyWorkbook('Tracker');
  workbook.sheets.push(emptySheet(0, 'Impact'), emptySheet(1, 'Impact charts'));
  const host: EmulatorHost = { workbook, now: () => new Date(), user: 'u@school.example', ui: newUiRecord(), logs: [], runFunction: null };
  const services = createSpreadsheetServices(host, {});
  const app = services.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const charts = services.Charts as GoogleAppsScript.Charts.Charts;
  const ss = app.getActiveSpreadsheet();
  const data = ss.getSheetByName('Impact');
  const board = ss.getSheetByName('Impact charts');
  if (!data || !board) throw new Error('missing');
  return { workbook, charts, ss, data, board };
}

describe('Charts.ChartType', () => {
  it('has the chart types the add-in names', () => {
    const { charts } = setup();
    for (const name of ['COLUMN', 'BAR', 'LINE', 'PIE', 'SCATTER', 'AREA', 'TABLE', 'COMBO', 'HISTOGRAM']) {
      expect(String(charts.ChartType[name as keyof typeof charts.ChartType])).toBe(name);
    }
  });
});

describe('Sheet.insertChart — https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertchartchart', () => {
  it('keeps type, ranges by sheet name, position and options in the model', () => {
    const { workbook, charts, data, board } = setup();
    const chart = board
      .newChart()
      .setChartType(charts.ChartType.COLUMN)
      .addRange(data.getRange('A1:C7'))
      .setPosition(2, 3, 10, 20)
      .setOption('title', 'Reading age change')
      .setOption('hAxis.title', 'Programme')
      .setOption('colors', ['#1b9e77'])
      .build();
    expect(chart.getChartId()).toBeNull();
    board.insertChart(chart);
    expect(workbook.sheets[1]?.charts).toEqual([
      {
        id: expect.any(Number) as unknown,
        type: 'COLUMN',
        ranges: [{ sheet: 'Impact', range: { row: 0, column: 0, rows: 7, columns: 3 } }],
        position: { row: 1, column: 2, offsetX: 10, offsetY: 20 },
        options: { title: 'Reading age change', 'hAxis.title': 'Programme', colors: ['#1b9e77'] },
      },
    ]);
  });

  it('reads back through getCharts, follows a renamed data sheet, and updates and removes', () => {
    const { workbook, charts, data, board } = setup();
    board.insertChart(
      board.newChart().asBarChart().addRange(data.getRange('A1:B4')).setPosition(1, 1, 0, 0).setOption('width', 600).build(),
    );
    data.setName('Impact 2026');
    const [chart] = board.getCharts();
    if (!chart) throw new Error('no chart');
    expect(chart.getRanges().map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`)).toEqual(['Impact 2026!A1:B4']);
    expect(chart.getOptions().get('width')).toBe(600);
    expect(chart.getOptions().get('height')).toBeNull();
    expect(chart.getContainerInfo().getAnchorRow()).toBe(1);
    expect(workbook.sheets[1]?.charts[0]?.ranges[0]?.sheet).toBe('Impact 2026');

    board.updateChart(chart.modify().setChartType(charts.ChartType.LINE).setPosition(5, 2, 0, 0).build());
    expect(workbook.sheets[1]?.charts).toHaveLength(1);
    expect(workbook.sheets[1]?.charts[0]?.type).toBe('LINE');
    expect(board.getCharts()[0]?.getContainerInfo().getAnchorColumn()).toBe(2);

    const [updated] = board.getCharts();
    if (updated) board.removeChart(updated);
    expect(workbook.sheets[1]?.charts).toEqual([]);
  });

  it('chart ids are unique across sheets', () => {
    const { charts, data, board, workbook } = setup();
    for (const sheet of [data, board, board]) {
      sheet.insertChart(sheet.newChart().setChartType(charts.ChartType.PIE).addRange(data.getRange('A1:B3')).build());
    }
    const ids = workbook.sheets.flatMap((s) => s.charts.map((c) => c.id));
    expect(new Set(ids).size).toBe(3);
  });
});
