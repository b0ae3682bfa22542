/** Sheet names: unique regardless of case, and followed by every reference when one changes. */
import { MAX_SHEET_NAME_LENGTH, SHEET_NAME_MESSAGE } from '../limits';
import type { WorkbookModel } from '../model';
import { parseA1, quoteSheetName } from './a1';
import type { SpreadsheetContext } from './context';
import { exception, invalidArgument } from './errors';

/**
 * The name to use, or Apps Script's error when it is too long or another sheet has it. Case does
 * not matter: Sheets refuses `problems` beside `Problems`, in the UI and through the API alike
 * (https://github.com/socialpoint-labs/sheetfu/pull/26).
 */
export function validateSheetName(ctx: SpreadsheetContext, name: unknown, selfId: number | null): string {
  if (typeof name !== 'string' || name.trim() === '') throw invalidArgument('name');
  if (name.length > MAX_SHEET_NAME_LENGTH) throw exception(SHEET_NAME_MESSAGE);
  const wanted = name;
  const lower = wanted.toLowerCase();
  const clash = ctx.host.workbook.sheets.some((sheet) => sheet.id !== selfId && sheet.name.toLowerCase() === lower);
  if (clash) throw exception(`A sheet with the name "${wanted}" already exists. Please enter another name.`);
  return wanted;
}

/** Charts and named ranges keep sheet names in the model: they follow a rename. */
export function renameSheetReferences(workbook: WorkbookModel, from: string, to: string): void {
  for (const sheet of workbook.sheets) {
    for (const chart of sheet.charts) {
      for (const range of chart.ranges) if (range.sheet === from) range.sheet = to;
    }
  }
  for (const named of workbook.namedRanges) if (named.sheet === from) named.sheet = to;
  for (const sheet of workbook.sheets) {
    for (const rule of sheet.dataValidations) {
      if (rule.criteria !== 'VALUE_IN_RANGE' || typeof rule.values[0] !== 'string') continue;
      const ref = parseA1(rule.values[0]);
      if (ref?.sheetName === from) rule.values[0] = `${quoteSheetName(to)}!${rule.values[0].slice(rule.values[0].lastIndexOf('!') + 1)}`;
    }
  }
}

/** `Sheet1`, `Sheet2`, …: the first free default name, as Sheets picks it. */
export function defaultSheetName(workbook: WorkbookModel): string {
  const taken = new Set(workbook.sheets.map((sheet) => sheet.name.toLowerCase()));
  for (let n = workbook.sheets.length + 1; ; n += 1) {
    if (!taken.has(`sheet${n}`)) return `Sheet${n}`;
  }
}
