/** The workbook port: what the actions read from and write to the spreadsheet they run in. */
import type { CellNow, CellWrite, RowRef, WorkbookPort } from '../core/ports';
import { UserError } from '../core/user-error';
import type { CellValue } from '../core/values';
import { applyPlan } from './apply';
import { findGeneratedTabs } from './generated-tabs';
import { activeSpreadsheet, sheetOf } from './handles';
import { createInputTabs, tagInputTabs } from './input-tabs';
import { readWorkbook } from './read';
import { writeUserCells } from './user-cells';

export const workbookPort: WorkbookPort = {
  spreadsheetName: () => activeSpreadsheet().getName(),
  read: (request) => readWorkbook(activeSpreadsheet(), request),
  apply: (plan, generated) => applyPlan(activeSpreadsheet(), plan, generated),
  selectRow,
  readUserCells,
  writeUserCells: (writes: readonly CellWrite[]) => writeUserCells(activeSpreadsheet(), writes),
  createInputTabs: (plans) => createInputTabs(activeSpreadsheet(), plans),
  tagInputTabs: (tabs) => tagInputTabs(activeSpreadsheet(), tabs),
  selectRows,
};

/** Selects a block of one of the add-in's tabs (a pupil's report, to print it), found by its tag. */
function selectRows(key: string, row: number, rows: number): string {
  const tab = findGeneratedTabs(activeSpreadsheet()).byKey.get(key);
  if (!tab) throw new UserError('That tab is not in this spreadsheet any more. Build it again, then choose the report.');
  const sheet = sheetOf(tab.sheet);
  if (row + rows - 1 > sheet.getMaxRows())
    throw new UserError(`“${sheet.getName()}” has changed since it was built. Build it again, then choose the report.`);
  sheet.activate();
  sheet.getRange(row, 1, rows, sheet.getMaxColumns()).activate();
  return sheet.getName();
}

/**
 * Selects a row of one of the user's tabs, so a click on a finding in the sidebar shows the
 * register row behind it. Refuses a tab that is not there (renamed or deleted since the check).
 */
function selectRow(ref: RowRef): RowRef {
  const sheet = activeSpreadsheet().getSheetByName(ref.tab);
  if (!sheet)
    throw new UserError(
      `There is no tab called “${ref.tab}” in this spreadsheet any more. Run Check groups again, then click the finding.`,
    );
  if (ref.row > sheet.getMaxRows())
    throw new UserError(`“${ref.tab}” no longer has a row ${ref.row}. Run Check groups again, then click the finding.`);
  sheet.activate();
  sheet.getRange(ref.row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
  return { tab: ref.tab, row: ref.row };
}

/** Each tab's cells in one read of values and one of formulas, over the rectangle that holds them. */
function readUserCells(cells: readonly Omit<CellNow, 'value' | 'formula'>[]): CellNow[] {
  const spreadsheet = activeSpreadsheet();
  const byTab = new Map<string, Omit<CellNow, 'value' | 'formula'>[]>();
  for (const cell of cells) byTab.set(cell.tab, [...(byTab.get(cell.tab) ?? []), cell]);
  return [...byTab].flatMap(([tab, wanted]) => {
    const sheet = spreadsheet.getSheetByName(tab);
    if (!sheet) throw new UserError(`There is no tab called “${tab}” any more, so nothing was written. Run Suggest groups again.`);
    const top = Math.min(...wanted.map((c) => c.row));
    const left = Math.min(...wanted.map((c) => c.column));
    const bottom = Math.min(Math.max(...wanted.map((c) => c.row)), sheet.getMaxRows());
    const right = Math.min(Math.max(...wanted.map((c) => c.column)), sheet.getMaxColumns());
    const range = bottom >= top && right >= left ? sheet.getRange(top, left, bottom - top + 1, right - left + 1) : null;
    const values = (range?.getValues() ?? []) as CellValue[][];
    const formulas = range?.getFormulas() ?? [];
    return wanted.map((cell) => {
      const formula = formulas[cell.row - top]?.[cell.column - left] ?? '';
      return { ...cell, value: values[cell.row - top]?.[cell.column - left] ?? '', formula: formula === '' ? null : formula };
    });
  });
}
