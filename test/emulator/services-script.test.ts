import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CallCounter, counted } from '../../emulator/counting';
import { newUiRecord, type EmulatorHost } from '../../emulator/host';
import { emptyWorkbook } from '../../emulator/model';
import { createServices } from '../../emulator/services';

/** A script as Apps Script would run it: its own realm, the services as counted globals. */
const SCRIPT = `
function onOpen() {
  Ui.createAddonMenu().addItem('Open sidebar', 'showSidebar').addToUi();
}
function install(spreadsheetId) {
  const existing = ScriptApp.getProjectTriggers().filter(function (t) {
    return t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT;
  });
  if (existing.length > 0) return existing[0].getUniqueId();
  return ScriptApp.newTrigger('onFormSubmit').forSpreadsheet(spreadsheetId).onFormSubmit().create().getUniqueId();
}
function makeForm(spreadsheetId) {
  const form = FormApp.create('SLSS pre');
  form.addTextItem().setTitle('Name').setRequired(true);
  form.addScaleItem().setTitle('I like school').setBounds(1, 6);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId);
  return form.getId();
}
var received = [];
function onFormSubmit(e) {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30000)) { received.push('busy'); return; }
  try {
    received.push(e.namedValues['Name'][0] + ' ' + e.values[2] + ' ' + Utilities.formatDate(new Date(2025, 0, 6), Session.getScriptTimeZone(), 'EEE dd/MM'));
    PropertiesService.getDocumentProperties().setProperty('last', e.namedValues['Timestamp'][0]);
  } finally {
    lock.releaseLock();
  }
}
`;

describe('Services seen from a script — https://developers.google.com/apps-script/guides/triggers/installable', () => {
  it('a script in node:vm builds its menu, installs one trigger and handles a submission', () => {
    const workbook = emptyWorkbook('School', 'sheet-9');
    const host: EmulatorHost = {
      workbook,
      now: () => new Date('2025-05-12T08:00:00Z'),
      user: 'm@s.example',
      ui: newUiRecord(),
      logs: [],
      runFunction: null,
    };
    const services = createServices(host, {});
    const counter = new CallCounter();
    const context = createContext({
      Ui: counted(counter, services.ui),
      ScriptApp: counted(counter, services.ScriptApp),
      FormApp: counted(counter, services.FormApp),
      LockService: counted(counter, services.LockService),
      Utilities: counted(counter, services.Utilities),
      Session: counted(counter, services.Session),
      PropertiesService: counted(counter, services.PropertiesService),
      console: services.console,
    });
    runInContext(SCRIPT, context);
    const call = (name: string, ...args: unknown[]) => (context[name] as (...a: unknown[]) => unknown)(...args);
    host.runFunction = (name, event) => call(name, event);

    call('onOpen');
    expect(host.ui.menus[0]?.items).toEqual([{ kind: 'item', caption: 'Open sidebar', functionName: 'showSidebar' }]);

    const first = call('install', 'sheet-9');
    expect(call('install', 'sheet-9')).toBe(first);
    expect(workbook.triggers).toHaveLength(1);

    const formId = call('makeForm', 'sheet-9') as string;
    services.submitForm(formId, { Name: 'Ben', 'I like school': '5' });
    services.locks.holdDocumentLock();
    services.submitForm(formId, { Name: 'Cat', 'I like school': '2' });

    expect(runInContext('received', context)).toEqual(['Ben 5 Mon 06/01', 'busy']);
    expect(workbook.documentProperties).toEqual({ last: '12/05/2025 09:00:00' });
    expect(workbook.sheets[0]?.cells).toHaveLength(3);
    expect(counter.snapshot()['ScriptApp.getProjectTriggers']).toBe(2);
    expect(counter.snapshot()['Lock.tryLock']).toBe(2);
  });
});
