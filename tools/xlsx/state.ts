/**
 * What Google Sheets keeps between runs but an .xlsx cannot hold natively travels in a very hidden
 * sheet, `_ip_state`, as a JSON document split over column A (one chunk per row).
 */
import * as z from 'zod';
import type {
  ChartModel,
  ConditionalFormatModel,
  DataValidationModel,
  DeveloperMetadataModel,
  FormModel,
  NamedRangeModel,
  ProtectionModel,
  TriggerModel,
  WorkbookModel,
} from '../../emulator/model';

export const STATE_SHEET = '_ip_state';
/** Below Excel's 32,767-character cell limit. */
export const STATE_CHUNK = 30_000;

const gridRange = z.object({ row: z.number(), column: z.number(), rows: z.number(), columns: z.number() });
const developerMetadata = z.object({
  id: z.number(),
  key: z.string(),
  value: z.string().nullable(),
  visibility: z.string(),
});
const dataValidation = z.object({
  range: gridRange,
  criteria: z.enum([
    'VALUE_IN_LIST',
    'VALUE_IN_RANGE',
    'CHECKBOX',
    'NUMBER_BETWEEN',
    'DATE_IS_VALID_DATE',
    'TEXT_CONTAINS',
    'CUSTOM_FORMULA',
  ]),
  values: z.array(z.union([z.string(), z.number(), z.boolean()])),
  allowInvalid: z.boolean(),
  helpText: z.string().optional(),
  showDropdown: z.boolean().optional(),
});
const conditionalFormat = z.object({
  ranges: z.array(gridRange),
  condition: z.string(),
  values: z.array(z.union([z.string(), z.number()])),
  background: z.string().optional(),
  fontColor: z.string().optional(),
  bold: z.boolean().optional(),
});
const chart = z.object({
  id: z.number(),
  type: z.string(),
  ranges: z.array(z.object({ sheet: z.string(), range: gridRange })),
  position: z.object({ row: z.number(), column: z.number(), offsetX: z.number(), offsetY: z.number() }),
  options: z.record(z.string(), z.unknown()),
});
const protection = z.object({ range: gridRange.nullable(), description: z.string(), warningOnly: z.boolean() });
const namedRange = z.object({ name: z.string(), sheet: z.string(), range: gridRange });
const trigger = z.object({ id: z.string(), handler: z.string(), eventType: z.string(), sourceId: z.string() });
const form = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  items: z.array(z.unknown()),
  destinationSpreadsheetId: z.string().nullable(),
  destinationSheetId: z.number().nullable(),
  acceptingResponses: z.boolean(),
  /** The emulator's respondent settings (FormState), kept so a later run's form is the same. */
  collectEmail: z.boolean().optional(),
  requireLogin: z.boolean().optional(),
  published: z.boolean().optional(),
});

const sheetState = z.object({
  name: z.string(),
  /** The tab's name in the .xlsx, when Excel could not take `name` as it is. */
  xlsxName: z.string().optional(),
  id: z.number(),
  developerMetadata: z.array(developerMetadata),
  charts: z.array(chart),
  conditionalFormats: z.array(conditionalFormat),
  protections: z.array(protection),
  hiddenRows: z.array(z.number()),
  hiddenColumns: z.array(z.number()),
  /** The grid size, which an .xlsx does not record. */
  maxRows: z.number().optional(),
  maxColumns: z.number().optional(),
  /** Present only when the native validations cannot reproduce the sheet's list exactly. */
  dataValidations: z.array(dataValidation).optional(),
});

const stateSchema = z.object({
  version: z.literal(1),
  workbook: z.object({
    id: z.string(),
    name: z.string(),
    timeZone: z.string(),
    locale: z.string(),
    developerMetadata: z.array(developerMetadata),
    documentProperties: z.record(z.string(), z.string()),
    namedRanges: z.array(namedRange),
    triggers: z.array(trigger),
    forms: z.array(form),
  }),
  sheets: z.array(sheetState),
});

export type SheetState = z.infer<typeof sheetState>;
export type IpState = z.infer<typeof stateSchema>;

// Compile-time checks that the schemas describe the model's own types.
type Assignable<A, B> = A extends B ? true : never;
const schemaMatchesModel: [
  Assignable<z.infer<typeof dataValidation>, DataValidationModel>,
  Assignable<z.infer<typeof conditionalFormat>, ConditionalFormatModel>,
  Assignable<z.infer<typeof chart>, ChartModel>,
  Assignable<z.infer<typeof protection>, ProtectionModel>,
  Assignable<z.infer<typeof namedRange>, NamedRangeModel>,
  Assignable<z.infer<typeof trigger>, TriggerModel>,
  Assignable<z.infer<typeof form>, FormModel>,
  Assignable<z.infer<typeof developerMetadata>, DeveloperMetadataModel>,
] = [true, true, true, true, true, true, true, true];
void schemaMatchesModel;

/**
 * The state of a workbook; `exactValidations` says, per sheet name, whether the native validations
 * hold them exactly; `xlsxNames` are the tabs' names in the file, in model order.
 */
export function stateOf(model: WorkbookModel, exactValidations: (sheetName: string) => boolean, xlsxNames: readonly string[]): IpState {
  return {
    version: 1,
    workbook: {
      id: model.id,
      name: model.name,
      timeZone: model.timeZone,
      locale: model.locale,
      developerMetadata: model.developerMetadata,
      documentProperties: model.documentProperties,
      namedRanges: model.namedRanges,
      triggers: model.triggers,
      forms: model.forms,
    },
    sheets: model.sheets.map((sheet, index) => ({
      name: sheet.name,
      ...(xlsxNames[index] !== undefined && xlsxNames[index] !== sheet.name ? { xlsxName: xlsxNames[index] } : {}),
      id: sheet.id,
      developerMetadata: sheet.developerMetadata,
      charts: sheet.charts,
      conditionalFormats: sheet.conditionalFormats,
      protections: sheet.protections,
      hiddenRows: sheet.hiddenRows,
      hiddenColumns: sheet.hiddenColumns,
      maxRows: sheet.maxRows,
      maxColumns: sheet.maxColumns,
      ...(exactValidations(sheet.name) ? {} : { dataValidations: sheet.dataValidations }),
    })),
  };
}

export function splitState(state: IpState): string[] {
  const json = JSON.stringify(state);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += STATE_CHUNK) chunks.push(json.slice(i, i + STATE_CHUNK));
  return chunks;
}

/** Joins the chunks and validates them; throws with a readable reason when the sheet is damaged. */
export function joinState(chunks: string[]): IpState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(chunks.join(''));
  } catch {
    throw new Error(`The hidden ${STATE_SHEET} sheet does not hold valid JSON.`);
  }
  const result = stateSchema.safeParse(parsed);
  if (!result.success) throw new Error(`The hidden ${STATE_SHEET} sheet is not in the expected format: ${result.error.message}`);
  return result.data;
}
