/** One cell between exceljs and the model: typed value, formula with its cached result, and format. */
import type { Alignment, Borders, Cell, Fill, Font } from 'exceljs';
import type { CellModel, ModelValue } from '../../emulator/model';
import { isModelDate } from '../../emulator/model';
import { argbToHex, hexToArgb } from './colours';
import { excelDateToModel, modelDateToExcel } from './dates';

/** Formats that mean "no particular format" (14 is the short date exceljs gives bare Dates). */
const DEFAULT_FORMATS = new Set(['General', 'mm-dd-yy']);

interface RichTextValue {
  richText: { text: string }[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isRecord(value) && Array.isArray(value.richText)) return (value as unknown as RichTextValue).richText.map((r) => r.text).join('');
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** A stored value or formula result as the model holds it. */
export function modelValueOf(value: unknown): ModelValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isModelDate(value)) return excelDateToModel(value);
  if (isRecord(value)) {
    if ('error' in value) return String(value.error);
    if ('richText' in value) return plainText(value);
    if ('hyperlink' in value) return plainText(value.text);
    if ('formula' in value || 'sharedFormula' in value) return modelValueOf(value.result);
  }
  return '';
}

function fontOf(cell: Cell): Partial<CellModel> {
  const font: Partial<Font> | undefined = cell.font;
  if (!font) return {};
  // The workbook's default body font is not a format the model records.
  const defaultSize = font.size === 11 && font.scheme === 'minor';
  const color = argbToHex(font.color?.argb);
  return {
    ...(font.bold ? { bold: true } : {}),
    ...(font.italic ? { italic: true } : {}),
    ...(font.size !== undefined && !defaultSize ? { fontSize: font.size } : {}),
    ...(color ? { fontColor: color } : {}),
  };
}

function fillOf(cell: Cell): Partial<CellModel> {
  const fill: Fill | undefined = cell.fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return {};
  const background = argbToHex(fill.fgColor?.argb);
  return background ? { background } : {};
}

function alignmentOf(cell: Cell): Partial<CellModel> {
  const a: Partial<Alignment> | undefined = cell.alignment;
  if (!a) return {};
  const h = a.horizontal;
  const v = a.vertical;
  return {
    ...(h === 'left' || h === 'center' || h === 'right' ? { horizontalAlignment: h } : {}),
    ...(v === 'top' || v === 'middle' || v === 'bottom' ? { verticalAlignment: v } : {}),
    ...(a.wrapText ? { wrap: true } : {}),
  };
}

function borderOf(cell: Cell): Partial<CellModel> {
  const b: Partial<Borders> | undefined = cell.border;
  const sides = b ? [b.top, b.bottom, b.left, b.right] : [];
  return sides.length === 4 && sides.every((s) => s?.style !== undefined) ? { border: true } : {};
}

function noteOf(cell: Cell): Partial<CellModel> {
  const note: unknown = cell.note;
  if (note === undefined || note === null) return {};
  if (typeof note === 'string') return { note };
  if (isRecord(note) && Array.isArray(note.texts)) return { note: (note.texts as { text: string }[]).map((t) => t.text).join('') };
  return {};
}

/** The model cell for an exceljs cell, or undefined when it holds nothing the model records. */
export function readCell(cell: Cell): CellModel | undefined {
  const raw: unknown = cell.value;
  const formula = isRecord(raw) && ('formula' in raw || 'sharedFormula' in raw) ? cell.formula : undefined;
  const model: CellModel = {
    value: modelValueOf(raw),
    ...(formula ? { formula: `=${formula}` } : {}),
    ...(cell.numFmt && !DEFAULT_FORMATS.has(cell.numFmt) ? { numberFormat: cell.numFmt } : {}),
    ...fontOf(cell),
    ...fillOf(cell),
    ...alignmentOf(cell),
    ...borderOf(cell),
    ...noteOf(cell),
  };
  return Object.keys(model).length === 1 && model.value === '' ? undefined : model;
}

function excelValueOf(value: ModelValue): Date | string | number | boolean | null {
  if (isModelDate(value)) return modelDateToExcel(value);
  return value === '' ? null : value;
}

export function writeCell(cell: Cell, model: CellModel): void {
  const value = excelValueOf(model.value);
  cell.value = model.formula ? { formula: model.formula.replace(/^=/, ''), ...(value === null ? {} : { result: value }) } : value;
  if (model.numberFormat !== undefined) cell.numFmt = model.numberFormat;
  const font: Partial<Font> = {
    ...(model.bold ? { bold: true } : {}),
    ...(model.italic ? { italic: true } : {}),
    ...(model.fontSize !== undefined ? { size: model.fontSize } : {}),
    ...(model.fontColor ? { color: { argb: hexToArgb(model.fontColor) } } : {}),
  };
  if (Object.keys(font).length > 0) cell.font = font;
  if (model.background) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(model.background) } };
  const alignment: Partial<Alignment> = {
    ...(model.horizontalAlignment ? { horizontal: model.horizontalAlignment } : {}),
    ...(model.verticalAlignment ? { vertical: model.verticalAlignment } : {}),
    ...(model.wrap ? { wrapText: true } : {}),
  };
  if (Object.keys(alignment).length > 0) cell.alignment = alignment;
  if (model.border) {
    const side = { style: 'thin' as const };
    cell.border = { top: side, bottom: side, left: side, right: side };
  }
  if (model.note !== undefined) cell.note = model.note;
}
