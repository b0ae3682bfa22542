/**
 * What an action reads: each tab's values, read once with one `getValues()` per tab.
 * `values[0]` is sheet row 1; every row has the tab's full width ('' for blanks).
 */
import type { CellValue } from './values';

export interface TabSnapshot {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
  /** The add-in's own generated tab key (from developer metadata), or null for a user's tab. */
  readonly generatedKey: string | null;
  readonly hidden: boolean;
}

/** Every user tab, and the generated tabs the action asked to read back (the others are not read). */
export interface WorkbookSnapshot {
  readonly tabs: readonly TabSnapshot[];
}

export function userTabs(snapshot: WorkbookSnapshot): readonly TabSnapshot[] {
  return snapshot.tabs.filter((tab) => tab.generatedKey === null);
}
