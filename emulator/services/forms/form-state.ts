/** The form as the emulator keeps it in `host.workbook.forms`. */
import type { FormModel, WorkbookModel } from '../../model';
import { isItemModel, type ItemModel } from './item-model';

/** FormModel plus the settings about respondents that the model has no field for. */
export interface FormState extends FormModel {
  /** The responses sheet gets an `Email Address` column. */
  collectEmail?: boolean;
  /** Respondents must sign in to an account of the form owner's domain. */
  requireLogin?: boolean;
  /** Only a published form takes responses; absent means published (forms made before the change). */
  published?: boolean;
}

export function itemsOf(form: FormModel): ItemModel[] {
  return form.items.filter(isItemModel);
}

export function findForm(workbook: WorkbookModel, id: string): FormState | undefined {
  return workbook.forms.find((form) => form.id === id);
}

/** Item ids are unique across every form in the workbook, as Forms' are. */
export function nextItemId(workbook: WorkbookModel): number {
  let highest = 100_000_000;
  for (const form of workbook.forms) for (const item of itemsOf(form)) highest = Math.max(highest, item.id);
  return highest + 1;
}

export function nextFormId(workbook: WorkbookModel): string {
  let n = workbook.forms.length + 1;
  while (findForm(workbook, `emulated-form-${n}`)) n += 1;
  return `emulated-form-${n}`;
}
