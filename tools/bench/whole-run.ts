/**
 * The whole year's work on one spreadsheet, as a school does it: `all` (setup then every action),
 * then `all` again on the result. Google's limits apply to that spreadsheet, not to an action on a
 * fresh copy, so this is where the grid's cells, the tabs, the estimated seconds and the calls of a
 * second run (which must not grow with the tabs the first one left) are measured.
 */
import type { WorkbookModel } from '../../emulator/model';
import { tidyWorkbook } from '../example/layouts/tidy';
import { generateSchool } from '../example/school';
import { openSession, runActions, type ActionStat } from '../local/session';

export interface WholeRun {
  readonly first: readonly ActionStat[];
  readonly second: readonly ActionStat[];
  /** Tabs left by a stopped run (marked as staging): there must be none. */
  readonly stagingTabs: readonly string[];
}

export const totalCalls = (stats: readonly ActionStat[]): number => stats.reduce((sum, stat) => sum + stat.totalCalls, 0);

function stagingTabs(workbook: WorkbookModel): string[] {
  return workbook.sheets
    .filter((sheet) => sheet.developerMetadata.some((meta) => (meta.value ?? '').startsWith('staging:')))
    .map((sheet) => sheet.name);
}

export function wholeRun(pupils: number, now: () => Date, seed = 2026): WholeRun {
  const session = openSession(tidyWorkbook(generateSchool({ pupils, seed })), { now });
  const first = runActions(session, 'all');
  const second = runActions(session, 'all');
  return { first, second, stagingTabs: stagingTabs(session.workbook) };
}
