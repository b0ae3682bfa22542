/**
 * Loads an .xlsx into a WorkbookModel, merging back what `_ip_state` kept from an earlier run, and
 * says what the model cannot hold: kept as it was (carried to the output) or not kept.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { CellModel, GridRangeModel, SheetModel, WorkbookModel } from '../../emulator/model';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { parseRangeA1 } from './a1';
import { carriedFromSheet, describeCarried, type Carried, type SheetCarry } from './carry';
import { readCell } from './cells';
import { argbToHex } from './colours';
import { forExcelJs, openPackage, type Package } from './package';
import { SAVE_AGAIN } from './save-as';
import type { IpState, SheetState } from './state';
import { joinState, STATE_SHEET } from './state';
import { describeNotKept, notKeptIn } from './unsupported';
import { readValidations } from './validations';

/** Google Sheets holds at most 10 million cells in a spreadsheet, every tab's grid counted (https://support.google.com/drive/answer/37603). */
const MAX_CELLS = 10_000_000;

/** A workbook that cannot be opened, said in one sentence that names the fix. */
export class UnreadableWorkbook extends Error {}

export interface OpenedWorkbook {
  readonly model: WorkbookModel;
  /** What the model cannot hold, to put back on the same tabs when the workbook is written. */
  readonly carried: Carried;
  /** At most two lines: what was kept as it was, and what will not be in the output. */
  readonly notes: readonly string[];
}

const MIN_ROWS = 1000;
const MIN_COLUMNS = 26;

function readMerges(ws: Worksheet): GridRangeModel[] {
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  return merges.map(parseRangeA1).filter((m): m is GridRangeModel => m !== null);
}

/** Top-left cells of merges own the value; the others read as blank, as in Sheets. */
function mergedAway(merges: GridRangeModel[]): Set<string> {
  const away = new Set<string>();
  for (const m of merges) {
    for (let r = 0; r < m.rows; r++) for (let c = 0; c < m.columns; c++) if (r > 0 || c > 0) away.add(`${m.row + r},${m.column + c}`);
  }
  return away;
}

function readGrid(ws: Worksheet, merges: GridRangeModel[]): (CellModel | undefined)[][] {
  const away = mergedAway(merges);
  const cells: (CellModel | undefined)[][] = [];
  // Every row, not only those with values: a blank cell can still carry a format.
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const cellsOfRow: (CellModel | undefined)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (away.has(`${r - 1},${c - 1}`)) return;
      const model = readCell(cell);
      if (model) cellsOfRow[c - 1] = model;
    });
    if (cellsOfRow.length > 0) cells[r - 1] = Array.from(cellsOfRow);
  }
  return Array.from(cells, (row) => row ?? []);
}

function readColumns(ws: Worksheet): { widths: Record<number, number>; hidden: number[] } {
  const widths: Record<number, number> = {};
  const hidden: number[] = [];
  (ws.columns ?? []).forEach((column, i) => {
    // exceljs writes width 9 (its default) for columns it only needs for other reasons, e.g. hidden.
    if (column.isCustomWidth && column.width !== undefined) widths[i] = Math.round(column.width * 7 + 5);
    if (column.hidden) hidden.push(i);
  });
  return { widths, hidden };
}

function readRows(ws: Worksheet): { heights: Record<number, number>; hidden: number[]; extent: number } {
  const heights: Record<number, number> = {};
  const hidden: number[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    if (row.height !== undefined) heights[r - 1] = Math.round(row.height / 0.75);
    if (row.hidden) hidden.push(r - 1);
  }
  return { heights, hidden, extent: ws.rowCount };
}

function frozenOf(ws: Worksheet): { rows: number; columns: number } {
  // exceljs leaves `views` null for a sheet saved without a <sheetView>.
  const view = (ws.views as typeof ws.views | null)?.[0];
  if (!view || view.state !== 'frozen') return { rows: 0, columns: 0 };
  return { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
}

function widestRow(cells: readonly (readonly unknown[])[]): number {
  let widest = 0;
  for (const row of cells) widest = Math.max(widest, row.length);
  return widest;
}

function readSheet(ws: Worksheet, id: number, state: SheetState | undefined): SheetModel {
  const merges = readMerges(ws);
  const cells = readGrid(ws, merges);
  const columns = readColumns(ws);
  const rows = readRows(ws);
  const frozen = frozenOf(ws);
  // Folded rather than spread: a tab can have a million rows, too many arguments for Math.max.
  const widest = [ws.columnCount, ...merges.map((m) => m.column + m.columns)].reduce((a, b) => Math.max(a, b), widestRow(cells));
  const tallest = merges.map((m) => m.row + m.rows).reduce((a, b) => Math.max(a, b), Math.max(cells.length, rows.extent));
  const sheet: SheetModel = {
    ...emptySheet(id, state?.name ?? ws.name),
    hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
    tabColor: argbToHex(ws.properties.tabColor?.argb) ?? null,
    cells,
    maxRows: Math.max(state?.maxRows ?? MIN_ROWS, tallest),
    maxColumns: Math.max(state?.maxColumns ?? MIN_COLUMNS, widest),
    frozenRows: frozen.rows,
    frozenColumns: frozen.columns,
    columnWidths: columns.widths,
    rowHeights: rows.heights,
    hiddenRows: state?.hiddenRows ?? rows.hidden,
    hiddenColumns: state?.hiddenColumns ?? columns.hidden,
    merges,
    dataValidations: state?.dataValidations ?? readValidations(ws),
  };
  if (!state) return sheet;
  return {
    ...sheet,
    developerMetadata: state.developerMetadata,
    charts: state.charts,
    conditionalFormats: state.conditionalFormats,
    protections: state.protections,
  };
}

function readState(book: ExcelJS.Workbook): IpState | undefined {
  const ws = book.getWorksheet(STATE_SHEET);
  if (!ws) return undefined;
  const chunks: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const value: unknown = ws.getCell(r, 1).value;
    if (typeof value === 'string') chunks.push(value);
  }
  return chunks.length > 0 ? joinState(chunks) : undefined;
}

/** Sheet ids from the state by name; other tabs get their position, or the next free id if taken. */
function assignIds(names: string[], state: IpState | undefined): number[] {
  const restored = names.map((name) => state?.sheets.find((s) => s.name === name)?.id);
  const taken = new Set(restored.filter((id): id is number => id !== undefined));
  let next = Math.max(names.length, ...taken) + 1;
  return restored.map((id, index) => {
    if (id !== undefined) return id;
    if (!taken.has(index)) {
      taken.add(index);
      return index;
    }
    return next++;
  });
}

async function packageOf(name: string, bytes: Uint8Array): Promise<Package> {
  const pkg = await openPackage(bytes).catch(() => {
    throw new UnreadableWorkbook(`${name} is not a complete .xlsx workbook (it may have been cut short while copying): ${SAVE_AGAIN}.`);
  });
  if (!pkg.workbook) throw new UnreadableWorkbook(`${name} is a zip file but not an .xlsx workbook: ${SAVE_AGAIN}.`);
  if (relationshipIsStrict(pkg))
    throw new UnreadableWorkbook(
      `${name} is saved as "Strict Open XML Spreadsheet": save it as an ordinary Excel Workbook (.xlsx), or ${SAVE_AGAIN}.`,
    );
  return pkg;
}

function relationshipIsStrict(pkg: Package): boolean {
  return pkg.relationships.get('')?.some((r) => r.kind === 'officeDocument' && r.type.includes('purl.oclc.org')) ?? false;
}

async function loadBook(name: string, pkg: Package, bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load((await forExcelJs(pkg, bytes)) as unknown as ExcelJS.Buffer);
  } catch {
    // exceljs's own message (a property of undefined, say) would mean nothing to the reader.
    throw new UnreadableWorkbook(`${name} could not be read: part of it is in a form this tool does not understand; ${SAVE_AGAIN}.`);
  }
  return book;
}

function checkSize(name: string, sheets: readonly SheetModel[]): void {
  const cells = sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
  if (cells <= MAX_CELLS) return;
  const largest = sheets.reduce((a, b) => (b.maxRows * b.maxColumns > a.maxRows * a.maxColumns ? b : a));
  throw new UnreadableWorkbook(
    `${name} is larger than Google Sheets allows: its tabs span ${cells.toLocaleString('en-GB')} cells and a spreadsheet holds at most ${MAX_CELLS.toLocaleString('en-GB')}; ` +
      `delete the empty rows and columns at the end of ${largest.name} (its grid is ${largest.maxRows.toLocaleString('en-GB')} rows by ` +
      `${largest.maxColumns.toLocaleString('en-GB')} columns) and save it again.`,
  );
}

function notesOf(model: WorkbookModel, carried: Carried, notKept: readonly string[]): string[] {
  const kept = describeCarried(model, carried);
  return [
    ...(kept.length > 0 ? [`Kept as it was, though the add-in does not read it: ${kept.join('; ')}.`] : []),
    ...(notKept.length > 0 ? [`Not kept in the output (the local runner cannot carry it): ${notKept.join('; ')}.`] : []),
  ];
}

/** Opens an .xlsx as the emulator's model, with what the model cannot hold; throws UnreadableWorkbook with the fix. */
export async function openWorkbook(path: string): Promise<OpenedWorkbook> {
  const name = basename(path);
  const bytes = await readFile(path);
  const pkg = await packageOf(name, bytes);
  const book = await loadBook(name, pkg, bytes);
  const state = readState(book);
  const worksheets = book.worksheets.filter((ws) => ws.name !== STATE_SHEET);
  const states = worksheets.map((ws) => state?.sheets.find((s) => (s.xlsxName ?? s.name) === ws.name));
  const ids = assignIds(
    worksheets.map((ws, i) => states[i]?.name ?? ws.name),
    state,
  );
  const sheets = worksheets.map((ws, i) => readSheet(ws, ids[i] ?? i, states[i]));
  checkSize(name, sheets);
  const base = emptyWorkbook(basename(path, extname(path)));
  const model = state ? { ...base, ...state.workbook, sheets } : { ...base, sheets };
  const carriedSheets = new Map<number, SheetCarry>(worksheets.map((ws, i) => [ids[i] ?? i, carriedFromSheet(book, ws)]));
  const carried: Carried = { sheets: carriedSheets, definedNames: book.definedNames.model };
  const notKept = await notKeptIn(pkg, new Set(carried.definedNames.map((d) => d.name)));
  return { model, carried, notes: notesOf(model, carried, describeNotKept(notKept)) };
}

/** The model alone, for callers that write nothing back. */
export async function readWorkbook(path: string): Promise<WorkbookModel> {
  return (await openWorkbook(path)).model;
}
