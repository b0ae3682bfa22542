/**
 * `Range`: a view of a block of cells on one sheet, looked up by sheet id on every call so that
 * all state stays in the workbook model.
 * https://developers.google.com/apps-script/reference/spreadsheet/range
 */
import { CLASS_NAME } from '../counting';
import { ensureCellText, ensureTableText } from '../limits';
import type { CellModel, GridRangeModel, ModelValue, SheetModel } from '../model';
import { asApps, notEmulated, scriptText } from '../services/apps';
import { formatA1 } from './a1';
import { checkedGrid } from './bounds';
import { liveSheet, type SpreadsheetContext } from './context';
import { DataValidationImpl, primitive } from './data-validation';
import { displayCell } from './display';
import { exception, RANGE_NOT_FOUND } from './errors';
import { ensureMergeKeepsFreeze } from './merges';
import { cellAt, contains, eachPosition, hasContent, intersects, table, writableCell } from './grid';
import { ProtectionImpl } from './protection';
import { SheetImpl } from './sheet';
import { toStored, valueOut } from './values-input';
import { removeValidations, ruleAt } from './validations';

type Range = GoogleAppsScript.Spreadsheet.Range;

type RangeKeys =
  | 'getValues'
  | 'getValue'
  | 'setValues'
  | 'setValue'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'getFormulas'
  | 'getFormula'
  | 'setFormula'
  | 'setFormulas'
  | 'getA1Notation'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getSheet'
  | 'getGridId'
  | 'getCell'
  | 'offset'
  | 'isBlank'
  | 'clear'
  | 'clearContent'
  | 'clearFormat'
  | 'clearNote'
  | 'clearDataValidations'
  | 'merge'
  | 'breakApart'
  | 'isPartOfMerge'
  | 'getMergedRanges'
  | 'setFontWeight'
  | 'getFontWeight'
  | 'setFontStyle'
  | 'getFontStyle'
  | 'setFontSize'
  | 'getFontSize'
  | 'setFontColor'
  | 'setBackground'
  | 'setBackgrounds'
  | 'getBackground'
  | 'getBackgrounds'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'setWrap'
  | 'getWrap'
  | 'setHorizontalAlignment'
  | 'getHorizontalAlignment'
  | 'setVerticalAlignment'
  | 'getVerticalAlignment'
  | 'setBorder'
  | 'setNote'
  | 'setNotes'
  | 'getNote'
  | 'getNotes'
  | 'insertCheckboxes'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'addDeveloperMetadata'
  | 'protect'
  | 'activate';

/** Apps Script's wording when the data given does not fit the range. */
function checkDimensions(data: unknown, grid: GridRangeModel): asserts data is unknown[][] {
  if (!Array.isArray(data)) throw exception("The parameters (String) don't match the method signature.");
  if (data.length !== grid.rows) {
    throw exception(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${grid.rows}.`,
    );
  }
  for (const row of data) {
    const width = Array.isArray(row) ? row.length : 0;
    if (width !== grid.columns) {
      throw exception(
        `The number of columns in the data does not match the number of columns in the range. The data has ${width} but the range has ${grid.columns}.`,
      );
    }
  }
}

function writeValue(sheet: SheetModel, row: number, column: number, input: unknown): void {
  const stored = toStored(input);
  if (stored.value === '' && stored.formula === undefined && !cellAt(sheet, row, column)) return;
  const cell = writableCell(sheet, row, column);
  cell.value = stored.value;
  if (stored.formula === undefined) delete cell.formula;
  else cell.formula = stored.formula;
}

type FormatKey = Exclude<keyof CellModel, 'value' | 'formula' | 'note'>;
const FORMAT_KEYS: readonly FormatKey[] = [
  'numberFormat',
  'bold',
  'italic',
  'fontSize',
  'fontColor',
  'background',
  'horizontalAlignment',
  'verticalAlignment',
  'wrap',
  'border',
];

function setFormat<K extends FormatKey>(cell: CellModel, key: K, value: CellModel[K] | undefined): void {
  if (value === undefined) delete cell[key];
  else cell[key] = value;
}

export class RangeImpl implements Pick<Range, RangeKeys> {
  readonly [CLASS_NAME] = 'Range';

  constructor(
    private readonly ctx: SpreadsheetContext,
    readonly sheetId: number,
    readonly grid: GridRangeModel,
    /** Given as whole columns (`A:C`) or whole rows (`2:4`): getA1Notation says so too. */
    private readonly wholeColumns = false,
    private readonly wholeRows = false,
  ) {}

  private self(): Range {
    return asApps(this);
  }

  private sheet(method: string): SheetModel {
    return liveSheet(this.ctx, this.sheetId, 'Range', method);
  }

  private topLeft(method: string): CellModel | undefined {
    return cellAt(this.sheet(method), this.grid.row, this.grid.column);
  }

  /** Applies `change` to every cell of the range, creating blank cells as needed. */
  private eachCell(method: string, change: (cell: CellModel, i: number, j: number) => void): Range {
    const sheet = this.sheet(method);
    eachPosition(this.grid, (row, column, i, j) => change(writableCell(sheet, row, column), i, j));
    return this.self();
  }

  private read<T>(method: string, read: (cell: CellModel | undefined) => T): T[][] {
    const sheet = this.sheet(method);
    return table(this.grid, (row, column) => read(cellAt(sheet, row, column)));
  }

  // Values and formulas

  /** Dates come out as Dates, blanks as '', a formula cell as its last calculated value. */
  getValues(): ModelValue[][] {
    return this.read('getValues', (cell) => (cell ? valueOut(cell.value) : ''));
  }
  getValue(): ModelValue {
    const cell = this.topLeft('getValue');
    return cell ? valueOut(cell.value) : '';
  }
  getDisplayValues(): string[][] {
    return this.read('getDisplayValues', displayCell);
  }
  getDisplayValue(): string {
    return displayCell(this.topLeft('getDisplayValue'));
  }
  /** Every cell parsed as if typed; all rows are checked (shape, 50,000 characters) before any cell changes. */
  setValues(values: unknown[][]): Range {
    const sheet = this.sheet('setValues');
    checkDimensions(values, this.grid);
    ensureTableText(values);
    eachPosition(this.grid, (row, column, i, j) => writeValue(sheet, row, column, values[i]?.[j]));
    return this.self();
  }
  /** Sets every cell of the range to the one value. */
  setValue(value: unknown): Range {
    const sheet = this.sheet('setValue');
    ensureCellText(value);
    eachPosition(this.grid, (row, column) => writeValue(sheet, row, column, value));
    return this.self();
  }
  getFormulas(): string[][] {
    return this.read('getFormulas', (cell) => cell?.formula ?? '');
  }
  getFormula(): string {
    return this.topLeft('getFormula')?.formula ?? '';
  }
  /** The emulator does not calculate: a formula cell's value is '' until a real Sheets run. */
  setFormula(formula: string): Range {
    ensureCellText(formula);
    return this.eachCell('setFormula', (cell) => writeFormula(cell, formula));
  }
  setFormulas(formulas: string[][]): Range {
    checkDimensions(formulas, this.grid);
    ensureTableText(formulas);
    return this.eachCell('setFormulas', (cell, i, j) => writeFormula(cell, formulas[i]?.[j] ?? ''));
  }

  // Position

  getA1Notation(): string {
    return formatA1(this.grid, this.wholeColumns, this.wholeRows);
  }
  getRow(): number {
    return this.grid.row + 1;
  }
  getColumn(): number {
    return this.grid.column + 1;
  }
  getNumRows(): number {
    return this.grid.rows;
  }
  getNumColumns(): number {
    return this.grid.columns;
  }
  /** The range's last row, not the sheet's last row with content. */
  getLastRow(): number {
    return this.grid.row + this.grid.rows;
  }
  getLastColumn(): number {
    return this.grid.column + this.grid.columns;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.sheet('getSheet');
    return asApps(new SheetImpl(this.ctx, this.sheetId));
  }
  getGridId(): number {
    return this.sheetId;
  }
  /** 1-based, relative to the range. */
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.grid.rows || column > this.grid.columns) throw exception(RANGE_NOT_FOUND);
    return asApps(
      new RangeImpl(this.ctx, this.sheetId, { row: this.grid.row + row - 1, column: this.grid.column + column - 1, rows: 1, columns: 1 }),
    );
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const grid = checkedGrid(
      this.sheet('offset'),
      this.grid.row + 1 + rowOffset,
      this.grid.column + 1 + columnOffset,
      numRows ?? this.grid.rows,
      numColumns ?? this.grid.columns,
    );
    return asApps(new RangeImpl(this.ctx, this.sheetId, grid));
  }
  isBlank(): boolean {
    return this.read('isBlank', hasContent).every((row) => row.every((filled) => !filled));
  }
  activate(): Range {
    this.sheet('activate');
    this.ctx.activeSheetId = this.sheetId;
    return this.self();
  }

  // Clearing

  clearContent(): Range {
    return this.eachCell('clearContent', (cell) => {
      cell.value = '';
      delete cell.formula;
    });
  }
  clearFormat(): Range {
    return this.eachCell('clearFormat', (cell) => {
      for (const key of FORMAT_KEYS) delete cell[key];
    });
  }
  clearNote(): Range {
    return this.eachCell('clearNote', (cell) => delete cell.note);
  }
  clearDataValidations(): Range {
    removeValidations(this.sheet('clearDataValidations'), this.grid);
    return this.self();
  }
  /** Contents and formats; `{contentsOnly}`, `{formatOnly}`, `{validationsOnly}`, `{commentsOnly}` narrow it. */
  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }): Range {
    const only = options && (options.commentsOnly || options.contentsOnly || options.formatOnly || options.validationsOnly);
    if (!only || options.contentsOnly) this.clearContent();
    if (!only || options.formatOnly) this.clearFormat();
    if (options?.commentsOnly) this.clearNote();
    if (options?.validationsOnly) this.clearDataValidations();
    return this.self();
  }

  // Merges

  /** Earlier merges overlapping the range are replaced; only the top-left value is kept; never across the frozen edge. */
  merge(): Range {
    const sheet = this.sheet('merge');
    if (this.grid.rows === 1 && this.grid.columns === 1) return this.self();
    ensureMergeKeepsFreeze(sheet, this.grid);
    sheet.merges = sheet.merges.filter((merge) => !intersects(merge, this.grid));
    sheet.merges.push({ ...this.grid });
    eachPosition(this.grid, (row, column, i, j) => {
      const cell = cellAt(sheet, row, column);
      if ((i > 0 || j > 0) && cell) {
        cell.value = '';
        delete cell.formula;
      }
    });
    return this.self();
  }
  breakApart(): Range {
    const sheet = this.sheet('breakApart');
    const partial = sheet.merges.find((merge) => intersects(merge, this.grid) && !contains(this.grid, merge));
    if (partial) throw exception('You must select all cells in a merged range to merge or unmerge them.');
    sheet.merges = sheet.merges.filter((merge) => !intersects(merge, this.grid));
    return this.self();
  }
  isPartOfMerge(): boolean {
    return this.sheet('isPartOfMerge').merges.some((merge) => intersects(merge, this.grid));
  }
  getMergedRanges(): Range[] {
    return this.sheet('getMergedRanges')
      .merges.filter((merge) => intersects(merge, this.grid))
      .map((merge) => asApps<Range>(new RangeImpl(this.ctx, this.sheetId, { ...merge })));
  }

  // Formats

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Range {
    return this.eachCell('setFontWeight', (cell) => setFormat(cell, 'bold', fontWeight === 'bold' ? true : undefined));
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.topLeft('getFontWeight')?.bold ? 'bold' : 'normal';
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): Range {
    return this.eachCell('setFontStyle', (cell) => setFormat(cell, 'italic', fontStyle === 'italic' ? true : undefined));
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.topLeft('getFontStyle')?.italic ? 'italic' : 'normal';
  }
  setFontSize(size: number): Range {
    if (typeof size !== 'number' || size < 1) throw exception('Invalid argument: size');
    return this.eachCell('setFontSize', (cell) => setFormat(cell, 'fontSize', size));
  }
  /** Sheets' default is 10 point. */
  getFontSize(): number {
    return this.topLeft('getFontSize')?.fontSize ?? 10;
  }
  setFontColor(color: string | null): Range {
    return this.eachCell('setFontColor', (cell) => setFormat(cell, 'fontColor', colour(color)));
  }
  setBackground(color: string | null): Range {
    return this.eachCell('setBackground', (cell) => setFormat(cell, 'background', colour(color)));
  }
  setBackgrounds(colors: (string | null)[][]): Range {
    checkDimensions(colors, this.grid);
    return this.eachCell('setBackgrounds', (cell, i, j) => setFormat(cell, 'background', colour(colors[i]?.[j] ?? null)));
  }
  /** White when none was set, as Sheets reports it. */
  getBackground(): string {
    return this.topLeft('getBackground')?.background ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return this.read('getBackgrounds', (cell) => cell?.background ?? '#ffffff');
  }
  setNumberFormat(numberFormat: string): Range {
    return this.eachCell('setNumberFormat', (cell) => setFormat(cell, 'numberFormat', String(numberFormat)));
  }
  setNumberFormats(numberFormats: string[][]): Range {
    checkDimensions(numberFormats, this.grid);
    return this.eachCell('setNumberFormats', (cell, i, j) => setFormat(cell, 'numberFormat', String(numberFormats[i]?.[j] ?? '')));
  }
  /** Sheets' automatic format when none was set. */
  getNumberFormat(): string {
    return this.topLeft('getNumberFormat')?.numberFormat ?? '0.###############';
  }
  getNumberFormats(): string[][] {
    return this.read('getNumberFormats', (cell) => cell?.numberFormat ?? '0.###############');
  }
  setWrap(isWrapEnabled: boolean): Range {
    return this.eachCell('setWrap', (cell) => setFormat(cell, 'wrap', Boolean(isWrapEnabled)));
  }
  getWrap(): boolean {
    return this.topLeft('getWrap')?.wrap ?? false;
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range {
    return this.eachCell('setHorizontalAlignment', (cell) =>
      setFormat(cell, 'horizontalAlignment', alignment === 'normal' || alignment === null ? undefined : alignment),
    );
  }
  getHorizontalAlignment(): string {
    return this.topLeft('getHorizontalAlignment')?.horizontalAlignment ?? 'general';
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Range {
    return this.eachCell('setVerticalAlignment', (cell) => setFormat(cell, 'verticalAlignment', alignment ?? undefined));
  }
  getVerticalAlignment(): string {
    return this.topLeft('getVerticalAlignment')?.verticalAlignment ?? 'bottom';
  }
  /**
   * The model keeps one solid border around each cell: all four outer sides true turns it on,
   * all four false turns it off, null leaves a side as it was.
   */
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null): Range {
    const sides = [top, left, bottom, right];
    const border = sides.every((side) => side === true) ? true : sides.every((side) => side === false) ? false : null;
    if (border === null) return this.self();
    return this.eachCell('setBorder', (cell) => setFormat(cell, 'border', border ? true : undefined));
  }

  // Notes

  setNote(note: string | null): Range {
    return this.eachCell('setNote', (cell) => (note === null || note === '' ? delete cell.note : (cell.note = String(note))));
  }
  setNotes(notes: (string | null)[][]): Range {
    checkDimensions(notes, this.grid);
    return this.eachCell('setNotes', (cell, i, j) => {
      const note = notes[i]?.[j];
      if (note === null || note === undefined || note === '') delete cell.note;
      else cell.note = String(note);
    });
  }
  getNote(): string {
    return this.topLeft('getNote')?.note ?? '';
  }
  getNotes(): string[][] {
    return this.read('getNotes', (cell) => cell?.note ?? '');
  }

  // Validation and checkboxes

  /**
   * Checkbox validation on every cell, and every cell set to the unchecked value: false, or ''
   * when only a custom checked value is given.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#insertcheckboxes
   */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): Range {
    const sheet = this.sheet('insertCheckboxes');
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined).map(primitive);
    removeValidations(sheet, this.grid);
    sheet.dataValidations.push({ range: { ...this.grid }, criteria: 'CHECKBOX', values, allowInvalid: false });
    const unchecked = checkedValue === undefined ? false : uncheckedValue === undefined ? '' : uncheckedValue;
    eachPosition(this.grid, (row, column) => writeValue(sheet, row, column, unchecked));
    return this.self();
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    const sheet = this.sheet('setDataValidation');
    removeValidations(sheet, this.grid);
    if (rule !== null) sheet.dataValidations.push({ ...validationRule(rule), range: { ...this.grid } });
    return this.self();
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): Range {
    checkDimensions(rules, this.grid);
    const sheet = this.sheet('setDataValidations');
    removeValidations(sheet, this.grid);
    eachPosition(this.grid, (row, column, i, j) => {
      const rule = rules[i]?.[j];
      if (rule) sheet.dataValidations.push({ ...validationRule(rule), range: { row, column, rows: 1, columns: 1 } });
    });
    return this.self();
  }
  /** The rule on the top-left cell, or null. */
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const rule = ruleAt(this.sheet('getDataValidation'), this.grid.row, this.grid.column);
    return rule ? asApps(new DataValidationImpl(this.ctx, rule)) : null;
  }
  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    const sheet = this.sheet('getDataValidations');
    return table(this.grid, (row, column) => {
      const rule = ruleAt(sheet, row, column);
      return rule ? asApps<GoogleAppsScript.Spreadsheet.DataValidation>(new DataValidationImpl(this.ctx, rule)) : null;
    });
  }

  // Metadata and protection

  /**
   * Sheets accepts range metadata only on whole rows or columns, which the model has no place
   * for; other ranges fail with Apps Script's own message.
   */
  addDeveloperMetadata(): Range {
    const sheet = this.sheet('addDeveloperMetadata');
    const wholeRows = this.grid.column === 0 && this.grid.columns === sheet.maxColumns;
    const wholeColumns = this.grid.row === 0 && this.grid.rows === sheet.maxRows;
    if (!wholeRows && !wholeColumns) {
      throw exception(
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
      );
    }
    return notEmulated('Range.addDeveloperMetadata on whole rows or columns');
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const sheet = this.sheet('protect');
    const model = { range: { ...this.grid }, description: '', warningOnly: false };
    sheet.protections.push(model);
    return asApps(new ProtectionImpl(this.ctx, this.sheetId, model));
  }
}

function writeFormula(cell: CellModel, formula: unknown): void {
  const text = scriptText(formula ?? '');
  if (text === '') {
    cell.value = '';
    delete cell.formula;
    return;
  }
  cell.value = '';
  cell.formula = text.startsWith('=') ? text : `=${text}`;
}

/** `null` resets a colour to the default; colours are kept lower-case `#rrggbb` when given so. */
function colour(color: string | null): string | undefined {
  if (color === null || color === undefined) return undefined;
  const text = String(color).trim();
  return /^#[0-9a-f]{6}$/i.test(text) ? text.toLowerCase() : text;
}

function validationRule(rule: GoogleAppsScript.Spreadsheet.DataValidation): DataValidationImpl['rule'] {
  if (!(rule instanceof DataValidationImpl)) throw exception('Invalid argument: rule');
  return { ...rule.rule, values: [...rule.rule.values] };
}
