/**
 * Contract tests: what installable triggers may do depends on how the script is deployed.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, type Deployment } from '../../emulator';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { TEST_DEPLOYMENT_TRIGGERS } from '../../emulator/services/script-app';

/** Forms made by a script after 30 June 2026 start unpublished; the add-in publishes its own. */
function publish(form: GoogleAppsScript.Forms.Form): void {
  (form as GoogleAppsScript.Forms.Form & { setPublished(enabled: boolean): unknown }).setPublished(true);
}

function deployed(deployment?: Deployment) {
  const workbook = emptyWorkbook('School', 'sheet-123');
  workbook.sheets.push(emptySheet(0, 'Register'));
  const emulator = createEmulator(workbook, deployment ? { deployment } : {});
  const handled: string[] = [];
  emulator.host.runFunction = (name) => handled.push(name);
  const ScriptApp = emulator.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
  const FormApp = emulator.globals.FormApp as GoogleAppsScript.Forms.FormApp;
  const install = () => ScriptApp.newTrigger('onFormSubmit').forSpreadsheet('sheet-123').onFormSubmit().create();
  return { workbook, emulator, handled, FormApp, install };
}

describe('A test deployment of an editor add-on runs no installable triggers — https://developers.google.com/workspace/add-ons/how-tos/testing-editor-addons#testing_details', () => {
  it("creating one fails with the page's words and installs nothing", () => {
    const { workbook, install } = deployed('test');
    expect(() => install()).toThrow(TEST_DEPLOYMENT_TRIGGERS);
    expect(TEST_DEPLOYMENT_TRIGGERS).toBe("Installable triggers aren't supported when testing.");
    expect(workbook.triggers).toEqual([]);
  });

  it('a submission still reaches the responses sheet, but no trigger handles it', () => {
    const { workbook, emulator, handled, FormApp } = deployed('test');
    const form = FormApp.create('SLSS pre');
    publish(form);
    form.addTextItem().setTitle('Name');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'sheet-123');
    workbook.triggers.push({ id: '1', handler: 'onFormSubmit', eventType: 'ON_FORM_SUBMIT', sourceId: 'sheet-123' });
    emulator.submitForm(form.getId(), { Name: 'Ben' });
    expect(workbook.sheets.find((sheet) => sheet.name === 'Form Responses 1')?.cells).toHaveLength(2);
    expect(handled).toEqual([]);
  });
});

describe('A published editor add-on (the default) — https://developers.google.com/apps-script/guides/triggers/installable#restrictions', () => {
  it('may create one trigger of each kind per user per document, and it runs', () => {
    const { workbook, emulator, handled, FormApp, install } = deployed();
    install();
    expect(() => install()).toThrow(
      'This add-on has created too many ON_FORM_SUBMIT triggers in this document for this Google Account user.',
    );
    const form = FormApp.create('SLSS pre');
    publish(form);
    form.addTextItem().setTitle('Name');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'sheet-123');
    emulator.submitForm(form.getId(), { Name: 'Ben' });
    expect(workbook.triggers).toHaveLength(1);
    expect(handled).toEqual(['onFormSubmit']);
  });
});

describe('A script bound to the spreadsheet: Triggers 20 / user / script — https://developers.google.com/apps-script/guides/services/quotas', () => {
  it('may create twenty triggers, not twenty-one', () => {
    const { workbook, install } = deployed('bound');
    for (let i = 0; i < 20; i += 1) install();
    expect(() => install()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(workbook.triggers).toHaveLength(20);
  });
});
