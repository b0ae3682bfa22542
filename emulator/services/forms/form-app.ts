/**
 * FormApp: forms the script creates are kept in the workbook model so later runs open them again.
 * https://developers.google.com/apps-script/reference/forms/form-app
 */
import { CLASS_NAME } from '../../counting';
import type { WorkbookModel } from '../../model';
import { asApps } from '../apps';
import { DestinationType, Form } from './form';
import { findForm, nextFormId, type FormState } from './form-state';
import { ItemType } from './items';

export const NO_SUCH_FORM =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

/**
 * "Forms created by the API after June 30, 2026 will be created in an unpublished state. You must
 * publish the forms before they can accept responses."
 * (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms)
 */
export const UNPUBLISHED_FROM = Date.UTC(2026, 6, 1);

export class FormApp implements Pick<GoogleAppsScript.Forms.FormApp, 'DestinationType' | 'ItemType' | 'create' | 'openById' | 'openByUrl'> {
  readonly [CLASS_NAME] = 'FormApp';
  readonly DestinationType = DestinationType;
  readonly ItemType = ItemType;

  constructor(
    private readonly workbook: WorkbookModel,
    private readonly now: () => Date,
  ) {}

  create(title: string): GoogleAppsScript.Forms.Form {
    const model: FormState = {
      id: nextFormId(this.workbook),
      title: String(title),
      description: '',
      items: [],
      destinationSpreadsheetId: null,
      destinationSheetId: null,
      acceptingResponses: true,
      collectEmail: false,
      requireLogin: false,
      published: this.now().getTime() < UNPUBLISHED_FROM,
    };
    this.workbook.forms.push(model);
    return asApps(new Form(model, this.workbook));
  }

  openById(id: string): GoogleAppsScript.Forms.Form {
    const model = findForm(this.workbook, id);
    if (model === undefined) throw new Error(NO_SUCH_FORM);
    return asApps(new Form(model, this.workbook));
  }

  /** Accepts the edit or published URL the emulator hands out. */
  openByUrl(url: string): GoogleAppsScript.Forms.Form {
    const match = /\/forms\/d\/(?:e\/)?([^/]+)\//.exec(url);
    return this.openById(match?.[1] ?? '');
  }
}
