/**
 * Reads the workbook once for an action: one `getValues()` per tab it needs. With a stored setup
 * only the tabs it names are read (found by name), so an action costs the same in a spreadsheet of
 * 5 tabs or 500; setup's detection reads every user tab. The add-in's own tabs, and the input tabs
 * it made for people to fill in, are found by one developer-metadata search and read back only when
 * the action asks for them (an input tab read is marked with its key).
 *
 * Merged cells are read as people mean them: Google returns a merged range's value in its top-left
 * cell only, so the value is copied into the rest of the range (a Programme cell merged down a
 * group's rows belongs to every pupil of the group).
 */
import type { ReadRequest, WorkbookRead } from '../core/ports';
import type { TabSnapshot } from '../core/snapshot';
import type { CellValue } from '../core/values';
import { findGeneratedTabs } from './generated-tabs';
import { sheetOf, type Sheet, type Spreadsheet } from './handles';

export function readWorkbook(spreadsheet: Spreadsheet, request: ReadRequest): WorkbookRead {
  const generated = findGeneratedTabs(spreadsheet);
  const candidates =
    request.userTabs === 'all'
      ? spreadsheet.getSheets()
      : uniqueNames(request.userTabs).flatMap((name) => {
          const sheet = spreadsheet.getSheetByName(name);
          return sheet ? [sheet] : [];
        });
  const inputs = [...generated.inputs].map(([key, sheet]) => ({ key, sheet, id: sheet.getSheetId() }));
  const wanted = new Set(request.inputs ?? []);
  const userSheets = new Map<number, { sheet: Sheet; inputKey: string | undefined }>();
  for (const sheet of candidates) {
    const id = sheet.getSheetId();
    if (!generated.sheetIds.has(id)) userSheets.set(id, { sheet, inputKey: inputs.find((input) => input.id === id)?.key });
  }
  for (const input of inputs) if (wanted.has(input.key)) userSheets.set(input.id, { sheet: input.sheet, inputKey: input.key });
  const tabs: TabSnapshot[] = [...userSheets.values()].map(({ sheet, inputKey }) => userTab(sheet, inputKey));
  for (const key of request.generated) {
    const tab = generated.byKey.get(key);
    if (!tab) continue;
    const sheet = sheetOf(tab.sheet);
    tabs.push({ name: sheet.getName(), values: sheet.getDataRange().getValues() as CellValue[][], generatedKey: key });
  }
  return {
    snapshot: { tabs },
    generated: { byKey: generated.byKey, leftovers: generated.leftovers },
    inputs: inputs.map((input) => input.key),
  };
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function userTab(sheet: Sheet, inputKey: string | undefined): TabSnapshot {
  const range = sheet.getDataRange();
  const values = range.getValues() as CellValue[][];
  for (const merged of range.getMergedRanges()) fillMerge(values, merged.getA1Notation());
  return { name: sheet.getName(), values, generatedKey: null, ...(inputKey === undefined ? {} : { inputKey }) };
}

/** Copies a merged range's top-left value into its other cells (within what was read). */
export function fillMerge(values: CellValue[][], a1: string): void {
  const area = parseA1(a1);
  if (!area) return;
  const value = values[area.row]?.[area.column];
  if (value === undefined || value === '') return;
  for (let r = area.row; r <= area.lastRow && r < values.length; r += 1) {
    const row = values[r] as CellValue[];
    for (let c = area.column; c <= area.lastColumn && c < row.length; c += 1) if (row[c] === '') row[c] = value;
  }
}

/** `B2:D9` (or `B2`) as 0-based first and last row and column. */
function parseA1(a1: string): { row: number; column: number; lastRow: number; lastColumn: number } | null {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1.replace(/^.*!/, '').replace(/\$/g, ''));
  if (!match) return null;
  const column = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const first = { row: Number(match[2]) - 1, column: column(match[1] as string) };
  const last = match[3] ? { row: Number(match[4]) - 1, column: column(match[3]) } : first;
  return { row: first.row, column: first.column, lastRow: last.row, lastColumn: last.column };
}
