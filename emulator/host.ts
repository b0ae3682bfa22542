/**
 * What the emulated services share: the workbook they act on, the clock, the user, and a record
 * of everything the script showed the user. Tests and the local runner read this record; the
 * script under test only ever sees the Apps Script interfaces built on top of it.
 */
import type { WorkbookModel } from './model';

export interface MenuItemRecord {
  readonly kind: 'item' | 'separator' | 'submenu';
  readonly caption?: string;
  readonly functionName?: string;
  readonly items?: readonly MenuItemRecord[];
}

export interface MenuRecord {
  readonly caption: string;
  readonly addon: boolean;
  readonly items: readonly MenuItemRecord[];
}

export interface UiRecord {
  /** Menus as they were when `addToUi()` was called. */
  menus: MenuRecord[];
  /** Each sidebar shown: its title and the HTML it would display. */
  sidebars: { title: string; html: string }[];
  dialogs: { title: string; html: string; modal: boolean }[];
  alerts: { title: string; prompt: string }[];
  toasts: { title: string; message: string }[];
  /**
   * Scripted answers for `Ui.alert` with buttons and `Ui.prompt`, consumed in order:
   * a button name (`OK`, `CANCEL`, `YES`, `NO`, `CLOSE`) and, for prompts, the text typed.
   */
  scriptedAnswers: { button: string; text?: string }[];
}

export interface EmulatorHost {
  readonly workbook: WorkbookModel;
  now(): Date;
  /** The signed-in user's email (`Session.getActiveUser()`), and the effective user's. */
  readonly user: string;
  readonly ui: UiRecord;
  /** Everything the script wrote with Logger.log or console.*: tests check no pupil data reaches it. */
  readonly logs: string[];
  /**
   * Runs a top-level function of the loaded script, as Apps Script does for a trigger. Set by
   * whoever loads the script (the local runner, the bundle test); triggers fire through it.
   */
  runFunction: ((name: string, event: unknown) => unknown) | null;
}

export function newUiRecord(): UiRecord {
  return { menus: [], sidebars: [], dialogs: [], alerts: [], toasts: [], scriptedAnswers: [] };
}
