/**
 * A plan of writes: what an action wants the generated tabs to hold. The core produces it; the
 * sheets layer applies it in batches. Generated tabs are the only tabs the add-in writes.
 */
import type { CellValue } from './values';

/**
 * A formula the add-in built from its own references (never from people's text). Every other
 * string in a plan is written as text, whatever it starts with.
 */
export interface OwnFormula {
  readonly formula: string;
}

export type PlanCell = CellValue | OwnFormula;

export function isOwnFormula(cell: PlanCell): cell is OwnFormula {
  return typeof cell === 'object' && cell !== null && 'formula' in cell && typeof cell.formula === 'string';
}

/** A rectangle on a tab, 1-based like Apps Script. */
export interface Area {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface AreaFormat {
  readonly area: Area;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  /** `#rrggbb` */
  readonly background?: string;
  readonly numberFormat?: string;
  readonly wrap?: boolean;
  readonly horizontalAlignment?: 'left' | 'center' | 'right';
  readonly verticalAlignment?: 'top' | 'middle' | 'bottom';
  readonly borders?: boolean;
  readonly merge?: boolean;
}

/**
 * A format that follows the cells' contents (a conditional format rule): one rule colours every
 * `Problem` in a column, however many rows there are, so formatting costs the same at any size.
 * `formula` is the add-in's own (relative to the area's top-left cell), never people's text.
 */
export interface ContentFormat {
  readonly area: Area;
  readonly when: { readonly textEquals: string } | { readonly formula: string };
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

export interface TabFormat {
  readonly frozenRows?: number;
  readonly frozenColumns?: number;
  /** 1-based column → width in pixels. */
  readonly columnWidths?: Readonly<Record<number, number>>;
  readonly areas?: readonly AreaFormat[];
  /** A range users may tick, e.g. the Schedule's `Locked` column. */
  readonly checkboxes?: readonly Area[];
  readonly contentFormats?: readonly ContentFormat[];
  /** Colour the tab's handle, e.g. red for Problems. */
  readonly tabColor?: string;
  /** Runs of rows of a fixed height in pixels (a printable block a page tall, say). */
  readonly rowHeights?: readonly { readonly row: number; readonly rows: number; readonly height: number }[];
  /** Printable tabs read better without the grid. */
  readonly hideGridlines?: boolean;
  /** Dropdowns people choose from (a reason a session was not delivered, say): one rule per area. */
  readonly dropdowns?: readonly Dropdown[];
  /** Cells people type dates into: anything but a real date is refused, with this help. One rule per area. */
  readonly dateCells?: readonly DateCells[];
  /** A note on each cell of the first row, in column order: what to write under each header. */
  readonly headerNotes?: readonly string[];
}

export interface DateCells {
  readonly area: Area;
  readonly helpText: string;
}

export interface Dropdown {
  readonly area: Area;
  readonly choices: readonly string[];
  /** Whether a value not in the list is kept (with a warning in Sheets) rather than refused. */
  readonly allowOther: boolean;
  readonly helpText?: string;
}

export type ChartType = 'column' | 'bar' | 'line' | 'pie' | 'scatter';

/** A native chart, drawn from ranges of a generated tab. */
export interface ChartSpec {
  readonly id: string;
  readonly type: ChartType;
  readonly title: string;
  /** A1 ranges including the sheet name, e.g. `'Impact'!A1:C7`. The first is the domain. */
  readonly ranges: readonly string[];
  readonly position: { readonly row: number; readonly column: number; readonly offsetX?: number; readonly offsetY?: number };
  readonly width: number;
  readonly height: number;
  readonly options: Readonly<Record<string, string | number | boolean | readonly string[]>>;
}

/** Generated tabs carry this key in developer metadata so they are found again after a rename. */
export const GENERATED_TAB_METADATA_KEY = 'intervention-planner:tab';

export interface TabPlan {
  /** Stable identity, e.g. `schedule` or `staff-timetable:Ms Patel:2026-11-30`. */
  readonly key: string;
  /** The tab's name when it is created or must be renamed back. */
  readonly name: string;
  /** Rectangular: every row has the same length. */
  readonly values: readonly (readonly PlanCell[])[];
  readonly format: TabFormat;
  readonly charts: readonly ChartSpec[];
}

/**
 * A tab the add-in creates once for people to fill in (targets, reviews): its headers, rows filled
 * in from the register, validation and notes. From then on it is the school's own: never rewritten.
 */
export interface InputTabPlan extends TabPlan {
  /** Rows of the grid: room to type below the filled-in rows (a new sheet's 1000 would count against Google's cell limit). */
  readonly gridRows: number;
}

/** Input tabs carry this key in developer metadata (the value is the tab's key), so a renamed one is never made again. */
export const INPUT_TAB_METADATA_KEY = 'intervention-planner:input';

export interface WritePlan {
  /** Tabs to create or rebuild, in the order they should appear after the user's own tabs. */
  readonly tabs: readonly TabPlan[];
  /**
   * Keys (or key prefixes ending in `:`) of generated tabs this action owns: any existing tab
   * whose key matches and is not in `tabs` is removed (last week's timetables, for example).
   */
  readonly replaces: readonly string[];
}
