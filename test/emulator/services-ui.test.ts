import { describe, expect, it } from 'vitest';
import { CallCounter, counted } from '../../emulator/counting';
import { newUiRecord, type EmulatorHost } from '../../emulator/host';
import { emptyWorkbook } from '../../emulator/model';
import { createServices } from '../../emulator/services';

function setUp(files: Record<string, string> = {}) {
  const host: EmulatorHost = {
    workbook: emptyWorkbook('School'),
    now: () => new Date(),
    user: 'mentor@school.example',
    ui: newUiRecord(),
    logs: [],
    runFunction: null,
  };
  const counter = new CallCounter();
  const services = createServices(host, files);
  // The script only ever sees the services through the counting proxy.
  const ui = counted(counter, services.ui) as unknown as GoogleAppsScript.Base.Ui;
  const html = counted(counter, services.HtmlService) as unknown as GoogleAppsScript.HTML.HtmlService;
  return { host, counter, ui, html };
}

describe('Ui menus — https://developers.google.com/apps-script/reference/base/menu', () => {
  it('records the add-on menu, separators and sub-menus when addToUi is called', () => {
    const { host, ui, counter } = setUp();
    const sub = ui.createMenu('More').addItem('Help', 'menuHelp');
    ui.createAddonMenu().addItem('Open sidebar', 'showSidebar').addSeparator().addSubMenu(sub).addToUi();
    expect(host.ui.menus).toEqual([
      {
        caption: 'Intervention Planner',
        addon: true,
        items: [
          { kind: 'item', caption: 'Open sidebar', functionName: 'showSidebar' },
          { kind: 'separator' },
          { kind: 'submenu', caption: 'More', items: [{ kind: 'item', caption: 'Help', functionName: 'menuHelp' }] },
        ],
      },
    ]);
    expect(counter.snapshot()['Menu.addItem']).toBe(2);
  });

  it('keeps one menu per caption when the script adds it again', () => {
    const { host, ui } = setUp();
    ui.createMenu('Tools').addItem('A', 'a').addToUi();
    ui.createMenu('Tools').addItem('B', 'b').addToUi();
    expect(host.ui.menus).toHaveLength(1);
    expect(host.ui.menus[0]?.items[0]?.caption).toBe('B');
  });
});

describe('Ui dialogs — https://developers.google.com/apps-script/reference/base/ui', () => {
  it('answers a prompt from the scripted answers, in order', () => {
    const { host, ui } = setUp();
    host.ui.scriptedAnswers.push({ button: 'YES', text: 'Year 7' }, { button: 'NO' });
    const first = ui.prompt('Which year?', 'Type a year group', ui.ButtonSet.YES_NO);
    expect(first.getResponseText()).toBe('Year 7');
    expect(first.getSelectedButton()).toBe(ui.Button.YES);
    expect(ui.alert('Sure?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(host.ui.alerts).toEqual([
      { title: 'Which year?', prompt: 'Type a year group' },
      { title: '', prompt: 'Sure?' },
    ]);
    expect(host.ui.scriptedAnswers).toHaveLength(0);
  });

  it('throws a clear error when the user would have to choose but nothing is scripted', () => {
    const { ui } = setUp();
    expect(() => ui.prompt('Name?')).toThrow(/no answer scripted/);
    expect(() => ui.alert('Delete?', ui.ButtonSet.OK_CANCEL)).toThrow(/no answer scripted/);
  });

  it('an OK-only alert needs no scripted answer and leaves the queue alone', () => {
    const { host, ui } = setUp();
    host.ui.scriptedAnswers.push({ button: 'CANCEL' });
    expect(ui.alert('Intervention Planner', 'Done.', ui.ButtonSet.OK)).toBe(ui.Button.OK);
    expect(host.ui.scriptedAnswers).toEqual([{ button: 'CANCEL' }]);
  });

  it('rejects a scripted button the dialog does not offer', () => {
    const { host, ui } = setUp();
    host.ui.scriptedAnswers.push({ button: 'YES' });
    expect(() => ui.alert('Title', 'Go on?', ui.ButtonSet.OK_CANCEL)).toThrow(/offers OK, CANCEL, CLOSE/);
  });

  it('records a sidebar with its title and the file content; modal and modeless dialogs too', () => {
    const { host, ui, html } = setUp({ Sidebar: '<p>Hello</p>' });
    ui.showSidebar(html.createHtmlOutputFromFile('Sidebar').setTitle('Intervention Planner').setWidth(900));
    ui.showModalDialog(html.createHtmlOutput('<b>Modal</b>'), 'Check');
    ui.showModelessDialog(html.createHtmlOutput('<i>Free</i>'), 'Note');
    expect(host.ui.sidebars).toEqual([{ title: 'Intervention Planner', html: '<p>Hello</p>' }]);
    expect(host.ui.dialogs).toEqual([
      { title: 'Check', html: '<b>Modal</b>', modal: true },
      { title: 'Note', html: '<i>Free</i>', modal: false },
    ]);
  });
});

describe('HtmlService — https://developers.google.com/apps-script/reference/html/html-service', () => {
  it('finds a project file with or without .html and rejects unknown names', () => {
    const { html } = setUp({ Sidebar: '<div>x</div>' });
    expect(html.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<div>x</div>');
    expect(() => html.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });

  it('HtmlOutput keeps title, size, modes and escapes appendUntrusted — https://developers.google.com/apps-script/reference/html/html-output', () => {
    const { html } = setUp();
    const output = html
      .createHtmlOutput('<p>')
      .setTitle('T')
      .setWidth(320)
      .setHeight(200)
      .setSandboxMode(html.SandboxMode.IFRAME)
      .setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width')
      .appendUntrusted('<script>');
    expect(output.getTitle()).toBe('T');
    expect([output.getWidth(), output.getHeight()]).toEqual([320, 200]);
    expect(output.getContent()).toBe('<p>&#60;script&#62;');
    expect(output.getMetaTags().map((tag) => tag.getName())).toEqual(['viewport']);
    expect(() => output.addMetaTag('refresh', '0')).toThrow(/not allowed/);
  });

  it('evaluates a template printing its properties, escaped unless forced', () => {
    const { html } = setUp({ Page: '<h1><?= title ?></h1><?!= body ?>' });
    const template = html.createTemplateFromFile('Page');
    template.title = 'A & B';
    template.body = '<em>raw</em>';
    expect(template.evaluate().getContent()).toBe('<h1>A &#38; B</h1><em>raw</em>');
    expect(() => html.createTemplate('<? for (;;) {} ?>').evaluate()).toThrow(/only prints properties/);
  });
});
