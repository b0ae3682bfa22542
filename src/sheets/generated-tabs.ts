/**
 * Finds the add-in's own tabs with one developer-metadata search for the whole spreadsheet, so a
 * tab the user renamed or moved is still recognised (and never duplicated), and the cost does not
 * grow with the number of tabs the school keeps. Staging tabs a stopped run left behind carry a
 * tag of their own and are found by the same search, as are the input tabs the add-in made for
 * people to fill in (tagged as input: they are the school's, never rewritten).
 */
import { GENERATED_TAB_METADATA_KEY, INPUT_TAB_METADATA_KEY } from '../core/plan';
import { readTabTag } from '../core/tab-tag';
import type { GeneratedTab, GeneratedTabs, SheetHandle } from '../core/ports';
import { handleOf, type Sheet, type Spreadsheet } from './handles';

/** The tag's value on a tab being written: it becomes the tab's key once the tab is complete. */
export const STAGING_PREFIX = 'staging:';

export interface FoundTabs extends GeneratedTabs {
  /** Sheet ids of every tab the search found, staging ones included (user tabs are the others). */
  readonly sheetIds: ReadonlySet<number>;
  /** The input tabs by key: the first sheet tagged with each (a copy of one stays a plain user tab). */
  readonly inputs: ReadonlyMap<string, Sheet>;
}

export function findGeneratedTabs(spreadsheet: Spreadsheet): FoundTabs {
  const byKey = new Map<string, GeneratedTab>();
  const leftovers: SheetHandle[] = [];
  const sheetIds = new Set<number>();
  const inputs = new Map<string, Sheet>();
  // One search for both tags: the finder takes one key, so it looks at every sheet's metadata.
  const found = spreadsheet.createDeveloperMetadataFinder().withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET).find();
  for (const metadata of found) {
    const key = metadata.getKey();
    const value = metadata.getValue();
    const sheet: Sheet | null = metadata.getLocation().getSheet();
    if (!value || !sheet) continue;
    if (key === INPUT_TAB_METADATA_KEY) {
      if (!inputs.has(value)) inputs.set(value, sheet);
      continue;
    }
    if (key !== GENERATED_TAB_METADATA_KEY) continue;
    const id = sheet.getSheetId();
    if (sheetIds.has(id)) continue;
    if (value.startsWith(STAGING_PREFIX)) {
      sheetIds.add(id);
      leftovers.push(handleOf(sheet));
    } else {
      const tag = readTabTag(value);
      // A second sheet with a key already seen is a user's copy: it stays a user tab.
      if (byKey.has(tag.key)) continue;
      sheetIds.add(id);
      byKey.set(tag.key, { key: tag.key, sheet: handleOf(sheet), fingerprint: tag.fingerprint });
    }
  }
  return { byKey, leftovers, sheetIds, inputs };
}
