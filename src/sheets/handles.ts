/**
 * Sheets cross into the actions as opaque handles: the actions hand them back to this layer and
 * never call a method on them, so they compile without Apps Script types.
 */
import type { SheetHandle } from '../core/ports';

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function handleOf(sheet: Sheet): SheetHandle {
  return sheet as unknown as SheetHandle;
}

export function sheetOf(handle: SheetHandle): Sheet {
  return handle as unknown as Sheet;
}

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}
