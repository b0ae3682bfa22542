/**
 * Google Forms and the form-submit trigger: builds a questionnaire form from a plain description,
 * links it to this spreadsheet, and makes sure the one onFormSubmit trigger exists. Decides
 * nothing about questionnaires: what the form says comes from src/actions/questionnaire-forms.ts.
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface FormGrid {
  readonly title: string;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
}

export interface FormSpec {
  readonly title: string;
  readonly description: string;
  readonly pupil: { readonly title: string; readonly help: string; readonly choices: readonly string[] };
  readonly phase: { readonly title: string; readonly choices: readonly string[] };
  readonly grids: readonly FormGrid[];
}

export interface CreatedForm {
  readonly id: string;
  readonly publishedUrl: string;
  readonly editUrl: string;
  /** The `Form Responses N` tab Forms added, or null when Sheets has not shown it yet. */
  readonly responsesTab: string | null;
}

/** `tabsBefore`: the spreadsheet's tab names before the form was linked (from the action's read). */
export function createLinkedForm(spreadsheet: Spreadsheet, spec: FormSpec, tabsBefore: readonly string[]): CreatedForm {
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
    responsesTab: added.length === 1 ? added[0]! : null,
  };
}

function formSubmitTriggers(spreadsheet: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter((trigger) => trigger.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT);
}

export function hasFormSubmitTrigger(spreadsheet: Spreadsheet, handler: string): boolean {
  return formSubmitTriggers(spreadsheet).some((trigger) => trigger.getHandlerFunction() === handler);
}

/**
 * An add-on may hold one form-submit trigger per user per document (a second one throws), so an
 * existing one is kept; one left by an older version under another handler name is replaced.
 */
export function ensureFormSubmitTrigger(spreadsheet: Spreadsheet, handler: string): 'installed' | 'existing' {
  const existing = formSubmitTriggers(spreadsheet);
  if (existing.some((trigger) => trigger.getHandlerFunction() === handler)) return 'existing';
  for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
  ScriptApp.newTrigger(handler).forSpreadsheet(spreadsheet).onFormSubmit().create();
  return 'installed';
}
