/**
 * Embedded charts: the builder, the chart, and the `Charts` service's enums. A chart's ranges
 * are kept by sheet id while the script holds it, and by sheet name in the model (as ChartModel
 * says), so a renamed sheet's charts still point at it.
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 */
import { CLASS_NAME } from '../counting';
import type { ChartModel, GridRangeModel } from '../model';
import { asApps, enumName, enumValue, notEmulated } from '../services/apps';
import { findSheet, findSheetByName, type SpreadsheetContext } from './context';
import { ChartHiddenDimensionStrategy, ChartMergeStrategy, ChartType, Position } from './enums';
import { exception, invalidArgument } from './errors';
import { RangeImpl } from './range';

type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** A chart as the script holds it: ranges by sheet id; `id` null until inserted. */
export interface ChartDraft {
  readonly id: number | null;
  readonly type: string | null;
  readonly ranges: readonly { sheetId: number; grid: GridRangeModel }[];
  readonly position: ChartModel['position'];
  readonly options: Readonly<Record<string, unknown>>;
}

export function chartDraft(): ChartDraft {
  return { id: null, type: null, ranges: [], position: { row: 0, column: 0, offsetX: 0, offsetY: 0 }, options: {} };
}

/** The model entry for a chart being inserted or updated; ranges name their sheets. */
export function chartModel(ctx: SpreadsheetContext, draft: ChartDraft & { id: number }): ChartModel {
  if (draft.type === null) throw exception('The chart type has not been set.');
  return {
    id: draft.id,
    type: draft.type,
    ranges: draft.ranges.map(({ sheetId, grid }) => {
      const sheet = findSheet(ctx, sheetId);
      if (!sheet) throw exception('A range of the chart is on a sheet that has been deleted.');
      return { sheet: sheet.name, range: { ...grid } };
    }),
    position: { ...draft.position },
    options: structuredClone(draft.options),
  };
}

function draftFromModel(ctx: SpreadsheetContext, model: ChartModel): ChartDraft {
  return {
    id: model.id,
    type: model.type,
    // A range whose sheet has gone keeps an impossible id: getRanges() leaves it out.
    ranges: model.ranges.map(({ sheet, range }) => ({ sheetId: findSheetByName(ctx, sheet)?.id ?? -1, grid: { ...range } })),
    position: { ...model.position },
    options: structuredClone(model.options),
  };
}

function rangesOf(ctx: SpreadsheetContext, draft: ChartDraft): Range[] {
  return draft.ranges
    .filter(({ sheetId }) => findSheet(ctx, sheetId) !== undefined)
    .map(({ sheetId, grid }) => asApps<Range>(new RangeImpl(ctx, sheetId, { ...grid })));
}

export class ContainerInfoImpl implements GoogleAppsScript.Spreadsheet.ContainerInfo {
  readonly [CLASS_NAME] = 'ContainerInfo';

  constructor(private readonly position: ChartModel['position']) {}

  getAnchorColumn(): number {
    return this.position.column + 1;
  }
  getAnchorRow(): number {
    return this.position.row + 1;
  }
  getOffsetX(): number {
    return this.position.offsetX;
  }
  getOffsetY(): number {
    return this.position.offsetY;
  }
}

export class ChartOptionsImpl implements GoogleAppsScript.Charts.ChartOptions {
  readonly [CLASS_NAME] = 'ChartOptions';

  constructor(private readonly options: Readonly<Record<string, unknown>>) {}

  /** An option's value, or null when it was never set. */
  get(option: string): unknown {
    return option in this.options ? structuredClone(this.options[option]) : null;
  }
}

type ChartKeys = 'getChartId' | 'getContainerInfo' | 'getOptions' | 'getRanges' | 'modify';

export class EmbeddedChartImpl implements Pick<EmbeddedChart, ChartKeys> {
  readonly [CLASS_NAME] = 'EmbeddedChart';

  private constructor(
    private readonly ctx: SpreadsheetContext,
    readonly draft: ChartDraft,
  ) {}

  static built(ctx: SpreadsheetContext, draft: ChartDraft): EmbeddedChartImpl {
    return new EmbeddedChartImpl(ctx, draft);
  }

  static fromModel(ctx: SpreadsheetContext, model: ChartModel): EmbeddedChartImpl {
    return new EmbeddedChartImpl(ctx, draftFromModel(ctx, model));
  }

  /** The chart behind an argument; only charts this emulator built are accepted. */
  static draftOf(chart: EmbeddedChart): ChartDraft {
    if (!(chart instanceof EmbeddedChartImpl)) throw invalidArgument('chart');
    return chart.draft;
  }

  /** Null until the chart is inserted into a sheet. */
  getChartId(): number | null {
    return this.draft.id;
  }
  getId(): number | null {
    return this.draft.id;
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return asApps(new ContainerInfoImpl({ ...this.draft.position }));
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return asApps(new ChartOptionsImpl(this.draft.options));
  }
  getRanges(): Range[] {
    return rangesOf(this.ctx, this.draft);
  }
  /** A builder holding this chart's id, for `Sheet.updateChart`. */
  modify(): Builder {
    return asApps(new EmbeddedChartBuilderImpl(this.ctx, this.draft));
  }
}

type BuilderKeys =
  | 'addRange'
  | 'removeRange'
  | 'clearRanges'
  | 'getRanges'
  | 'setChartType'
  | 'getChartType'
  | 'setOption'
  | 'setPosition'
  | 'getContainer'
  | 'build'
  | 'asAreaChart'
  | 'asBarChart'
  | 'asColumnChart'
  | 'asComboChart'
  | 'asHistogramChart'
  | 'asLineChart'
  | 'asPieChart'
  | 'asScatterChart'
  | 'asTableChart';

function gridOf(range: Range): { sheetId: number; grid: GridRangeModel } {
  if (!(range instanceof RangeImpl)) throw invalidArgument('range');
  return { sheetId: range.sheetId, grid: { ...range.grid } };
}

/**
 * Every method returns this builder; the `as…Chart()` variants set the type and add the
 * shortcuts their builders offer (`setTitle`, axis titles, colours, stacking, legend).
 */
export class EmbeddedChartBuilderImpl implements Pick<Builder, BuilderKeys> {
  readonly [CLASS_NAME] = 'EmbeddedChartBuilder';
  private draft: ChartDraft;

  constructor(
    private readonly ctx: SpreadsheetContext,
    draft: ChartDraft,
  ) {
    this.draft = { ...draft, ranges: [...draft.ranges], options: structuredClone(draft.options) };
  }

  private self<T = Builder>(): T {
    return asApps<T>(this);
  }

  addRange(range: Range): Builder {
    this.draft = { ...this.draft, ranges: [...this.draft.ranges, gridOf(range)] };
    return this.self();
  }
  removeRange(range: Range): Builder {
    const { sheetId, grid } = gridOf(range);
    const same = (r: ChartDraft['ranges'][number]): boolean => r.sheetId === sheetId && JSON.stringify(r.grid) === JSON.stringify(grid);
    this.draft = { ...this.draft, ranges: this.draft.ranges.filter((r) => !same(r)) };
    return this.self();
  }
  clearRanges(): Builder {
    this.draft = { ...this.draft, ranges: [] };
    return this.self();
  }
  getRanges(): Range[] {
    return rangesOf(this.ctx, this.draft);
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): Builder {
    const name = enumName(type);
    if (!(name in ChartType)) throw invalidArgument('type');
    this.draft = { ...this.draft, type: name };
    return this.self();
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return enumValue(ChartType, this.draft.type ?? 'COLUMN');
  }
  /** Options are kept as given, under their dotted names (`hAxis.title`). */
  setOption(option: string, value: unknown): Builder {
    if (typeof option !== 'string' || option === '') throw invalidArgument('option');
    this.draft = { ...this.draft, options: { ...this.draft.options, [option]: structuredClone(value) } };
    return this.self();
  }
  /** 1-based anchor cell and pixel offsets. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): Builder {
    if (anchorRowPos < 1 || anchorColPos < 1) throw invalidArgument('anchorRowPos');
    this.draft = { ...this.draft, position: { row: anchorRowPos - 1, column: anchorColPos - 1, offsetX, offsetY } };
    return this.self();
  }
  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return asApps(new ContainerInfoImpl({ ...this.draft.position }));
  }
  build(): EmbeddedChart {
    if (this.draft.type === null) throw exception('The chart type has not been set.');
    return asApps(EmbeddedChartImpl.built(this.ctx, this.draft));
  }

  private as<T>(type: string): T {
    this.draft = { ...this.draft, type };
    return this.self<T>();
  }
  asAreaChart(): GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder {
    return this.as('AREA');
  }
  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    return this.as('BAR');
  }
  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    return this.as('COLUMN');
  }
  asComboChart(): GoogleAppsScript.Spreadsheet.EmbeddedComboChartBuilder {
    return this.as('COMBO');
  }
  asHistogramChart(): GoogleAppsScript.Spreadsheet.EmbeddedHistogramChartBuilder {
    return this.as('HISTOGRAM');
  }
  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    return this.as('LINE');
  }
  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    return this.as('PIE');
  }
  asScatterChart(): GoogleAppsScript.Spreadsheet.EmbeddedScatterChartBuilder {
    return this.as('SCATTER');
  }
  asTableChart(): GoogleAppsScript.Spreadsheet.EmbeddedTableChartBuilder {
    return this.as('TABLE');
  }

  // Shortcuts of the typed builders, kept as the options they stand for.
  setTitle(title: string): Builder {
    return this.setOption('title', title);
  }
  setXAxisTitle(title: string): Builder {
    return this.setOption('hAxis.title', title);
  }
  setYAxisTitle(title: string): Builder {
    return this.setOption('vAxis.title', title);
  }
  setColors(cssValues: string[]): Builder {
    return this.setOption('colors', cssValues);
  }
  setStacked(): Builder {
    return this.setOption('isStacked', true);
  }
  setLegendPosition(position: GoogleAppsScript.Charts.Position): Builder {
    return this.setOption('legend.position', enumName(position).toLowerCase());
  }
}

type ChartsKeys = 'ChartType' | 'ChartHiddenDimensionStrategy' | 'ChartMergeStrategy' | 'Position' | 'newColumnChart';

/** The `Charts` service: its enums; standalone (non-embedded) charts are not emulated. */
export class ChartsImpl implements Pick<GoogleAppsScript.Charts.Charts, ChartsKeys> {
  readonly [CLASS_NAME] = 'Charts';
  readonly ChartType = ChartType;
  readonly ChartHiddenDimensionStrategy = ChartHiddenDimensionStrategy;
  readonly ChartMergeStrategy = ChartMergeStrategy;
  readonly Position = Position;

  newColumnChart(): GoogleAppsScript.Charts.ColumnChartBuilder {
    return notEmulated('Charts.newColumnChart (use Sheet.newChart for charts in the spreadsheet)');
  }
}
