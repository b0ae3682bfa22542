/**
 * Google Forms and the form-submit trigger: builds a questionnaire form from a plain description,
 * links it to this spreadsheet, and makes sure the one onFormSubmit trigger exists. Decides
 * nothing about questionnaires: what the form says comes from the actions.
 */
import type { CreatedForm, FormSpec, FormsPort, TriggerOutcome } from '../core/ports';
import { activeSpreadsheet, type Spreadsheet } from './handles';

function createLinkedForm(spec: FormSpec, tabsBefore: readonly string[]): CreatedForm {
  const spreadsheet = activeSpreadsheet();
  const form = FormApp.create(spec.title).setDescription(spec.description);
  form
    .addListItem()
    .setTitle(spec.pupil.title)
    .setHelpText(spec.pupil.help)
    .setChoiceValues([...spec.pupil.choices])
    .setRequired(true);
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
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
  SpreadsheetApp.flush();
  const before = new Set(tabsBefore);
  const added = spreadsheet
    .getSheets()
    .map((sheet) => sheet.getName())
    .filter((name) => !before.has(name));
  return {
    id: form.getId(),
    publishedUrl: form.getPublishedUrl(),
    editUrl: form.getEditUrl(),
    responsesTab: added.length === 1 ? (added[0] as string) : null,
  };
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
  hasFormSubmitTrigger: (handler) => formSubmitTriggers(activeSpreadsheet()).some((trigger) => trigger.getHandlerFunction() === handler),
  ensureFormSubmitTrigger,
};
