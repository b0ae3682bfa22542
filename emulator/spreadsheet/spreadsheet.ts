/**
 * `Spreadsheet`: the host workbook. Sheets are found by id or name on every call.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 */
import { CLASS_NAME } from '../counting';
import { ensureCellsFit } from '../limits';
import { emptySheet, type SheetModel } from '../model';
import { asApps, notEmulated } from '../services/apps';
import { activeSheetModel, findSheet, findSheetByName, newSheetId, type SpreadsheetContext } from './context';
import { DeveloperMetadataFinderImpl, addMetadata, metadataObjects } from './developer-metadata';
import { exception, invalidArgument } from './errors';
import { NamedRangeImpl, setNamedRange } from './named-ranges';
import { rangeFromA1 } from './references';
import { defaultSheetName, validateSheetName } from './sheet-names';
import { SheetImpl } from './sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

type SpreadsheetKeys =
  | 'getId'
  | 'getName'
  | 'rename'
  | 'getUrl'
  | 'getSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'getSheets'
  | 'getSheetByName'
  | 'getSheetById'
  | 'getNumSheets'
  | 'insertSheet'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'getRange'
  | 'getRangeByName'
  | 'setNamedRange'
  | 'getNamedRanges'
  | 'removeNamedRange'
  | 'addDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'getDeveloperMetadata'
  | 'toast';

/** What `insertSheet`'s eight overloads pass: a name, a 0-based index, options, in that order. */
function insertArguments(args: readonly unknown[]): { name: string | undefined; index: number | undefined } {
  let name: string | undefined;
  let index: number | undefined;
  for (const arg of args) {
    if (typeof arg === 'string' && name === undefined && index === undefined) name = arg;
    else if (typeof arg === 'number' && index === undefined) index = arg;
    else if (typeof arg === 'object' && arg !== null) {
      if ('template' in arg && arg.template !== undefined) notEmulated('Spreadsheet.insertSheet with a template');
    } else if (arg !== undefined)
      throw exception("The parameters don't match the method signature for SpreadsheetApp.Spreadsheet.insertSheet.");
  }
  return { name, index };
}

export class SpreadsheetImpl implements Pick<Spreadsheet, SpreadsheetKeys> {
  readonly [CLASS_NAME] = 'Spreadsheet';

  constructor(private readonly ctx: SpreadsheetContext) {}

  private sheet(model: SheetModel): Sheet {
    return asApps(new SheetImpl(this.ctx, model.id));
  }

  getId(): string {
    return this.ctx.host.workbook.id;
  }
  getName(): string {
    return this.ctx.host.workbook.name;
  }
  rename(newName: string): void {
    this.ctx.host.workbook.name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(this.getId())}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.ctx.host.workbook.timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.ctx.host.workbook.locale;
  }

  // Sheets

  /** Every sheet in tab order, hidden ones included. */
  getSheets(): Sheet[] {
    return this.ctx.host.workbook.sheets.map((model) => this.sheet(model));
  }
  /**
   * Null when no sheet has that name, spelt in the same case: users report that Apps Script's
   * lookup is case-sensitive while names are unique regardless of case (so `getSheetByName` may
   * miss a tab `insertSheet` then refuses to duplicate), e.g. the mcpher/gas-fakes emulator,
   * checked against live Apps Script, compares names exactly.
   */
  getSheetByName(name: string): Sheet | null {
    const model = findSheetByName(this.ctx, name);
    return model ? this.sheet(model) : null;
  }
  getSheetById(id: number): Sheet | null {
    const model = findSheet(this.ctx, id);
    return model ? this.sheet(model) : null;
  }
  getNumSheets(): number {
    return this.ctx.host.workbook.sheets.length;
  }
  /**
   * `insertSheet([name][, index][, options])`: a blank 1000 × 26 sheet at the 0-based index (the
   * end by default), which becomes the active sheet; refused when its grid would take the
   * spreadsheet past the cell limit.
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname,-sheetindex
   */
  insertSheet(...args: unknown[]): Sheet {
    const { workbook } = this.ctx.host;
    const { name, index } = insertArguments(args);
    const sheetName = name === undefined ? defaultSheetName(workbook) : validateSheetName(this.ctx, name, null);
    const position = index ?? workbook.sheets.length;
    if (!Number.isInteger(position) || position < 0 || position > workbook.sheets.length) throw invalidArgument('sheetIndex');
    const model = emptySheet(newSheetId(this.ctx), sheetName);
    ensureCellsFit(workbook, model.maxRows * model.maxColumns);
    workbook.sheets.splice(position, 0, model);
    this.ctx.activeSheetId = model.id;
    return this.sheet(model);
  }
  /** The last visible sheet cannot go; named ranges on the sheet go with it. */
  deleteSheet(sheet: Sheet): void {
    const { workbook } = this.ctx.host;
    const model = findSheet(this.ctx, sheet.getSheetId());
    if (!model) throw invalidArgument('sheet');
    if (!workbook.sheets.some((other) => other !== model && !other.hidden)) {
      throw exception("You can't remove all the sheets in a document.");
    }
    workbook.sheets.splice(workbook.sheets.indexOf(model), 1);
    workbook.namedRanges = workbook.namedRanges.filter((named) => named.sheet !== model.name);
    if (this.ctx.activeSheetId === model.id) this.ctx.activeSheetId = null;
  }
  getActiveSheet(): Sheet {
    const model = activeSheetModel(this.ctx);
    if (!model) throw exception('The spreadsheet has no sheets.');
    return this.sheet(model);
  }
  setActiveSheet(sheet: Sheet): Sheet {
    return sheet.activate();
  }

  // Ranges

  /** `'Sheet name'!A1:C3`, or A1 notation on the active sheet. */
  getRange(a1Notation: string): Range {
    return rangeFromA1(this.ctx, a1Notation);
  }
  /** Null when no range has that name. */
  getRangeByName(name: string): Range | null {
    const named = this.ctx.host.workbook.namedRanges.find((entry) => entry.name === name);
    return named ? new NamedRangeImpl(this.ctx, named.name).getRange() : null;
  }
  setNamedRange(name: string, range: Range): void {
    setNamedRange(this.ctx, name, range);
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this.ctx.host.workbook.namedRanges.map((named) =>
      asApps<GoogleAppsScript.Spreadsheet.NamedRange>(new NamedRangeImpl(this.ctx, named.name)),
    );
  }
  removeNamedRange(name: string): void {
    const { workbook } = this.ctx.host;
    if (!workbook.namedRanges.some((named) => named.name === name)) throw exception('Named range not found.');
    workbook.namedRanges = workbook.namedRanges.filter((named) => named.name !== name);
  }

  // Developer metadata

  addDeveloperMetadata(...args: unknown[]): Spreadsheet {
    addMetadata(this.ctx, this.ctx.host.workbook.developerMetadata, args);
    return asApps(this);
  }
  /** The spreadsheet's own metadata, not its sheets'. */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataObjects(this.ctx, this.ctx.host.workbook.developerMetadata);
  }
  /** Searches the spreadsheet and every sheet. */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return asApps(new DeveloperMetadataFinderImpl(this.ctx, null));
  }

  /** Recorded in `host.ui.toasts`; nothing is shown. */
  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this.ctx.host.ui.toasts.push({ title: title === undefined ? '' : String(title), message: String(msg) });
  }
}
