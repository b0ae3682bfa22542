/**
 * Turns rows of plain values into an emulator `SheetModel`: blanks left out, dates given the UK
 * formats Sheets shows, the header row bold and frozen.
 */
import { emptySheet, isModelDate, type CellModel, type ModelValue, type SheetModel } from '../../../emulator/model';

/** A value, a ready-made cell (formulas, titles), or null for a blank. */
export type Cell = ModelValue | CellModel | null;
export type Rows = readonly (readonly Cell[])[];

export interface SheetOptions {
  /** 1-based row of the column headers, made bold and frozen. */
  readonly headerRow: number;
  readonly columnWidths?: Readonly<Record<number, number>>;
  /** As wide as its columns, as the add-in makes its input tabs, instead of a new sheet's 26. */
  readonly fitColumns?: boolean;
}

function isCellModel(cell: Cell): cell is CellModel {
  return typeof cell === 'object' && cell !== null && !isModelDate(cell);
}

function dateFormat(date: Date): string {
  return date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0 ? 'dd/mm/yyyy' : 'dd/mm/yyyy hh:mm:ss';
}

function toCell(cell: Cell, bold: boolean): CellModel | undefined {
  if (cell === null || cell === '') return undefined;
  const model: CellModel = isCellModel(cell) ? { ...cell } : { value: cell };
  if (isModelDate(model.value) && model.numberFormat === undefined) model.numberFormat = dateFormat(model.value);
  if (bold) model.bold = true;
  return model;
}

export function buildSheet(id: number, name: string, rows: Rows, options: SheetOptions): SheetModel {
  const sheet = emptySheet(id, name);
  sheet.cells = rows.map((row, index) => row.map((cell) => toCell(cell, index === options.headerRow - 1)));
  const width = Math.max(0, ...rows.map((row) => row.length));
  sheet.maxRows = Math.max(sheet.maxRows, rows.length);
  sheet.maxColumns = options.fitColumns ? width : Math.max(sheet.maxColumns, width);
  sheet.frozenRows = options.headerRow;
  sheet.columnWidths = { ...options.columnWidths };
  return sheet;
}

/** A date cell at local midnight of a `yyyy-mm-dd` day, as Sheets keeps a date. */
export function dateCell(iso: string | null): Date | null {
  if (iso === null) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** `yyyy-mm-dd` → `dd/mm/yyyy`, as a school types a date into a text column. */
export function ukDateText(iso: string | null): string {
  if (iso === null) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** 0-based column index → A1 letters (0 → A, 27 → AB). */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function average(values: readonly number[]): number | '' {
  if (values.length === 0) return '';
  return Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 100) / 100;
}
