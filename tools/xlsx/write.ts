/** Saves a WorkbookModel as an .xlsx: every tab natively, plus `_ip_state` for what Excel cannot hold. */
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { SheetModel, WorkbookModel } from '../../emulator/model';
import { writeFileSafely } from '../safe-write';
import { applyCarried, definedNamesFor, NOTHING_CARRIED, type Carried } from './carry';
import { writeCell } from './cells';
import { hexToArgb } from './colours';
import { excelSheetNames } from './sheet-names';
import { splitState, stateOf, STATE_SHEET } from './state';
import { validationsRoundTrip, writeValidations } from './validations';

const EXCELJS_DEFAULT_WIDTH = 9;

/** Excel column width (characters) for a width in pixels; the reader inverts `width * 7 + 5`. */
function widthChars(pixels: number): number {
  const chars = Math.max(0, (pixels - 5) / 7);
  // exceljs treats exactly 9 as "no width set"; nudge it so the reader still sees a custom width.
  return chars === EXCELJS_DEFAULT_WIDTH ? chars + 0.001 : chars;
}

function writeGrid(ws: Worksheet, sheet: SheetModel): void {
  sheet.cells.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell) writeCell(ws.getCell(r + 1, c + 1), cell);
    });
  });
}

function writeLayout(ws: Worksheet, sheet: SheetModel): void {
  for (const [column, pixels] of Object.entries(sheet.columnWidths)) ws.getColumn(Number(column) + 1).width = widthChars(pixels);
  // Row heights are points in Excel; the model holds pixels (96 dpi).
  for (const [row, pixels] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row) + 1).height = pixels * 0.75;
  for (const row of sheet.hiddenRows) ws.getRow(row + 1).hidden = true;
  for (const column of sheet.hiddenColumns) ws.getColumn(column + 1).hidden = true;
  for (const m of sheet.merges) ws.mergeCellsWithoutStyle(m.row + 1, m.column + 1, m.row + m.rows, m.column + m.columns);
  if (sheet.frozenRows > 0 || sheet.frozenColumns > 0) {
    ws.views = [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }];
  }
}

function writeSheet(book: ExcelJS.Workbook, sheet: SheetModel, xlsxName: string, carried: Carried): void {
  const ws = book.addWorksheet(xlsxName, {
    state: sheet.hidden ? 'hidden' : 'visible',
    ...(sheet.tabColor ? { properties: { tabColor: { argb: hexToArgb(sheet.tabColor) } } } : {}),
  });
  writeGrid(ws, sheet);
  writeLayout(ws, sheet);
  writeValidations(ws, sheet.dataValidations);
  const carry = carried.sheets.get(sheet.id);
  if (carry) applyCarried(book, ws, sheet, carry);
}

function writeStateSheet(book: ExcelJS.Workbook, model: WorkbookModel, xlsxNames: readonly string[]): void {
  const exact = new Map(model.sheets.map((s) => [s.name, validationsRoundTrip(s.dataValidations)]));
  const chunks = splitState(stateOf(model, (name) => exact.get(name) ?? false, xlsxNames));
  const ws = book.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
  chunks.forEach((chunk, i) => {
    ws.getCell(i + 1, 1).value = chunk;
  });
}

/** The .xlsx file's bytes; `carried` puts back what the input's own tabs held that the model does not. */
export async function workbookBytes(model: WorkbookModel, carried: Carried = NOTHING_CARRIED): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.title = model.name;
  const xlsxNames = excelSheetNames(model.sheets.map((sheet) => sheet.name));
  model.sheets.forEach((sheet, index) => writeSheet(book, sheet, xlsxNames[index] ?? sheet.name, carried));
  const xlsxNameOf = (name: string): string => xlsxNames[model.sheets.findIndex((s) => s.name === name)] ?? name;
  book.definedNames.model = definedNamesFor(model, carried, xlsxNameOf);
  writeStateSheet(book, model, xlsxNames);
  // Excel refuses a workbook whose active tab is hidden.
  const firstVisible = model.sheets.findIndex((s) => !s.hidden);
  if (firstVisible > 0) {
    book.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: firstVisible, activeTab: firstVisible, visibility: 'visible' }];
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Saves the workbook; a run stopped while saving leaves the previous file whole. */
export async function writeWorkbook(model: WorkbookModel, path: string, carried: Carried = NOTHING_CARRIED): Promise<void> {
  await writeFileSafely(path, await workbookBytes(model, carried));
}
