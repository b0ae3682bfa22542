/**
 * Finds the add-in's own tabs through developer metadata, so a tab the user renamed or moved is
 * still recognised (and never duplicated). One finder call, whatever the number of rows.
 */
import { GENERATED_TAB_METADATA_KEY } from '../core/plan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface GeneratedTab {
  readonly key: string;
  readonly sheet: Sheet;
}

/** The add-in's key for a sheet it generated, or null for a user's tab (one call, plus two per tag). */
export function generatedKeyOf(sheet: Sheet): string | null {
  for (const metadata of sheet.getDeveloperMetadata()) {
    if (metadata.getKey() === GENERATED_TAB_METADATA_KEY) return metadata.getValue() || null;
  }
  return null;
}

/** Generated tabs by their key, and by sheet id for readers that walk every sheet. */
export function findGeneratedTabs(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Map<string, GeneratedTab> {
  const found = new Map<string, GeneratedTab>();
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(GENERATED_TAB_METADATA_KEY).find()) {
    const key = metadata.getValue();
    const sheet = metadata.getLocation().getSheet();
    if (key && sheet && !found.has(key)) found.set(key, { key, sheet });
  }
  return found;
}
