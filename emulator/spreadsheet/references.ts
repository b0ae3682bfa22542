/** Ranges named across the spreadsheet: `'Sheet name'!A1:C3`, or cells of the active sheet. */
import { asApps } from '../services/apps';
import { parseA1, quoteSheetName, resolveA1 } from './a1';
import { activeSheetModel, findSheetByName, type SpreadsheetContext } from './context';
import { exception, RANGE_NOT_FOUND } from './errors';
import { RangeImpl } from './range';
import type { GridRangeModel, SheetModel } from '../model';

export function rangeOnSheet(ctx: SpreadsheetContext, sheet: SheetModel, grid: GridRangeModel): GoogleAppsScript.Spreadsheet.Range {
  return asApps(new RangeImpl(ctx, sheet.id, { ...grid }));
}

/** `Spreadsheet.getRange(a1)`: a sheet prefix picks the sheet, otherwise the active sheet. */
export function rangeFromA1(ctx: SpreadsheetContext, a1: string): GoogleAppsScript.Spreadsheet.Range {
  const ref = typeof a1 === 'string' ? parseA1(a1) : null;
  if (!ref) throw exception(RANGE_NOT_FOUND);
  const sheet = ref.sheetName === null ? activeSheetModel(ctx) : findSheetByName(ctx, ref.sheetName);
  if (!sheet) throw exception(RANGE_NOT_FOUND);
  const resolved = resolveA1(ref, sheet.maxRows, sheet.maxColumns);
  const { grid } = resolved;
  if (grid.row + grid.rows > sheet.maxRows || grid.column + grid.columns > sheet.maxColumns) throw exception(RANGE_NOT_FOUND);
  return asApps(new RangeImpl(ctx, sheet.id, grid, resolved.wholeColumns, resolved.wholeRows));
}

/** A range as `'Sheet name'!A1:C3`, the form data validation keeps. */
export function rangeReference(range: GoogleAppsScript.Spreadsheet.Range): string {
  return `${quoteSheetName(range.getSheet().getName())}!${range.getA1Notation()}`;
}
