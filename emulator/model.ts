/**
 * The plain, serialisable state of an emulated spreadsheet. The emulator's Apps Script classes
 * read and change this state; the .xlsx bridge loads it from and saves it to a workbook file.
 * Nothing here is an Apps Script type: it is what Google Sheets would keep between two runs.
 *
 * Coordinates are 0-based in the model (arrays); the Apps Script API on top is 1-based.
 */

/** What `getValues()` yields for a cell: '' for blank, never null. */
export type ModelValue = string | number | boolean | Date;

export interface CellModel {
  /** The cell's value; for a formula cell, its last calculated result ('' when unknown). */
  value: ModelValue;
  /** The formula text including the leading '=', when the cell holds a formula. */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** `#rrggbb` */
  fontColor?: string;
  /** `#rrggbb` */
  background?: string;
  horizontalAlignment?: 'left' | 'center' | 'right';
  verticalAlignment?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** A solid border on all four sides. */
  border?: boolean;
  note?: string;
}

export interface GridRangeModel {
  /** 0-based first row and column; counts of rows and columns. */
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface DataValidationModel {
  range: GridRangeModel;
  /** A subset of Apps Script's DataValidationCriteria names. */
  criteria: 'VALUE_IN_LIST' | 'VALUE_IN_RANGE' | 'CHECKBOX' | 'NUMBER_BETWEEN' | 'DATE_IS_VALID_DATE' | 'TEXT_CONTAINS' | 'CUSTOM_FORMULA';
  values: (string | number | boolean)[];
  allowInvalid: boolean;
  helpText?: string;
  showDropdown?: boolean;
}

export interface ConditionalFormatModel {
  ranges: GridRangeModel[];
  /** e.g. `TEXT_EQ`, `NUMBER_LESS_THAN`, `CUSTOM_FORMULA` */
  condition: string;
  values: (string | number)[];
  background?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface DeveloperMetadataModel {
  id: number;
  key: string;
  value: string | null;
  /** 'DOCUMENT' or 'PROJECT' */
  visibility: string;
}

export interface ChartModel {
  id: number;
  /** Apps Script's Charts.ChartType name: COLUMN, BAR, LINE, PIE, SCATTER, … */
  type: string;
  /** 0-based source ranges on this spreadsheet, with their sheet's name. */
  ranges: { sheet: string; range: GridRangeModel }[];
  /** 0-based anchor cell and pixel offsets. */
  position: { row: number; column: number; offsetX: number; offsetY: number };
  /** Every option set through the builder (`title`, `width`, `height`, `hAxis.title`, `colors`, …). */
  options: Record<string, unknown>;
}

export interface ProtectionModel {
  range: GridRangeModel | null;
  description: string;
  warningOnly: boolean;
}

export interface SheetModel {
  /** Stable numeric id (`Sheet.getSheetId()`). */
  id: number;
  name: string;
  hidden: boolean;
  tabColor: string | null;
  /** Row-major; rows and cells may be missing (blank). Trailing blanks are not required. */
  cells: (CellModel | undefined)[][];
  /** The grid's size (`getMaxRows()`/`getMaxColumns()`), at least the extent of `cells`. */
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  /** `Sheet.setHiddenGridlines(true)`; absent means shown (the .xlsx bridge does not keep it). */
  hiddenGridlines?: boolean;
  /** 0-based column → width in pixels. */
  columnWidths: Record<number, number>;
  /** 0-based row → height in pixels. */
  rowHeights: Record<number, number>;
  hiddenRows: number[];
  hiddenColumns: number[];
  merges: GridRangeModel[];
  dataValidations: DataValidationModel[];
  conditionalFormats: ConditionalFormatModel[];
  developerMetadata: DeveloperMetadataModel[];
  charts: ChartModel[];
  protections: ProtectionModel[];
}

export interface NamedRangeModel {
  name: string;
  sheet: string;
  range: GridRangeModel;
}

export interface TriggerModel {
  id: string;
  handler: string;
  /** 'ON_FORM_SUBMIT' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'CLOCK' */
  eventType: string;
  sourceId: string;
}

/** A Google Form the emulator's FormApp made, kept so that a later run finds it again. */
export interface FormModel {
  id: string;
  title: string;
  description: string;
  /** Items as FormApp built them; the emulator defines their shape. */
  items: unknown[];
  destinationSpreadsheetId: string | null;
  /** The `Form Responses N` sheet it writes to, by sheet id. */
  destinationSheetId: number | null;
  acceptingResponses: boolean;
}

export interface WorkbookModel {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  sheets: SheetModel[];
  namedRanges: NamedRangeModel[];
  /** Spreadsheet-level developer metadata. */
  developerMetadata: DeveloperMetadataModel[];
  /** PropertiesService.getDocumentProperties() of the bound script. */
  documentProperties: Record<string, string>;
  triggers: TriggerModel[];
  forms: FormModel[];
}

export function emptySheet(id: number, name: string): SheetModel {
  return {
    id,
    name,
    hidden: false,
    tabColor: null,
    cells: [],
    maxRows: 1000,
    maxColumns: 26,
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: {},
    rowHeights: {},
    hiddenRows: [],
    hiddenColumns: [],
    merges: [],
    dataValidations: [],
    conditionalFormats: [],
    developerMetadata: [],
    charts: [],
    protections: [],
  };
}

export function emptyWorkbook(name: string, id = 'local-spreadsheet'): WorkbookModel {
  return {
    id,
    name,
    timeZone: 'Europe/London',
    locale: 'en_GB',
    sheets: [],
    namedRanges: [],
    developerMetadata: [],
    documentProperties: {},
    triggers: [],
    forms: [],
  };
}

/** Cells in the spreadsheet's grids: max rows × max columns of every sheet, hidden ones included. */
export function gridCells(workbook: WorkbookModel): number {
  return workbook.sheets.reduce((sum, sheet) => sum + sheet.maxRows * sheet.maxColumns, 0);
}

/** Realm-safe: Dates may come from the node:vm context that runs the bundle. */
export function isModelDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
