/**
 * Applies a plan of writes to the add-in's own tabs, in batches whose number does not grow with
 * rows: one `setValues()` per tab, one call per kind of format for the whole tab (a RangeList), one
 * per chart. Never touches a tab the add-in did not generate.
 *
 * Each tab is written in full to a fresh sheet, tagged as staging, and only swapped in once every
 * tab of the plan is written: a run stopped half-way (an error, Google's time or cell limit) leaves
 * the previous tabs intact; the staging tabs it leaves are found and removed by the next run, and
 * those of a failed run are removed before the error is reported.
 */
import { toSheetInput } from '../core/cell-input';
import {
  GENERATED_TAB_METADATA_KEY,
  type Area,
  type AreaFormat,
  type ChartSpec,
  type ContentFormat,
  type TabPlan,
  type WritePlan,
} from '../core/plan';
import type { ApplyResult, GeneratedTab, GeneratedTabs } from '../core/ports';
import { fingerprintOf, tabTagValue } from '../core/tab-tag';
import { UserError } from '../core/user-error';
import type { CellValue } from '../core/values';
import { STAGING_PREFIX } from './generated-tabs';
import { sheetOf, type Sheet, type Spreadsheet } from './handles';
import { a1Of, columnRuns } from './ranges';

const CHART_TYPES: Record<ChartSpec['type'], () => GoogleAppsScript.Charts.ChartType> = {
  column: () => Charts.ChartType.COLUMN,
  bar: () => Charts.ChartType.BAR,
  line: () => Charts.ChartType.LINE,
  pie: () => Charts.ChartType.PIE,
  scatter: () => Charts.ChartType.SCATTER,
};

/** What the add-in's own tabs may hold at most in one action: a tenth of Google's 10 million cells. */
export const GENERATED_CELL_BUDGET = 1_000_000;

const TOO_BIG = (cells: number): string =>
  `These tabs would need ${cells.toLocaleString('en-GB')} cells, more than Intervention Planner lets one action write (${GENERATED_CELL_BUDGET.toLocaleString('en-GB')}), so nothing was changed. Generate fewer weeks or fewer programmes at a time.`;
const CELL_LIMIT =
  'This spreadsheet is too close to Google Sheets’ limit of 10 million cells for these tabs to be written, so nothing was changed. Delete tabs you no longer need (or empty rows and columns at the end of big tabs), then try again.';

export function applyPlan(spreadsheet: Spreadsheet, plan: WritePlan, generated: GeneratedTabs): ApplyResult {
  const fingerprints = new Map(plan.tabs.map((tab) => [tab.key, fingerprintOf(tab)] as const));
  // Read before anything is written, so the reads do not make Google commit queued writes.
  const unchanged = unchangedTabs(plan, generated, fingerprints);
  for (const leftover of generated.leftovers) spreadsheet.deleteSheet(sheetOf(leftover));
  const cells = plan.tabs.reduce((sum, tab) => sum + gridSize(tab).rows * gridSize(tab).columns, 0);
  if (cells > GENERATED_CELL_BUDGET) throw new UserError(TOO_BIG(cells));

  const staged: { tab: TabPlan; sheet: Sheet }[] = [];
  try {
    // Every new sheet is made and trimmed before anything is written to any of them: a structural
    // change that follows queued writes makes Google commit them first.
    let appended = spreadsheet.getNumSheets();
    for (const tab of plan.tabs) {
      if (unchanged.has(tab.key)) continue;
      const previous = generated.byKey.get(tab.key);
      const index = previous ? sheetOf(previous.sheet).getIndex() - 1 : appended;
      staged.push({ tab, sheet: stageSheet(spreadsheet, tab, index) });
      appended += 1;
    }
    for (const { tab, sheet } of staged) writeTab(sheet, tab);
    const byName = new Map(staged.map(({ tab, sheet }) => [tab.name, sheet] as const));
    for (const { tab, sheet } of staged) insertCharts(spreadsheet, sheet, tab.charts, byName);
  } catch (error) {
    for (const { sheet } of staged) spreadsheet.deleteSheet(sheet);
    if (isCellLimitError(error)) throw new UserError(CELL_LIMIT);
    throw error;
  }

  const names = new Map(
    staged.map(({ tab, sheet }) => [
      tab.key,
      swapIn(spreadsheet, sheet, tab, generated.byKey.get(tab.key), fingerprints.get(tab.key) ?? ''),
    ]),
  );
  const written = plan.tabs.map((tab) => names.get(tab.key) ?? tab.name);
  const writtenKeys = new Set(plan.tabs.map((tab) => tab.key));
  const removed: string[] = [];
  for (const old of generated.byKey.values()) {
    if (writtenKeys.has(old.key) || !plan.replaces.some((prefix) => ownsKey(prefix, old.key))) continue;
    const sheet = sheetOf(old.sheet);
    removed.push(sheet.getName());
    spreadsheet.deleteSheet(sheet);
  }
  return { written, removed };
}

/**
 * Tabs that would come out exactly as they are, under the name users know: they are left alone.
 * A tab whose charts read another tab of the plan is rewritten with it, since its charts must
 * point at the new sheet.
 */
function unchangedTabs(plan: WritePlan, generated: GeneratedTabs, fingerprints: ReadonlyMap<string, string>): Set<string> {
  const unchanged = new Set(
    plan.tabs
      .filter((tab) => {
        const previous = generated.byKey.get(tab.key);
        return (
          previous !== undefined && previous.fingerprint === fingerprints.get(tab.key) && sheetOf(previous.sheet).getName() === tab.name
        );
      })
      .map((tab) => tab.key),
  );
  const keyByName = new Map(plan.tabs.map((tab) => [tab.name, tab.key] as const));
  for (let changed = true; changed;) {
    changed = false;
    for (const tab of plan.tabs) {
      if (!unchanged.has(tab.key)) continue;
      const reads = tab.charts.flatMap((chart) => chart.ranges.map((a1) => keyByName.get(splitA1(a1).sheetName ?? '')));
      if (reads.some((key) => key !== undefined && !unchanged.has(key))) {
        unchanged.delete(tab.key);
        changed = true;
      }
    }
  }
  return unchanged;
}

function ownsKey(prefix: string, key: string): boolean {
  return prefix.endsWith(':') ? key.startsWith(prefix) : key === prefix;
}

/** Google's refusal to grow a spreadsheet past 10 million cells. */
function isCellLimitError(error: unknown): boolean {
  return error instanceof Error && /above the limit of 10,?000,?000 cells/i.test(error.message);
}

/** The tab's grid: its rows and its widest row, and at least one cell. */
function gridSize(tab: TabPlan): { rows: number; columns: number } {
  return { rows: Math.max(1, tab.values.length), columns: Math.max(1, ...tab.values.map((row) => row.length)) };
}

/** A new sheet for the tab at `index`, trimmed to the tab's grid and marked as staging, so a run that stops is cleaned up by the next. */
function stageSheet(spreadsheet: Spreadsheet, tab: TabPlan, index: number): Sheet {
  const sheet = withFreeName(spreadsheet, `${tab.name} (updating)`, (name) => spreadsheet.insertSheet(name, index));
  const { rows, columns } = gridSize(tab);
  fitGrid(sheet, rows, columns);
  sheet.addDeveloperMetadata(GENERATED_TAB_METADATA_KEY, STAGING_PREFIX + tab.key, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  return sheet;
}

/** The whole tab onto its staged sheet. */
function writeTab(sheet: Sheet, tab: TabPlan): void {
  // Inserting checkboxes sets their cells to FALSE, so they go in before the values.
  const checkboxes = (tab.format.checkboxes ?? []).filter(nonEmpty);
  if (checkboxes.length > 0) sheet.getRangeList(checkboxes.map(a1Of)).insertCheckboxes();
  writeValues(sheet, tab, gridSize(tab).columns);
  applyFormat(sheet, tab);
}

/** The plan's cells from A1, in one call: people's text as text, the add-in's formulas as formulas. */
export function writeValues(sheet: Sheet, tab: TabPlan, columns: number): void {
  const values = rectangular(
    tab.values.map((row) => row.map(toSheetInput)),
    columns,
  );
  if (values.length > 0) sheet.getRange(1, 1, values.length, columns).setValues(values);
}

/**
 * The grid `insertSheet` makes. Known rather than read: reading it after queued writes would make
 * Google commit them first, twice a tab.
 */
const NEW_SHEET = { rows: 1000, columns: 26 } as const;

/** A sheet just inserted, made exactly `rows` × `columns`: a new sheet's 1000 × 26 would count against Google's cell limit. */
export function fitGrid(sheet: Sheet, rows: number, columns: number): void {
  const { rows: maxRows, columns: maxColumns } = NEW_SHEET;
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  else if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
}

function rectangular(rows: CellValue[][], width: number): CellValue[][] {
  return rows.map((row) => (row.length === width ? row : [...row, ...Array<CellValue>(width - row.length).fill('')]));
}

function nonEmpty(area: Area): boolean {
  return area.rows > 0 && area.columns > 0;
}

export function applyFormat(sheet: Sheet, tab: TabPlan): void {
  const { format } = tab;
  if (format.frozenRows) sheet.setFrozenRows(format.frozenRows);
  if (format.frozenColumns) sheet.setFrozenColumns(format.frozenColumns);
  for (const run of columnRuns(format.columnWidths ?? {})) sheet.setColumnWidths(run.start, run.count, run.width);
  for (const run of format.rowHeights ?? []) if (run.rows > 0) sheet.setRowHeightsForced(run.row, run.rows, run.height);
  applyAreas(
    sheet,
    (format.areas ?? []).filter((format) => nonEmpty(format.area)),
  );
  if (format.contentFormats?.length) sheet.setConditionalFormatRules(format.contentFormats.map((rule) => contentRule(sheet, rule)));
  for (const dropdown of (format.dropdowns ?? []).filter((d) => nonEmpty(d.area))) {
    const { area } = dropdown;
    let rule = SpreadsheetApp.newDataValidation()
      .requireValueInList([...dropdown.choices], true)
      .setAllowInvalid(dropdown.allowOther);
    if (dropdown.helpText !== undefined) rule = rule.setHelpText(dropdown.helpText);
    sheet.getRange(area.row, area.column, area.rows, area.columns).setDataValidation(rule.build());
  }
  for (const { area, helpText } of (format.dateCells ?? []).filter((d) => nonEmpty(d.area))) {
    const rule = SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).setHelpText(helpText).build();
    sheet.getRange(area.row, area.column, area.rows, area.columns).setDataValidation(rule);
  }
  const notes = format.headerNotes ?? [];
  if (notes.length > 0) sheet.getRange(1, 1, 1, notes.length).setNotes([[...notes]]);
  if (format.tabColor) sheet.setTabColor(format.tabColor);
  if (format.hideGridlines) sheet.setHiddenGridlines(true);
}

type Style = Omit<AreaFormat, 'area'>;
type StyleKey = Exclude<keyof Style, 'merge'>;

/** One RangeList call per style value, whatever the number of areas that share it. */
const STYLE_SETTERS: {
  readonly [K in StyleKey]-?: (ranges: GoogleAppsScript.Spreadsheet.RangeList, value: NonNullable<Style[K]>) => void;
} = {
  bold: (ranges, bold) => ranges.setFontWeight(bold ? 'bold' : 'normal'),
  italic: (ranges, italic) => ranges.setFontStyle(italic ? 'italic' : 'normal'),
  fontSize: (ranges, size) => ranges.setFontSize(size),
  fontColor: (ranges, colour) => ranges.setFontColor(colour),
  background: (ranges, colour) => ranges.setBackground(colour),
  numberFormat: (ranges, pattern) => ranges.setNumberFormat(pattern),
  wrap: (ranges, wrap) => ranges.setWrap(wrap),
  horizontalAlignment: (ranges, alignment) => ranges.setHorizontalAlignment(alignment),
  verticalAlignment: (ranges, alignment) => ranges.setVerticalAlignment(alignment),
  borders: (ranges, borders) => (borders ? ranges.setBorder(true, true, true, true, true, true) : undefined),
};

function applyAreas(sheet: Sheet, formats: readonly AreaFormat[]): void {
  for (const format of formats)
    if (format.merge) sheet.getRange(format.area.row, format.area.column, format.area.rows, format.area.columns).merge();
  for (const key of Object.keys(STYLE_SETTERS) as StyleKey[]) {
    const byValue = new Map<string, { value: unknown; areas: string[] }>();
    for (const format of formats) {
      const value = format[key];
      if (value === undefined || (key === 'borders' && value === false)) continue;
      const id = JSON.stringify(value);
      const entry = byValue.get(id) ?? { value, areas: [] };
      entry.areas.push(a1Of(format.area));
      byValue.set(id, entry);
    }
    for (const { value, areas } of byValue.values()) {
      (STYLE_SETTERS[key] as (ranges: GoogleAppsScript.Spreadsheet.RangeList, value: unknown) => void)(sheet.getRangeList(areas), value);
    }
  }
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
  const { sheetName, cells } = splitA1(a1);
  const target = sheetName === undefined ? undefined : staged.get(sheetName);
  return target && cells ? target.getRange(cells) : spreadsheet.getRange(a1);
}

/** `'Tab name'!A1:B2` → its tab's name and its cells. */
function splitA1(a1: string): { sheetName: string | undefined; cells: string | undefined } {
  const match = /^'((?:[^']|'')+)'!(.+)$/.exec(a1) ?? /^([^!]+)!(.+)$/.exec(a1);
  return { sheetName: match?.[1]?.replace(/''/g, "'"), cells: match?.[2] };
}

/** Marks the staged tab complete, replaces the old one by it, and gives it the name users know. */
function swapIn(spreadsheet: Spreadsheet, sheet: Sheet, tab: TabPlan, previous: GeneratedTab | undefined, fingerprint: string): string {
  for (const metadata of sheet.getDeveloperMetadata()) {
    if (metadata.getKey() === GENERATED_TAB_METADATA_KEY) metadata.setValue(tabTagValue(tab.key, fingerprint));
  }
  if (previous) spreadsheet.deleteSheet(sheetOf(previous.sheet));
  return withFreeName(spreadsheet, tab.name, (name) => {
    sheet.setName(name);
    return name;
  });
}

/**
 * Does `use` with a tab name nobody uses yet, in any letter case (Sheets treats `problems` and
 * `Problems` as the same name, whether or not `getSheetByName` does): a user's own tab is never
 * taken over, and the add-in's gets ` (2)`, ` (3)`…
 */
export function withFreeName<T>(spreadsheet: Spreadsheet, wanted: string, use: (name: string) => T): T {
  const base = wanted.slice(0, 90);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base} (${n})`;
    if (spreadsheet.getSheetByName(candidate)) continue;
    try {
      return use(candidate);
    } catch (error) {
      if (!(error instanceof Error && /already exists/i.test(error.message)) || n > 50) throw error;
    }
  }
}
