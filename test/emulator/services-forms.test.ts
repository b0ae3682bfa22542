import { describe, expect, it } from 'vitest';
import { CallCounter, counted } from '../../emulator/counting';
import { newUiRecord, type EmulatorHost } from '../../emulator/host';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { createServices, prefilledAnswers, type FormSubmitEvent } from '../../emulator/services';

const NOW = new Date('2025-03-10T09:05:07Z');

function setUp(now = NOW) {
  const workbook = emptyWorkbook('School', 'sheet-123');
  workbook.sheets.push(emptySheet(1, 'Register'));
  const runs: { name: string; event: FormSubmitEvent }[] = [];
  const host: EmulatorHost = {
    workbook,
    now: () => now,
    user: 'mentor@school.example',
    ui: newUiRecord(),
    logs: [],
    runFunction: (name, event) => runs.push({ name, event: event as FormSubmitEvent }),
  };
  const services = createServices(host, {});
  const counter = new CallCounter();
  const FormApp = counted(counter, services.FormApp) as unknown as GoogleAppsScript.Forms.FormApp;
  const ScriptApp = counted(counter, services.ScriptApp) as unknown as GoogleAppsScript.Script.ScriptApp;
  return { host, services, FormApp, ScriptApp, runs, counter };
}

function rows(host: EmulatorHost, name: string): unknown[][] {
  const sheet = host.workbook.sheets.find((s) => s.name === name);
  return (sheet?.cells ?? []).map((row) => row.map((cell) => cell?.value));
}

/** A short attitude questionnaire with every kind of item the add-in uses. */
function buildQuestionnaire(FormApp: GoogleAppsScript.Forms.FormApp, title: string): GoogleAppsScript.Forms.Form {
  const form = FormApp.create(title).setDescription('How do you feel?');
  form.addTextItem().setTitle('Your name').setRequired(true);
  form.addListItem().setTitle('Year group').setChoiceValues(['Year 7', 'Year 8']);
  form.addSectionHeaderItem().setTitle('About school');
  form.addScaleItem().setTitle('I like school').setBounds(1, 4).setLabels('Never', 'Always');
  form.addGridItem().setTitle('How often').setRows(['I feel happy', 'I feel safe']).setColumns(['Never', 'Sometimes', 'Often']);
  const phase = form.addMultipleChoiceItem();
  phase.setTitle('Phase').setChoices([phase.createChoice('pre'), phase.createChoice('post')]);
  return form;
}

describe('FormApp and Form — https://developers.google.com/apps-script/reference/forms/form', () => {
  it('builds items that a later run finds again through openById', () => {
    const { FormApp, services } = setUp();
    const form = buildQuestionnaire(FormApp, 'SLSS pre');
    const again = services.FormApp.openById(form.getId());
    expect(again.getTitle()).toBe('SLSS pre');
    expect(again.getDescription()).toBe('How do you feel?');
    const items = again.getItems();
    expect(items.map((item) => String(item.getType()))).toEqual(['TEXT', 'LIST', 'SECTION_HEADER', 'SCALE', 'GRID', 'MULTIPLE_CHOICE']);
    expect(items[3]?.asScaleItem().getUpperBound()).toBe(4);
    expect(items[4]?.asGridItem().getRows()).toEqual(['I feel happy', 'I feel safe']);
    expect(
      items[1]
        ?.asListItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual(['Year 7', 'Year 8']);
    expect(again.getItems(FormApp.ItemType.SCALE)).toHaveLength(1);
    expect(() => items[0]?.asGridItem()).toThrow(/is a TEXT item/);
    expect(new Set(items.map((item) => item.getId())).size).toBe(items.length);
    expect(() => FormApp.openById('nope')).toThrow(/No item with the given ID could be found/);
  });

  it('setDestination adds Form Responses 1, then 2 for a second form, with Google’s headers', () => {
    const { FormApp, host } = setUp();
    const pre = buildQuestionnaire(FormApp, 'Pre');
    pre.setDestination(FormApp.DestinationType.SPREADSHEET, 'sheet-123');
    const post = FormApp.create('Post').setCollectEmail(true);
    post.addScaleItem().setTitle('Score');
    post.setDestination(FormApp.DestinationType.SPREADSHEET, 'sheet-123');
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(['Register', 'Form Responses 1', 'Form Responses 2']);
    expect(rows(host, 'Form Responses 1')).toEqual([
      ['Timestamp', 'Your name', 'Year group', 'I like school', 'How often [I feel happy]', 'How often [I feel safe]', 'Phase'],
    ]);
    expect(rows(host, 'Form Responses 2')).toEqual([['Timestamp', 'Email Address', 'Score']]);
    expect(pre.getDestinationId()).toBe('sheet-123');
    expect(host.workbook.sheets[1]?.frozenRows).toBe(1);
    // Linking again keeps the same sheet.
    pre.setDestination(FormApp.DestinationType.SPREADSHEET, 'sheet-123');
    expect(host.workbook.sheets).toHaveLength(3);
  });

  it('takes the next free number when Form Responses 1 already exists', () => {
    const { FormApp, host } = setUp();
    host.workbook.sheets.push(emptySheet(7, 'Form Responses 1'));
    FormApp.create('Q').setDestination(FormApp.DestinationType.SPREADSHEET, 'sheet-123');
    expect(host.workbook.sheets.at(-1)?.name).toBe('Form Responses 2');
    expect(host.workbook.sheets.at(-1)?.id).toBe(8);
  });
});

describe('ScriptApp triggers — https://developers.google.com/apps-script/reference/script/script-app', () => {
  it('creates a form-submit trigger kept in the workbook, and deletes it', () => {
    const { ScriptApp, host } = setUp();
    const trigger = ScriptApp.newTrigger('onFormSubmit').forSpreadsheet('sheet-123').onFormSubmit().create();
    expect(trigger.getHandlerFunction()).toBe('onFormSubmit');
    expect(trigger.getEventType()).toBe(ScriptApp.EventType.ON_FORM_SUBMIT);
    expect(trigger.getTriggerSourceId()).toBe('sheet-123');
    expect(host.workbook.triggers).toEqual([
      { id: trigger.getUniqueId(), handler: 'onFormSubmit', eventType: 'ON_FORM_SUBMIT', sourceId: 'sheet-123' },
    ]);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([trigger.getUniqueId()]);
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]!);
    expect(host.workbook.triggers).toEqual([]);
  });

  it('takes the spreadsheet object as well as its id', () => {
    const { ScriptApp } = setUp();
    const spreadsheet = { getId: () => 'sheet-123' } as GoogleAppsScript.Spreadsheet.Spreadsheet;
    expect(ScriptApp.newTrigger('h').forSpreadsheet(spreadsheet).onOpen().create().getTriggerSourceId()).toBe('sheet-123');
  });

  it('refuses a second trigger of the same type in the same document (add-on restriction)', () => {
    const { ScriptApp } = setUp();
    ScriptApp.newTrigger('a').forSpreadsheet('sheet-123').onFormSubmit().create();
    expect(() => ScriptApp.newTrigger('b').forSpreadsheet('sheet-123').onFormSubmit().create()).toThrow(/too many ON_FORM_SUBMIT triggers/);
    expect(ScriptApp.newTrigger('c').forSpreadsheet('sheet-123').onEdit().create().getEventType()).toBe(ScriptApp.EventType.ON_EDIT);
  });
});

describe('Form submit event — https://developers.google.com/apps-script/guides/triggers/events#form-submit', () => {
  it('appends the response and fires the trigger with values and namedValues', () => {
    const { FormApp, ScriptApp, services, host, runs } = setUp();
    const form = buildQuestionnaire(FormApp, 'Pre');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'sheet-123');
    const trigger = ScriptApp.newTrigger('onFormSubmit').forSpreadsheet('sheet-123').onFormSubmit().create();
    const ranges: [number, number, number][] = [];
    services.setRangeFactory((sheetId, row, columns) => {
      ranges.push([sheetId, row, columns]);
      return { row };
    });

    services.submitForm(form.getId(), {
      'Your name': 'Amy Lee',
      'Year group': 'Year 7',
      'I like school': '3',
      'How often': { 'I feel safe': 'Often' },
      Phase: 'post',
    });

    expect(rows(host, 'Form Responses 1')[1]).toEqual([NOW, 'Amy Lee', 'Year 7', 3, '', 'Often', 'post']);
    expect(runs).toHaveLength(1);
    const { name, event } = runs[0]!;
    expect(name).toBe('onFormSubmit');
    // 09:05 UTC on 10 March is still GMT in London.
    expect(event.values).toEqual(['10/03/2025 09:05:07', 'Amy Lee', 'Year 7', '3', '', 'Often', 'post']);
    expect(event.namedValues['Your name']).toEqual(['Amy Lee']);
    expect(event.namedValues['How often [I feel safe]']).toEqual(['Often']);
    expect(event.namedValues.Timestamp).toEqual(['10/03/2025 09:05:07']);
    expect(event.triggerUid).toBe(trigger.getUniqueId());
    expect(String(event.authMode)).toBe('FULL');
    expect(event.range).toEqual({ row: 2 });
    expect(ranges).toEqual([[host.workbook.sheets[1]!.id, 2, 7]]);
  });

  it('a second response goes on the next row, with its own timestamp and email', () => {
    const { FormApp, services, host } = setUp();
    const form = FormApp.create('Post').setCollectEmail(true);
    form.addTextItem().setTitle('Name');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'sheet-123');
    const later = new Date('2025-07-01T14:00:00Z');
    services.submitForm(form.getId(), { Name: 'A' }, { email: 'a@pupil.example' });
    services.submitForm(form.getId(), { Name: '=HYPERLINK("x")' }, { timestamp: later });
    expect(rows(host, 'Form Responses 1')).toEqual([
      ['Timestamp', 'Email Address', 'Name'],
      [NOW, 'a@pupil.example', 'A'],
      [later, '', '=HYPERLINK("x")'],
    ]);
    // Answers are text, never formulas.
    expect(host.workbook.sheets[1]?.cells[2]?.[2]?.formula).toBeUndefined();
  });

  it('a question added after linking gets a new column on the right', () => {
    const { FormApp, services, host } = setUp();
    const form = FormApp.create('Q');
    form.addTextItem().setTitle('A');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'sheet-123');
    form.addTextItem().setTitle('B');
    services.submitForm(form.getId(), { A: '1', B: '2' });
    expect(rows(host, 'Form Responses 1')).toEqual([
      ['Timestamp', 'A', 'B'],
      [NOW, '1', '2'],
    ]);
  });

  it('refuses answers the form would not accept', () => {
    const { FormApp, services } = setUp();
    const form = buildQuestionnaire(FormApp, 'Pre');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'sheet-123');
    const id = form.getId();
    expect(() => services.submitForm(id, { 'Year group': 'Year 7' })).toThrow(/"Your name" is required/);
    expect(() => services.submitForm(id, { 'Your name': 'A', 'I like school': '5' })).toThrow(/from 1 to 4/);
    expect(() => services.submitForm(id, { 'Your name': 'A', 'Year group': 'Year 12' })).toThrow(/not a choice/);
    expect(() => services.submitForm(id, { 'Your name': 'A', Unknown: 'x' })).toThrow(/no question titled "Unknown"/);
    expect(() => services.submitForm(id, { 'Your name': 'A', 'How often': { 'I feel safe': 'Always' } })).toThrow(/no column "Always"/);
    form.setAcceptingResponses(false);
    expect(() => services.submitForm(id, { 'Your name': 'A' })).toThrow(/not accepting responses/);
  });

  it('says so when a trigger should fire but no script is loaded', () => {
    const { FormApp, ScriptApp, services, host } = setUp();
    const form = FormApp.create('Q');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'sheet-123');
    ScriptApp.newTrigger('onFormSubmit').forSpreadsheet('sheet-123').onFormSubmit().create();
    host.runFunction = null;
    expect(() => services.submitForm(form.getId(), {})).toThrow(/no script is loaded/);
  });
});

describe('Pre-filled links — https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()', () => {
  it('builds the form’s link with usp=pp_url and one form-encoded entry per answer', () => {
    const { FormApp, host } = setUp();
    const form = FormApp.create('Q');
    const code = form.addTextItem().setTitle('Your personal code').setRequired(true);
    const note = form.addTextItem().setTitle('Note');
    const response = form
      .createResponse()
      .withItemResponse(code.createResponse('abcd-1234'))
      .withItemResponse(note.createResponse('first try'))
      // A second answer for an item replaces the first, as in Forms.
      .withItemResponse(note.createResponse('a & b'));
    expect(response.getItemResponses().map((r) => [r.getItem().getTitle(), r.getResponse()])).toEqual([
      ['Your personal code', 'abcd-1234'],
      ['Note', 'a & b'],
    ]);
    const url = response.toPrefilledUrl();
    expect(url).toBe(`${form.getPublishedUrl()}?usp=pp_url&entry.${code.getId()}=abcd-1234&entry.${note.getId()}=a+%26+b`);
    // Nothing was submitted: a pre-filled link is only a link.
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(['Register']);
  });

  it('is read back as a pupil opening it would see it: the form and its filled-in answers', () => {
    const { FormApp, host } = setUp();
    const form = FormApp.create('Q');
    const code = form.addTextItem().setTitle('Your personal code');
    const url = form.createResponse().withItemResponse(code.createResponse('k3j4 x')).toPrefilledUrl();
    expect(prefilledAnswers(host.workbook.forms, url)).toEqual({ formId: form.getId(), answers: { 'Your personal code': 'k3j4 x' } });
    expect(() => prefilledAnswers(host.workbook.forms, 'https://docs.google.com/forms/d/e/other/viewform?entry.1=x')).toThrow(
      /not the link of a form/,
    );
  });

  it('refuses an answer for an item of another form', () => {
    const { FormApp } = setUp();
    const other = FormApp.create('Other').addTextItem().setTitle('X');
    expect(() => FormApp.create('Q').createResponse().withItemResponse(other.createResponse('x'))).toThrow(/not on this form/);
  });
});

describe('Respondents — https://developers.google.com/apps-script/reference/forms/form#setCollectEmail(Boolean)', () => {
  it('collects the address of a pupil who must sign in, in the Email Address column', () => {
    const { FormApp, services, host } = setUp();
    const form = FormApp.create('Q').setRequireLogin(true).setCollectEmail(true);
    expect([form.requiresLogin(), form.collectsEmail()]).toEqual([true, true]);
    form.addTextItem().setTitle('A');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'sheet-123');
    // setRequireLogin: "requires respondents to log in to an account in the same domain": no anonymous answer.
    expect(() => services.submitForm(form.getId(), { A: '1' })).toThrow(/requires respondents to sign in/);
    services.submitForm(form.getId(), { A: '1' }, { email: 'pupil@school.example' });
    expect(rows(host, 'Form Responses 1')).toEqual([
      ['Timestamp', 'Email Address', 'A'],
      [NOW, 'pupil@school.example', '1'],
    ]);
  });
});

describe('Publishing — https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms', () => {
  it('a form a script makes after 30 June 2026 takes no response until it is published', () => {
    const { host, services, FormApp } = setUp(new Date('2026-11-23T09:00:00Z'));
    const form = FormApp.create('Q');
    form.addTextItem().setTitle('A');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'sheet-123');
    expect(() => services.submitForm(form.getId(), { A: '1' })).toThrow(/not published/);
    (form as unknown as { setPublished(enabled: boolean): unknown }).setPublished(true);
    services.submitForm(form.getId(), { A: '1' });
    expect(rows(host, 'Form Responses 1')).toHaveLength(2);
  });
});
