/** The SpreadsheetApp and Charts enums the add-in uses; values are their names (see services/apps.ts). */
import { enumOf } from '../services/apps';

type S = typeof GoogleAppsScript.Spreadsheet;

export const DeveloperMetadataVisibility = enumOf<S['DeveloperMetadataVisibility']>(['DOCUMENT', 'PROJECT']);
export const DeveloperMetadataLocationType = enumOf<S['DeveloperMetadataLocationType']>(['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN']);
export const BorderStyle = enumOf<S['BorderStyle']>(['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE']);
export const WrapStrategy = enumOf<S['WrapStrategy']>(['WRAP', 'OVERFLOW', 'CLIP']);
export const ProtectionType = enumOf<S['ProtectionType']>(['RANGE', 'SHEET']);
export const Dimension = enumOf<S['Dimension']>(['COLUMNS', 'ROWS']);
export const DataValidationCriteria = enumOf<S['DataValidationCriteria']>([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);

export const ChartType = enumOf<typeof GoogleAppsScript.Charts.ChartType>([
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
]);
export const ChartHiddenDimensionStrategy = enumOf<typeof GoogleAppsScript.Charts.ChartHiddenDimensionStrategy>([
  'IGNORE_BOTH',
  'IGNORE_ROWS',
  'IGNORE_COLUMNS',
  'SHOW_BOTH',
]);
export const ChartMergeStrategy = enumOf<typeof GoogleAppsScript.Charts.ChartMergeStrategy>(['MERGE_COLUMNS', 'MERGE_ROWS']);
export const Position = enumOf<typeof GoogleAppsScript.Charts.Position>(['TOP', 'RIGHT', 'BOTTOM', 'NONE']);
