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
  /** The key of the input tab (targets, reviews…) the add-in made for people to fill in, when it is one. */
  readonly inputKey?: string;
}

/** The user tabs the action needed, and the generated tabs it asked to read back (the others are not read). */
export interface WorkbookSnapshot {
  readonly tabs: readonly TabSnapshot[];
}

export function userTabs(snapshot: WorkbookSnapshot): readonly TabSnapshot[] {
  return snapshot.tabs.filter((tab) => tab.generatedKey === null);
}

/** A generated tab from the snapshot, found by its key (never by its name, which users may change). */
export function generatedTab(snapshot: WorkbookSnapshot, key: string): TabSnapshot | undefined {
  return snapshot.tabs.find((tab) => tab.generatedKey === key);
}

/** An input tab the add-in made (targets, reviews…), found by its key whatever it is called now. */
export function inputTab(snapshot: WorkbookSnapshot, key: string): TabSnapshot | undefined {
  return snapshot.tabs.find((tab) => tab.inputKey === key);
}
