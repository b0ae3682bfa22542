/**
 * `SpreadsheetApp.getUi()`: menus, sidebars, dialogs, alerts and prompts. Nothing is drawn; what
 * the user would have seen is recorded in `host.ui`, and the user's choices come from
 * `host.ui.scriptedAnswers`. https://developers.google.com/apps-script/reference/base/ui
 */
import { CLASS_NAME } from '../counting';
import type { EmulatorHost, MenuItemRecord, UiRecord } from '../host';
import { enumName, enumOf, enumValue } from './apps';
import { HtmlOutput } from './html';

type Base = typeof GoogleAppsScript.Base;
type ButtonName = keyof Base['Button'];
type ButtonSetName = keyof Base['ButtonSet'];

/** The add-on's name: Sheets captions its add-on menu with it. */
export const ADDON_NAME = 'Intervention Planner';

export const Button = enumOf<Base['Button']>(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = enumOf<Base['ButtonSet']>(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);

/** The buttons each set shows; the title bar's close button is always there too. */
const BUTTONS_OF: Record<ButtonSetName, readonly ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export class Menu implements GoogleAppsScript.Base.Menu {
  readonly [CLASS_NAME] = 'Menu';
  private readonly items: MenuItemRecord[] = [];

  constructor(
    private readonly record: UiRecord,
    readonly caption: string,
    private readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): Menu {
    this.items.push({ kind: 'item', caption, functionName });
    return this;
  }

  addSeparator(): Menu {
    this.items.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): Menu {
    if (!(menu instanceof Menu)) throw new Error('Menu.addSubMenu expects a menu made by Ui.createMenu.');
    this.items.push({ kind: 'submenu', caption: menu.caption, items: menu.snapshot() });
    return this;
  }

  /** Adding a menu again replaces the one with the same caption, as the editor shows only one. */
  addToUi(): void {
    const menus = this.record.menus.filter((m) => m.caption !== this.caption || m.addon !== this.addon);
    menus.push({ caption: this.caption, addon: this.addon, items: this.snapshot() });
    this.record.menus.splice(0, this.record.menus.length, ...menus);
  }

  /** The items as they are now: later additions do not change a menu already shown. */
  snapshot(): MenuItemRecord[] {
    return this.items.map((item) => ({ ...item }));
  }
}

export class PromptResponse implements GoogleAppsScript.Base.PromptResponse {
  readonly [CLASS_NAME] = 'PromptResponse';

  constructor(
    private readonly text: string,
    private readonly button: ButtonName,
  ) {}

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): GoogleAppsScript.Base.Button {
    return enumValue(Button, this.button);
  }
}

type UiKeys =
  'Button' | 'ButtonSet' | 'alert' | 'createAddonMenu' | 'createMenu' | 'prompt' | 'showModalDialog' | 'showModelessDialog' | 'showSidebar';

export class Ui implements Pick<GoogleAppsScript.Base.Ui, UiKeys> {
  readonly [CLASS_NAME] = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly host: EmulatorHost) {}

  createAddonMenu(): Menu {
    return new Menu(this.host.ui, ADDON_NAME, true);
  }

  createMenu(caption: string): Menu {
    return new Menu(this.host.ui, caption, false);
  }

  /** Apps Script shows every sidebar 300 pixels wide, whatever `setWidth` said. */
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const output = htmlOf(userInterface, 'showSidebar');
    this.host.ui.sidebars.push({ title: output.getTitle(), html: output.getContent() });
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const output = htmlOf(userInterface, 'showModalDialog');
    this.host.ui.dialogs.push({ title, html: output.getContent(), modal: true });
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const output = htmlOf(userInterface, 'showModelessDialog');
    this.host.ui.dialogs.push({ title, html: output.getContent(), modal: false });
  }

  alert(prompt: string): GoogleAppsScript.Base.Button;
  alert(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(...args: (string | GoogleAppsScript.Base.ButtonSet)[]): GoogleAppsScript.Base.Button {
    const { title, prompt, buttonSet } = dialogArguments('alert', args);
    this.host.ui.alerts.push({ title, prompt });
    // With only an OK button there is nothing to choose, so no scripted answer is used up.
    if (buttonSet === 'OK') return enumValue(Button, 'OK');
    return enumValue(Button, this.answer('alert', prompt, buttonSet).button);
  }

  prompt(prompt: string): PromptResponse;
  prompt(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): PromptResponse;
  prompt(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): PromptResponse;
  prompt(...args: (string | GoogleAppsScript.Base.ButtonSet)[]): PromptResponse {
    const { title, prompt, buttonSet } = dialogArguments('prompt', args);
    this.host.ui.alerts.push({ title, prompt });
    const answer = this.answer('prompt', prompt, buttonSet);
    return new PromptResponse(answer.text ?? '', answer.button);
  }

  /** The next scripted answer, checked against the buttons the dialog offers. */
  private answer(method: string, prompt: string, buttonSet: ButtonSetName): { button: ButtonName; text?: string } {
    const next = this.host.ui.scriptedAnswers.shift();
    if (next === undefined) {
      throw new Error(`Ui.${method}("${prompt}") waited for the user, but host.ui.scriptedAnswers has no answer scripted.`);
    }
    const offered: readonly string[] = [...BUTTONS_OF[buttonSet], 'CLOSE'];
    if (!offered.includes(next.button)) {
      throw new Error(`Ui.${method}("${prompt}") offers ${offered.join(', ')}; the scripted answer was ${next.button}.`);
    }
    return next.text === undefined ? { button: next.button as ButtonName } : { button: next.button as ButtonName, text: next.text };
  }
}

/** Sorts out the (prompt), (prompt, buttons) and (title, prompt, buttons) overloads. */
function dialogArguments(method: string, args: readonly unknown[]): { title: string; prompt: string; buttonSet: ButtonSetName } {
  const [first, second, third] = args;
  if (args.length >= 3) return { title: String(first), prompt: String(second), buttonSet: buttonSetName(method, third) };
  if (args.length === 2) return { title: '', prompt: String(first), buttonSet: buttonSetName(method, second) };
  if (args.length === 1) return { title: '', prompt: String(first), buttonSet: 'OK' };
  throw new Error(`Ui.${method} needs a prompt.`);
}

function buttonSetName(method: string, value: unknown): ButtonSetName {
  const name = enumName(value);
  if (!(name in BUTTONS_OF)) throw new Error(`Ui.${method}: ${name} is not a Ui.ButtonSet.`);
  return name as ButtonSetName;
}

function htmlOf(value: unknown, method: string): HtmlOutput {
  if (value instanceof HtmlOutput) return value;
  throw new Error(`Ui.${method} expects an HtmlOutput made by HtmlService.`);
}
