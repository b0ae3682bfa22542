/**
 * The in-memory twin of the Apps Script services the add-in uses. `createEmulator` builds the
 * globals a script sees (SpreadsheetApp, Charts, HtmlService, …) over one workbook model, every
 * one of them counting its calls. Never shipped to Google: only tests and the local runner use it.
 */
import { CallCounter, counted } from './counting';
import { ExecutionCost } from './execution-cost';
import { newUiRecord, type EmulatorHost } from './host';
import type { WorkbookModel } from './model';
import { createServices, prefilledAnswers, type Deployment, type LockControl, type FormSubmitter } from './services';
import { createSpreadsheetServices } from './spreadsheet';

export type { Deployment } from './services';

export interface EmulatorOptions {
  /** The clock; a fixed date makes runs repeatable. */
  readonly now?: () => Date;
  /** `Session.getActiveUser().getEmail()`. */
  readonly user?: string;
  /** HTML files of the project by name (without `.html`), for HtmlService. */
  readonly files?: Readonly<Record<string, string>>;
  /** How the script is deployed; the published editor add-on by default. */
  readonly deployment?: Deployment;
  /** Estimated seconds an execution may take before Apps Script stops it; 360 by default. */
  readonly executionLimitSeconds?: number;
}

export interface Emulator {
  readonly host: EmulatorHost;
  /** The globals Apps Script would give the script, each counting its calls. */
  readonly globals: Readonly<Record<string, unknown>>;
  readonly counter: CallCounter;
  /** What the current (or last) execution would cost in Google; whoever runs the script marks executions. */
  readonly cost: ExecutionCost;
  /** Lets a test hold the script lock as if another execution had it. */
  readonly locks: LockControl;
  /** Submits a response to a form the script made, as a pupil would, firing its triggers. */
  readonly submitForm: FormSubmitter;
  /** What a pupil opening a pre-filled link finds: the form, and the answers filled in by question title. */
  readonly openPrefilledLink: (url: string) => { formId: string; answers: Record<string, string> };
}

export function createEmulator(workbook: WorkbookModel, options: EmulatorOptions = {}): Emulator {
  const host: EmulatorHost = {
    workbook,
    now: options.now ?? (() => new Date()),
    user: options.user ?? 'mentor@school.example',
    ui: newUiRecord(),
    logs: [],
    runFunction: null,
  };
  const cost = new ExecutionCost(options.executionLimitSeconds);
  const counter = new CallCounter(cost);
  const services = createServices(host, options.files ?? {}, options.deployment ? { deployment: options.deployment } : {});
  const spreadsheet = createSpreadsheetServices(host, services.ui);
  // The form-submit event carries a Range of the responses sheet, counted like any other.
  const app = spreadsheet.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  services.setRangeFactory((sheetId, row, columns) =>
    counted(counter, app.getActiveSpreadsheet().getSheetById(sheetId)?.getRange(row, 1, 1, columns) ?? null),
  );
  const raw: Record<string, unknown> = {
    SpreadsheetApp: spreadsheet.SpreadsheetApp,
    Charts: spreadsheet.Charts,
    HtmlService: services.HtmlService,
    PropertiesService: services.PropertiesService,
    LockService: services.LockService,
    ScriptApp: services.ScriptApp,
    FormApp: services.FormApp,
    Utilities: services.Utilities,
    Session: services.Session,
    Logger: services.Logger,
  };
  const globals: Record<string, unknown> = { console: services.console };
  for (const [name, service] of Object.entries(raw)) globals[name] = counted(counter, service);
  return {
    host,
    globals,
    counter,
    cost,
    locks: services.locks,
    submitForm: services.submitForm,
    openPrefilledLink: (url) => prefilledAnswers(workbook.forms, url),
  };
}
