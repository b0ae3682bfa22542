/**
 * Contract tests: A1 notation, range coordinates and their bounds.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangea1notation
 */
import { describe, expect, it } from 'vitest';
import { newUiRecord, type EmulatorHost } from '../../emulator/host';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { createSpreadsheetServices } from '../../emulator/spreadsheet';
import { formatA1, parseA1, resolveA1 } from '../../emulator/spreadsheet/a1';

function setup() {
  const workbook = emptyWorkbook('Tracker');
  workbook.sheets.push(emptySheet(0, 'Register'), emptySheet(1, "Pupils' scores"));
  const host: EmulatorHost = { workbook, now: () => new Date(), user: 'u@school.example', ui: newUiRecord(), logs: [], runFunction: null };
  const app = createSpreadsheetServices(host, {}).SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0];
  if (!sheet) throw new Error('no sheet');
  return { workbook, ss, sheet };
}

describe('A1 notation round trip — https://developers.google.com/apps-script/reference/spreadsheet/range#geta1notation', () => {
  for (const a1 of ['A1', 'B2:D9', 'A:C', 'B:B', '2:4', 'A2:C', 'Y10:Z12']) {
    it(`${a1} reads back as ${a1}`, () => {
      const { sheet } = setup();
      expect(sheet.getRange(a1).getA1Notation()).toBe(a1);
    });
  }

  it('$ markers and reversed corners are normalised', () => {
    const { sheet } = setup();
    expect(sheet.getRange('$B$2:$C$3').getA1Notation()).toBe('B2:C3');
    expect(sheet.getRange('C3:A1').getA1Notation()).toBe('A1:C3');
  });

  it('whole columns span every row of the grid', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A:C');
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([1, 1, 1000, 3]);
    const rows = sheet.getRange('2:4');
    expect([rows.getRow(), rows.getNumRows(), rows.getNumColumns()]).toEqual([2, 3, 26]);
  });

  it('numeric ranges read back in A1 and know their last row and column', () => {
    const { sheet } = setup();
    const range = sheet.getRange(2, 3, 4, 2);
    expect(range.getA1Notation()).toBe('C2:D5');
    expect(range.getLastRow()).toBe(5);
    expect(range.getLastColumn()).toBe(4);
    expect(sheet.getRange(5, 2).getA1Notation()).toBe('B5');
  });

  it('parses and formats without a sheet', () => {
    const ref = parseA1("'It''s'!B2:C3");
    expect(ref?.sheetName).toBe("It's");
    expect(ref && formatA1(resolveA1(ref, 100, 10).grid)).toBe('B2:C3');
    expect(parseA1('A')).toBeNull();
    expect(parseA1('A1:B2:C3')).toBeNull();
    expect(parseA1('hello world')).toBeNull();
  });
});

describe('Spreadsheet.getRange with a sheet name — https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getrangea1notation', () => {
  it('finds the named sheet, quoted or not', () => {
    const { ss } = setup();
    ss.getRange("'Pupils'' scores'!B2").setValue(5);
    expect(ss.getSheetByName("Pupils' scores")?.getRange('B2').getValue()).toBe(5);
    expect(ss.getRange('Register!A1:B2').getSheet().getName()).toBe('Register');
  });

  it('without a sheet name, uses the active sheet', () => {
    const { ss } = setup();
    ss.getSheetByName("Pupils' scores")?.activate();
    expect(ss.getRange('C3').getSheet().getName()).toBe("Pupils' scores");
  });

  it('an unknown sheet or unreadable A1 is not found', () => {
    const { ss } = setup();
    expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
    expect(() => ss.getRange('A0')).toThrow('Range not found');
  });
});

describe('range bounds — https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns', () => {
  it('a start row or column below 1 is too small', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
  });

  it('a range past the grid is outside the sheet; growing the grid makes it valid', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('A1001')).toThrow('Range not found');
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1000, 1, 2, 1).getA1Notation()).toBe('A1000:A1001');
  });

  it('getCell and offset are relative to the range', () => {
    const { sheet } = setup();
    const range = sheet.getRange('B2:D4');
    expect(range.getCell(2, 3).getA1Notation()).toBe('D3');
    expect(() => range.getCell(4, 1)).toThrow('Range not found');
    expect(range.offset(1, -1).getA1Notation()).toBe('A3:C5');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(() => range.offset(-2, 0)).toThrow('The starting row of the range is too small.');
  });
});

describe('columns past Z', () => {
  it('AA and beyond read and write once the grid is wide enough', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('AA1')).toThrow('Range not found');
    sheet.insertColumnsAfter(26, 2);
    expect(sheet.getRange('AA10:AB12').getA1Notation()).toBe('AA10:AB12');
    expect(sheet.getRange(1, 28).getA1Notation()).toBe('AB1');
  });
});
