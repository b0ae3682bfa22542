/**
 * What a school's own tabs hold that the emulator does not model but exceljs can carry: Excel
 * tables, conditional formats, sheet protection, filters, images, hyperlinks and formatted text,
 * validations of kinds Sheets has no criteria for, print settings and defined names. The reader
 * takes them from the input as they are; the writer puts them back on the same tabs, so the add-in
 * never sees them and the school never loses them.
 */
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import type { AutoFilter, CellValue, ConditionalFormattingOptions, DataValidation, DefinedNamesModel, Worksheet } from 'exceljs';
import type { GridRangeModel, SheetModel, WorkbookModel } from '../../emulator/model';
import { modelValueOf } from './cells';
import { addExcelValidation, fromExcelValidation, groupedValidations } from './validations';

/** An Excel table as exceljs reads and writes it. */
type TableModel = { readonly name: string } & Record<string, unknown>;

/** exceljs keeps these on a worksheet at run time but leaves them out of its typings. */
interface WorksheetInternals {
  tables: Record<string, { model: TableModel }>;
  conditionalFormattings: ConditionalFormattingOptions[];
  sheetProtection: Record<string, unknown> | null | undefined;
}

function internals(ws: Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}

// exceljs's own Table class, so a table is written from its model without rewriting its cells.
const Table = createRequire(import.meta.url)('exceljs/lib/doc/table.js') as new () => { model: TableModel };

interface Medium {
  readonly buffer: NonNullable<ExcelJS.Image['buffer']>;
  readonly extension: 'png' | 'jpeg' | 'gif';
}

interface NativeAnchor {
  readonly nativeCol: number;
  readonly nativeColOff: number;
  readonly nativeRow: number;
  readonly nativeRowOff: number;
}

interface CarriedImage {
  readonly medium: Medium;
  readonly tl: NativeAnchor;
  readonly br?: NativeAnchor;
  readonly ext?: { width: number; height: number };
  readonly editAs?: string;
}

/** A cell whose value the model holds only as plain text: a hyperlink, or text with formatted runs. */
interface RichValue {
  /** 1-based, as exceljs addresses cells. */
  readonly row: number;
  readonly column: number;
  /** The text the model holds: the value goes back only while the cell still reads this. */
  readonly text: string;
  readonly value: CellValue;
  readonly kind: 'link' | 'formatted text';
}

export interface SheetCarry {
  readonly tables: readonly TableModel[];
  readonly conditionalFormats: readonly ConditionalFormattingOptions[];
  readonly protection: Record<string, unknown> | null;
  readonly filter: AutoFilter | null;
  readonly images: readonly CarriedImage[];
  readonly background: Medium | null;
  readonly richValues: readonly RichValue[];
  readonly validations: readonly { readonly range: GridRangeModel; readonly validation: DataValidation }[];
  readonly pageSetup: Worksheet['pageSetup'];
  readonly headerFooter: Worksheet['headerFooter'];
}

export interface Carried {
  /** By sheet id: ids survive a tab being renamed or moved. */
  readonly sheets: ReadonlyMap<number, SheetCarry>;
  readonly definedNames: DefinedNamesModel;
}

export const NOTHING_CARRIED: Carried = { sheets: new Map(), definedNames: [] };

function mediumOf(book: ExcelJS.Workbook, id: string | number | undefined): Medium | null {
  if (id === undefined || id === '') return null;
  const medium = book.getImage(Number(id)) as { buffer?: Medium['buffer']; extension?: string } | undefined;
  const extension = medium?.extension;
  if (!medium?.buffer || (extension !== 'png' && extension !== 'jpeg' && extension !== 'gif')) return null;
  return { buffer: medium.buffer, extension };
}

function nativeAnchor(anchor: NativeAnchor | undefined): NativeAnchor | undefined {
  if (!anchor) return undefined;
  const { nativeCol, nativeColOff, nativeRow, nativeRowOff } = anchor;
  return { nativeCol, nativeColOff, nativeRow, nativeRowOff };
}

function imagesOf(book: ExcelJS.Workbook, ws: Worksheet): CarriedImage[] {
  return ws.getImages().flatMap((image) => {
    const medium = mediumOf(book, image.imageId);
    const range = image.range as unknown as {
      tl: NativeAnchor;
      br?: NativeAnchor;
      ext?: { width: number; height: number };
      editAs?: string;
    };
    const tl = nativeAnchor(range.tl);
    if (!medium || !tl) return [];
    const br = nativeAnchor(range.br);
    return [
      { medium, tl, ...(br ? { br } : {}), ...(range.ext ? { ext: range.ext } : {}), ...(range.editAs ? { editAs: range.editAs } : {}) },
    ];
  });
}

function richValuesOf(ws: Worksheet): RichValue[] {
  const found: RichValue[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const value = cell.value;
      if (typeof value !== 'object' || value === null || value instanceof Date) return;
      const kind = 'hyperlink' in value ? 'link' : 'richText' in value ? 'formatted text' : null;
      if (kind) found.push({ row: r, column: c, text: String(modelValueOf(value)), value, kind });
    });
  });
  return found;
}

/** Validations the model cannot hold (text length, time, …). */
function unmodelledValidations(ws: Worksheet): SheetCarry['validations'] {
  return groupedValidations(ws).filter(({ validation, range }) => fromExcelValidation(validation, range) === null);
}

export function carriedFromSheet(book: ExcelJS.Workbook, ws: Worksheet): SheetCarry {
  const extra = internals(ws);
  return {
    tables: Object.values(extra.tables ?? {}).map((table) => structuredClone(table.model)),
    conditionalFormats: structuredClone(extra.conditionalFormattings ?? []),
    protection: extra.sheetProtection ? { ...extra.sheetProtection } : null,
    filter: ws.autoFilter ?? null,
    images: imagesOf(book, ws),
    background: mediumOf(book, ws.getBackgroundImageId()),
    richValues: richValuesOf(ws),
    validations: unmodelledValidations(ws),
    pageSetup: structuredClone(ws.pageSetup),
    headerFooter: structuredClone(ws.headerFooter),
  };
}

/** Puts a tab's carried features back on the tab written for it. */
export function applyCarried(book: ExcelJS.Workbook, ws: Worksheet, sheet: SheetModel, carry: SheetCarry): void {
  const extra = internals(ws);
  for (const model of carry.tables) {
    const table = new Table();
    table.model = structuredClone(model);
    extra.tables[model.name] = table;
  }
  extra.conditionalFormattings = structuredClone([...carry.conditionalFormats]);
  if (carry.protection) extra.sheetProtection = { ...carry.protection };
  if (carry.filter !== null) ws.autoFilter = carry.filter;
  for (const image of carry.images) {
    const id = book.addImage({ buffer: image.medium.buffer, extension: image.medium.extension });
    const { medium: _, ...range } = image;
    ws.addImage(id, range as unknown as Parameters<Worksheet['addImage']>[1]);
  }
  if (carry.background) ws.addBackgroundImage(book.addImage({ ...carry.background }));
  for (const rich of carry.richValues) {
    const model = sheet.cells[rich.row - 1]?.[rich.column - 1];
    if (model && model.formula === undefined && model.value === rich.text) ws.getCell(rich.row, rich.column).value = rich.value;
  }
  for (const { range, validation } of carry.validations) addExcelValidation(ws, range, validation);
  if (carry.pageSetup) ws.pageSetup = structuredClone(carry.pageSetup);
  if (carry.headerFooter) ws.headerFooter = structuredClone(carry.headerFooter);
}

/** The defined names whose tabs are still there, to write back. */
export function definedNamesFor(model: WorkbookModel, carried: Carried, xlsxNameOf: (sheet: string) => string): DefinedNamesModel {
  const unquote = (name: string): string => name.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return carried.definedNames
    .map(({ name, ranges }) => ({
      name,
      ranges: ranges.filter((range) => {
        const sheet = unquote(range.slice(0, range.lastIndexOf('!')));
        return model.sheets.some((s) => s.name === sheet && xlsxNameOf(s.name) === sheet);
      }),
    }))
    .filter(({ ranges }) => ranges.length > 0);
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Each tab's carried features, as phrases for the "kept as it was" line. */
export function describeCarried(model: WorkbookModel, carried: Carried): string[] {
  const phrases: string[] = [];
  for (const sheet of model.sheets) {
    const carry = carried.sheets.get(sheet.id);
    if (!carry) continue;
    const links = carry.richValues.filter((r) => r.kind === 'link').length;
    const formatted = carry.richValues.length - links;
    const rules = carry.conditionalFormats.reduce((sum, format) => sum + format.rules.length, 0);
    const parts = [
      ...carry.tables.map((table) => `the table ${table.name}`),
      rules > 0 ? count(rules, 'conditional format rule') : '',
      carry.protection ? 'sheet protection' : '',
      carry.filter !== null ? 'a filter' : '',
      links > 0 ? count(links, 'link') : '',
      formatted > 0 ? count(formatted, 'cell', 'cells') + ' of formatted text' : '',
      carry.images.length > 0 ? count(carry.images.length, 'image') : '',
      carry.background ? 'a background image' : '',
      carry.validations.length > 0 ? count(carry.validations.length, 'data validation') + ' of a kind Sheets has no rule for' : '',
    ].filter(Boolean);
    if (parts.length > 0) phrases.push(`${sheet.name}: ${parts.join(', ')}`);
  }
  const names = carried.definedNames.map((d) => d.name);
  if (names.length > 0) phrases.push(`${names.length === 1 ? 'the defined name' : 'the defined names'} ${names.join(', ')}`);
  return phrases;
}
