/** Test helpers for the example school: a workbook model read as the add-in reads tabs. */
import type { SheetModel, WorkbookModel } from '../../emulator/model';
import type { TabSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import type { CellValue } from '../../src/core/values';

/** Every row at the tab's full width, '' for blanks, as one `getValues()` returns it. */
export function sheetValues(sheet: SheetModel): CellValue[][] {
  const width = Math.max(0, ...sheet.cells.map((row) => row.length));
  return sheet.cells.map((row) => Array.from({ length: width }, (_, i) => row[i]?.value ?? ''));
}

export function snapshotOf(workbook: WorkbookModel): WorkbookSnapshot {
  const tabs: TabSnapshot[] = workbook.sheets.map((sheet) => ({
    name: sheet.name,
    values: sheetValues(sheet),
    generatedKey: null,
  }));
  return { tabs };
}

export function sheetNamed(workbook: WorkbookModel, name: string): SheetModel {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No tab ${name}`);
  return sheet;
}
