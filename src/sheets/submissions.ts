/**
 * What onFormSubmit touches: the one new response row, the register, and the add-in's `Scores`
 * and `Problems` tabs, each with a fixed number of calls whatever the number of rows. All of them
 * are read from the spreadsheet the event's range is on, found once with Sheet.getParent()
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getParent()): Google's
 * form-submit event has no `source`, unlike open and edit events
 * (https://developers.google.com/apps-script/guides/triggers/events). The add-in's tabs are
 * found through the sheet ids remembered in a document property; when an id is missing or stale
 * (an action rebuilds its tabs) they are found again with one developer-metadata search and the
 * ids remembered.
 */
import { toSheetInput } from '../core/cell-input';
import type { GeneratedTabs, OwnTabNow, Submission, SubmissionPort, SubmittedTo } from '../core/ports';
import type { PlanCell } from '../core/plan';
import type { TabSnapshot } from '../core/snapshot';
import { OWN_TAB_IDS_PROPERTY } from '../core/storage-keys';
import type { CellValue } from '../core/values';
import { findGeneratedTabs, type FoundTabs } from './generated-tabs';
import { handleOf, sheetOf, type Sheet, type Spreadsheet } from './handles';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** The parts of Google's form-submit event the add-in uses. */
interface SubmitEvent {
  readonly range?: Range;
  readonly values?: unknown;
  readonly namedValues?: unknown;
}

/** A user tab read whole with one getValues(); undefined when there is no tab of that name. */
function readTabNamed(spreadsheet: Spreadsheet, name: string): TabSnapshot | undefined {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) return undefined;
  return { name, values: sheet.getDataRange().getValues() as CellValue[][], generatedKey: null };
}

function rememberedIds(text: string | null): Record<string, number> {
  try {
    const parsed = JSON.parse(text ?? '{}') as unknown;
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, number] => Number.isInteger(entry[1])));
  } catch {
    return {};
  }
}

/**
 * Reads the add-in's tabs by their remembered ids. A missing or stale id costs one search, and
 * at most one per submission: a later read (Problems after Scores) uses what it found.
 */
function ownTabsOf(spreadsheet: Spreadsheet): SubmittedTo['readOwnTabs'] {
  let found: FoundTabs | null = null;
  let written: Record<string, number> | null = null;
  return (keys, remembered) => {
    const ids = written ?? rememberedIds(remembered ?? null);
    const sheets = new Map<string, Sheet | null>(
      keys.map((key) => [key, ids[key] === undefined ? null : spreadsheet.getSheetById(ids[key])]),
    );
    let generated: GeneratedTabs | null = null;
    if ([...sheets.values()].some((sheet) => sheet === null)) {
      found ??= findGeneratedTabs(spreadsheet);
      generated = { byKey: found.byKey, leftovers: found.leftovers };
      for (const key of keys) {
        const tab = found.byKey.get(key);
        sheets.set(key, tab ? sheetOf(tab.sheet) : null);
      }
      const known = Object.fromEntries([...sheets].flatMap(([key, sheet]) => (sheet ? [[key, sheet.getSheetId()]] : [])));
      // The keys just looked for take what the search found (or nothing); the others stay as remembered.
      written = { ...Object.fromEntries(Object.entries(ids).filter(([key]) => !keys.includes(key))), ...known };
      PropertiesService.getDocumentProperties().setProperty(OWN_TAB_IDS_PROPERTY, JSON.stringify(written));
    }
    const tabs = new Map<string, OwnTabNow>(
      [...sheets].map(([key, sheet]) => [
        key,
        sheet
          ? {
              sheet: handleOf(sheet),
              snapshot: { name: key, values: sheet.getDataRange().getValues() as CellValue[][], generatedKey: key },
            }
          : { sheet: null, snapshot: undefined },
      ]),
    );
    return { tabs, generated };
  };
}

/** Under the last row: the grid grown first when it is full (a generated tab is trimmed to its content). */
function appendRows(handle: Parameters<typeof sheetOf>[0], rows: readonly (readonly PlanCell[])[]): void {
  if (rows.length === 0) return;
  const sheet = sheetOf(handle);
  const last = sheet.getLastRow();
  const spare = sheet.getMaxRows() - last;
  if (spare < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - spare);
  sheet.getRange(last + 1, 1, rows.length, rows[0]!.length).setValues(rows.map((row) => row.map(toSheetInput)));
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
function open(input: unknown, headerRowOf: (tab: string) => number): SubmittedTo | null {
  const event = (input ?? {}) as SubmitEvent;
  const range = event.range;
  if (!range) return null;
  const sheet = range.getSheet();
  const tab = sheet.getName();
  const sheetRow = range.getRow();
  const cells = (range.getValues()[0] ?? []) as CellValue[];
  const headers =
    headersFromEvent(event, cells.length) ?? (sheet.getRange(headerRowOf(tab), 1, 1, cells.length).getValues()[0] ?? []).map(String);
  const submission: Submission = { tab, sheetRow, headers, cells };
  const spreadsheet = sheet.getParent();
  return { submission, readTabNamed: (name) => readTabNamed(spreadsheet, name), readOwnTabs: ownTabsOf(spreadsheet) };
}

export const submissionPort: SubmissionPort = {
  open,
  /** One call: the row goes under the last one, people's text kept as text. */
  appendRow: (sheet, cells) => sheetOf(sheet).appendRow(cells.map(toSheetInput)),
  appendRows,
  /** Normally one earlier row (two calls), never one per response. */
  rewriteCells: (sheet, column, updates) => {
    for (const update of updates) sheetOf(sheet).getRange(update.row, column).setValue(toSheetInput(update.value));
  },
};
