/**
 * Contract tests: values written and read as Apps Script documents them.
 * https://developers.google.com/apps-script/reference/spreadsheet/range
 */
import { describe, expect, it } from 'vitest';
import { newUiRecord, type EmulatorHost } from '../../emulator/host';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { createSpreadsheetServices } from '../../emulator/spreadsheet';

function setup() {
  const workbook = emptyWorkbook('Tracker');
  workbook.sheets.push(emptySheet(0, 'Register'));
  const host: EmulatorHost = {
    workbook,
    now: () => new Date(2026, 8, 1),
    user: 'u@school.example',
    ui: newUiRecord(),
    logs: [],
    runFunction: null,
  };
  const app = createSpreadsheetServices(host, {}).SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheetByName('Register');
  if (!sheet) throw new Error('no sheet');
  return { workbook, app, sheet };
}

// The message is Apps Script's own, as users report it verbatim, e.g.
// https://github.com/alpatania/sassafras/issues/8 ("The data has 5 but the range has 4.").
describe('Range.setValues dimensions — https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues', () => {
  it("rejects data with the wrong number of rows, with Apps Script's sentence", () => {
    const { sheet } = setup();
    expect(() =>
      sheet.getRange(1, 1, 3, 2).setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
  });

  it('rejects a row with the wrong number of columns, and writes nothing', () => {
    const { sheet, workbook } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(workbook.sheets[0]?.cells.flat().filter(Boolean)).toEqual([]);
  });

  it('thrown errors print as Apps Script exceptions', () => {
    const { sheet } = setup();
    let caught: unknown;
    try {
      sheet.getRange('not a range');
    } catch (error) {
      caught = error;
    }
    expect(String(caught)).toBe('Exception: Range not found');
  });
});

describe('strings are parsed as if typed (en_GB) — https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue', () => {
  const cases: [string, unknown][] = [
    ['12', 12],
    ['-3.5', -3.5],
    ['85%', 0.85],
    ['1,234', 1234],
    ['TRUE', true],
    ['false', false],
    ["'=1+1", '=1+1'],
    ["'0123", '0123'],
    ['plain text', 'plain text'],
    ['1,23', '1,23'],
    ['31/02/2026', '31/02/2026'],
  ];
  for (const [typed, stored] of cases) {
    it(`${JSON.stringify(typed)} is stored as ${JSON.stringify(stored)}`, () => {
      const { sheet } = setup();
      const range = sheet.getRange('B2');
      range.setValue(typed);
      expect(range.getValue()).toEqual(stored);
      expect(range.getFormula()).toBe('');
    });
  }

  it('dd/mm/yyyy becomes a Date at local midnight', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1).setValues([['30/11/2026']]);
    const value: unknown = sheet.getRange(1, 1).getValue();
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).getTime()).toBe(new Date(2026, 10, 30).getTime());
    expect(sheet.getRange(1, 1).getDisplayValue()).toBe('30/11/2026');
  });

  it('=… becomes a formula whose value is unknown until Sheets calculates it', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['=SUM(1,2)', '=HYPERLINK("http://x")']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=SUM(1,2)', '=HYPERLINK("http://x")']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
  });

  it('numbers, booleans and Dates are stored as given; Dates are copied both ways', () => {
    const { sheet } = setup();
    const date = new Date(2026, 0, 5, 9, 30);
    sheet.getRange(1, 1, 1, 4).setValues([[7, false, date, '']]);
    date.setFullYear(2000);
    const [row] = sheet.getRange(1, 1, 1, 4).getValues();
    expect(row?.slice(0, 2)).toEqual([7, false]);
    expect((row?.[2] as Date).getFullYear()).toBe(2026);
    (row?.[2] as Date).setFullYear(1999);
    expect((sheet.getRange(1, 3).getValue() as Date).getFullYear()).toBe(2026);
    expect(row?.[3]).toBe('');
  });

  it('setValue sets every cell of a multi-cell range', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });
});

describe('Range.getDisplayValues — https://developers.google.com/apps-script/reference/spreadsheet/range#getdisplayvalues', () => {
  it('shows numbers plain or by their format, booleans as TRUE/FALSE, blanks as empty', () => {
    const { sheet } = setup();
    sheet.getRange('A1:E1').setValues([[0.8567, 1234.5, true, '', 'text']]);
    sheet.getRange('A1').setNumberFormat('0.0%');
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([['85.7%', '1234.5', 'TRUE', '', 'text']]);
  });
});

describe('getLastRow, getLastColumn and getDataRange — https://developers.google.com/apps-script/reference/spreadsheet/sheet#getdatarange', () => {
  it('an empty sheet has last row 0 and data range A1', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
  });

  it('the extent of content counts blank rows and columns in between; formats alone do not count', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('Name');
    sheet.getRange('C4').setValue(3);
    sheet.getRange('F10').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    expect(sheet.getDataRange().getValues()).toEqual([
      ['Name', '', ''],
      ['', '', ''],
      ['', '', ''],
      ['', '', 3],
    ]);
  });

  it('clearContent removes values and formulas but keeps formats', () => {
    const { sheet } = setup();
    sheet
      .getRange('A1:B1')
      .setValues([['a', '=1']])
      .setFontWeight('bold');
    sheet.getRange('A1:B1').clearContent();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '']]);
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
  });
});
