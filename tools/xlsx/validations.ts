/**
 * Data validations between the model (Apps Script criteria) and exceljs (Excel's types). Excel can
 * express lists, ranges, number bounds, dates and custom formulas; the rest travels in `_ip_state`.
 */
import type { DataValidation, Worksheet } from 'exceljs';
import type { DataValidationModel, GridRangeModel } from '../../emulator/model';
import { columnIndex, rangeA1 } from './a1';

/** exceljs has `Worksheet.dataValidations` at run time but leaves it out of its typings. */
interface SheetValidations {
  model: Record<string, DataValidation | undefined>;
  add(address: string, validation: DataValidation): void;
}

function validationsOf(ws: Worksheet): SheetValidations {
  return (ws as unknown as { dataValidations: SheetValidations }).dataValidations;
}

const ANY_DATE = new Date(Date.UTC(1900, 0, 1));

/** The Excel form of a validation, or null when Excel has no equivalent. */
export function toExcelValidation(dv: DataValidationModel): DataValidation | null {
  const common = {
    allowBlank: true,
    showErrorMessage: !dv.allowInvalid,
    errorStyle: 'stop' as const,
    ...(dv.helpText === undefined ? {} : { showInputMessage: true, prompt: dv.helpText }),
  };
  const [first, second] = dv.values;
  switch (dv.criteria) {
    case 'VALUE_IN_LIST':
      if (!dv.values.every((v) => typeof v === 'string' && !/[",]/.test(v))) return null;
      return { ...common, type: 'list', formulae: [`"${dv.values.join(',')}"`] };
    case 'VALUE_IN_RANGE':
      if (dv.values.length !== 1 || typeof first !== 'string') return null;
      return { ...common, type: 'list', formulae: [first.replace(/^=/, '')] };
    case 'NUMBER_BETWEEN':
      if (dv.values.length !== 2 || typeof first !== 'number' || typeof second !== 'number') return null;
      return { ...common, type: 'decimal', operator: 'between', formulae: [first, second] };
    case 'DATE_IS_VALID_DATE':
      if (dv.values.length !== 0) return null;
      return { ...common, type: 'date', operator: 'greaterThanOrEqual', formulae: [ANY_DATE] };
    case 'CUSTOM_FORMULA':
      if (dv.values.length !== 1 || typeof first !== 'string' || !first.startsWith('=')) return null;
      return { ...common, type: 'custom', formulae: [first.slice(1)] };
    default:
      return null;
  }
}

function numericBounds(dv: DataValidation): [number, number] | null {
  const [a, b] = dv.formulae.map(Number);
  if (a === undefined || Number.isNaN(a)) return null;
  switch (dv.operator ?? 'between') {
    case 'between':
      return b === undefined || Number.isNaN(b) ? null : [a, b];
    case 'equal':
      return [a, a];
    case 'greaterThan':
    case 'greaterThanOrEqual':
      return [a, Number.MAX_VALUE];
    case 'lessThan':
    case 'lessThanOrEqual':
      return [-Number.MAX_VALUE, a];
    default:
      return null;
  }
}

/** The model form of an Excel validation over `range`, or null for kinds the model cannot hold. */
export function fromExcelValidation(dv: DataValidation, range: GridRangeModel): DataValidationModel | null {
  const base = {
    range,
    allowInvalid: dv.showErrorMessage !== true,
    ...(dv.showInputMessage && dv.prompt !== undefined ? { helpText: dv.prompt } : {}),
  };
  const first: unknown = dv.formulae?.[0];
  switch (dv.type) {
    case 'list': {
      if (typeof first !== 'string') return null;
      const literal = /^"(.*)"$/s.exec(first);
      return literal
        ? { ...base, criteria: 'VALUE_IN_LIST', values: (literal[1] ?? '').split(','), showDropdown: true }
        : { ...base, criteria: 'VALUE_IN_RANGE', values: [first], showDropdown: true };
    }
    case 'whole':
    case 'decimal': {
      const bounds = numericBounds(dv);
      return bounds ? { ...base, criteria: 'NUMBER_BETWEEN', values: bounds } : null;
    }
    case 'date':
      return { ...base, criteria: 'DATE_IS_VALID_DATE', values: [] };
    case 'custom':
      return typeof first === 'string' ? { ...base, criteria: 'CUSTOM_FORMULA', values: [`=${first}`] } : null;
    default:
      return null;
  }
}

function overlaps(a: GridRangeModel, b: GridRangeModel): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

/** Key-order-independent equality of two plain JSON-like values. */
function sameJson(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([, x]) => x !== undefined)
              .sort(([p], [q]) => (p < q ? -1 : 1))
              .map(([k, x]) => [k, canonical(x)]),
          )
        : v;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/**
 * Whether writing `validations` natively and reading them back gives the same list: each one
 * expressible, none overlapping (Excel keeps one per cell), in the order exceljs writes them (by address).
 */
export function validationsRoundTrip(validations: DataValidationModel[]): boolean {
  const exact = validations.every((dv) => {
    const excel = toExcelValidation(dv);
    return excel !== null && sameJson(fromExcelValidation(excel, dv.range), dv);
  });
  if (!exact) return false;
  const disjoint = validations.every((a, i) => validations.slice(i + 1).every((b) => !overlaps(a.range, b.range)));
  const addresses = validations.map((dv) => rangeA1(dv.range));
  const sorted = [...addresses].sort();
  return disjoint && addresses.every((a, i) => a === sorted[i]);
}

export function writeValidations(ws: Worksheet, validations: DataValidationModel[]): void {
  for (const dv of validations) {
    const excel = toExcelValidation(dv);
    if (excel) validationsOf(ws).add(rangeA1(dv.range), excel);
  }
}

/** Splits a set of 0-based cells into rectangles, scanning down then right from each top-left cell. */
export function rectangles(cells: { row: number; column: number }[]): GridRangeModel[] {
  const key = (r: number, c: number): string => `${r},${c}`;
  const remaining = new Set(cells.map((c) => key(c.row, c.column)));
  const ordered = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const result: GridRangeModel[] = [];
  for (const { row, column } of ordered) {
    if (!remaining.has(key(row, column))) continue;
    let rows = 1;
    while (remaining.has(key(row + rows, column))) rows++;
    let columns = 1;
    const columnFree = (c: number): boolean => Array.from({ length: rows }, (_, i) => remaining.has(key(row + i, c))).every(Boolean);
    while (columnFree(column + columns)) columns++;
    for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) remaining.delete(key(row + r, column + c));
    result.push({ row, column, rows, columns });
  }
  return result;
}

/** exceljs expands each `<dataValidation>` into one entry per cell sharing one object; regroup them into rectangles. */
export function groupedValidations(ws: Worksheet): { validation: DataValidation; range: GridRangeModel }[] {
  const groups = new Map<DataValidation, { row: number; column: number }[]>();
  for (const [address, dv] of Object.entries(validationsOf(ws).model)) {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (!match || !dv) continue;
    const cell = { row: Number(match[2]) - 1, column: columnIndex(match[1] ?? 'A') };
    const list = groups.get(dv) ?? [];
    list.push(cell);
    groups.set(dv, list);
  }
  return [...groups].flatMap(([validation, cells]) => rectangles(cells).map((range) => ({ validation, range })));
}

export function readValidations(ws: Worksheet): DataValidationModel[] {
  return groupedValidations(ws)
    .map(({ validation, range }) => fromExcelValidation(validation, range))
    .filter((model): model is DataValidationModel => model !== null);
}

/** Adds an Excel validation as it is, for kinds the model has no criteria for. */
export function addExcelValidation(ws: Worksheet, range: GridRangeModel, validation: DataValidation): void {
  validationsOf(ws).add(rangeA1(range), validation);
}
