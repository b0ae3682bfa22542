/** Data validation rules as a sheet keeps them: one rule per cell at most, newest wins. */
import type { DataValidationModel, GridRangeModel, SheetModel } from '../model';
import type { RuleModel } from './data-validation';
import { intersects } from './grid';

/** The parts of `outer` not covered by `hole`: up to four blocks (above, below, left, right). */
export function subtract(outer: GridRangeModel, hole: GridRangeModel): GridRangeModel[] {
  if (!intersects(outer, hole)) return [outer];
  const top = Math.max(outer.row, hole.row);
  const bottom = Math.min(outer.row + outer.rows, hole.row + hole.rows);
  const pieces: GridRangeModel[] = [];
  if (hole.row > outer.row) pieces.push({ ...outer, rows: hole.row - outer.row });
  if (outer.row + outer.rows > bottom) pieces.push({ ...outer, row: bottom, rows: outer.row + outer.rows - bottom });
  if (hole.column > outer.column) pieces.push({ row: top, rows: bottom - top, column: outer.column, columns: hole.column - outer.column });
  const holeEnd = hole.column + hole.columns;
  const outerEnd = outer.column + outer.columns;
  if (outerEnd > holeEnd) pieces.push({ row: top, rows: bottom - top, column: holeEnd, columns: outerEnd - holeEnd });
  return pieces;
}

/** Takes the cells of `grid` out of every rule, keeping the rules' other cells. */
export function removeValidations(sheet: SheetModel, grid: GridRangeModel): void {
  sheet.dataValidations = sheet.dataValidations.flatMap((rule): DataValidationModel[] =>
    subtract(rule.range, grid).map((range) => ({ ...rule, range })),
  );
}

export function ruleAt(sheet: SheetModel, row: number, column: number): RuleModel | null {
  const cell = { row, column, rows: 1, columns: 1 };
  for (let i = sheet.dataValidations.length - 1; i >= 0; i -= 1) {
    const rule = sheet.dataValidations[i];
    if (rule && intersects(rule.range, cell)) {
      const { range: _range, ...rest } = rule;
      return { ...rest, values: [...rest.values] };
    }
  }
  return null;
}
