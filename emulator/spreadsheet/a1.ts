/**
 * A1 notation as Apps Script reads and writes it: cells (`B2`), blocks (`A1:C3`), whole columns
 * (`A:C`), whole rows (`2:4`), open-ended blocks (`A2:C`), `$` markers and a sheet prefix
 * (`'Sheet name'!A1:C3`). Coordinates here are 0-based, as in the model.
 */
import type { GridRangeModel } from '../model';

/** A parsed reference; a null bound is open (the sheet's first or last row or column). */
export interface A1Reference {
  readonly sheetName: string | null;
  readonly row: number | null;
  readonly column: number | null;
  readonly endRow: number | null;
  readonly endColumn: number | null;
}

/** A range on a sheet, remembering whether its rows or columns were given as whole lines (`A:C`). */
export interface ResolvedA1 {
  readonly grid: GridRangeModel;
  readonly wholeColumns: boolean;
  readonly wholeRows: boolean;
}

/** 0-based column index → letters (0 → A, 26 → AA). */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Letters → 0-based column index (A → 0). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A sheet name as Sheets writes it in references: quoted only when it must be. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const ENDPOINT = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

interface Endpoint {
  readonly row: number | null;
  readonly column: number | null;
}

function parseEndpoint(text: string): Endpoint | null {
  const match = ENDPOINT.exec(text);
  if (!match) return null;
  const [, letters, digits] = match;
  if (letters === undefined && digits === undefined) return null;
  const row = digits === undefined ? null : Number(digits) - 1;
  if (row !== null && row < 0) return null;
  return { row, column: letters === undefined ? null : columnIndex(letters) };
}

function splitSheet(text: string): { sheetName: string | null; cells: string } | null {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
  if (quoted) return { sheetName: (quoted[1] ?? '').replace(/''/g, "'"), cells: quoted[2] ?? '' };
  const bang = text.lastIndexOf('!');
  if (bang === 0) return null;
  return bang < 0 ? { sheetName: null, cells: text } : { sheetName: text.slice(0, bang), cells: text.slice(bang + 1) };
}

/** Null when the text is not A1 notation Sheets accepts. */
export function parseA1(text: string): A1Reference | null {
  const split = splitSheet(text.trim());
  if (!split) return null;
  const parts = split.cells.split(':');
  if (parts.length > 2) return null;
  const start = parseEndpoint(parts[0] ?? '');
  if (!start) return null;
  if (parts.length === 1) {
    // A lone cell needs both a column and a row (`A` or `3` alone is not a range).
    if (start.row === null || start.column === null) return null;
    return { sheetName: split.sheetName, ...start, endRow: start.row, endColumn: start.column };
  }
  const end = parseEndpoint(parts[1] ?? '');
  if (!end) return null;
  // `A:3` mixes a whole column with a whole row.
  if ((start.column === null) !== (end.column === null) && start.row === null) return null;
  if (start.column === null && end.column !== null) return null;
  return { sheetName: split.sheetName, row: start.row, column: start.column, endRow: end.row, endColumn: end.column };
}

/** The reference on a sheet of the given size; bounds may come in either order (`C3:A1`). */
export function resolveA1(ref: A1Reference, maxRows: number, maxColumns: number): ResolvedA1 {
  const rowA = ref.row ?? 0;
  const rowB = ref.endRow ?? maxRows - 1;
  const colA = ref.column ?? 0;
  const colB = ref.endColumn ?? maxColumns - 1;
  const row = Math.min(rowA, rowB);
  const column = Math.min(colA, colB);
  return {
    grid: { row, column, rows: Math.abs(rowB - rowA) + 1, columns: Math.abs(colB - colA) + 1 },
    wholeColumns: ref.row === null || ref.endRow === null,
    wholeRows: ref.column === null || ref.endColumn === null,
  };
}

/** `A1`, `A1:C3`, `A:C` (whole columns) or `2:4` (whole rows), as `Range.getA1Notation()` gives. */
export function formatA1(grid: GridRangeModel, wholeColumns = false, wholeRows = false): string {
  const firstColumn = columnLetters(grid.column);
  const lastColumn = columnLetters(grid.column + grid.columns - 1);
  if (wholeColumns && !wholeRows) return grid.row === 0 ? `${firstColumn}:${lastColumn}` : `${firstColumn}${grid.row + 1}:${lastColumn}`;
  if (wholeRows && !wholeColumns) return `${grid.row + 1}:${grid.row + grid.rows}`;
  const start = `${firstColumn}${grid.row + 1}`;
  if (grid.rows === 1 && grid.columns === 1) return start;
  return `${start}:${lastColumn}${grid.row + grid.rows}`;
}
