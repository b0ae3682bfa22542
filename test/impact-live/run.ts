/** Runs setup, score and impact on the shared example school through the built Code.js. */
import { expect } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import { openSession, runAction } from '../../tools/local/session';
import { readWorkbook } from '../../tools/xlsx/read';
import { TIDY_EXAMPLE } from '../support/shared-examples';
import { reference, sheetOf, type Reference } from './reference';

const NOW = () => new Date(2027, 1, 22, 9);

export interface ExampleRun {
  workbook: WorkbookModel;
  ref: Reference;
  headline: string;
}

/** Set up, score and build impact on the example school, after `change` edits the register. */
export async function runExample(change?: (workbook: WorkbookModel) => void): Promise<ExampleRun> {
  const workbook = await readWorkbook(TIDY_EXAMPLE);
  change?.(workbook);
  const session = openSession(workbook, { now: NOW });
  for (const action of ['setup', 'score'] as const) expect(runAction(session, action).ok).toBe(true);
  const impact = runAction(session, 'impact');
  expect(impact.ok, impact.message).toBe(true);
  return { workbook, ref: reference(sheetOf(workbook, 'Pupils'), sheetOf(workbook, 'Scores')), headline: impact.message };
}

/** Blanks one cell of the register, found by the pupil's UPN and the column's header. */
export function blankRegisterCell(workbook: WorkbookModel, upn: string, header: string): void {
  const cells = sheetOf(workbook, 'Pupils').cells;
  const column = (cells[0] ?? []).findIndex((c) => c?.value === header);
  const row = cells.find((r) => r?.[0]?.value === upn);
  if (column < 0 || !row) throw new Error(`no ${header} for ${upn}`);
  row[column] = undefined;
}
