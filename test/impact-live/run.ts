/** Runs setup, score and impact on the tidy example school through the built Code.js. */
import { expect } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import { openSession, runAction } from '../../tools/local/session';
import { readWorkbook } from '../../tools/xlsx/read';
import { sheetOf, text } from '../support/example-facts';
import { EXAMPLES } from '../support/examples';
import { reference, type Reference } from './reference';

const { path, layout } = EXAMPLES.tidy;
const NOW = () => new Date(2027, 1, 22, 9);

export interface ExampleRun {
  workbook: WorkbookModel;
  ref: Reference;
  headline: string;
}

/** Set up, score and build impact on the example school, after `change` edits the register. */
export async function runExample(change?: (workbook: WorkbookModel) => void): Promise<ExampleRun> {
  const workbook = await readWorkbook(path);
  change?.(workbook);
  const session = openSession(workbook, { now: NOW });
  for (const action of ['setup', 'score'] as const) expect(runAction(session, action).ok).toBe(true);
  const impact = runAction(session, 'impact');
  expect(impact.ok, impact.message).toBe(true);
  return { workbook, ref: reference(workbook, layout, sheetOf(workbook, 'Scores')), headline: impact.message };
}

/** Blanks one cell of the register: the 1-based row's cell under the header. */
export function blankRegisterCell(workbook: WorkbookModel, row: number, header: string): void {
  const cells = sheetOf(workbook, layout.register).cells;
  const column = (cells[layout.headerRow - 1] ?? []).findIndex((cell) => text(cell?.value) === header);
  const line = cells[row - 1];
  if (column < 0 || !line?.[column]) throw new Error(`Row ${row} has nothing under ${header} to blank`);
  line[column] = undefined;
}
