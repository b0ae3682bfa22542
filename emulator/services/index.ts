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
import { ScriptApp } from './script-app';
import { Session } from './session';
import { Ui } from './ui';
import { Utilities } from './utilities';

export type { LockControl } from './lock';
export type { Answer, FormSubmitEvent, FormSubmitter, RangeFactory } from './forms/submit';

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

export function createServices(host: EmulatorHost, files: Readonly<Record<string, string>>): Services {
  const lockService = new LockService();
  let rangeFactory: RangeFactory | null = null;
  return {
    ui: new Ui(host),
    HtmlService: new HtmlService(files),
    PropertiesService: new PropertiesService(() => host.workbook.documentProperties),
    LockService: lockService,
    ScriptApp: new ScriptApp(host.workbook),
    FormApp: new FormApp(host.workbook),
    Utilities: new Utilities(),
    Session: new Session(host),
    Logger: new Logger(host),
    console: new Console(host),
    locks: lockService.control(),
    submitForm: (formId, answers, options) => submitForm(host, rangeFactory, formId, answers, options),
    setRangeFactory: (fn) => {
      rangeFactory = fn;
    },
  };
}
