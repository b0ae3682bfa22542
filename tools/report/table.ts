/** A sheet as an escaped, accessible HTML table (first row = column headers). */
import type { CellModel, SheetModel } from '../../emulator/model';
import { lastColumnOf, lastRowOf } from '../../emulator/spreadsheet/grid';
import { displayCell } from './display';
import { escapeHtml } from './escape';

const HEX = /^#[0-9a-f]{6}$/i;

/** Inline style for a cell's bold, colours and alignment; colours are checked so data cannot inject CSS. */
function cellStyle(cell: CellModel | undefined): string {
  if (!cell) return '';
  const rules = [
    cell.bold ? 'font-weight:bold' : '',
    cell.italic ? 'font-style:italic' : '',
    cell.background && HEX.test(cell.background) ? `background-color:${cell.background}` : '',
    cell.fontColor && HEX.test(cell.fontColor) ? `color:${cell.fontColor}` : '',
    typeof cell.value === 'number' ? 'text-align:right' : '',
  ].filter(Boolean);
  return rules.length > 0 ? ` style="${rules.join(';')}"` : '';
}

function visibleIndexes(count: number, hidden: number[]): number[] {
  const skip = new Set(hidden);
  return Array.from({ length: count }, (_, i) => i).filter((i) => !skip.has(i));
}

export function sheetTable(sheet: SheetModel): string {
  // The content's extent, as getDataRange() sees it: rows the emulator never wrote are holes.
  const rows = visibleIndexes(lastRowOf(sheet), sheet.hiddenRows);
  const columns = visibleIndexes(lastColumnOf(sheet), sheet.hiddenColumns);
  const [headerRow, ...bodyRows] = rows;
  if (headerRow === undefined || columns.length === 0) return '<p>This tab is empty.</p>';
  const header = columns
    .map((c) => {
      const cell = sheet.cells[headerRow]?.[c];
      return `<th scope="col"${cellStyle(cell)}>${escapeHtml(displayCell(cell))}</th>`;
    })
    .join('');
  const body = bodyRows
    .map((r) => {
      const cells = columns.map((c) => {
        const cell = sheet.cells[r]?.[c];
        return `<td${cellStyle(cell)}>${escapeHtml(displayCell(cell))}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<div class="table-wrap"><table>\n<thead><tr>${header}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}
