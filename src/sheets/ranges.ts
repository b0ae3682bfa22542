/** A1 notation and runs of columns, for the batched calls `apply` makes. */
import type { Area } from '../core/plan';

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** `B2:D9` for a 1-based area (a RangeList takes A1 notations). */
export function a1Of(area: Area): string {
  const first = `${columnLetters(area.column)}${area.row}`;
  const last = `${columnLetters(area.column + area.columns - 1)}${area.row + area.rows - 1}`;
  return first === last ? first : `${first}:${last}`;
}

export interface ColumnRun {
  readonly start: number;
  readonly count: number;
  readonly width: number;
}

/** Neighbouring columns of the same width become one `setColumnWidths` call. */
export function columnRuns(widths: Readonly<Record<number, number>>): ColumnRun[] {
  const runs: ColumnRun[] = [];
  const columns = Object.keys(widths)
    .map(Number)
    .sort((a, b) => a - b);
  for (const column of columns) {
    const width = widths[column] as number;
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.start + last.count === column) runs[runs.length - 1] = { ...last, count: last.count + 1 };
    else runs.push({ start: column, count: 1, width });
  }
  return runs;
}
