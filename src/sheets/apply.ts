/**
 * Applies a plan of writes to the generated tabs, in batches: one `setValues()` per tab, one call
 * per format area and property, one per chart. Never touches a tab the add-in did not generate.
 *
 * Each tab is written in full to a fresh sheet and only then swapped for the old one, so a run
 * stopped half-way (an error, Apps Script's time limit) leaves the previous tab intact or the new
 * one complete, never a half-written tab.
 */
import { toSheetInput } from '../core/cell-input';
import {
  GENERATED_TAB_METADATA_KEY,
  type AreaFormat,
  type ChartSpec,
  type ContentFormat,
  type TabPlan,
  type WritePlan,
} from '../core/plan';
import type { CellValue } from '../core/values';
import type { GeneratedTab } from './generated-tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const CHART_TYPES: Record<ChartSpec['type'], () => GoogleAppsScript.Charts.ChartType> = {
  column: () => Charts.ChartType.COLUMN,
  bar: () => Charts.ChartType.BAR,
  line: () => Charts.ChartType.LINE,
  pie: () => Charts.ChartType.PIE,
  scatter: () => Charts.ChartType.SCATTER,
};

export interface ApplyResult {
  /** Final tab names, in plan order. */
  readonly written: readonly string[];
  readonly removed: readonly string[];
}

/** `generated`: the add-in's tabs as the action found them when it read the workbook. */
export function applyPlan(spreadsheet: Spreadsheet, plan: WritePlan, generated: ReadonlyMap<string, GeneratedTab>): ApplyResult {
  const staged = plan.tabs.map((tab) => ({ tab, sheet: stageTab(spreadsheet, tab, generated.get(tab.key)) }));
  const stagedByName = new Map(staged.map(({ tab, sheet }) => [tab.name, sheet] as const));
  for (const { tab, sheet } of staged) insertCharts(spreadsheet, sheet, tab.charts, stagedByName);

  const written = staged.map(({ tab, sheet }) => swapIn(spreadsheet, sheet, tab, generated.get(tab.key)));
  const writtenKeys = new Set(plan.tabs.map((tab) => tab.key));
  const removed: string[] = [];
  for (const old of generated.values()) {
    if (writtenKeys.has(old.key) || !plan.replaces.some((prefix) => ownsKey(prefix, old.key))) continue;
    removed.push(old.sheet.getName());
    spreadsheet.deleteSheet(old.sheet);
  }
  return { written, removed };
}

function ownsKey(prefix: string, key: string): boolean {
  return prefix.endsWith(':') ? key.startsWith(prefix) : key === prefix;
}

/** Writes the whole tab to a new sheet placed where the old one is (or at the end). */
function stageTab(spreadsheet: Spreadsheet, tab: TabPlan, previous: GeneratedTab | undefined): Sheet {
  const index = previous ? previous.sheet.getIndex() - 1 : spreadsheet.getNumSheets();
  const sheet = spreadsheet.insertSheet(freeName(spreadsheet, `${tab.name} (updating)`), index);
  const values = rectangular(tab.values.map((row) => row.map(toSheetInput)));
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  if (rows > 0 && columns > 0) growTo(sheet, rows, columns);
  // Inserting checkboxes sets their cells to FALSE, so they go in before the values.
  for (const area of tab.format.checkboxes ?? []) sheet.getRange(area.row, area.column, area.rows, area.columns).insertCheckboxes();
  if (rows > 0 && columns > 0) sheet.getRange(1, 1, rows, columns).setValues(values);
  applyFormat(sheet, tab);
  return sheet;
}

function rectangular(rows: CellValue[][]): CellValue[][] {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return rows.map((row) => (row.length === width ? row : [...row, ...Array<CellValue>(width - row.length).fill('')]));
}

function growTo(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function applyFormat(sheet: Sheet, tab: TabPlan): void {
  const { format } = tab;
  if (format.frozenRows) sheet.setFrozenRows(format.frozenRows);
  if (format.frozenColumns) sheet.setFrozenColumns(format.frozenColumns);
  for (const [column, width] of Object.entries(format.columnWidths ?? {})) sheet.setColumnWidth(Number(column), width);
  for (const area of format.areas ?? []) applyArea(sheet, area);
  if (format.contentFormats?.length) sheet.setConditionalFormatRules(format.contentFormats.map((rule) => contentRule(sheet, rule)));
  if (format.tabColor) sheet.setTabColor(format.tabColor);
}

function applyArea(sheet: Sheet, format: AreaFormat): void {
  const { area } = format;
  if (area.rows < 1 || area.columns < 1) return;
  const range = sheet.getRange(area.row, area.column, area.rows, area.columns);
  if (format.merge) range.merge();
  if (format.bold !== undefined) range.setFontWeight(format.bold ? 'bold' : 'normal');
  if (format.italic !== undefined) range.setFontStyle(format.italic ? 'italic' : 'normal');
  if (format.fontSize !== undefined) range.setFontSize(format.fontSize);
  if (format.fontColor !== undefined) range.setFontColor(format.fontColor);
  if (format.background !== undefined) range.setBackground(format.background);
  if (format.numberFormat !== undefined) range.setNumberFormat(format.numberFormat);
  if (format.wrap !== undefined) range.setWrap(format.wrap);
  if (format.horizontalAlignment !== undefined) range.setHorizontalAlignment(format.horizontalAlignment);
  if (format.verticalAlignment !== undefined) range.setVerticalAlignment(format.verticalAlignment);
  if (format.borders) range.setBorder(true, true, true, true, true, true);
}

function contentRule(sheet: Sheet, format: ContentFormat): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const { area, when } = format;
  let rule = SpreadsheetApp.newConditionalFormatRule().setRanges([sheet.getRange(area.row, area.column, area.rows, area.columns)]);
  rule = 'textEquals' in when ? rule.whenTextEqualTo(when.textEquals) : rule.whenFormulaSatisfied(when.formula);
  if (format.background !== undefined) rule = rule.setBackground(format.background);
  if (format.fontColor !== undefined) rule = rule.setFontColor(format.fontColor);
  if (format.bold !== undefined) rule = rule.setBold(format.bold);
  return rule.build();
}

/** Chart ranges name the tabs by their final names; while staged they live on the new sheets. */
function insertCharts(spreadsheet: Spreadsheet, sheet: Sheet, charts: readonly ChartSpec[], staged: ReadonlyMap<string, Sheet>): void {
  for (const spec of charts) {
    let builder = sheet.newChart().setChartType(CHART_TYPES[spec.type]());
    for (const a1 of spec.ranges) builder = builder.addRange(resolveRange(spreadsheet, a1, staged));
    builder = builder
      .setPosition(spec.position.row, spec.position.column, spec.position.offsetX ?? 0, spec.position.offsetY ?? 0)
      .setOption('title', spec.title)
      .setOption('width', spec.width)
      .setOption('height', spec.height);
    for (const [key, value] of Object.entries(spec.options)) builder = builder.setOption(key, value);
    sheet.insertChart(builder.build());
  }
}

function resolveRange(spreadsheet: Spreadsheet, a1: string, staged: ReadonlyMap<string, Sheet>): GoogleAppsScript.Spreadsheet.Range {
  const match = /^'((?:[^']|'')+)'!(.+)$/.exec(a1) ?? /^([^!]+)!(.+)$/.exec(a1);
  const sheetName = match?.[1]?.replace(/''/g, "'");
  const cells = match?.[2];
  const target = sheetName === undefined ? undefined : staged.get(sheetName);
  return target && cells ? target.getRange(cells) : spreadsheet.getRange(a1);
}

/** Replaces the old tab by the staged one, keeping the name users know. */
function swapIn(spreadsheet: Spreadsheet, sheet: Sheet, tab: TabPlan, previous: GeneratedTab | undefined): string {
  sheet.addDeveloperMetadata(GENERATED_TAB_METADATA_KEY, tab.key, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  if (previous) spreadsheet.deleteSheet(previous.sheet);
  const name = freeName(spreadsheet, tab.name);
  sheet.setName(name);
  return name;
}

/** A tab name nobody uses yet: a user's own tab with the same name is never taken over. */
function freeName(spreadsheet: Spreadsheet, wanted: string): string {
  const base = wanted.slice(0, 90);
  if (!spreadsheet.getSheetByName(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base} (${n})`;
    if (!spreadsheet.getSheetByName(candidate)) return candidate;
  }
}
