/**
 * Google Forms and the form-submit trigger: builds a questionnaire form from a plain description,
 * links it to this spreadsheet, and makes sure the one onFormSubmit trigger exists. Decides
 * nothing about questionnaires: what the form says comes from the actions.
 */
import type { CreatedForm, FormIdentitySpec, FormSpec, FormsPort, TriggerOutcome } from '../core/ports';
import { UserError } from '../core/user-error';
import { activeSpreadsheet, type Spreadsheet } from './handles';

type Form = GoogleAppsScript.Forms.Form;

/**
 * Forms made by a script after 30 June 2026 start unpublished and take no responses until
 * published (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms);
 * `Form.setPublished` is newer than the typings.
 */
type PublishableForm = Form & { setPublished(enabled: boolean): Form };

/**
 * Who answered: the code question a personal link fills in, or the verified school email. Returns
 * the pre-filled link, made once with the placeholder for every pupil's code (FormResponse
 * toPrefilledUrl: https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()).
 */
function addIdentity(form: Form, identity: FormIdentitySpec): string | null {
  if (identity.kind === 'email') {
    // Forms records the address of the account the pupil signed in with, which must be the school's
    // (https://developers.google.com/apps-script/reference/forms/form#setRequireLogin(Boolean)).
    try {
      form.setRequireLogin(true);
    } catch {
      throw new UserError(
        'Google would not make this form require a school sign-in, which needs a Google Workspace account. Turn off “Pupils sign in with school Google accounts” in Settings to use personal links instead.',
      );
    }
    form.setCollectEmail(true);
    return null;
  }
  const item = form.addTextItem().setTitle(identity.title).setHelpText(identity.help).setRequired(true);
  return form.createResponse().withItemResponse(item.createResponse(identity.placeholder)).toPrefilledUrl();
}

/** The sheets' names: Forms adds its responses sheet to them when the form is linked. */
function sheetNames(spreadsheet: Spreadsheet): string[] {
  return spreadsheet.getSheets().map((sheet) => sheet.getName());
}

function createLinkedForm(spec: FormSpec): CreatedForm {
  const spreadsheet = activeSpreadsheet();
  const form = FormApp.create(spec.title).setDescription(spec.description);
  const prefill = addIdentity(form, spec.identity);
  form
    .addMultipleChoiceItem()
    .setTitle(spec.phase.title)
    .setChoiceValues([...spec.phase.choices])
    .setRequired(true);
  // Answers may be skipped: a pupil is never made to answer a question about their life.
  for (const grid of spec.grids)
    form
      .addGridItem()
      .setTitle(grid.title)
      .setRows([...grid.rows])
      .setColumns([...grid.columns]);
  (form as PublishableForm).setPublished(true);
  const before = new Set(sheetNames(spreadsheet));
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
  SpreadsheetApp.flush();
  const added = sheetNames(spreadsheet).filter((name) => !before.has(name));
  return {
    id: form.getId(),
    publishedUrl: form.getPublishedUrl(),
    editUrl: form.getEditUrl(),
    responsesTab: added.length === 1 ? (added[0] as string) : null,
    prefill,
  };
}

/** FormApp.openById throws for a form that was deleted or is no longer shared with this user. */
function formExists(id: string): boolean {
  try {
    FormApp.openById(id);
    return true;
  } catch {
    return false;
  }
}

/** Two random UUIDs: 244 random bits from Google (https://developers.google.com/apps-script/reference/utilities/utilities#getUuid()). */
function newSecret(): string {
  return `${Utilities.getUuid()}${Utilities.getUuid()}`.replace(/-/g, '');
}

function formSubmitTriggers(spreadsheet: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter((trigger) => trigger.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT);
}

/**
 * An add-on may hold one form-submit trigger per user per document (a second one throws), so an
 * existing one is kept; one left by an older version under another handler name is replaced. In a
 * test deployment Google refuses installable triggers altogether: that is reported, not thrown.
 */
function ensureFormSubmitTrigger(handler: string): TriggerOutcome {
  const spreadsheet = activeSpreadsheet();
  const existing = formSubmitTriggers(spreadsheet);
  if (existing.some((trigger) => trigger.getHandlerFunction() === handler)) return 'existing';
  for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
  try {
    ScriptApp.newTrigger(handler).forSpreadsheet(spreadsheet).onFormSubmit().create();
  } catch {
    return 'not-allowed';
  }
  return 'installed';
}

export const formsPort: FormsPort = {
  createLinkedForm,
  formExists,
  newSecret,
  hasFormSubmitTrigger: (handler) => formSubmitTriggers(activeSpreadsheet()).some((trigger) => trigger.getHandlerFunction() === handler),
  ensureFormSubmitTrigger,
};
