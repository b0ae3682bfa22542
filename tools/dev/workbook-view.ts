/**
 * The left pane's view of the workbook: its visible tabs and one tab's cells as Sheets would
 * display them (dates dd/mm/yyyy), as plain strings. The page renders these with textContent only.
 */
import { displayCell } from '../../emulator/spreadsheet/display';
import type { CellModel, SheetModel, WorkbookModel } from '../../emulator/model';
import { GENERATED_TAB_METADATA_KEY } from '../../src/core/plan';
import { lastColumnOf, lastRowOf } from '../../emulator/spreadsheet/grid';

/** Enough to read a tab in a browser without shipping a whole timetable of every week. */
export const MAX_ROWS = 400;
export const MAX_COLUMNS = 60;

export interface TabSummary {
  readonly name: string;
  /** Written by the add-in (it marks its tabs with developer metadata). */
  readonly generated: boolean;
}

/** A cell's look, only where it has one; colours are `#rrggbb`. */
export interface CellStyle {
  readonly row: number;
  readonly column: number;
  readonly bold?: true;
  readonly background?: string;
  readonly color?: string;
}

export interface TabView extends TabSummary {
  /** Display values, row-major, trimmed of trailing blank rows and columns. */
  readonly values: readonly (readonly string[])[];
  readonly styles: readonly CellStyle[];
  /** The tab's full used size, when more than MAX_ROWS × MAX_COLUMNS. */
  readonly totalRows: number;
  readonly totalColumns: number;
  readonly truncated: boolean;
}

export interface WorkbookView {
  readonly name: string;
  readonly tabs: readonly TabSummary[];
  /** The asked-for tab, or the first visible one when that is missing. */
  readonly selected: TabView | null;
}

const HEX = /^#[0-9a-f]{6}$/i;

export function isGenerated(sheet: SheetModel): boolean {
  return sheet.developerMetadata.some((m) => m.key === GENERATED_TAB_METADATA_KEY);
}

/** The content's extent, as getDataRange() sees it. */
function usedSize(sheet: SheetModel): { rows: number; columns: number } {
  return { rows: lastRowOf(sheet), columns: lastColumnOf(sheet) };
}

function styleOf(cell: CellModel | undefined, row: number, column: number): CellStyle | null {
  if (!cell) return null;
  const background =
    cell.background && HEX.test(cell.background) && cell.background.toLowerCase() !== '#ffffff' ? cell.background : undefined;
  const color = cell.fontColor && HEX.test(cell.fontColor) && cell.fontColor.toLowerCase() !== '#000000' ? cell.fontColor : undefined;
  if (!cell.bold && !background && !color) return null;
  return { row, column, ...(cell.bold ? { bold: true as const } : {}), ...(background ? { background } : {}), ...(color ? { color } : {}) };
}

export function tabView(sheet: SheetModel): TabView {
  const size = usedSize(sheet);
  const rows = Math.min(size.rows, MAX_ROWS);
  const columns = Math.min(size.columns, MAX_COLUMNS);
  const values: string[][] = [];
  const styles: CellStyle[] = [];
  for (let r = 0; r < rows; r++) {
    const line: string[] = [];
    for (let c = 0; c < columns; c++) {
      const cell = sheet.cells[r]?.[c];
      line.push(displayCell(cell));
      const style = styleOf(cell, r, c);
      if (style) styles.push(style);
    }
    values.push(line);
  }
  return {
    name: sheet.name,
    generated: isGenerated(sheet),
    values,
    styles,
    totalRows: size.rows,
    totalColumns: size.columns,
    truncated: size.rows > rows || size.columns > columns,
  };
}

export function workbookView(workbook: WorkbookModel, selected: string | null): WorkbookView {
  const visible = workbook.sheets.filter((sheet) => !sheet.hidden);
  const sheet = visible.find((s) => s.name === selected) ?? visible[0];
  return {
    name: workbook.name,
    tabs: visible.map((s) => ({ name: s.name, generated: isGenerated(s) })),
    selected: sheet ? tabView(sheet) : null,
  };
}
