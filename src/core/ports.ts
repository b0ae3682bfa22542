/**
 * What the actions need from Google, described without Apps Script types. `src/sheets` implements
 * these ports over SpreadsheetApp, PropertiesService, LockService, FormApp, ScriptApp and the Ui;
 * the actions receive them and so compile, and can be tested, without any Google service.
 */
import type { InputTabPlan, PlanCell, WritePlan } from './plan';
import type { TabSnapshot, WorkbookSnapshot } from './snapshot';
import type { CellValue } from './values';

/** A sheet the sheets layer found during this execution; the actions only hand it back. */
export type SheetHandle = { readonly __brand: 'SheetHandle' };

/** One of the add-in's own tabs, found by its developer-metadata tag (so a renamed tab is still found). */
export interface GeneratedTab {
  readonly key: string;
  readonly sheet: SheetHandle;
  /** What the tab held when written (`fingerprintOf` its plan); null when not known. */
  readonly fingerprint: string | null;
}

/** The add-in's tabs as one search found them at the start of an action. */
export interface GeneratedTabs {
  readonly byKey: ReadonlyMap<string, GeneratedTab>;
  /** Staging tabs a stopped run left behind: removed before anything new is written. */
  readonly leftovers: readonly SheetHandle[];
}

export interface ReadRequest {
  /**
   * `all`: every user tab (setup's detection and the column dropdowns); otherwise the tabs with
   * these names (the ones the stored setup names), so an action's cost does not grow with the
   * number of tabs in the spreadsheet. A name that is not there is left out of the snapshot.
   */
  readonly userTabs: 'all' | readonly string[];
  /** Keys of the add-in's own tabs whose contents the action reads back (the Schedule, say). */
  readonly generated: readonly string[];
  /** Keys of the input tabs the add-in made (targets, reviews…) to read, found by their tag whatever they are called. */
  readonly inputs?: readonly string[];
}

export interface WorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  readonly generated: GeneratedTabs;
  /** Keys of every input tab the add-in made that is still in the spreadsheet, read or not. */
  readonly inputs: readonly string[];
}

export interface ApplyResult {
  /** Final tab names, in plan order. */
  readonly written: readonly string[];
  readonly removed: readonly string[];
}

/** One cell of a user's tab to write, after the user confirmed it. */
export interface CellWrite {
  readonly tab: string;
  readonly row: number;
  /** 1-based column. */
  readonly column: number;
  readonly value: string;
}

/** A cell of a user's tab, as it is now: its value, and its formula when it holds one. */
export interface CellNow {
  readonly tab: string;
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
  readonly formula: string | null;
}

export interface RowRef {
  readonly tab: string;
  readonly row: number;
}

export interface WorkbookPort {
  spreadsheetName(): string;
  read(request: ReadRequest): WorkbookRead;
  /** Writes the plan's tabs (staged, then swapped in) and removes the tabs it replaces. */
  apply(plan: WritePlan, generated: GeneratedTabs): ApplyResult;
  selectRow(ref: RowRef): RowRef;
  /** The cells as they are now, formulas included (one read per tab). */
  readUserCells(cells: readonly Omit<CellNow, 'value' | 'formula'>[]): CellNow[];
  writeUserCells(writes: readonly CellWrite[]): void;
  /**
   * Makes each input tab people fill in (headers, rows from the register, dropdowns, dates, notes),
   * tagged as input so it is found again if renamed and never made twice; returns their names.
   */
  createInputTabs(plans: readonly InputTabPlan[]): string[];
  /** Tags tabs of the school's own, by name, as the input tabs they are kept as (never changing a cell). */
  tagInputTabs(tabs: readonly { readonly key: string; readonly name: string }[]): void;
  /** Selects rows of one of the add-in's tabs (a pupil's report, to print), found by its key; returns the tab's name. */
  selectRows(key: string, row: number, rows: number): string;
}

/** Document properties: the add-in's settings and setup, never pupil data. */
export interface PropertiesPort {
  all(): Readonly<Record<string, string>>;
  /** Refuses with a UserError (naming `refusal`) a value Google would refuse (over 9 KB). */
  set(values: Readonly<Record<string, string>>, refusal: string): void;
}

export interface LockPort {
  /** Runs `work` holding the document lock; a UserError when another task holds it past `waitMs`. */
  withDocumentLock<T>(work: () => T, waitMs?: number): T;
  /** As above, but false (having done nothing) instead of an error when the lock is busy. */
  tryDocumentLock(waitMs: number, work: () => void): boolean;
}

export interface FormGrid {
  readonly title: string;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
}

/**
 * How a form knows who answered: a question the pupil's personal link fills in (`placeholder`
 * stands where each pupil's code goes in the pre-filled link), or the email address Google
 * verified when the pupil signed in.
 */
export type FormIdentitySpec =
  { readonly kind: 'code'; readonly title: string; readonly help: string; readonly placeholder: string } | { readonly kind: 'email' };

/** A questionnaire form as the add-in wants it; `src/sheets` builds it with FormApp. */
export interface FormSpec {
  readonly title: string;
  readonly description: string;
  readonly identity: FormIdentitySpec;
  readonly phase: { readonly title: string; readonly choices: readonly string[] };
  readonly grids: readonly FormGrid[];
}

export interface CreatedForm {
  readonly id: string;
  readonly publishedUrl: string;
  readonly editUrl: string;
  /** The `Form Responses N` tab Forms added, or null when Sheets has not shown it yet. */
  readonly responsesTab: string | null;
  /** For a code form, its pre-filled link with the spec's placeholder as the code; else null. */
  readonly prefill: string | null;
}

export type TriggerOutcome = 'installed' | 'existing' | 'not-allowed';

export interface FormsPort {
  /** Makes the form and links it to this spreadsheet, telling apart the responses tab Forms adds. */
  createLinkedForm(spec: FormSpec): CreatedForm;
  /** Whether a form the add-in made is still there (not deleted from Drive). */
  formExists(id: string): boolean;
  /** A new random secret for personal codes, from Google's random source. */
  newSecret(): string;
  hasFormSubmitTrigger(handler: string): boolean;
  /** `not-allowed` where Google refuses installable triggers (a test deployment of an add-on). */
  ensureFormSubmitTrigger(handler: string): TriggerOutcome;
}

/** The one response a form-submit trigger delivers. */
export interface Submission {
  readonly tab: string;
  /** The response's 1-based row on its tab. */
  readonly sheetRow: number;
  readonly headers: string[];
  /** The row as Sheets holds it (a Date for the timestamp, numbers as numbers). */
  readonly cells: CellValue[];
}

/** One of the add-in's tabs as a form submission finds it, or nulls when there is none. */
export interface OwnTabNow {
  readonly sheet: SheetHandle | null;
  readonly snapshot: TabSnapshot | undefined;
}

/** The add-in's tabs a form submission reads: constant calls, whatever their length. */
export interface OwnTabsNow {
  readonly tabs: ReadonlyMap<string, OwnTabNow>;
  /** The add-in's tabs, when they had to be looked up (so a missing tab can be made through `apply`). */
  readonly generated: GeneratedTabs | null;
}

/**
 * What a submission reads, bound to the spreadsheet its event came from (found once, from the
 * event's range, rather than asked for again by every read).
 */
export interface SubmittedTo {
  readonly submission: Submission;
  readTabNamed(name: string): TabSnapshot | undefined;
  /**
   * The add-in's own tabs with these keys (Scores, Problems), each read whole: constant calls.
   * `remembered` is the document property that holds their sheet ids, read with the others.
   */
  readOwnTabs(keys: readonly string[], remembered: string | undefined): OwnTabsNow;
}

export interface SubmissionPort {
  /** The new row from the event (its header row read only when the event cannot say); null without a range. */
  open(event: unknown, headerRowOf: (tab: string) => number): SubmittedTo | null;
  appendRow(sheet: SheetHandle, cells: readonly PlanCell[]): void;
  /** Rows added under a tab's last row, with one write however many. */
  appendRows(sheet: SheetHandle, rows: readonly (readonly PlanCell[])[]): void;
  rewriteCells(sheet: SheetHandle, column: number, updates: readonly { readonly row: number; readonly value: string }[]): void;
}

export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}

export interface UiPort {
  addMenu(items: readonly (MenuItem | null)[]): void;
  showSidebar(file: string, title: string): void;
  /** A dialog over the sheet showing one of the project's HTML files. */
  showDialog(file: string, title: string): void;
  toast(message: string): void;
  alert(message: string): void;
}

/** The execution log (Stackdriver): only the kind of a failure, never a cell, which may hold pupil data. */
export interface LogPort {
  error(kind: string): void;
}

/** Everything the actions and entry points reach Google through. */
export interface Services {
  readonly workbook: WorkbookPort;
  readonly properties: PropertiesPort;
  readonly lock: LockPort;
  readonly forms: FormsPort;
  readonly submissions: SubmissionPort;
  readonly ui: UiPort;
  readonly log: LogPort;
}
