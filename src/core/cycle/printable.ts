/**
 * Tabs meant to be printed (the forum report, pupil reports, letters): columns that add up to the
 * width of an A4 page in portrait, every row the same fixed height and no gridlines, so the sheet
 * prints as it looks. Page-sized blocks are a fixed number of rows, so each starts a new page.
 * Long text is broken into lines here rather than wrapped by Sheets, whose row heights would grow
 * and push blocks across pages; and every format is by kind of line, so a tab of any length costs
 * the same few calls to format.
 */
import type { AreaFormat, PlanCell, TabPlan } from '../plan';

/** Pixels Sheets prints across an A4 page in portrait with normal margins. */
export const PAGE_WIDTH = 650;
export const ROW_HEIGHT = 21;
/** Rows of ROW_HEIGHT that fill an A4 page in portrait with normal margins, with room for the footer. */
export const PAGE_ROWS = 44;

export type LineStyle = 'title' | 'heading' | 'label' | 'note' | 'confidential' | 'table-header' | 'plain';

const STYLES: Record<Exclude<LineStyle, 'plain' | 'label'>, Omit<AreaFormat, 'area'>> = {
  title: { bold: true, fontSize: 13 },
  heading: { bold: true, background: '#e8eaed' },
  note: { italic: true, fontColor: '#5f6368' },
  confidential: { bold: true, fontColor: '#b3261e' },
  'table-header': { bold: true, background: '#f1f3f4' },
};

/** Text broken into lines of at most `width` characters, at spaces where it can be. */
export function wrapLines(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      let rest = word;
      while (rest !== '') {
        if (line === '') {
          line = rest.slice(0, width);
          rest = rest.slice(width);
          if (rest !== '') {
            lines.push(line);
            line = '';
          }
        } else if (line.length + 1 + rest.length <= width) {
          line = `${line} ${rest}`;
          rest = '';
        } else {
          lines.push(line);
          line = '';
        }
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Builds a printable tab line by line. */
export class PrintedTab {
  private readonly rows: PlanCell[][] = [];
  private readonly areas: AreaFormat[] = [];

  constructor(private readonly widths: readonly number[]) {}

  /** The 1-based row the next line goes on. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  get columns(): number {
    return this.widths.length;
  }

  line(cells: readonly PlanCell[], style: LineStyle = 'plain'): void {
    this.rows.push([...cells, ...Array<PlanCell>(Math.max(0, this.columns - cells.length)).fill('')].slice(0, this.columns));
    const row = this.rows.length;
    if (style === 'label') this.areas.push({ area: { row, column: 1, rows: 1, columns: 1 }, bold: true });
    else if (style !== 'plain') this.areas.push({ area: { row, column: 1, rows: 1, columns: this.columns }, ...STYLES[style] });
  }

  blank(): void {
    this.line([]);
  }

  /** Blank lines to the end of the current page, so what follows starts a new one. */
  toPageEnd(): void {
    while (this.rows.length % PAGE_ROWS !== 0) this.blank();
  }

  /** Rows left on the current page. */
  get roomOnPage(): number {
    return PAGE_ROWS - (this.rows.length % PAGE_ROWS);
  }

  /** A number format for a run of cells (dates as dd/mm/yyyy, say). */
  numberFormat(row: number, column: number, rows: number, pattern: string): void {
    if (rows > 0) this.areas.push({ area: { row, column, rows, columns: 1 }, numberFormat: pattern });
  }

  tab(key: string, name: string): TabPlan {
    const rows = this.rows.length > 0 ? this.rows : [Array<PlanCell>(this.columns).fill('')];
    return {
      key,
      name,
      values: rows,
      format: {
        columnWidths: Object.fromEntries(this.widths.map((width, i) => [i + 1, width])),
        rowHeights: [{ row: 1, rows: rows.length, height: ROW_HEIGHT }],
        areas: [
          { area: { row: 1, column: 1, rows: rows.length, columns: this.columns }, verticalAlignment: 'middle', wrap: false },
          ...this.areas,
        ],
        hideGridlines: true,
      },
      charts: [],
    };
  }
}
