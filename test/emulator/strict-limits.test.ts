/**
 * Contract tests: Google Sheets' hard limits fail in the emulator as they fail in Google, with
 * Google's message, and change nothing.
 */
import { describe, expect, it } from 'vitest';
import { CELL_LIMIT_MESSAGE, CELL_TEXT_MESSAGE, COLUMN_LIMIT_MESSAGE, MAX_CELLS, SHEET_NAME_MESSAGE } from '../../emulator/limits';
import { gridCells } from '../../emulator/model';
import { sheetNamed, spreadsheetOf } from './strict-support';

/** A spreadsheet whose grid is `free` cells short of the limit: `Big` takes the rest. */
function nearlyFull(free: number) {
  const setup = spreadsheetOf(['Register', 'Big']);
  const big = setup.workbook.sheets[1];
  if (!big) throw new Error('no Big');
  big.hidden = true;
  big.maxColumns = 10;
  const others = gridCells(setup.workbook) - big.maxRows * big.maxColumns;
  big.maxRows = (MAX_CELLS - free - others) / big.maxColumns;
  expect(gridCells(setup.workbook)).toBe(MAX_CELLS - free);
  return setup;
}

describe('The 10,000,000-cell limit — https://support.google.com/drive/answer/37603, message as reported in https://github.com/nithinmurali/pygsheets/issues/589', () => {
  it('gridCells counts every grid, hidden sheets included', () => {
    const { workbook } = spreadsheetOf(['A', 'B']);
    expect(gridCells(workbook)).toBe(2 * 1000 * 26);
    workbook.sheets[1]!.hidden = true;
    expect(gridCells(workbook)).toBe(2 * 1000 * 26);
  });

  it('insertSheet makes a 1000 × 26 grid and is refused when those 26,000 cells do not fit', () => {
    const { ss, workbook } = nearlyFull(26_000);
    ss.insertSheet('Fits');
    expect(gridCells(workbook)).toBe(MAX_CELLS);
    expect(() => ss.insertSheet('One too many')).toThrow(CELL_LIMIT_MESSAGE);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Register', 'Big', 'Fits']);
    expect(ss.getActiveSheet().getName()).toBe('Fits');
  });

  it('insertRowsAfter and insertRowsBefore are refused past the limit and leave the grid as it was', () => {
    const { ss, workbook } = nearlyFull(26 * 10);
    const register = sheetNamed(ss, 'Register');
    register.insertRowsAfter(1000, 10);
    expect(register.getMaxRows()).toBe(1010);
    expect(() => register.insertRowsAfter(1, 1)).toThrow(CELL_LIMIT_MESSAGE);
    expect(() => register.insertRowsBefore(1, 1)).toThrow(CELL_LIMIT_MESSAGE);
    expect(register.getMaxRows()).toBe(1010);
    expect(gridCells(workbook)).toBe(MAX_CELLS);
  });

  it('insertColumnsAfter and insertColumnsBefore are refused past the limit', () => {
    const { ss, workbook } = nearlyFull(999);
    const register = sheetNamed(ss, 'Register');
    expect(() => register.insertColumnsAfter(26, 1)).toThrow(CELL_LIMIT_MESSAGE);
    expect(() => register.insertColumnsBefore(1, 1)).toThrow(CELL_LIMIT_MESSAGE);
    expect(register.getMaxColumns()).toBe(26);
    expect(gridCells(workbook)).toBe(MAX_CELLS - 999);
  });

  it('a write that grows the grid (appendRow on a full sheet) is refused and writes nothing', () => {
    const { ss, workbook } = nearlyFull(25);
    const register = sheetNamed(ss, 'Register');
    register.getRange(1000, 1).setValue('last row');
    expect(() => register.appendRow(['one more'])).toThrow(CELL_LIMIT_MESSAGE);
    expect(register.getMaxRows()).toBe(1000);
    expect(workbook.sheets[0]?.cells[1000]).toBeUndefined();
  });

  it('at most 18,278 columns in a sheet (column ZZZ)', () => {
    const { ss } = spreadsheetOf();
    const register = sheetNamed(ss, 'Register');
    register.deleteRows(2, 998);
    register.insertColumnsAfter(26, 18_278 - 26);
    expect(register.getMaxColumns()).toBe(18_278);
    expect(() => register.insertColumnsAfter(1, 1)).toThrow(COLUMN_LIMIT_MESSAGE);
    expect(register.getMaxColumns()).toBe(18_278);
  });
});

describe('At most 50,000 characters in a cell — https://support.google.com/drive/answer/37603', () => {
  const limit = 'x'.repeat(50_000);
  const over = `${limit}x`;

  it('setValues is refused before any cell changes', () => {
    const { ss, workbook } = spreadsheetOf();
    const range = sheetNamed(ss, 'Register').getRange('A1:B1');
    expect(() => range.setValues([['kept out', over]])).toThrow(CELL_TEXT_MESSAGE);
    expect(workbook.sheets[0]?.cells).toEqual([]);
    range.setValues([['fits', limit]]);
    expect(range.getValues()[0]?.[1]).toHaveLength(50_000);
  });

  it('setValue, setFormula, setFormulas and appendRow are refused too', () => {
    const { ss, workbook } = spreadsheetOf();
    const register = sheetNamed(ss, 'Register');
    expect(() => register.getRange('A1').setValue(over)).toThrow(CELL_TEXT_MESSAGE);
    expect(() => register.getRange('A1').setFormula(`=${over}`)).toThrow(CELL_TEXT_MESSAGE);
    expect(() => register.getRange('A1').setFormulas([[`=${over}`]])).toThrow(CELL_TEXT_MESSAGE);
    expect(() => register.appendRow([over])).toThrow(CELL_TEXT_MESSAGE);
    expect(workbook.sheets[0]?.cells).toEqual([]);
  });
});

describe('Sheet names: at most 100 characters (https://github.com/getodk/collect/issues/2918), unique regardless of case (https://github.com/socialpoint-labs/sheetfu/pull/26)', () => {
  it('a 101-character name is refused by insertSheet and setName; 100 characters are fine', () => {
    const { ss } = spreadsheetOf();
    expect(() => ss.insertSheet('n'.repeat(101))).toThrow(SHEET_NAME_MESSAGE);
    expect(() => sheetNamed(ss, 'Register').setName('n'.repeat(101))).toThrow(SHEET_NAME_MESSAGE);
    expect(ss.insertSheet('n'.repeat(100)).getName()).toHaveLength(100);
  });

  it("insertSheet('problems') fails when Problems exists, and so does renaming to it", () => {
    const { ss, workbook } = spreadsheetOf(['Register', 'Problems']);
    expect(() => ss.insertSheet('problems')).toThrow('A sheet with the name "problems" already exists. Please enter another name.');
    expect(() => sheetNamed(ss, 'Register').setName('PROBLEMS')).toThrow('A sheet with the name "PROBLEMS" already exists.');
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Register', 'Problems']);
  });

  it('getSheetByName matches the exact spelling (users report it case-sensitive; mcpher/gas-fakes, checked against Apps Script, agrees)', () => {
    const { ss } = spreadsheetOf(['Register', 'Problems']);
    expect(ss.getSheetByName('problems')).toBeNull();
    expect(ss.getSheetByName('Problems')?.getName()).toBe('Problems');
  });
});

describe("Merges and frozen panes do not cut through each other (Apps Script's messages from users' execution logs; https://github.com/dream-num/univer/issues/724)", () => {
  it('merging across the frozen rows or columns is refused; merging inside them is not', () => {
    const { ss, workbook } = spreadsheetOf();
    const register = sheetNamed(ss, 'Register');
    register.setFrozenRows(1);
    register.setFrozenColumns(1);
    expect(() => register.getRange('A1:F2').merge()).toThrow("You can't merge frozen and non-frozen rows.");
    expect(() => register.getRange('A1:F1').merge()).toThrow("You can't merge frozen and non-frozen columns.");
    expect(workbook.sheets[0]?.merges).toEqual([]);
    register.getRange('B3:F3').merge();
    register.getRange('A2:A4').merge();
    expect(workbook.sheets[0]?.merges).toHaveLength(2);
  });

  it('freezing through a merged range is refused; freezing past its end is fine', () => {
    const { ss } = spreadsheetOf();
    const register = sheetNamed(ss, 'Register');
    register.getRange('A1:F1').merge();
    register.getRange('A3:A5').merge();
    expect(() => register.setFrozenColumns(1)).toThrow(
      "Sorry, you can't freeze columns which contain only part of a merged cell. Try to break apart merged cells or freeze more columns to include the complete merged cells.",
    );
    expect(() => register.setFrozenRows(4)).toThrow("Sorry, you can't freeze rows which contain only part of a merged cell.");
    expect(register.getFrozenColumns()).toBe(0);
    register.setFrozenColumns(6);
    register.setFrozenRows(1);
    register.setFrozenRows(5);
    expect([register.getFrozenRows(), register.getFrozenColumns()]).toEqual([5, 6]);
  });
});

describe('The last visible sheet stays — https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deletesheetsheet', () => {
  it('deleteSheet refuses to remove it, hidden sheets notwithstanding', () => {
    const { ss, workbook } = spreadsheetOf(['Register', 'Hidden']);
    sheetNamed(ss, 'Hidden').hideSheet();
    expect(() => ss.deleteSheet(sheetNamed(ss, 'Register'))).toThrow("You can't remove all the sheets in a document.");
    expect(workbook.sheets).toHaveLength(2);
  });
});
