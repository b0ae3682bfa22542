/**
 * Reads a mapped tab row by row: column lookup by header text, and the cell readers that turn an
 * unreadable value into a `Problems` row (tab, row, column, reason) instead of a failure.
 */
import { isErrorValue, isUnreadable, quoteCell, readText, type Read } from '../coerce';
import { problem, type Problem } from '../problems';
import type { TabSnapshot } from '../snapshot';
import { cellText, normaliseText } from '../text';
import { isBlank, type CellValue } from '../values';
import { headerCellsOf, isRepeatedHeader, layoutKind, type SkippedRow } from './layout-rows';

export interface MappedTab<F extends string> {
  readonly tab: TabSnapshot;
  readonly headerRow: number;
  /** Field → 0-based column index, for the fields whose header is on the tab. */
  readonly columns: Partial<Record<F, number>>;
  readonly headers: readonly string[];
}

/** The 0-based column whose header is `header` (compared as people see it), or -1. */
export function columnOf(headers: readonly string[], header: string): number {
  const wanted = normaliseText(header);
  return headers.findIndex((cell) => normaliseText(cell) === wanted);
}

export function mapTab<F extends string>(tab: TabSnapshot, headerRow: number, fields: Partial<Record<F, string>>): MappedTab<F> {
  const headers = (tab.values[headerRow - 1] ?? []).map(cellText);
  const columns: Partial<Record<F, number>> = {};
  for (const [field, header] of Object.entries(fields) as [F, string | undefined][]) {
    if (header === undefined) continue;
    const column = columnOf(headers, header);
    if (column >= 0) columns[field] = column;
  }
  return { tab, headerRow, columns, headers };
}

/** One data row with its sheet row number, reading cells and collecting the problems found. */
export class RowReader<F extends string> {
  readonly problems: Problem[] = [];

  constructor(
    private readonly mapped: MappedTab<F>,
    private readonly cells: readonly CellValue[],
    /** 1-based sheet row. */
    readonly row: number,
  ) {}

  get tabName(): string {
    return this.mapped.tab.name;
  }

  has(field: F): boolean {
    return this.mapped.columns[field] !== undefined;
  }

  raw(field: F): CellValue {
    const column = this.mapped.columns[field];
    return column === undefined ? '' : (this.cells[column] ?? '');
  }

  /**
   * The cell as text, or null when blank. A formula's error (`#N/A`, `#REF!`) is not text anyone
   * typed: it is recorded, and read as blank.
   */
  text(field: F): string | null {
    const value = this.raw(field);
    if (!isErrorValue(value)) return readText(value);
    this.report(
      field,
      `${quoteCell(value)} is an error from a formula, so this cell was read as blank. Correct the formula, or type the value.`,
    );
    return null;
  }

  /** The value read, or null when blank or unreadable (an unreadable one is recorded). */
  read<T>(field: F, reader: (value: CellValue) => Read<T>): T | null {
    const column = this.mapped.columns[field];
    return column === undefined ? null : this.readColumn(column, reader);
  }

  /** A column no field names (a measure's start or end), read the same way. */
  readColumn<T>(column: number, reader: (value: CellValue) => Read<T>): T | null {
    const value = reader(this.cells[column] ?? '');
    if (!isUnreadable(value)) return value;
    this.problems.push(
      problem(
        'setup',
        this.mapped.tab.name,
        this.row,
        this.mapped.headers[column] ?? '',
        `${value.unreadable}; the rest of the row was used.`,
      ),
    );
    return null;
  }

  report(field: F, reason: string): void {
    const column = this.mapped.columns[field];
    this.problems.push(
      problem('setup', this.mapped.tab.name, this.row, column === undefined ? '' : (this.mapped.headers[column] ?? ''), reason),
    );
  }

  reportRow(reason: string): void {
    this.problems.push(problem('setup', this.mapped.tab.name, this.row, '', reason));
  }
}

/** Blank rows, and layout rows (totals, labels, notes: see `layoutKind`), are not data. */
export function isDataRow(cells: readonly CellValue[]): boolean {
  return cells.some((cell) => !isBlank(cell)) && layoutKind(cells) === null;
}

/** A mapped tab's data rows, and the layout rows passed over (repeated headers among them). */
export interface TabRows<F extends string> {
  readonly rows: RowReader<F>[];
  readonly skipped: SkippedRow[];
}

/** Each data row of a mapped tab, with its 1-based sheet row number; layout rows are listed apart. */
export function readRows<F extends string>(mapped: MappedTab<F>): TabRows<F> {
  const rows: RowReader<F>[] = [];
  const skipped: SkippedRow[] = [];
  const columns = Object.values<number | undefined>(mapped.columns).filter((column): column is number => column !== undefined);
  const headers = headerCellsOf(mapped.headers, columns);
  mapped.tab.values.forEach((cells, index) => {
    if (index < mapped.headerRow || cells.every((cell) => isBlank(cell))) return;
    const kind = isRepeatedHeader(cells, headers) ? 'repeated header' : layoutKind(cells);
    if (kind) skipped.push({ tab: mapped.tab.name, row: index + 1, kind });
    else rows.push(new RowReader(mapped, cells, index + 1));
  });
  return { rows, skipped };
}

export function dataRows<F extends string>(mapped: MappedTab<F>): RowReader<F>[] {
  return readRows(mapped).rows;
}
