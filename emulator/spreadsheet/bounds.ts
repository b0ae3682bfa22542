/**
 * How Apps Script checks the coordinates a script asks for, with its own messages.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns
 */
import type { GridRangeModel, SheetModel } from '../model';
import { parseA1, resolveA1, type ResolvedA1 } from './a1';
import { exception, RANGE_NOT_FOUND } from './errors';

export const OUTSIDE_SHEET = 'The coordinates of the range are outside the dimensions of the sheet.';

/** A 0-based grid from 1-based `getRange(row, column, numRows, numColumns)` arguments. */
export function checkedGrid(sheet: SheetModel, row: number, column: number, rows: number, columns: number): GridRangeModel {
  for (const [value, name] of [
    [row, 'row'],
    [column, 'column'],
    [rows, 'numRows'],
    [columns, 'numColumns'],
  ] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw exception(`Invalid argument: ${name}`);
  }
  if (row < 1) throw exception('The starting row of the range is too small.');
  if (column < 1) throw exception('The starting column of the range is too small.');
  if (rows < 1) throw exception('The number of rows in the range must be at least 1.');
  if (columns < 1) throw exception('The number of columns in the range must be at least 1.');
  const grid = { row: Math.floor(row) - 1, column: Math.floor(column) - 1, rows: Math.floor(rows), columns: Math.floor(columns) };
  if (grid.row + grid.rows > sheet.maxRows || grid.column + grid.columns > sheet.maxColumns) throw exception(OUTSIDE_SHEET);
  return grid;
}

/** The cells part of an A1 reference on `sheet`; text Sheets cannot read, or a range past the grid, is not found. */
export function checkedA1(sheet: SheetModel, a1: string): ResolvedA1 {
  const ref = typeof a1 === 'string' ? parseA1(a1) : null;
  if (!ref) throw exception(RANGE_NOT_FOUND);
  const resolved = resolveA1(ref, sheet.maxRows, sheet.maxColumns);
  const { grid } = resolved;
  if (grid.row + grid.rows > sheet.maxRows || grid.column + grid.columns > sheet.maxColumns) throw exception(RANGE_NOT_FOUND);
  return resolved;
}
