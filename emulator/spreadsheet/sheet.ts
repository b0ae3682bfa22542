/**
 * `Sheet`: one tab, looked up by its id on every call; a deleted sheet fails as in Apps Script.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet
 */
import { CLASS_NAME } from '../counting';
import { ensureCellsFit, ensureColumnsFit, ensureTableText } from '../limits';
import type { SheetModel } from '../model';
import { asApps } from '../services/apps';
import { parseA1 } from './a1';
import { checkedA1, checkedGrid } from './bounds';
import { EmbeddedChartBuilderImpl, EmbeddedChartImpl, chartDraft, chartModel } from './charts';
import { ConditionalFormatRuleImpl, conditionalFormatModel } from './conditional-format';
import { findSheetByName, liveSheet, newChartId, type SpreadsheetContext } from './context';
import { DeveloperMetadataFinderImpl, addMetadata, metadataObjects } from './developer-metadata';
import { ProtectionType } from './enums';
import { exception, invalidArgument, RANGE_NOT_FOUND } from './errors';
import { lastColumnOf, lastRowOf, shiftSheet } from './grid';
import { ensureFreezeKeepsMerges } from './merges';
import { ProtectionImpl } from './protection';
import { RangeImpl } from './range';
import { RangeListImpl } from './range-list';
import { renameSheetReferences, validateSheetName } from './sheet-names';
import { SpreadsheetImpl } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

type SheetKeys =
  | 'getName'
  | 'setName'
  | 'getSheetName'
  | 'getSheetId'
  | 'getIndex'
  | 'getParent'
  | 'getRange'
  | 'getRangeList'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'appendRow'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'deleteRows'
  | 'deleteColumns'
  | 'setFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenRows'
  | 'getFrozenColumns'
  | 'setColumnWidth'
  | 'getColumnWidth'
  | 'setColumnWidths'
  | 'setRowHeight'
  | 'setRowHeights'
  | 'setRowHeightsForced'
  | 'getRowHeight'
  | 'setHiddenGridlines'
  | 'hasHiddenGridlines'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
  | 'setTabColor'
  | 'getTabColor'
  | 'clear'
  | 'clearContents'
  | 'activate'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'newChart'
  | 'insertChart'
  | 'getCharts'
  | 'updateChart'
  | 'removeChart'
  | 'setConditionalFormatRules'
  | 'getConditionalFormatRules'
  | 'clearConditionalFormatRules'
  | 'protect'
  | 'getProtections';

export class SheetImpl implements Pick<Sheet, SheetKeys> {
  readonly [CLASS_NAME] = 'Sheet';

  constructor(
    private readonly ctx: SpreadsheetContext,
    readonly sheetId: number,
  ) {}

  private self(): Sheet {
    return asApps(this);
  }

  private model(method: string): SheetModel {
    return liveSheet(this.ctx, this.sheetId, 'Sheet', method);
  }

  private range(grid: RangeImpl['grid'], wholeColumns = false, wholeRows = false): Range {
    return asApps(new RangeImpl(this.ctx, this.sheetId, grid, wholeColumns, wholeRows));
  }

  // Identity

  getName(): string {
    return this.model('getName').name;
  }
  getSheetName(): string {
    return this.model('getSheetName').name;
  }
  /** Charts and named ranges that name this sheet follow the new name, as in Sheets. */
  setName(name: string): Sheet {
    const sheet = this.model('setName');
    const wanted = validateSheetName(this.ctx, name, sheet.id);
    if (wanted !== sheet.name) {
      renameSheetReferences(this.ctx.host.workbook, sheet.name, wanted);
      sheet.name = wanted;
    }
    return this.self();
  }
  getSheetId(): number {
    return this.model('getSheetId').id;
  }
  /** 1-based position among the tabs. */
  getIndex(): number {
    const sheet = this.model('getIndex');
    return this.ctx.host.workbook.sheets.indexOf(sheet) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.model('getParent');
    return asApps(new SpreadsheetImpl(this.ctx));
  }
  activate(): Sheet {
    const sheet = this.model('activate');
    sheet.hidden = false;
    this.ctx.activeSheetId = sheet.id;
    return this.self();
  }

  // Ranges

  /** `(row, column[, numRows[, numColumns]])`, 1-based, or A1 notation. */
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    const sheet = this.model('getRange');
    if (typeof rowOrA1 === 'string') {
      const ref = parseA1(rowOrA1);
      const target = ref?.sheetName ? findSheetByName(this.ctx, ref.sheetName) : sheet;
      if (!ref || !target) throw exception(RANGE_NOT_FOUND);
      const resolved = checkedA1(target, rowOrA1);
      return asApps(new RangeImpl(this.ctx, target.id, resolved.grid, resolved.wholeColumns, resolved.wholeRows));
    }
    if (column === undefined)
      throw exception("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    return this.range(checkedGrid(sheet, rowOrA1, column, numRows ?? 1, numColumns ?? 1));
  }
  /** Ranges of this sheet, each as `getRange(a1Notation)` finds it, changed together. */
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    const sheet = this.model('getRangeList');
    if (!Array.isArray(a1Notations)) throw invalidArgument('a1Notations');
    const ranges = a1Notations.map((a1) => {
      const ref = typeof a1 === 'string' ? parseA1(a1) : null;
      if (!ref || (ref.sheetName !== null && ref.sheetName !== sheet.name)) throw exception(RANGE_NOT_FOUND);
      const resolved = checkedA1(sheet, a1);
      return new RangeImpl(this.ctx, sheet.id, resolved.grid, resolved.wholeColumns, resolved.wholeRows);
    });
    return asApps(new RangeListImpl(ranges));
  }
  /** From A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): Range {
    const sheet = this.model('getDataRange');
    return this.range({ row: 0, column: 0, rows: Math.max(1, lastRowOf(sheet)), columns: Math.max(1, lastColumnOf(sheet)) });
  }
  /** The last row holding content, blank rows before it included; 0 on an empty sheet. */
  getLastRow(): number {
    return lastRowOf(this.model('getLastRow'));
  }
  getLastColumn(): number {
    return lastColumnOf(this.model('getLastColumn'));
  }
  getMaxRows(): number {
    return this.model('getMaxRows').maxRows;
  }
  getMaxColumns(): number {
    return this.model('getMaxColumns').maxColumns;
  }
  /** Writes after the last row with content, growing the grid when it is full (within the cell limit). */
  appendRow(rowContents: unknown[]): Sheet {
    const sheet = this.model('appendRow');
    if (!Array.isArray(rowContents) || rowContents.length === 0) throw invalidArgument('rowContents');
    ensureTableText([rowContents]);
    const row = lastRowOf(sheet) + 1;
    const rows = Math.max(sheet.maxRows, row);
    const columns = Math.max(sheet.maxColumns, rowContents.length);
    ensureColumnsFit(columns);
    ensureCellsFit(this.ctx.host.workbook, rows * columns - sheet.maxRows * sheet.maxColumns);
    sheet.maxRows = rows;
    sheet.maxColumns = columns;
    new RangeImpl(this.ctx, sheet.id, { row: row - 1, column: 0, rows: 1, columns: rowContents.length }).setValues([rowContents]);
    return this.self();
  }

  // Rows and columns

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    return this.insertLines('insertRowsAfter', 'rows', afterPosition, howMany);
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    return this.insertLines('insertRowsBefore', 'rows', beforePosition - 1, howMany);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    return this.insertLines('insertColumnsAfter', 'columns', afterPosition, howMany);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    return this.insertLines('insertColumnsBefore', 'columns', beforePosition - 1, howMany);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.deleteLines('deleteRows', 'rows', rowPosition, howMany);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.deleteLines('deleteColumns', 'columns', columnPosition, howMany);
  }

  /** `at` is the 0-based line the new ones go before; the grid grows only within Google's limits. */
  private insertLines(method: string, dimension: 'rows' | 'columns', at: number, howMany: number): Sheet {
    const sheet = this.model(method);
    const max = dimension === 'rows' ? sheet.maxRows : sheet.maxColumns;
    if (!Number.isInteger(at) || at < 0 || at > max) throw exception(`Those ${dimension} are out of bounds.`);
    if (!Number.isInteger(howMany) || howMany < 1) throw invalidArgument('howMany');
    if (dimension === 'columns') ensureColumnsFit(sheet.maxColumns + howMany);
    ensureCellsFit(this.ctx.host.workbook, howMany * (dimension === 'rows' ? sheet.maxColumns : sheet.maxRows));
    shiftSheet(sheet, dimension, at, howMany);
    if (dimension === 'rows') sheet.maxRows += howMany;
    else sheet.maxColumns += howMany;
    return this.self();
  }

  private deleteLines(method: string, dimension: 'rows' | 'columns', position: number, howMany: number): void {
    const sheet = this.model(method);
    const max = dimension === 'rows' ? sheet.maxRows : sheet.maxColumns;
    if (!Number.isInteger(position) || !Number.isInteger(howMany) || position < 1 || howMany < 1 || position + howMany - 1 > max) {
      throw exception(`Those ${dimension} are out of bounds.`);
    }
    const frozen = dimension === 'rows' ? sheet.frozenRows : sheet.frozenColumns;
    if (max - howMany <= frozen) throw exception(`Sorry, it is not possible to delete all non-frozen ${dimension}.`);
    shiftSheet(sheet, dimension, position - 1, -howMany);
    if (dimension === 'rows') sheet.maxRows -= howMany;
    else sheet.maxColumns -= howMany;
  }

  // Layout

  /** Refused when the new edge would cut through a merged range. */
  setFrozenRows(rows: number): void {
    const sheet = this.model('setFrozenRows');
    if (!Number.isInteger(rows) || rows < 0 || rows > sheet.maxRows) throw invalidArgument('rows');
    ensureFreezeKeepsMerges(sheet, 'rows', rows);
    sheet.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    const sheet = this.model('setFrozenColumns');
    if (!Number.isInteger(columns) || columns < 0 || columns > sheet.maxColumns) throw invalidArgument('columns');
    ensureFreezeKeepsMerges(sheet, 'columns', columns);
    sheet.frozenColumns = columns;
  }
  getFrozenRows(): number {
    return this.model('getFrozenRows').frozenRows;
  }
  getFrozenColumns(): number {
    return this.model('getFrozenColumns').frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    return this.setSizes('setColumnWidth', 'columns', columnPosition, 1, width);
  }
  /** Sheets' default column is 100 pixels wide. */
  getColumnWidth(columnPosition: number): number {
    return this.model('getColumnWidth').columnWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    return this.setSizes('setColumnWidths', 'columns', startColumn, numColumns, width);
  }
  setRowHeight(rowPosition: number, height: number): Sheet {
    return this.setSizes('setRowHeight', 'rows', rowPosition, 1, height);
  }
  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    return this.setSizes('setRowHeights', 'rows', startRow, numRows, height);
  }
  /** As setRowHeights, even where wrapped text would make a row taller; the model keeps heights alone. */
  setRowHeightsForced(startRow: number, numRows: number, height: number): Sheet {
    return this.setSizes('setRowHeightsForced', 'rows', startRow, numRows, height);
  }

  /** Widths or heights in pixels of `count` lines from the 1-based `start`, all inside the grid. */
  private setSizes(method: string, lines: 'rows' | 'columns', start: number, count: number, size: number): Sheet {
    const sheet = this.model(method);
    const max = lines === 'rows' ? sheet.maxRows : sheet.maxColumns;
    if (!Number.isInteger(start) || !Number.isInteger(count) || start < 1 || count < 1 || start + count - 1 > max) {
      throw exception(`Those ${lines} are out of bounds.`);
    }
    if (typeof size !== 'number' || !Number.isFinite(size) || size < 0) throw invalidArgument(lines === 'rows' ? 'height' : 'width');
    const sizes = lines === 'rows' ? sheet.rowHeights : sheet.columnWidths;
    for (let line = start - 1; line < start - 1 + count; line += 1) sizes[line] = size;
    return this.self();
  }
  /** Sheets' default row is 21 pixels high. */
  getRowHeight(rowPosition: number): number {
    return this.model('getRowHeight').rowHeights[rowPosition - 1] ?? DEFAULT_ROW_HEIGHT;
  }
  setHiddenGridlines(hideGridlines: boolean): Sheet {
    const sheet = this.model('setHiddenGridlines');
    if (hideGridlines) sheet.hiddenGridlines = true;
    else delete sheet.hiddenGridlines;
    return this.self();
  }
  hasHiddenGridlines(): boolean {
    return this.model('hasHiddenGridlines').hiddenGridlines === true;
  }
  hideSheet(): Sheet {
    const sheet = this.model('hideSheet');
    const othersVisible = this.ctx.host.workbook.sheets.some((other) => other !== sheet && !other.hidden);
    if (!othersVisible) throw exception("You can't hide all the sheets in a document.");
    sheet.hidden = true;
    if (this.ctx.activeSheetId === sheet.id) this.ctx.activeSheetId = null;
    return this.self();
  }
  showSheet(): Sheet {
    this.model('showSheet').hidden = false;
    return this.self();
  }
  isSheetHidden(): boolean {
    return this.model('isSheetHidden').hidden;
  }
  setTabColor(color: string | null): Sheet {
    const sheet = this.model('setTabColor');
    sheet.tabColor = color === null || color === undefined ? null : String(color).toLowerCase();
    return this.self();
  }
  getTabColor(): string | null {
    return this.model('getTabColor').tabColor;
  }
  /** Contents and formats; `{contentsOnly}` or `{formatOnly}` narrow it. */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Sheet {
    const sheet = this.model('clear');
    const range = new RangeImpl(this.ctx, sheet.id, {
      row: 0,
      column: 0,
      rows: Math.max(1, sheet.cells.length),
      columns: sheet.maxColumns,
    });
    if (!options?.formatOnly && !options?.contentsOnly) {
      sheet.cells = [];
      return this.self();
    }
    if (options.contentsOnly) range.clearContent();
    if (options.formatOnly) range.clearFormat();
    return this.self();
  }
  clearContents(): Sheet {
    return this.clear({ contentsOnly: true });
  }

  // Developer metadata

  addDeveloperMetadata(...args: unknown[]): Sheet {
    addMetadata(this.ctx, this.model('addDeveloperMetadata').developerMetadata, args);
    return this.self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataObjects(this.ctx, this.model('getDeveloperMetadata').developerMetadata);
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.model('createDeveloperMetadataFinder');
    return asApps(new DeveloperMetadataFinderImpl(this.ctx, this.sheetId));
  }

  // Charts

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.model('newChart');
    return asApps(new EmbeddedChartBuilderImpl(this.ctx, chartDraft()));
  }
  insertChart(chart: EmbeddedChart): void {
    const sheet = this.model('insertChart');
    const draft = EmbeddedChartImpl.draftOf(chart);
    sheet.charts.push(chartModel(this.ctx, { ...draft, id: newChartId(this.ctx) }));
  }
  getCharts(): EmbeddedChart[] {
    return this.model('getCharts').charts.map((model) => asApps<EmbeddedChart>(EmbeddedChartImpl.fromModel(this.ctx, model)));
  }
  /** The chart replaces the one with its id; a chart never inserted is an error. */
  updateChart(chart: EmbeddedChart): void {
    const sheet = this.model('updateChart');
    const draft = EmbeddedChartImpl.draftOf(chart);
    const index = sheet.charts.findIndex((model) => model.id === draft.id);
    if (index < 0) throw exception('The chart is not on this sheet. Insert it with Sheet.insertChart first.');
    sheet.charts[index] = chartModel(this.ctx, { ...draft, id: draft.id ?? 0 });
  }
  removeChart(chart: EmbeddedChart): void {
    const sheet = this.model('removeChart');
    const { id } = EmbeddedChartImpl.draftOf(chart);
    sheet.charts = sheet.charts.filter((model) => model.id !== id);
  }

  // Conditional formats

  /** Replaces every rule of the sheet. */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    const sheet = this.model('setConditionalFormatRules');
    if (!Array.isArray(rules)) throw invalidArgument('rules');
    sheet.conditionalFormats = rules.map((rule) => conditionalFormatModel(rule, sheet.id));
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    const sheet = this.model('getConditionalFormatRules');
    return sheet.conditionalFormats.map((model) =>
      asApps<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>(ConditionalFormatRuleImpl.fromModel(this.ctx, sheet.id, model)),
    );
  }
  clearConditionalFormatRules(): void {
    this.model('clearConditionalFormatRules').conditionalFormats = [];
  }

  // Protection

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const sheet = this.model('protect');
    const existing = sheet.protections.find((protection) => protection.range === null);
    const model = existing ?? { range: null, description: '', warningOnly: false };
    if (!existing) sheet.protections.push(model);
    return asApps(new ProtectionImpl(this.ctx, sheet.id, model));
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const sheet = this.model('getProtections');
    const wantSheet = String(type) === ProtectionType.SHEET.toString();
    return sheet.protections
      .filter((protection) => (protection.range === null) === wantSheet)
      .map((protection) => asApps<GoogleAppsScript.Spreadsheet.Protection>(new ProtectionImpl(this.ctx, sheet.id, protection)));
  }
}
