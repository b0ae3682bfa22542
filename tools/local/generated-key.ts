/** The key of a tab the add-in generated, read from its developer metadata as the add-in writes it. */
import type { SheetModel } from '../../emulator/model';
import { GENERATED_TAB_METADATA_KEY } from '../../src/core/plan';
import { readTabTag } from '../../src/core/tab-tag';

/** Null for a tab the add-in did not generate. */
export function generatedKey(sheet: SheetModel): string | null {
  const value = sheet.developerMetadata.find((m) => m.key === GENERATED_TAB_METADATA_KEY)?.value;
  return value === null || value === undefined ? null : readTabTag(value).key;
}
