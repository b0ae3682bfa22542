/**
 * Google Sheets' hard limits, enforced as Google enforces them: the call fails with Google's
 * message and nothing changes. Each limit names the page or the users' reports it follows.
 */
import { gridCells, type WorkbookModel } from './model';
import { exception } from './spreadsheet/errors';

/**
 * Every sheet's grid (max rows × max columns, hidden sheets included) counts, and Sheets refuses
 * any change that would take the spreadsheet past it.
 * https://support.google.com/drive/answer/37603 (up to 10 million cells or 18,278 columns)
 * https://workspaceupdates.googleblog.com/2022/03/ten-million-cells-google-sheets.html
 */
export const MAX_CELLS = 10_000_000;

/** Column ZZZ. https://support.google.com/drive/answer/37603 */
export const MAX_COLUMNS = 18_278;

/** https://support.google.com/drive/answer/37603 (50,000 characters in a single cell) */
export const MAX_CELL_CHARACTERS = 50_000;

/** https://github.com/getodk/collect/issues/2918 (Sheets refuses a longer tab name) */
export const MAX_SHEET_NAME_LENGTH = 100;

/**
 * The Sheets error as users report it from Apps Script and the Sheets API, e.g.
 * https://github.com/nithinmurali/pygsheets/issues/589, https://github.com/UoaWDCC/uasc-web/pull/833
 */
export const CELL_LIMIT_MESSAGE = `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`;

/** As reported from Sheets, e.g. https://integrately.com/integrations/google-sheets/error */
export const CELL_TEXT_MESSAGE = `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`;

export const SHEET_NAME_MESSAGE = `The sheet name cannot be greater than ${MAX_SHEET_NAME_LENGTH} characters.`;

/** Google's wording is not published; this follows the cell-limit message. */
export const COLUMN_LIMIT_MESSAGE = `This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS} columns.`;

/** Refuses a change that adds `addedCells` to the spreadsheet's grid when the total would pass the limit. */
export function ensureCellsFit(workbook: WorkbookModel, addedCells: number): void {
  if (addedCells > 0 && gridCells(workbook) + addedCells > MAX_CELLS) throw exception(CELL_LIMIT_MESSAGE);
}

/** Refuses a sheet of more than 18,278 columns. */
export function ensureColumnsFit(columns: number): void {
  if (columns > MAX_COLUMNS) throw exception(COLUMN_LIMIT_MESSAGE);
}

/** Refuses text (a value or a formula as typed) longer than a cell holds. */
export function ensureCellText(input: unknown): void {
  if (typeof input === 'string' && input.length > MAX_CELL_CHARACTERS) throw exception(CELL_TEXT_MESSAGE);
}

/** Every cell of a table a script writes, checked before any of them is written. */
export function ensureTableText(rows: readonly (readonly unknown[])[]): void {
  for (const row of rows) for (const input of row) ensureCellText(input);
}
