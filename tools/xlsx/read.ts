/** Loads an .xlsx into a WorkbookModel, merging back what `_ip_state` kept from an earlier run. */
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { CellModel, GridRangeModel, SheetModel, WorkbookModel } from '../../emulator/model';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { parseRangeA1 } from './a1';
import { readCell } from './cells';
import { argbToHex } from './colours';
import type { IpState, SheetState } from './state';
import { joinState, STATE_SHEET } from './state';
import { readValidations } from './validations';

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

function readSheet(ws: Worksheet, id: number, state: SheetState | undefined): SheetModel {
  const merges = readMerges(ws);
  const cells = readGrid(ws, merges);
  const columns = readColumns(ws);
  const rows = readRows(ws);
  const frozen = frozenOf(ws);
  const widest = Math.max(0, ws.columnCount, ...cells.map((row) => row.length), ...merges.map((m) => m.column + m.columns));
  const tallest = Math.max(cells.length, rows.extent, ...merges.map((m) => m.row + m.rows));
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

export async function readWorkbook(path: string): Promise<WorkbookModel> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const state = readState(book);
  const worksheets = book.worksheets.filter((ws) => ws.name !== STATE_SHEET);
  const states = worksheets.map((ws) => state?.sheets.find((s) => (s.xlsxName ?? s.name) === ws.name));
  const ids = assignIds(
    worksheets.map((ws, i) => states[i]?.name ?? ws.name),
    state,
  );
  const sheets = worksheets.map((ws, i) => readSheet(ws, ids[i] ?? i, states[i]));
  const base = emptyWorkbook(basename(path, extname(path)));
  return state ? { ...base, ...state.workbook, sheets } : { ...base, sheets };
}
