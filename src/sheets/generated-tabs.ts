/**
 * Finds the add-in's own tabs through developer metadata, so a tab the user renamed or moved is
 * still recognised (and never duplicated). One finder call, whatever the number of rows.
 */
import { GENERATED_TAB_METADATA_KEY } from '../core/plan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface GeneratedTab {
  readonly key: string;
  readonly sheet: Sheet;
  readonly metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
}

/** Generated tabs by their key, and by sheet id for readers that walk every sheet. */
export function findGeneratedTabs(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Map<string, GeneratedTab> {
  const found = new Map<string, GeneratedTab>();
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(GENERATED_TAB_METADATA_KEY).find()) {
    const key = metadata.getValue();
    const sheet = metadata.getLocation().getSheet();
    if (key && sheet && !found.has(key)) found.set(key, { key, sheet, metadata });
  }
  return found;
}
