/**
 * Contract tests: sheets of the spreadsheet.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 */
import { describe, expect, it } from 'vitest';
import { newUiRecord, type EmulatorHost } from '../../emulator/host';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { createSpreadsheetServices } from '../../emulator/spreadsheet';

function setup(names: string[] = ['Register']) {
  const workbook = emptyWorkbook('Tracker', 'sheet-id-1');
  names.forEach((name, i) => workbook.sheets.push(emptySheet(i, name)));
  const host: EmulatorHost = { workbook, now: () => new Date(), user: 'u@school.example', ui: newUiRecord(), logs: [], runFunction: null };
  const ui = { marker: 'ui' };
  const app = createSpreadsheetServices(host, ui).SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return { workbook, host, ui, app, ss: app.getActiveSpreadsheet() };
}

describe('Spreadsheet basics', () => {
  it('reports the host workbook and hands back the Ui it was given', () => {
    const { ss, app, ui } = setup();
    expect(ss.getId()).toBe('sheet-id-1');
    expect(ss.getName()).toBe('Tracker');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/London');
    expect(ss.getSpreadsheetLocale()).toBe('en_GB');
    expect(ss.getUrl()).toContain('sheet-id-1');
    expect(app.getUi()).toBe(ui);
    expect(app.getActive().getId()).toBe('sheet-id-1');
  });

  it('toast is recorded with its title — https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toastmsg,-title', () => {
    const { ss, host } = setup();
    ss.toast('Done', 'Intervention Planner', 5);
    ss.toast('Plain');
    expect(host.ui.toasts).toEqual([
      { title: 'Intervention Planner', message: 'Done' },
      { title: '', message: 'Plain' },
    ]);
  });
});

describe('getSheetByName — https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getsheetbynamename', () => {
  it('returns null for a missing sheet', () => {
    const { ss } = setup();
    expect(ss.getSheetByName('Nope')).toBeNull();
    expect(ss.getSheetByName('Register')?.getName()).toBe('Register');
  });
});

describe('insertSheet — https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname,-sheetindex', () => {
  it('inserts at a 0-based index, a blank 1000 × 26 grid that becomes active', () => {
    const { ss, workbook } = setup(['A', 'B']);
    const sheet = ss.insertSheet('New', 1);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['A', 'New', 'B']);
    expect(sheet.getIndex()).toBe(2);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(ss.getActiveSheet().getName()).toBe('New');
    expect(ss.getNumSheets()).toBe(3);
  });

  it('refuses a name in use, whatever its case', () => {
    const { ss } = setup();
    expect(() => ss.insertSheet('Register')).toThrow('A sheet with the name "Register" already exists. Please enter another name.');
    expect(() => ss.insertSheet('register')).toThrow('A sheet with the name "register" already exists. Please enter another name.');
  });

  it('without a name, picks the next free SheetN; ids are new', () => {
    const { ss } = setup(['Sheet2']);
    const sheet = ss.insertSheet();
    expect(sheet.getName()).toBe('Sheet3');
    expect(sheet.getSheetId()).not.toBe(0);
  });
});

describe('deleteSheet — https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deletesheetsheet', () => {
  it('removes the sheet; a Sheet object held for it then fails', () => {
    const { ss, workbook } = setup(['A', 'B']);
    const b = ss.getSheetByName('B');
    if (!b) throw new Error('missing');
    ss.deleteSheet(b);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['A']);
    expect(() => b.getName()).toThrow('Unexpected error while getting the method or property getName on object SpreadsheetApp.Sheet.');
  });

  it('refuses to delete the only visible sheet', () => {
    const { ss } = setup(['A', 'Hidden']);
    ss.getSheetByName('Hidden')?.hideSheet();
    const a = ss.getSheetByName('A');
    if (!a) throw new Error('missing');
    expect(() => ss.deleteSheet(a)).toThrow("You can't remove all the sheets in a document.");
  });

  it('refuses to hide the only visible sheet', () => {
    const { ss } = setup(['A']);
    expect(() => ss.getSheetByName('A')?.hideSheet()).toThrow("You can't hide all the sheets in a document.");
  });
});

describe('Sheet properties', () => {
  it('setName renames, refuses a taken name, and is seen through every handle', () => {
    const { ss, workbook } = setup(['A', 'B']);
    const a = ss.getSheetByName('A');
    a?.setName('Alpha');
    expect(workbook.sheets[0]?.name).toBe('Alpha');
    expect(ss.getSheets()[0]?.getName()).toBe('Alpha');
    expect(() => a?.setName('b')).toThrow('A sheet with the name "b" already exists. Please enter another name.');
  });

  it('keeps frozen lines, widths, heights, tab colour and visibility in the model', () => {
    const { ss, workbook } = setup();
    const sheet = ss.getSheets()[0];
    if (!sheet) throw new Error('missing');
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    sheet.setColumnWidth(3, 250).setRowHeight(2, 40).setTabColor('#FF0000');
    expect(sheet.getColumnWidth(3)).toBe(250);
    expect(sheet.getColumnWidth(4)).toBe(100);
    expect(sheet.getRowHeight(2)).toBe(40);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getFrozenColumns()).toBe(2);
    expect(sheet.getTabColor()).toBe('#ff0000');
    const model = workbook.sheets[0];
    expect(model?.columnWidths).toEqual({ 2: 250 });
    expect(model?.rowHeights).toEqual({ 1: 40 });
    expect(model?.frozenRows).toBe(1);
    expect(sheet.isSheetHidden()).toBe(false);
  });

  it('insertRowsAfter/insertColumnsAfter grow the grid and move cells below or right', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    if (!sheet) throw new Error('missing');
    sheet.getRange('A1:B2').setValues([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    sheet.insertRowsAfter(1, 2);
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['a', '', 'b'],
      ['', '', ''],
      ['', '', ''],
      ['c', '', 'd'],
    ]);
  });

  it('deleteRows shrinks the grid and moves rows up', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    if (!sheet) throw new Error('missing');
    sheet.getRange('A1:A4').setValues([[1], [2], [3], [4]]);
    sheet.deleteRows(2, 2);
    expect(sheet.getMaxRows()).toBe(998);
    expect(sheet.getDataRange().getValues()).toEqual([[1], [4]]);
    expect(() => sheet.deleteRows(1, 998)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });

  it('the active sheet is the first visible one until another is activated', () => {
    const { ss } = setup(['A', 'B']);
    ss.getSheetByName('A')?.hideSheet();
    expect(ss.getActiveSheet().getName()).toBe('B');
    ss.getSheetByName('A')?.activate();
    expect(ss.getActiveSheet().getName()).toBe('A');
    expect(ss.getSheetByName('A')?.isSheetHidden()).toBe(false);
  });

  it('appendRow writes after the last row with content', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet?.getRange('A3').setValue('x');
    sheet?.appendRow(['a', '12']);
    expect(sheet?.getRange('A4:B4').getValues()).toEqual([['a', 12]]);
  });
});

describe('named ranges — https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setnamedrangename,-range', () => {
  it('names a range, finds it again, follows a sheet rename, and is null when missing', () => {
    const { ss, workbook } = setup();
    ss.setNamedRange('Pupils', ss.getRange('Register!A2:C10'));
    ss.getSheetByName('Register')?.setName('Roll');
    expect(workbook.namedRanges).toEqual([{ name: 'Pupils', sheet: 'Roll', range: { row: 1, column: 0, rows: 9, columns: 3 } }]);
    expect(ss.getRangeByName('Pupils')?.getA1Notation()).toBe('A2:C10');
    expect(ss.getRangeByName('Nothing')).toBeNull();
    expect(ss.getNamedRanges().map((named) => named.getName())).toEqual(['Pupils']);
  });
});
