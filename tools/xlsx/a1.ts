/** A1 notation helpers shared by the .xlsx bridge and the report (0-based model coordinates). */
import type { GridRangeModel } from '../../emulator/model';
// One column-letter implementation serves the emulator and the bridge.
import { columnIndex, columnLetters } from '../../emulator/spreadsheet/a1';

export { columnIndex, columnLetters };

/** A 0-based range as `A1:C7` (a single cell as `A1`). */
export function rangeA1(range: GridRangeModel): string {
  const start = `${columnLetters(range.column)}${range.row + 1}`;
  if (range.rows === 1 && range.columns === 1) return start;
  return `${start}:${columnLetters(range.column + range.columns - 1)}${range.row + range.rows}`;
}

/** A sheet name quoted as Sheets writes it in A1 references. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'Impact charts'!A1:C7` */
export function sheetRangeA1(sheet: string, range: GridRangeModel): string {
  return `${quoteSheetName(sheet)}!${rangeA1(range)}`;
}

/** Parses `A1` or `B2:D9` (absolute `$` markers allowed) into a 0-based range; null when not a cell range. */
export function parseRangeA1(text: string): GridRangeModel | null {
  const match = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const [, c1, r1, c2, r2] = match;
  if (c1 === undefined || r1 === undefined) return null;
  const colA = columnIndex(c1);
  const rowA = Number(r1) - 1;
  const colB = c2 === undefined ? colA : columnIndex(c2);
  const rowB = r2 === undefined ? rowA : Number(r2) - 1;
  const row = Math.min(rowA, rowB);
  const column = Math.min(colA, colB);
  return { row, column, rows: Math.abs(rowB - rowA) + 1, columns: Math.abs(colB - colA) + 1 };
}
