/**
 * What every emulated spreadsheet object shares: the host (whose workbook holds all state) and
 * the little a session keeps that Sheets does not save (the active sheet, id counters).
 */
import type { EmulatorHost } from '../host';
import type { DeveloperMetadataModel, SheetModel, WorkbookModel } from '../model';
import { deletedSheet } from './errors';

export interface SpreadsheetContext {
  readonly host: EmulatorHost;
  /** The emulated Ui, returned by `SpreadsheetApp.getUi()`. */
  readonly ui: object;
  /** Null until the script activates a sheet: the first visible sheet is active then. */
  activeSheetId: number | null;
  /** Ids handed out this session, so an id freed by a deletion is never reused. */
  readonly issued: { sheet: number; metadata: number; chart: number };
}

export function newContext(host: EmulatorHost, ui: object): SpreadsheetContext {
  return { host, ui, activeSheetId: null, issued: { sheet: -1, metadata: 0, chart: 0 } };
}

export function workbookOf(ctx: SpreadsheetContext): WorkbookModel {
  return ctx.host.workbook;
}

export function findSheet(ctx: SpreadsheetContext, id: number): SheetModel | undefined {
  return ctx.host.workbook.sheets.find((sheet) => sheet.id === id);
}

/** The sheet behind a Sheet or Range object; a deleted sheet fails as it does in Apps Script. */
export function liveSheet(ctx: SpreadsheetContext, id: number, className: string, method: string): SheetModel {
  const sheet = findSheet(ctx, id);
  if (!sheet) throw deletedSheet(className, method);
  return sheet;
}

export function findSheetByName(ctx: SpreadsheetContext, name: string): SheetModel | undefined {
  return ctx.host.workbook.sheets.find((sheet) => sheet.name === name);
}

export function newSheetId(ctx: SpreadsheetContext): number {
  const max = ctx.host.workbook.sheets.reduce((m, sheet) => Math.max(m, sheet.id), ctx.issued.sheet);
  ctx.issued.sheet = max + 1;
  return ctx.issued.sheet;
}

/** Every developer metadata entry of the workbook with where it lives (null: the spreadsheet). */
export function allMetadata(workbook: WorkbookModel): { model: DeveloperMetadataModel; sheet: SheetModel | null }[] {
  return [
    ...workbook.developerMetadata.map((model) => ({ model, sheet: null })),
    ...workbook.sheets.flatMap((sheet) => sheet.developerMetadata.map((model) => ({ model, sheet }))),
  ];
}

/** Developer metadata ids are unique across the workbook. */
export function newMetadataId(ctx: SpreadsheetContext): number {
  const max = allMetadata(ctx.host.workbook).reduce((m, { model }) => Math.max(m, model.id), ctx.issued.metadata);
  ctx.issued.metadata = max + 1;
  return ctx.issued.metadata;
}

export function newChartId(ctx: SpreadsheetContext): number {
  const max = ctx.host.workbook.sheets.reduce((m, sheet) => sheet.charts.reduce((n, chart) => Math.max(n, chart.id), m), ctx.issued.chart);
  ctx.issued.chart = max + 1;
  return ctx.issued.chart;
}

/** The sheet the user is looking at: the one last activated, else the first visible one. */
export function activeSheetModel(ctx: SpreadsheetContext): SheetModel | undefined {
  const { sheets } = ctx.host.workbook;
  const chosen = ctx.activeSheetId === null ? undefined : findSheet(ctx, ctx.activeSheetId);
  return chosen ?? sheets.find((sheet) => !sheet.hidden) ?? sheets[0];
}
