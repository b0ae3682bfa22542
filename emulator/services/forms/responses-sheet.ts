/**
 * The `Form Responses N` sheet Forms adds to a spreadsheet when it becomes a form's destination,
 * with Google's header layout: `Timestamp`, `Email Address` when emails are collected, then one
 * column per question, and one per row of a grid (`Question [Row]`).
 */
import { ensureCellsFit } from '../../limits';
import { emptySheet, type SheetModel, type WorkbookModel } from '../../model';
import { isQuestion } from './item-model';
import { itemsOf, type FormState } from './form-state';

export const TIMESTAMP = 'Timestamp';
export const EMAIL = 'Email Address';

export function responseHeaders(form: FormState): string[] {
  const headers = [TIMESTAMP];
  if (form.collectEmail === true) headers.push(EMAIL);
  for (const item of itemsOf(form).filter(isQuestion)) {
    if (item.type === 'GRID') headers.push(...item.rows.map((row) => gridHeader(item.title, row)));
    else headers.push(item.title);
  }
  return headers;
}

export function gridHeader(title: string, row: string): string {
  return `${title} [${row}]`;
}

/** `Form Responses 1`, or the next number no sheet has yet. */
export function nextResponsesName(workbook: WorkbookModel): string {
  const taken = new Set(workbook.sheets.map((sheet) => sheet.name));
  let n = 1;
  while (taken.has(`Form Responses ${n}`)) n += 1;
  return `Form Responses ${n}`;
}

/**
 * Adds the destination sheet at the end of the workbook, header row frozen as Forms leaves it;
 * like any new sheet, it must fit in the spreadsheet's cell limit.
 */
export function addResponsesSheet(workbook: WorkbookModel, form: FormState): SheetModel {
  const id = workbook.sheets.reduce((max, sheet) => Math.max(max, sheet.id), 0) + 1;
  const sheet = emptySheet(id, nextResponsesName(workbook));
  const headers = responseHeaders(form);
  sheet.cells = [headers.map((value) => ({ value }))];
  sheet.frozenRows = 1;
  sheet.maxColumns = Math.max(sheet.maxColumns, headers.length);
  ensureCellsFit(workbook, sheet.maxRows * sheet.maxColumns);
  workbook.sheets.push(sheet);
  return sheet;
}

/** The header row as text; blank cells give ''. */
export function headerRow(sheet: SheetModel): string[] {
  return (sheet.cells[0] ?? []).map((cell) => (cell === undefined ? '' : String(cell.value)));
}

/** Questions added after the form was linked get their columns on the right, as in Sheets. */
export function ensureHeaders(sheet: SheetModel, headers: readonly string[]): string[] {
  const row = (sheet.cells[0] ??= []);
  const present = headerRow(sheet);
  for (const header of headers) {
    if (present.includes(header)) continue;
    row[present.length] = { value: header };
    present.push(header);
  }
  sheet.maxColumns = Math.max(sheet.maxColumns, present.length);
  return present;
}

/** 0-based index of the first row after the last one holding anything. */
export function nextFreeRow(sheet: SheetModel): number {
  for (let r = sheet.cells.length - 1; r >= 0; r -= 1) {
    if ((sheet.cells[r] ?? []).some((cell) => cell !== undefined && cell.value !== '')) return r + 1;
  }
  return 0;
}
