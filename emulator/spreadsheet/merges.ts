/**
 * Merges and frozen panes may not cut through each other: Sheets refuses a merge that spans the
 * edge of the frozen rows or columns, and a freeze whose edge would split a merge. The messages
 * are Apps Script's as users quote them from their execution logs; Google Sheets' refusal is also
 * noted in https://github.com/dream-num/univer/issues/724 (Excel allows both).
 */
import type { GridRangeModel, SheetModel } from '../model';
import { exception } from './errors';

type Lines = 'rows' | 'columns';

/** True when `edge` (a count of frozen lines) falls strictly inside the range's span. */
function splits(grid: GridRangeModel, lines: Lines, edge: number): boolean {
  const start = lines === 'rows' ? grid.row : grid.column;
  const count = lines === 'rows' ? grid.rows : grid.columns;
  return edge > start && edge < start + count;
}

/** `Range.merge()` across the frozen edge: "You can't merge frozen and non-frozen rows." */
export function ensureMergeKeepsFreeze(sheet: SheetModel, grid: GridRangeModel): void {
  for (const lines of ['rows', 'columns'] as const) {
    const edge = lines === 'rows' ? sheet.frozenRows : sheet.frozenColumns;
    if (splits(grid, lines, edge)) throw exception(`You can't merge frozen and non-frozen ${lines}.`);
  }
}

/** `setFrozenRows`/`setFrozenColumns` through a merge, with Apps Script's two-sentence message. */
export function ensureFreezeKeepsMerges(sheet: SheetModel, lines: Lines, edge: number): void {
  if (sheet.merges.some((merge) => splits(merge, lines, edge))) {
    throw exception(
      `Sorry, you can't freeze ${lines} which contain only part of a merged cell. Try to break apart merged cells or freeze more ${lines} to include the complete merged cells.`,
    );
  }
}
