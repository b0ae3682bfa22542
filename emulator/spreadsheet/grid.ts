/**
 * Reading and changing a sheet's cells and the ranges its structures cover (merges, validation,
 * conditional formats, protections), 0-based. Rows and cells may be missing: missing is blank.
 */
import type { CellModel, GridRangeModel, SheetModel } from '../model';

export function cellAt(sheet: SheetModel, row: number, column: number): CellModel | undefined {
  return sheet.cells[row]?.[column];
}

/** The cell, created blank when missing, for a write. */
export function writableCell(sheet: SheetModel, row: number, column: number): CellModel {
  let cells = sheet.cells[row];
  if (!cells) {
    cells = [];
    sheet.cells[row] = cells;
  }
  let cell = cells[column];
  if (!cell) {
    cell = { value: '' };
    cells[column] = cell;
  }
  return cell;
}

export function hasContent(cell: CellModel | undefined): boolean {
  return cell !== undefined && (cell.value !== '' || cell.formula !== undefined);
}

/** Calls `visit` for every cell position of the range, row by row. */
export function eachPosition(grid: GridRangeModel, visit: (row: number, column: number, i: number, j: number) => void): void {
  for (let i = 0; i < grid.rows; i += 1) {
    for (let j = 0; j < grid.columns; j += 1) visit(grid.row + i, grid.column + j, i, j);
  }
}

/** A rows × columns table built cell by cell. */
export function table<T>(grid: GridRangeModel, read: (row: number, column: number) => T): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < grid.rows; i += 1) {
    const out: T[] = [];
    for (let j = 0; j < grid.columns; j += 1) out.push(read(grid.row + i, grid.column + j));
    rows.push(out);
  }
  return rows;
}

/** 1-based number of the last row holding content (0 when none); blank rows between count. */
export function lastRowOf(sheet: SheetModel): number {
  for (let row = sheet.cells.length - 1; row >= 0; row -= 1) {
    if (sheet.cells[row]?.some(hasContent)) return row + 1;
  }
  return 0;
}

/** 1-based number of the last column holding content (0 when none). */
export function lastColumnOf(sheet: SheetModel): number {
  let last = 0;
  for (const cells of sheet.cells) {
    if (!cells) continue;
    for (let column = cells.length - 1; column >= last; column -= 1) {
      if (hasContent(cells[column])) {
        last = column + 1;
        break;
      }
    }
  }
  return last;
}

export function intersects(a: GridRangeModel, b: GridRangeModel): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

export function contains(outer: GridRangeModel, inner: GridRangeModel): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}

/**
 * A span (start, count) after `delta` lines are inserted (delta > 0) before line `at`, or
 * deleted (delta < 0) from line `at` on. Null when the deletion removes the whole span.
 */
export function shiftSpan(start: number, count: number, at: number, delta: number): { start: number; count: number } | null {
  if (delta >= 0) {
    if (start >= at) return { start: start + delta, count };
    return { start, count: start + count > at ? count + delta : count };
  }
  const removedEnd = at - delta;
  const end = start + count;
  const overlap = Math.max(0, Math.min(end, removedEnd) - Math.max(start, at));
  const remaining = count - overlap;
  if (remaining <= 0) return null;
  const newStart = start < at ? start : Math.max(at, start + delta);
  return { start: newStart, count: remaining };
}

type Dimension = 'rows' | 'columns';

export function shiftGrid(grid: GridRangeModel, dimension: Dimension, at: number, delta: number): GridRangeModel | null {
  const key = dimension === 'rows' ? 'row' : 'column';
  const span = shiftSpan(grid[key], grid[dimension], at, delta);
  return span ? { ...grid, [key]: span.start, [dimension]: span.count } : null;
}

/** Moves cells and every range-based structure of the sheet when lines are inserted or deleted. */
export function shiftSheet(sheet: SheetModel, dimension: Dimension, at: number, delta: number): void {
  if (dimension === 'rows') {
    if (delta < 0) sheet.cells.splice(at, -delta);
    else if (at < sheet.cells.length) sheet.cells.splice(at, 0, ...Array.from({ length: delta }, (): (CellModel | undefined)[] => []));
  } else {
    for (const cells of sheet.cells) {
      if (!cells || cells.length <= at) continue;
      if (delta > 0) cells.splice(at, 0, ...Array<undefined>(delta).fill(undefined));
      else cells.splice(at, -delta);
    }
  }
  const move = (grid: GridRangeModel): GridRangeModel | null => shiftGrid(grid, dimension, at, delta);
  sheet.merges = sheet.merges.flatMap((grid) => move(grid) ?? []);
  sheet.dataValidations = sheet.dataValidations.flatMap((rule) => {
    const range = move(rule.range);
    return range ? [{ ...rule, range }] : [];
  });
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((rule) => {
    const ranges = rule.ranges.flatMap((grid) => move(grid) ?? []);
    return ranges.length > 0 ? [{ ...rule, ranges }] : [];
  });
  // Changed in place: Protection objects the script holds refer to these entries.
  sheet.protections = sheet.protections.filter((protection) => {
    if (!protection.range) return true;
    const range = move(protection.range);
    if (range) protection.range = range;
    return range !== null;
  });
  const sizes = dimension === 'rows' ? sheet.rowHeights : sheet.columnWidths;
  const moved: Record<number, number> = {};
  for (const [key, size] of Object.entries(sizes)) {
    const span = shiftSpan(Number(key), 1, at, delta);
    if (span) moved[span.start] = size;
  }
  if (dimension === 'rows') sheet.rowHeights = moved;
  else sheet.columnWidths = moved;
  const hidden = dimension === 'rows' ? sheet.hiddenRows : sheet.hiddenColumns;
  const shifted = hidden.flatMap((line) => shiftSpan(line, 1, at, delta)?.start ?? []);
  if (dimension === 'rows') sheet.hiddenRows = shifted;
  else sheet.hiddenColumns = shifted;
}
