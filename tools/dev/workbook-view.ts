/**
 * The left pane's view of the workbook: its visible tabs and one tab's cells as Sheets would
 * display them (dates dd/mm/yyyy), as plain strings, and the row the script last selected (a click
 * on a finding). The page renders these with textContent only.
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
  /** 1-based row of `values[0]`: 1, unless a selected row lies beyond the first MAX_ROWS. */
  readonly firstRow: number;
  /** Display values, row-major, trimmed of trailing blank rows and columns. */
  readonly values: readonly (readonly string[])[];
  readonly styles: readonly CellStyle[];
  /** The tab's full used size, when more than MAX_ROWS × MAX_COLUMNS. */
  readonly totalRows: number;
  readonly totalColumns: number;
  readonly truncated: boolean;
}

/** A row the script selected (Range.activate), numbered so the page can tell a new selection from one it has shown. */
export interface RowSelection {
  readonly tab: string;
  readonly row: number;
  readonly serial: number;
}

export interface WorkbookView {
  readonly name: string;
  readonly tabs: readonly TabSummary[];
  /** The asked-for tab, or the first visible one when that is missing. */
  readonly selected: TabView | null;
  /** The row last selected, when it is on the tab shown. */
  readonly selection: RowSelection | null;
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

/** `around`: a 1-based row that must be shown; the rows shown are centred on it when it is past MAX_ROWS. */
export function tabView(sheet: SheetModel, around: number | null = null): TabView {
  const size = usedSize(sheet);
  const first = around !== null && around > MAX_ROWS ? Math.max(0, Math.min(around - MAX_ROWS / 2, size.rows - MAX_ROWS)) : 0;
  const rows = Math.min(size.rows - first, MAX_ROWS);
  const columns = Math.min(size.columns, MAX_COLUMNS);
  const values: string[][] = [];
  const styles: CellStyle[] = [];
  for (let r = first; r < first + rows; r++) {
    const line: string[] = [];
    for (let c = 0; c < columns; c++) {
      const cell = sheet.cells[r]?.[c];
      line.push(displayCell(cell));
      const style = styleOf(cell, r - first, c);
      if (style) styles.push(style);
    }
    values.push(line);
  }
  return {
    name: sheet.name,
    generated: isGenerated(sheet),
    firstRow: first + 1,
    values,
    styles,
    totalRows: size.rows,
    totalColumns: size.columns,
    truncated: size.rows > rows || size.columns > columns,
  };
}

/**
 * `asked`: the tab the page shows; `selection`: the row the script last selected, whose tab is shown
 * instead while the page has not shown it yet (its serial is above `seen`).
 */
export function workbookView(workbook: WorkbookModel, asked: string | null, selection: RowSelection | null = null, seen = 0): WorkbookView {
  const visible = workbook.sheets.filter((sheet) => !sheet.hidden);
  const wanted = selection !== null && selection.serial > seen ? selection.tab : asked;
  const sheet = visible.find((s) => s.name === wanted) ?? visible[0];
  const shown = selection !== null && sheet?.name === selection.tab ? selection : null;
  return {
    name: workbook.name,
    tabs: visible.map((s) => ({ name: s.name, generated: isGenerated(s) })),
    selected: sheet ? tabView(sheet, shown?.row ?? null) : null,
    selection: shown,
  };
}
