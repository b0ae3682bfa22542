/**
 * Runs the built add-in over the hostile corpus in the emulator and reads back what the tests
 * judge: each action's Result, the user tabs as they were and are, the generated tabs, the log.
 */
import { isModelDate, type CellModel, type GridRangeModel, type SheetModel, type WorkbookModel } from '../../emulator/model';
import type { HostileWorkbook } from '../../tools/hostile/corpus';
import { ACTIONS, openSession, runActions, type ActionName, type LocalSession } from '../../tools/local/session';
import { GENERATED_TAB_METADATA_KEY, INPUT_TAB_METADATA_KEY } from '../../src/core/plan';
import { generatedKey } from '../../tools/local/generated-key';
import { PROBLEMS_KEY } from '../../src/core/problems-tab';

export const RUNS = [...ACTIONS, 'all'] as const;
export type RunName = (typeof RUNS)[number];

/** An action's outcome, or what it threw past the endpoint's own error handling. */
export interface Outcome {
  readonly action: ActionName;
  readonly ok: boolean;
  readonly message: string;
  readonly thrown: boolean;
}

export interface Run {
  readonly run: RunName;
  readonly before: WorkbookModel;
  readonly session: LocalSession;
  readonly outcomes: readonly Outcome[];
}

/** The clock every run sees, so two runs are comparable. */
const NOW = new Date('2026-11-25T09:00:00.000Z');

export function runOn(entry: HostileWorkbook, run: RunName, times = 1): Run {
  const before = structuredClone(entry.workbook);
  const session = openSession(structuredClone(entry.workbook), { now: () => new Date(NOW) });
  const outcomes: Outcome[] = [];
  for (let i = 0; i < times; i += 1) outcomes.push(...safely(session, run));
  return { run, before, session, outcomes };
}

function safely(session: LocalSession, run: RunName): Outcome[] {
  try {
    return runActions(session, run).map((stat) => ({ action: stat.action, ok: stat.ok, message: stat.message, thrown: false }));
  } catch (error) {
    const action: ActionName = run === 'all' ? 'setup' : run;
    return [{ action, ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error), thrown: true }];
  }
}

const cache = new Map<string, Run>();

/** One run of one action on a fresh copy of the workbook, shared by the tests that judge it. */
export function cachedRun(entry: HostileWorkbook, run: RunName): Run {
  const key = `${entry.name}/${run}`;
  const found = cache.get(key);
  if (found) return found;
  const fresh = runOn(entry, run);
  cache.set(key, fresh);
  return fresh;
}

export function isGenerated(sheet: SheetModel): boolean {
  return sheet.developerMetadata.some((m) => m.key === GENERATED_TAB_METADATA_KEY);
}

export { generatedKey };

/** The school's own tabs: neither generated nor an input tab the add-in made for the cycle. */
export function userSheets(workbook: WorkbookModel): SheetModel[] {
  return workbook.sheets.filter((sheet) => !isGenerated(sheet) && !sheet.developerMetadata.some((m) => m.key === INPUT_TAB_METADATA_KEY));
}

export function generatedSheets(workbook: WorkbookModel): SheetModel[] {
  return workbook.sheets.filter(isGenerated);
}

type Plain = string | number | boolean | null;

function plain(value: CellModel['value']): Plain {
  return isModelDate(value) ? `date:${value.toISOString()}` : value;
}

/** A cell as a person sees and edits it: its value and its formula; blank is null. */
function cellState(cell: CellModel | undefined): { value: Plain; formula?: string } | null {
  if (!cell || (cell.value === '' && cell.formula === undefined)) return null;
  return cell.formula === undefined ? { value: plain(cell.value) } : { value: plain(cell.value), formula: cell.formula };
}

function trimmed<T>(items: readonly (T | null)[]): (T | null)[] {
  let end = items.length;
  while (end > 0 && items[end - 1] === null) end -= 1;
  return items.slice(0, end);
}

/** Every cell (value and formula) of a user tab, with its hidden rows and columns and its merges. */
export function userTabState(sheet: SheetModel): {
  name: string;
  cells: unknown[];
  hiddenRows: number[];
  hiddenColumns: number[];
  merges: GridRangeModel[];
} {
  const rows = sheet.cells.map((row) => {
    const cells = trimmed((row ?? []).map(cellState));
    return cells.length === 0 ? null : cells;
  });
  return {
    name: sheet.name,
    cells: trimmed(rows),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    merges: sheet.merges.map((m) => ({ row: m.row, column: m.column, rows: m.rows, columns: m.columns })),
  };
}

/** Text people typed into the user tabs (long enough to be recognisable in a formula). */
export function peoplesText(workbook: WorkbookModel): string[] {
  const texts = new Set<string>();
  for (const sheet of userSheets(workbook)) {
    for (const row of sheet.cells) {
      for (const cell of row ?? []) {
        if (cell && cell.formula === undefined && typeof cell.value === 'string' && cell.value.trim().length >= 4)
          texts.add(cell.value.trim());
      }
    }
  }
  return [...texts];
}

export interface GeneratedFormula {
  readonly tab: string;
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

export function generatedFormulas(workbook: WorkbookModel): GeneratedFormula[] {
  return generatedSheets(workbook).flatMap((sheet) =>
    sheet.cells.flatMap((row, r) =>
      (row ?? []).flatMap((cell, c) =>
        cell?.formula === undefined ? [] : [{ tab: sheet.name, row: r + 1, column: c + 1, formula: cell.formula }],
      ),
    ),
  );
}

export interface ProblemRow {
  readonly tab: string;
  readonly row: number | string;
  readonly column: string;
  readonly reason: string;
}

export function problemRows(workbook: WorkbookModel): ProblemRow[] | null {
  const sheet = workbook.sheets.find((s) => generatedKey(s) === PROBLEMS_KEY);
  if (!sheet) return null;
  return sheet.cells.slice(1).map((row) => {
    const text = (i: number): string => String(row?.[i]?.value ?? '');
    const line = row?.[1]?.value;
    return { tab: text(0), row: typeof line === 'number' ? line : String(line ?? ''), column: text(2), reason: text(3) };
  });
}

/** A "generated on …" stamp is allowed to differ between two runs. */
const STAMP = /\b(generated|updated|created|last run)\b.*\d/i;

/**
 * Generated tabs by name with their values, stamps aside. Blank is null however the model holds it
 * (a missing cell, '' or a hole in a sparse row), and blanks at the end of a row or tab are dropped,
 * so a workbook read back from .xlsx compares equal to the one written.
 */
export function generatedContent(workbook: WorkbookModel): { name: string; values: (Plain[] | null)[] }[] {
  return generatedSheets(workbook).map((sheet) => ({
    name: sheet.name,
    values: trimmed(
      Array.from(sheet.cells, (row) => {
        const cells = trimmed(
          Array.from(row ?? [], (cell) => {
            const value = cell ? plain(cell.value) : null;
            return typeof value === 'string' && STAMP.test(value) ? '<stamp>' : value === '' ? null : value;
          }),
        );
        return cells.length === 0 ? null : cells;
      }),
    ),
  }));
}

const NOT_YET = /is not available in this version yet/;
const UNEXPECTED = /Something unexpected went wrong/;

/** The action exists in this build (score and impact may still be stubs). */
export function isImplemented(outcome: Outcome): boolean {
  return !NOT_YET.test(outcome.message);
}

export function isInternalError(outcome: Outcome): boolean {
  return outcome.thrown || UNEXPECTED.test(outcome.message);
}

/** One sentence (or two) a member of staff can read: no stack, no error class, ends with a full stop. */
export function isPlainSentence(message: string): boolean {
  return /[.!]$/.test(message.trim()) && !/\n|\bat .+:\d+|Error:|undefined|\[object/.test(message) && message.length < 600;
}

export { NOW };
