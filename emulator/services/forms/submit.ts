/**
 * A pupil submitting a form: the response is appended to the form's `Form Responses N` sheet and
 * every form-submit trigger on that spreadsheet runs with the documented event object (unless
 * the deployment runs no installable triggers).
 * https://developers.google.com/apps-script/guides/triggers/events#form-submit
 */
import type { EmulatorHost } from '../../host';
import { ensureCellsFit } from '../../limits';
import type { CellModel, SheetModel } from '../../model';
import { AuthMode } from '../script-app';
import { formatDate } from '../date-format';
import { isQuestion, type ItemModel } from './item-model';
import { findForm, itemsOf, type FormState } from './form-state';
import { EMAIL, ensureHeaders, gridHeader, nextFreeRow, TIMESTAMP } from './responses-sheet';

export type Answer = string | string[] | Record<string, string>;

/** Submits a response to a form the script made, as a pupil would, firing its triggers. */
export type FormSubmitter = (formId: string, answers: Record<string, Answer>, options?: { email?: string; timestamp?: Date }) => void;

/** Builds the spreadsheet emulator's Range for rows `row` (1-based), columns 1…`columns` of a sheet. */
export type RangeFactory = (sheetId: number, row: number, columns: number) => unknown;

/** What the sheet shows in the Timestamp column, and `values[0]` of the event. */
export const TIMESTAMP_PATTERN = 'dd/MM/yyyy HH:mm:ss';

export interface FormSubmitEvent {
  authMode: unknown;
  range: unknown;
  triggerUid: string;
  /** The row as text, in column order, Timestamp first. */
  values: string[];
  /** Header → [text]. */
  namedValues: Record<string, string[]>;
}

interface Column {
  header: string;
  cell: string | number | Date;
  text: string;
}

export function submitForm(
  host: EmulatorHost,
  rangeFactory: RangeFactory | null,
  formId: string,
  answers: Record<string, Answer>,
  options: { email?: string; timestamp?: Date } = {},
  runTriggers = true,
): void {
  const form = findForm(host.workbook, formId);
  if (form === undefined) throw new Error(`submitForm: no form with ID ${formId}.`);
  if (form.published === false) throw new Error(`submitForm: "${form.title}" is not published, so nobody can open it.`);
  if (!form.acceptingResponses) throw new Error(`submitForm: "${form.title}" is not accepting responses.`);
  if (form.requireLogin === true && !options.email)
    throw new Error(`submitForm: "${form.title}" requires respondents to sign in; give their email.`);
  const sheet = destinationSheet(host, form);
  const timestamp = new Date((options.timestamp ?? host.now()).getTime());
  const columns: Column[] = [
    { header: TIMESTAMP, cell: timestamp, text: formatDate(timestamp.getTime(), host.workbook.timeZone, TIMESTAMP_PATTERN) },
  ];
  if (form.collectEmail === true) columns.push(textColumn(EMAIL, options.email ?? ''));
  columns.push(...answerColumns(form, answers));

  const headers = ensureHeaders(
    sheet,
    columns.map((c) => c.header),
  );
  const rowIndex = nextFreeRow(sheet);
  ensureCellsFit(host.workbook, Math.max(0, rowIndex + 1 - sheet.maxRows) * sheet.maxColumns);
  const row: (CellModel | undefined)[] = [];
  const values = headers.map(() => '');
  for (const column of columns) {
    const index = headers.indexOf(column.header);
    row[index] = column.cell instanceof Date ? { value: column.cell, numberFormat: 'dd/mm/yyyy hh:mm:ss' } : { value: column.cell };
    values[index] = column.text;
  }
  sheet.cells[rowIndex] = row;
  sheet.maxRows = Math.max(sheet.maxRows, rowIndex + 1);

  const namedValues = Object.fromEntries(headers.map((header, i) => [header, [values[i] ?? '']]));
  if (!runTriggers) return;
  fireTriggers(host, form, (triggerUid) => ({
    authMode: AuthMode.FULL,
    range: rangeFactory === null ? null : rangeFactory(sheet.id, rowIndex + 1, headers.length),
    triggerUid,
    values: [...values],
    namedValues: Object.fromEntries(Object.entries(namedValues).map(([k, v]) => [k, [...v]])),
  }));
}

function destinationSheet(host: EmulatorHost, form: FormState): SheetModel {
  if (form.destinationSpreadsheetId === null)
    throw new Error(`submitForm: "${form.title}" has no response destination; call setDestination first.`);
  const sheet = host.workbook.sheets.find((s) => s.id === form.destinationSheetId);
  if (sheet === undefined) throw new Error(`submitForm: the responses sheet of "${form.title}" was deleted.`);
  return sheet;
}

function textColumn(header: string, text: string): Column {
  return { header, cell: text, text };
}

/** One column per question (one per row of a grid), checked as Forms would check the pupil's answers. */
function answerColumns(form: FormState, answers: Record<string, Answer>): Column[] {
  const questions = itemsOf(form).filter(isQuestion);
  for (const title of Object.keys(answers)) {
    if (!questions.some((item) => item.title === title)) throw new Error(`submitForm: "${form.title}" has no question titled "${title}".`);
  }
  return questions.flatMap((item) => {
    const answer = answers[item.title];
    if (answer === undefined) {
      if (item.required) throw new Error(`submitForm: "${item.title}" is required.`);
      return item.type === 'GRID' ? item.rows.map((row) => textColumn(gridHeader(item.title, row), '')) : [textColumn(item.title, '')];
    }
    return columnsFor(item, answer);
  });
}

function columnsFor(item: ItemModel, answer: Answer): Column[] {
  switch (item.type) {
    case 'GRID':
      return gridColumns(item, answer);
    case 'SCALE':
      return [scaleColumn(item, answer)];
    case 'CHECKBOX': {
      const chosen = typeof answer === 'string' ? [answer] : Array.isArray(answer) ? answer : wrongShape(item, answer);
      for (const choice of chosen) checkChoice(item, choice);
      return [textColumn(item.title, chosen.join(', '))];
    }
    case 'LIST':
    case 'MULTIPLE_CHOICE': {
      const choice = typeof answer === 'string' ? answer : wrongShape(item, answer);
      checkChoice(item, choice);
      return [textColumn(item.title, choice)];
    }
    default:
      return [textColumn(item.title, typeof answer === 'string' ? answer : wrongShape(item, answer))];
  }
}

function gridColumns(item: ItemModel, answer: Answer): Column[] {
  if (typeof answer === 'string' || Array.isArray(answer)) return wrongShape(item, answer);
  for (const [row, column] of Object.entries(answer)) {
    if (!item.rows.includes(row)) throw new Error(`submitForm: "${item.title}" has no row "${row}".`);
    if (!item.columns.includes(column)) throw new Error(`submitForm: "${item.title}" has no column "${column}".`);
  }
  return item.rows.map((row) => textColumn(gridHeader(item.title, row), answer[row] ?? ''));
}

/** A scale answer lands in the sheet as a number. */
function scaleColumn(item: ItemModel, answer: Answer): Column {
  const text = typeof answer === 'string' ? answer.trim() : wrongShape(item, answer);
  const value = Number(text);
  if (text === '' || !Number.isInteger(value) || value < item.lowerBound || value > item.upperBound) {
    throw new Error(`submitForm: "${item.title}" takes a whole number from ${item.lowerBound} to ${item.upperBound}, not "${text}".`);
  }
  return { header: item.title, cell: value, text: String(value) };
}

function checkChoice(item: ItemModel, choice: string): void {
  if (!item.choices.includes(choice)) throw new Error(`submitForm: "${choice}" is not a choice of "${item.title}".`);
}

function wrongShape(item: ItemModel, answer: Answer): never {
  throw new Error(`submitForm: "${item.title}" (${item.type}) cannot take the answer ${JSON.stringify(answer)}.`);
}

/** Each form-submit trigger on the destination spreadsheet runs once, with its own event. */
function fireTriggers(host: EmulatorHost, form: FormState, event: (triggerUid: string) => FormSubmitEvent): void {
  const triggers = host.workbook.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT' && t.sourceId === form.destinationSpreadsheetId);
  for (const trigger of triggers) {
    if (host.runFunction === null)
      throw new Error(`submitForm: trigger ${trigger.handler} should run, but no script is loaded (host.runFunction is null).`);
    host.runFunction(trigger.handler, event(trigger.id));
  }
}
