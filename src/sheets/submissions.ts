/**
 * What onFormSubmit touches: the one new response row, the register, and the `Scores` tab, each
 * with a fixed number of calls whatever the number of rows. `Scores` is found through the sheet id
 * remembered in a document property (one call); when that id is missing or stale (a re-score
 * rebuilds the tab) it is found again through its developer metadata and the id remembered.
 */
import { toSheetInput } from '../core/cell-input';
import type { GeneratedTabs, ScoresTabNow, Submission, SubmissionPort } from '../core/ports';
import type { TabSnapshot } from '../core/snapshot';
import type { CellValue } from '../core/values';
import { findGeneratedTabs } from './generated-tabs';
import { activeSpreadsheet, handleOf, sheetOf } from './handles';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** The Scores tab's sheet id, kept beside the add-in's other document properties. */
export const SCORES_SHEET_PROPERTY = 'ip.scoresSheetId';

/** The parts of Google's form-submit event the add-in uses. */
interface SubmitEvent {
  readonly range?: Range;
  readonly values?: unknown;
  readonly namedValues?: unknown;
}

/** A user tab read whole with one getValues(); undefined when there is no tab of that name. */
function readTabNamed(name: string): TabSnapshot | undefined {
  const sheet = activeSpreadsheet().getSheetByName(name);
  if (!sheet) return undefined;
  return { name, values: sheet.getDataRange().getValues() as CellValue[][], generatedKey: null };
}

function readScores(scoresKey: string): ScoresTabNow {
  const spreadsheet = activeSpreadsheet();
  const properties = PropertiesService.getDocumentProperties();
  const id = properties.getProperty(SCORES_SHEET_PROPERTY);
  let sheet = id !== null && /^\d{1,15}$/.test(id) ? spreadsheet.getSheetById(Number(id)) : null;
  let generated: GeneratedTabs | null = null;
  if (!sheet) {
    const found = findGeneratedTabs(spreadsheet);
    generated = { byKey: found.byKey, leftovers: found.leftovers };
    const tab = found.byKey.get(scoresKey);
    sheet = tab ? sheetOf(tab.sheet) : null;
    if (sheet) properties.setProperty(SCORES_SHEET_PROPERTY, String(sheet.getSheetId()));
  }
  const snapshot = sheet
    ? { name: scoresKey, values: sheet.getDataRange().getValues() as CellValue[][], generatedKey: scoresKey }
    : undefined;
  return { sheet: sheet ? handleOf(sheet) : null, snapshot, generated };
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
function read(input: unknown, headerRowOf: (tab: string) => number): Submission | null {
  const event = (input ?? {}) as SubmitEvent;
  const range = event.range;
  if (!range) return null;
  const sheet = range.getSheet();
  const tab = sheet.getName();
  const sheetRow = range.getRow();
  const cells = (range.getValues()[0] ?? []) as CellValue[];
  const headers =
    headersFromEvent(event, cells.length) ?? (sheet.getRange(headerRowOf(tab), 1, 1, cells.length).getValues()[0] ?? []).map(String);
  return { tab, sheetRow, headers, cells };
}

export const submissionPort: SubmissionPort = {
  read,
  readTabNamed,
  readScores,
  /** One call: the row goes under the last one, people's text kept as text. */
  appendRow: (sheet, cells) => sheetOf(sheet).appendRow(cells.map(toSheetInput)),
  /** Normally one earlier row (two calls), never one per response. */
  rewriteCells: (sheet, column, updates) => {
    for (const update of updates) sheetOf(sheet).getRange(update.row, column).setValue(toSheetInput(update.value));
  },
};
