/**
 * Writes a few cells of the user's own tabs: the one time the add-in does (accepting a suggested
 * group, after the user has seen and confirmed every cell). Neighbouring cells are written together
 * in one `setValues()`, and no other cell is touched; people's text is written as text.
 */
import { toSheetInput } from '../core/cell-input';
import type { CellValue } from '../core/values';
import { UserError } from '../core/user-error';

export interface CellWrite {
  readonly tab: string;
  readonly row: number;
  /** 1-based column. */
  readonly column: number;
  readonly value: string;
}

interface Block {
  readonly row: number;
  readonly column: number;
  readonly values: CellValue[][];
}

export function writeUserCells(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, writes: readonly CellWrite[]): void {
  const byTab = new Map<string, CellWrite[]>();
  for (const write of writes) byTab.set(write.tab, [...(byTab.get(write.tab) ?? []), write]);
  // Every tab is found before anything is written, so a missing tab changes nothing.
  const sheets = [...byTab].map(([tab, cells]) => {
    const sheet = spreadsheet.getSheetByName(tab);
    if (!sheet) throw new UserError(`There is no tab called “${tab}” any more, so nothing was written. Run Suggest groups again.`);
    return { sheet, cells };
  });
  for (const { sheet, cells } of sheets) {
    const lastRow = Math.max(...cells.map((cell) => cell.row));
    const maxRows = sheet.getMaxRows();
    if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
    for (const block of blocks(cells))
      sheet.getRange(block.row, block.column, block.values.length, block.values[0]?.length ?? 1).setValues(block.values);
  }
}

/** Runs of neighbouring cells along a row, then runs of those with the same columns down consecutive rows. */
function blocks(cells: readonly CellWrite[]): Block[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: Block[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    const value = toSheetInput(cell.value);
    if (last && last.row === cell.row && last.column + (last.values[0]?.length ?? 0) === cell.column) last.values[0]?.push(value);
    else runs.push({ row: cell.row, column: cell.column, values: [[value]] });
  }
  const merged: Block[] = [];
  for (const run of runs.sort((a, b) => a.column - b.column || a.row - b.row)) {
    const last = merged[merged.length - 1];
    const width = run.values[0]?.length ?? 0;
    if (last && last.column === run.column && (last.values[0]?.length ?? 0) === width && last.row + last.values.length === run.row)
      last.values.push(...run.values);
    else merged.push({ row: run.row, column: run.column, values: run.values.map((r) => [...r]) });
  }
  return merged;
}
