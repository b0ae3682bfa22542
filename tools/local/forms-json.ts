/**
 * The local runner's `forms` action: the add-in makes each built-in questionnaire form in the
 * emulator, through the same endpoint the sidebar calls, and `forms.json` shows what a pupil
 * would see — each form's title, description, whether it collects email (and requires a school
 * sign-in), and each item's title, type, whether it must be answered, and choices (a grid's
 * columns, with its rows). The staff's tab of personal links is in workbook.xlsx like any tab.
 */
import { join } from 'node:path';
import type { FormModel, WorkbookModel } from '../../emulator/model';
import { FORM_INSTRUMENTS } from '../../src/actions/questionnaire-forms';
import type { OutputFile } from '../safe-write';

export const FORMS_JSON = 'forms.json';

/** The endpoint calls the action makes, one per built-in questionnaire. */
export function formsCalls(): [string, ...unknown[]][] {
  return FORM_INSTRUMENTS.map((instrument) => ['apiCreateForm', { instrument }]);
}

/** The parts of the emulator's item model a pupil sees. */
interface ItemSeen {
  readonly type: string;
  readonly title: string;
  readonly helpText: string;
  readonly required: boolean;
  readonly choices: readonly string[];
  readonly rows: readonly string[];
  readonly columns: readonly string[];
}

export interface FormJson {
  readonly title: string;
  readonly description: string;
  readonly collectsEmail: boolean;
  readonly requiresSignIn: boolean;
  readonly items: readonly {
    readonly title: string;
    readonly type: string;
    readonly helpText: string;
    readonly required: boolean;
    readonly choices: readonly string[];
    readonly rows?: readonly string[];
  }[];
}

function formJson(form: FormModel & { collectEmail?: boolean; requireLogin?: boolean }): FormJson {
  return {
    title: form.title,
    description: form.description,
    collectsEmail: form.collectEmail === true,
    requiresSignIn: form.requireLogin === true,
    items: (form.items as ItemSeen[]).map((item) => ({
      title: item.title,
      type: item.type,
      helpText: item.helpText,
      required: item.required,
      ...(item.type === 'GRID' ? { choices: item.columns, rows: item.rows } : { choices: item.choices }),
    })),
  };
}

export function formsJson(workbook: WorkbookModel): { forms: FormJson[] } {
  return { forms: workbook.forms.map(formJson) };
}

export function formsJsonFile(workbook: WorkbookModel, dir: string): OutputFile {
  return { path: join(dir, FORMS_JSON), data: `${JSON.stringify(formsJson(workbook), null, 2)}\n` };
}
