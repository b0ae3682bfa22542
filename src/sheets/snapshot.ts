/**
 * Reads the workbook once: one `getValues()` per user tab and per generated tab the action needs,
 * so the cost of an action does not grow with the number of rows (nor with last term's timetables).
 */
import type { TabSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { findGeneratedTabs, type GeneratedTab } from './generated-tabs';

/** `generatedKeys`: the add-in's own tabs whose contents the action reads back (others stay unread). */
export interface ReadWorkbook {
  readonly snapshot: WorkbookSnapshot;
  /** The add-in's tabs by key, found once and handed on to `applyPlan`. */
  readonly generated: ReadonlyMap<string, GeneratedTab>;
}

export function readSnapshot(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, generatedKeys: readonly string[]): ReadWorkbook {
  const generated = findGeneratedTabs(spreadsheet);
  const keyBySheetId = new Map<number, string>();
  for (const tab of generated.values()) keyBySheetId.set(tab.sheet.getSheetId(), tab.key);
  // Generated tabs the action does not read back are left out whole: a term of timetables costs one call each.
  const tabs: TabSnapshot[] = spreadsheet.getSheets().flatMap((sheet) => {
    const generatedKey = keyBySheetId.get(sheet.getSheetId()) ?? null;
    if (generatedKey !== null && !generatedKeys.includes(generatedKey)) return [];
    return [{ name: sheet.getName(), values: sheet.getDataRange().getValues(), generatedKey, hidden: sheet.isSheetHidden() }];
  });
  return { snapshot: { tabs }, generated };
}
