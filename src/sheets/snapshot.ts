/**
 * Reads the whole workbook once: one `getValues()` per tab, so the cost of an action does not grow
 * with the number of rows.
 */
import type { TabSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { findGeneratedTabs } from './generated-tabs';

export function readSnapshot(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): WorkbookSnapshot {
  const keyBySheetId = new Map<number, string>();
  for (const tab of findGeneratedTabs(spreadsheet).values()) keyBySheetId.set(tab.sheet.getSheetId(), tab.key);
  const tabs: TabSnapshot[] = spreadsheet.getSheets().map((sheet) => ({
    name: sheet.getName(),
    values: sheet.getDataRange().getValues(),
    generatedKey: keyBySheetId.get(sheet.getSheetId()) ?? null,
    hidden: sheet.isSheetHidden(),
  }));
  return { tabs };
}
