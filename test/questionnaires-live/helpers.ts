/**
 * A school opened in the emulator with the built script, set up, and a questionnaire form made
 * through the sidebar's endpoint, as a mentor would; plus readers for what landed on the sheets.
 */
import { expect } from 'vitest';
import type { Answer } from '../../emulator/services';
import type { SheetModel, WorkbookModel } from '../../emulator/model';
import { generatedKey } from '../../tools/local/generated-key';
import type { CreateFormResult, QuestionnaireState, Result } from '../../src/shared/api';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool } from '../../tools/example/school';
import { openSession, runAction, type LocalSession } from '../../tools/local/session';

export const NOW = new Date(2026, 10, 23, 9, 0, 0);

export function setUpSchool(workbook: WorkbookModel = tidyWorkbook(generateSchool({ pupils: 200, seed: 5 }))): LocalSession {
  let clock = NOW.getTime();
  // Each reading of the clock is a second later, as submissions would be.
  const session = openSession(workbook, { now: () => new Date((clock += 1000)) });
  expect(runAction(session, 'setup').ok).toBe(true);
  return session;
}

export function call<T>(session: LocalSession, name: string, ...args: unknown[]): T {
  const result = session.script.runFromSidebar(name, ...args) as Result<T>;
  if (!result.ok) throw new Error(`${name}: ${result.error}`);
  return result.data;
}

export function createForm(session: LocalSession, instrument: 'slss' | 'srs'): CreateFormResult & { formId: string } {
  const created = call<CreateFormResult>(session, 'apiCreateForm', { instrument });
  const formId = /\/forms\/d\/e\/([^/]+)\//.exec(created.publishedUrl)?.[1];
  if (!formId) throw new Error('no form id in the published URL');
  return { ...created, formId };
}

export function state(session: LocalSession): QuestionnaireState {
  return call<QuestionnaireState>(session, 'apiQuestionnaireState');
}

export function sheetNamed(workbook: WorkbookModel, name: string): SheetModel {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The add-in's tab with this key (found by its developer metadata, not its name). */
export function generatedSheet(workbook: WorkbookModel, key: string): SheetModel | undefined {
  return workbook.sheets.find((sheet) => generatedKey(sheet) === key);
}

export function values(sheet: SheetModel | undefined): unknown[][] {
  if (!sheet) return [];
  const width = sheet.cells.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
  const rows = sheet.cells.map((row) => Array.from({ length: width }, (_, i) => row?.[i]?.value ?? ''));
  while (rows.length > 0 && rows[rows.length - 1]!.every((v) => v === '')) rows.pop();
  return rows;
}

/** Scores as header → value objects. */
export function scoreRows(workbook: WorkbookModel): Record<string, unknown>[] {
  const [headers, ...rows] = values(generatedSheet(workbook, 'scores'));
  return rows.map((row) => Object.fromEntries((headers ?? []).map((h, i) => [String(h), row[i]])));
}

export type Answers = Record<string, Answer>;

/** The staff's tab of personal links, as `Pupil`, `Form`, `Programme`, `Group`, `Link` records. */
export function formLinks(workbook: WorkbookModel): Record<string, string>[] {
  const [headers, ...rows] = values(generatedSheet(workbook, 'form-links'));
  return rows.map((row) => Object.fromEntries((headers ?? []).map((h, i) => [String(h), textOf(row[i])])));
}

/** A cell as the text it shows: numbers as written, anything else (a blank) as ''. */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** A pupil's own link to a form, from the Form links tab. */
export function linkFor(workbook: WorkbookModel, formTitle: string, pupilName: string): string {
  const found = formLinks(workbook).find((l) => l.Form === formTitle && l.Pupil === pupilName);
  if (!found) throw new Error(`no link for ${pupilName} to ${formTitle}`);
  return found.Link!;
}

/** A pupil opens their own link and sends the form: the pre-filled code, and their answers. */
export function submitThroughLink(
  session: LocalSession,
  link: string,
  answers: Answers,
  options: { timestamp?: Date; code?: string } = {},
): void {
  const opened = session.emulator.openPrefilledLink(link);
  const filled = options.code === undefined ? opened.answers : { ...opened.answers, 'Your personal code': options.code };
  session.emulator.submitForm(opened.formId, { ...filled, ...answers }, options.timestamp ? { timestamp: options.timestamp } : {});
}
