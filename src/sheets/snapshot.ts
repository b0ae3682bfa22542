/**
 * Reads the workbook once: one `getValues()` per user tab and per generated tab the action needs,
 * so the cost of an action does not grow with the number of rows (nor with last term's timetables).
 */
import type { TabSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { generatedKeyOf, type GeneratedTab } from './generated-tabs';

export interface ReadWorkbook {
  readonly snapshot: WorkbookSnapshot;
  /** The add-in's tabs by key, found once and handed on to `applyPlan`. */
  readonly generated: ReadonlyMap<string, GeneratedTab>;
}

/**
 * `generatedKeys`: the add-in's own tabs whose contents the action reads back; the others are
 * recognised by their tag (developer metadata, so a renamed or moved tab is still found) and left
 * unread. A second sheet carrying a key already seen (a user's copy) is treated as the user's.
 */
export function readSnapshot(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, generatedKeys: readonly string[]): ReadWorkbook {
  const generated = new Map<string, GeneratedTab>();
  const tabs: TabSnapshot[] = spreadsheet.getSheets().flatMap((sheet) => {
    const tagged = generatedKeyOf(sheet);
    const generatedKey = tagged !== null && !generated.has(tagged) ? tagged : null;
    if (generatedKey !== null) {
      generated.set(generatedKey, { key: generatedKey, sheet });
      if (!generatedKeys.includes(generatedKey)) return [];
    }
    return [{ name: sheet.getName(), values: sheet.getDataRange().getValues(), generatedKey, hidden: sheet.isSheetHidden() }];
  });
  return { snapshot: { tabs }, generated };
}
