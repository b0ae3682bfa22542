/**
 * The emulated services other than SpreadsheetApp: Ui, HtmlService, PropertiesService,
 * LockService, ScriptApp, FormApp, Utilities, Session, Logger and console, all over one host.
 * They are returned raw; `createEmulator` wraps them in the counting proxy.
 */
import type { EmulatorHost } from '../host';
import { FormApp } from './forms/form-app';
import { submitForm, type FormSubmitter, type RangeFactory } from './forms/submit';
import { HtmlService } from './html';
import { LockService, type LockControl } from './lock';
import { Console, Logger } from './logging';
import { PropertiesService } from './properties';
import { ScriptApp, triggersRun, type Deployment } from './script-app';
import { Session } from './session';
import { Ui } from './ui';
import { Utilities } from './utilities';

export type { LockControl } from './lock';
export type { Deployment } from './script-app';
export type { Answer, FormSubmitEvent, FormSubmitter, RangeFactory } from './forms/submit';
export { prefilledAnswers } from './forms/responses';

export interface Services {
  readonly ui: Ui;
  readonly HtmlService: HtmlService;
  readonly PropertiesService: PropertiesService;
  readonly LockService: LockService;
  readonly ScriptApp: ScriptApp;
  readonly FormApp: FormApp;
  readonly Utilities: Utilities;
  readonly Session: Session;
  readonly Logger: Logger;
  readonly console: Console;
  readonly locks: LockControl;
  readonly submitForm: FormSubmitter;
  /** How the form-submit event gets its `range`: the spreadsheet emulator's Range for the new row. */
  setRangeFactory(fn: RangeFactory): void;
}

/** `deployment` decides what ScriptApp allows and whether installable triggers run (default: the add-on). */
export function createServices(
  host: EmulatorHost,
  files: Readonly<Record<string, string>>,
  options: { readonly deployment?: Deployment } = {},
): Services {
  const deployment = options.deployment ?? 'add-on';
  const lockService = new LockService();
  let rangeFactory: RangeFactory | null = null;
  return {
    ui: new Ui(host),
    HtmlService: new HtmlService(files),
    PropertiesService: new PropertiesService(() => host.workbook.documentProperties),
    LockService: lockService,
    ScriptApp: new ScriptApp(host.workbook, deployment),
    FormApp: new FormApp(host.workbook, () => host.now()),
    Utilities: new Utilities(),
    Session: new Session(host),
    Logger: new Logger(host),
    console: new Console(host),
    locks: lockService.control(),
    submitForm: (formId, answers, submission) => submitForm(host, rangeFactory, formId, answers, submission, triggersRun(deployment)),
    setRangeFactory: (fn) => {
      rangeFactory = fn;
    },
  };
}
