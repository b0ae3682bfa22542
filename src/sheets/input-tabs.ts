/**
 * Makes the tabs people fill in (passports, targets, reviews): each inserted once, trimmed to the
 * rows people will need, written and formatted as a generated tab is (one call per kind of format),
 * and tagged as input so the add-in finds it again after a rename and never makes it twice. From
 * then on it is the school's own tab: the add-in only reads it.
 */
import { INPUT_TAB_METADATA_KEY, type InputTabPlan } from '../core/plan';
import { applyFormat, fitGrid, withFreeName, writeValues } from './apply';
import type { Spreadsheet } from './handles';

/** Tags a school's own tab as an input tab: one search by name and one tag, its cells untouched. */
export function tagInputTabs(spreadsheet: Spreadsheet, tabs: readonly { readonly key: string; readonly name: string }[]): void {
  for (const { key, name } of tabs)
    spreadsheet
      .getSheetByName(name)
      ?.addDeveloperMetadata(INPUT_TAB_METADATA_KEY, key, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
}

export function createInputTabs(spreadsheet: Spreadsheet, plans: readonly InputTabPlan[]): string[] {
  return plans.map((plan) => {
    const columns = Math.max(1, ...plan.values.map((row) => row.length));
    const sheet = withFreeName(spreadsheet, plan.name, (name) => spreadsheet.insertSheet(name, spreadsheet.getNumSheets()));
    sheet.addDeveloperMetadata(INPUT_TAB_METADATA_KEY, plan.key, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
    fitGrid(sheet, Math.max(plan.gridRows, plan.values.length), columns);
    writeValues(sheet, plan, columns);
    applyFormat(sheet, plan);
    return sheet.getName();
  });
}
