/**
 * Contract tests: RangeList and the sheet-wide layout calls, each counted as one call and priced
 * as one queued write.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator';
import { CALL_SECONDS } from '../../emulator/cost-model';
import { emptySheet, emptyWorkbook } from '../../emulator/model';

function setup() {
  const workbook = emptyWorkbook('Tracker');
  workbook.sheets.push(emptySheet(0, 'Timetable'), emptySheet(1, 'Other'));
  const emulator = createEmulator(workbook);
  const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheetByName('Timetable');
  if (!sheet) throw new Error('no sheet');
  const model = workbook.sheets[0];
  if (!model) throw new Error('no model');
  emulator.counter.reset();
  emulator.cost.reset();
  return { emulator, sheet, model };
}

describe('Sheet.getRangeList — https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangelista1notations', () => {
  it('formats every range in one call, counted and priced once', () => {
    const { emulator, sheet, model } = setup();
    const list = sheet.getRangeList(['A1:B1', 'D3', 'F2:F3']);
    list.setBackground('#D9EAD3').setFontWeight('bold').setFontColor('#1a1a1a').setFontSize(12).setFontStyle('italic');
    list
      .setNumberFormat('0.0')
      .setWrap(true)
      .setHorizontalAlignment('center')
      .setVerticalAlignment('middle')
      .setBorder(true, true, true, true, null, null);
    for (const [row, column] of [
      [0, 0],
      [0, 1],
      [2, 3],
      [1, 5],
      [2, 5],
    ] as const) {
      expect(model.cells[row]?.[column]).toMatchObject({
        background: '#d9ead3',
        bold: true,
        fontColor: '#1a1a1a',
        fontSize: 12,
        italic: true,
        numberFormat: '0.0',
        wrap: true,
        horizontalAlignment: 'center',
        verticalAlignment: 'middle',
        border: true,
      });
    }
    expect(model.cells[0]?.[2]).toBeUndefined();
    expect(emulator.counter.snapshot()['RangeList.setBackground']).toBe(1);
    expect(emulator.counter.total()).toBe(11);
    expect(emulator.cost.seconds()).toBeCloseTo(CALL_SECONDS.lookup + 10 * CALL_SECONDS.write, 9);
  });

  it('getRanges hands back each range; checkboxes, values, notes and clearing reach every one', () => {
    const { sheet, model } = setup();
    const list = sheet.getRangeList(['A1:A2', 'C1']);
    expect(list.getRanges().map((range) => range.getA1Notation())).toEqual(['A1:A2', 'C1']);
    list.insertCheckboxes();
    expect(model.dataValidations.map((rule) => rule.criteria)).toEqual(['CHECKBOX', 'CHECKBOX']);
    expect(sheet.getRange('A1:C2').getValues()).toEqual([
      [false, '', false],
      [false, '', ''],
    ]);
    list.setValue('x').setNote('why');
    expect(sheet.getRange('C1').getNote()).toBe('why');
    list.clear();
    expect(sheet.getRange('A1:C2').getValues()).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
    list.clearDataValidations();
    expect(model.dataValidations).toEqual([]);
  });

  it('a notation this sheet cannot resolve, or one naming another sheet, is not found', () => {
    const { sheet } = setup();
    expect(() => sheet.getRangeList(['A1', 'nonsense!!'])).toThrow('Range not found');
    expect(() => sheet.getRangeList(['Other!A1'])).toThrow('Range not found');
    expect(() => sheet.getRangeList(['A1:A1001'])).toThrow('Range not found');
  });
});

describe('Row heights, column widths and gridlines — https://developers.google.com/apps-script/reference/spreadsheet/sheet#setrowheightsstartrow,-numrows,-height', () => {
  it('setRowHeights and setRowHeightsForced set each row; setColumnWidths each column', () => {
    const { sheet, emulator } = setup();
    sheet.setRowHeights(2, 3, 40).setRowHeightsForced(10, 2, 15).setColumnWidths(1, 2, 180);
    expect([1, 2, 4, 5, 10, 11, 12].map((row) => sheet.getRowHeight(row))).toEqual([21, 40, 40, 21, 15, 15, 21]);
    expect([1, 2, 3].map((column) => sheet.getColumnWidth(column))).toEqual([180, 180, 100]);
    expect(emulator.counter.snapshot()).toMatchObject({
      'Sheet.setRowHeights': 1,
      'Sheet.setRowHeightsForced': 1,
      'Sheet.setColumnWidths': 1,
    });
  });

  it('rows or columns past the grid are out of bounds and nothing changes', () => {
    const { sheet } = setup();
    expect(() => sheet.setRowHeights(999, 3, 40)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.setColumnWidths(26, 2, 40)).toThrow('Those columns are out of bounds.');
    expect(sheet.getRowHeight(999)).toBe(21);
  });

  it('setHiddenGridlines hides and shows them', () => {
    const { sheet } = setup();
    expect(sheet.hasHiddenGridlines()).toBe(false);
    expect(sheet.setHiddenGridlines(true).hasHiddenGridlines()).toBe(true);
    expect(sheet.setHiddenGridlines(false).hasHiddenGridlines()).toBe(false);
  });

  it('getSheetId, deleteRows and deleteColumns are there, deletions priced as structural calls', () => {
    const { sheet, emulator } = setup();
    expect(sheet.getSheetId()).toBe(0);
    emulator.cost.reset();
    sheet.deleteRows(10, 991);
    sheet.deleteColumns(5, 22);
    expect(emulator.cost.seconds()).toBeCloseTo(2 * CALL_SECONDS.structural, 9);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([9, 4]);
  });
});
