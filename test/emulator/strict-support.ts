/** The spreadsheet service over a workbook, as the contract tests of Google's limits use it. */
import { newUiRecord, type EmulatorHost } from '../../emulator/host';
import { emptySheet, emptyWorkbook, type WorkbookModel } from '../../emulator/model';
import { createSpreadsheetServices } from '../../emulator/spreadsheet';

export function hostFor(workbook: WorkbookModel): EmulatorHost {
  return { workbook, now: () => new Date(), user: 'u@school.example', ui: newUiRecord(), logs: [], runFunction: null };
}

/** A workbook of the named 1000 × 26 sheets and its active spreadsheet. */
export function spreadsheetOf(names: readonly string[] = ['Register']): {
  workbook: WorkbookModel;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
} {
  const workbook = emptyWorkbook('Tracker', 'sheet-id-1');
  names.forEach((name, i) => workbook.sheets.push(emptySheet(i, name)));
  const app = createSpreadsheetServices(hostFor(workbook), {}).SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return { workbook, ss: app.getActiveSpreadsheet() };
}

export function sheetNamed(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}
