/**
 * A sheet as an escaped, accessible HTML table that reads like the tab: its frozen rows as the
 * header (the first row when none is frozen), merged cells spanning, line breaks kept, column
 * widths as set, hidden rows and columns left out, and a long tab shown in part with a count.
 */
import type { CellModel, GridRangeModel, SheetModel } from '../../emulator/model';
import { lastColumnOf, lastRowOf } from '../../emulator/spreadsheet/grid';
// Cells read as Range.getDisplayValues() shows them, so the report and the emulator agree.
import { displayCell } from '../../emulator/spreadsheet/display';
import { escapeHtml } from './escape';

/** Rows of a tab drawn before the rest is left to the workbook. */
const DEFAULT_ROW_LIMIT = 200;

const HEX = /^#[0-9a-f]{6}$/i;

/** Inline style for a cell's bold, colours and alignment; colours are checked so data cannot inject CSS. */
function cellStyle(cell: CellModel | undefined): string {
  if (!cell) return '';
  const align = cell.horizontalAlignment ?? (typeof cell.value === 'number' ? 'right' : undefined);
  const rules = [
    cell.bold ? 'font-weight:bold' : '',
    cell.italic ? 'font-style:italic' : '',
    cell.background && HEX.test(cell.background) ? `background-color:${cell.background}` : '',
    cell.fontColor && HEX.test(cell.fontColor) ? `color:${cell.fontColor}` : '',
    align ? `text-align:${align}` : '',
  ].filter(Boolean);
  return rules.length > 0 ? ` style="${rules.join(';')}"` : '';
}

function visibleIndexes(count: number, hidden: readonly number[]): number[] {
  const skip = new Set(hidden);
  return Array.from({ length: count }, (_, i) => i).filter((i) => !skip.has(i));
}

/** Where each merge starts (`row,column` → its span in visible rows and columns) and which cells it covers. */
function mergeLayout(merges: readonly GridRangeModel[], rows: readonly number[], columns: readonly number[]) {
  const starts = new Map<string, { rowspan: number; colspan: number }>();
  const covered = new Set<string>();
  const within = (list: readonly number[], from: number, count: number): number[] => list.filter((i) => i >= from && i < from + count);
  for (const merge of merges) {
    const mergedRows = within(rows, merge.row, merge.rows);
    const mergedColumns = within(columns, merge.column, merge.columns);
    const [top] = mergedRows;
    const [left] = mergedColumns;
    if (top === undefined || left === undefined) continue;
    starts.set(`${top},${left}`, { rowspan: mergedRows.length, colspan: mergedColumns.length });
    for (const r of mergedRows) for (const c of mergedColumns) if (r !== top || c !== left) covered.add(`${r},${c}`);
  }
  return { starts, covered };
}

function spanAttributes(span: { rowspan: number; colspan: number } | undefined): string {
  if (!span) return '';
  return `${span.rowspan > 1 ? ` rowspan="${span.rowspan}"` : ''}${span.colspan > 1 ? ` colspan="${span.colspan}"` : ''}`;
}

function columnGroup(sheet: SheetModel, columns: readonly number[]): string {
  if (!columns.some((c) => sheet.columnWidths[c] !== undefined)) return '';
  const cols = columns.map((c) => {
    const width = sheet.columnWidths[c];
    return width === undefined ? '<col>' : `<col style="width:${Math.round(width)}px">`;
  });
  return `<colgroup>${cols.join('')}</colgroup>\n`;
}

export interface TableOptions {
  /** At most this many rows are drawn (header rows included); the rest are counted. */
  readonly rowLimit?: number;
}

export function sheetTable(sheet: SheetModel, options: TableOptions = {}): string {
  // The content's extent, as getDataRange() sees it: rows the emulator never wrote are holes.
  const allRows = visibleIndexes(lastRowOf(sheet), sheet.hiddenRows);
  const columns = visibleIndexes(lastColumnOf(sheet), sheet.hiddenColumns);
  if (allRows.length === 0 || columns.length === 0) return '<p>This tab is empty.</p>';
  const limit = Math.max(1, options.rowLimit ?? DEFAULT_ROW_LIMIT);
  const rows = allRows.slice(0, limit);
  const headerCount = Math.min(Math.max(1, sheet.frozenRows), rows.length);
  // A span cannot cross from the header into the body, so each part lays out its merges alone.
  const headLayout = mergeLayout(sheet.merges, rows.slice(0, headerCount), columns);
  const bodyLayout = mergeLayout(sheet.merges, rows.slice(headerCount), columns);
  const rowHtml = (r: number, header: boolean): string => {
    const { starts, covered } = header ? headLayout : bodyLayout;
    const cells = columns.flatMap((c) => {
      const key = `${r},${c}`;
      if (covered.has(key)) return [];
      const cell = sheet.cells[r]?.[c];
      const tag = header ? 'th' : 'td';
      const scope = header ? ' scope="col"' : '';
      return [`<${tag}${scope}${spanAttributes(starts.get(key))}${cellStyle(cell)}>${escapeHtml(displayCell(cell))}</${tag}>`];
    });
    return `<tr>${cells.join('')}</tr>`;
  };
  const head = rows.slice(0, headerCount).map((r) => rowHtml(r, true));
  const body = rows.slice(headerCount).map((r) => rowHtml(r, false));
  const count =
    allRows.length > rows.length
      ? `<p class="count">First ${rows.length.toLocaleString('en-GB')} of ${allRows.length.toLocaleString('en-GB')} rows: the rest are in the workbook.</p>\n`
      : '';
  return (
    `${count}<div class="table-wrap"><table>\n${columnGroup(sheet, columns)}<thead>${head.join('\n')}</thead>\n` +
    `<tbody>\n${body.join('\n')}\n</tbody>\n</table></div>`
  );
}
