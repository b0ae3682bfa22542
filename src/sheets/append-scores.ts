/**
 * What onFormSubmit touches: the one new response row, the register, and the `Scores` tab, each
 * with a fixed number of calls whatever the number of rows. `Scores` is found through the sheet id
 * remembered in a document property (one call); when that id is missing or stale (a re-score
 * rebuilds the tab) it is found again through its developer metadata and the id remembered.
 */
import { toSheetInput } from '../core/cell-input';
import type { PlanCell } from '../core/plan';
import { SCORES_KEY } from '../core/questionnaires';
import type { TabSnapshot } from '../core/snapshot';
import type { CellValue } from '../core/values';
import { findGeneratedTabs, type GeneratedTab } from './generated-tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The Scores tab's sheet id, kept beside the add-in's other document properties. */
export const SCORES_SHEET_PROPERTY = 'ip.scoresSheetId';

/** A user tab read whole with one getValues(); undefined when there is no tab of that name. */
export function readTabNamed(spreadsheet: Spreadsheet, name: string): TabSnapshot | undefined {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) return undefined;
  return { name, values: sheet.getDataRange().getValues() as CellValue[][], generatedKey: null, hidden: false };
}

export interface ScoresSheet {
  readonly sheet: Sheet | null;
  readonly snapshot: TabSnapshot | undefined;
  /** The add-in's tabs, when they had to be looked up (so a new Scores tab can go through applyPlan). */
  readonly generated: ReadonlyMap<string, GeneratedTab> | null;
}

export function readScoresSheet(spreadsheet: Spreadsheet): ScoresSheet {
  const properties = PropertiesService.getDocumentProperties();
  const id = properties.getProperty(SCORES_SHEET_PROPERTY);
  let sheet = id !== null && /^\d{1,15}$/.test(id) ? spreadsheet.getSheetById(Number(id)) : null;
  let generated: ReadonlyMap<string, GeneratedTab> | null = null;
  if (!sheet) {
    generated = findGeneratedTabs(spreadsheet);
    sheet = generated.get(SCORES_KEY)?.sheet ?? null;
    if (sheet) properties.setProperty(SCORES_SHEET_PROPERTY, String(sheet.getSheetId()));
  }
  const snapshot = sheet
    ? { name: SCORES_KEY, values: sheet.getDataRange().getValues() as CellValue[][], generatedKey: SCORES_KEY, hidden: false }
    : undefined;
  return { sheet, snapshot, generated };
}

/** One call: the row goes under the last one, people's text kept as text. */
export function appendScoreRow(sheet: Sheet, cells: readonly PlanCell[]): void {
  sheet.appendRow(cells.map(toSheetInput));
}

/**
 * New Flags text for the earlier rows a response supersedes. Each earlier duplicate was flagged
 * when the next one arrived, so there is normally one row here (two calls), never one per response.
 */
export function rewriteFlags(
  sheet: Sheet,
  flagsColumn: number,
  updates: readonly { readonly row: number; readonly flags: string }[],
): void {
  for (const update of updates) sheet.getRange(update.row, flagsColumn).setValue(toSheetInput(update.flags));
}

/** Runs `work` under the document lock; false, having done nothing, when it was not free within `waitMs`. */
export function underDocumentLock(waitMs: number, work: () => void): boolean {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) return false;
  try {
    work();
  } finally {
    lock.releaseLock();
  }
  return true;
}

/** The parts of Google's form-submit event the add-in uses. */
export interface SubmitEvent {
  readonly range?: Range;
  readonly values?: unknown;
  readonly namedValues?: unknown;
}

export interface Submission {
  readonly spreadsheet: Spreadsheet;
  readonly tab: string;
  /** The response's 1-based row on its tab. */
  readonly sheetRow: number;
  readonly headers: string[];
  /** The row as Sheets holds it (a Date for the timestamp, numbers as numbers). */
  readonly cells: CellValue[];
}

/**
 * The header of each answer, in column order, from the event itself: `namedValues` is keyed by
 * header, and when its keys line up one-to-one with `values` no call is needed. Otherwise null.
 */
export function headersFromEvent(event: SubmitEvent, width: number): string[] | null {
  const { values, namedValues } = event;
  if (!Array.isArray(values) || values.length !== width || typeof namedValues !== 'object' || namedValues === null) return null;
  const entries = Object.entries(namedValues as Record<string, unknown>);
  if (entries.length !== width) return null;
  const lined = entries.every(([, answers], index) => Array.isArray(answers) && answers.length === 1 && answers[0] === values[index]);
  return lined ? entries.map(([header]) => header) : null;
}

/** The new row, read through the event's range (the header row is read only when the event cannot say). */
export function readSubmission(event: SubmitEvent, headerRowOf: (tab: string) => number): Submission | null {
  const range = event.range;
  if (!range) return null;
  const sheet = range.getSheet();
  const tab = sheet.getName();
  const sheetRow = range.getRow();
  const cells = (range.getValues()[0] ?? []) as CellValue[];
  const headers =
    headersFromEvent(event, cells.length) ?? (sheet.getRange(headerRowOf(tab), 1, 1, cells.length).getValues()[0] ?? []).map(String);
  return { spreadsheet: sheet.getParent(), tab, sheetRow, headers, cells };
}
