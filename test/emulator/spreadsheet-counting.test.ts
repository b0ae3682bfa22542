/**
 * The services as a script sees them: wrapped by the counting proxy, every call counted under
 * its Apps Script class name, arguments unwrapped on the way in.
 */
import { describe, expect, it } from 'vitest';
import { CallCounter, counted } from '../../emulator/counting';
import { newUiRecord, type EmulatorHost } from '../../emulator/host';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { createSpreadsheetServices } from '../../emulator/spreadsheet';

function setup() {
  const workbook = emptyWorkbook('Tracker');
  workbook.sheets.push(emptySheet(0, 'Register'), emptySheet(1, 'Other'));
  const host: EmulatorHost = { workbook, now: () => new Date(), user: 'u@school.example', ui: newUiRecord(), logs: [], runFunction: null };
  const counter = new CallCounter();
  const services = createSpreadsheetServices(host, {});
  const app = counted(counter, services.SpreadsheetApp) as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const charts = counted(counter, services.Charts) as GoogleAppsScript.Charts.Charts;
  return { workbook, counter, app, charts };
}

describe('call counting', () => {
  it('getActiveSpreadsheet().getSheets()[0].getDataRange().getValues() is four calls', () => {
    const { app, counter, workbook } = setup();
    workbook.sheets[0]?.cells.push([{ value: 'Name' }]);
    const values = app.getActiveSpreadsheet().getSheets()[0]?.getDataRange().getValues();
    expect(values).toEqual([['Name']]);
    expect(counter.snapshot()).toEqual({
      'Range.getValues': 1,
      'Sheet.getDataRange': 1,
      'Spreadsheet.getSheets': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(counter.total()).toBe(4);
  });

  it('wrapped objects passed back in (deleteSheet, addRange, insertChart) are unwrapped', () => {
    const { app, charts, counter, workbook } = setup();
    const ss = app.getActiveSpreadsheet();
    const other = ss.getSheetByName('Other');
    const register = ss.getSheetByName('Register');
    if (!other || !register) throw new Error('missing');
    const chart = register.newChart().setChartType(charts.ChartType.PIE).addRange(register.getRange('A1:B3')).build();
    register.insertChart(chart);
    ss.deleteSheet(other);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Register']);
    expect(workbook.sheets[0]?.charts).toHaveLength(1);
    expect(counter.snapshot()).toMatchObject({
      'EmbeddedChartBuilder.addRange': 1,
      'EmbeddedChartBuilder.build': 1,
      'Sheet.insertChart': 1,
      'Spreadsheet.deleteSheet': 1,
    });
  });

  it('enum properties are read without counting', () => {
    const { app, counter } = setup();
    expect(String(app.DeveloperMetadataVisibility.DOCUMENT)).toBe('DOCUMENT');
    expect(counter.total()).toBe(0);
  });
});
