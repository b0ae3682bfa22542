/**
 * What Google Sheets keeps between runs but an .xlsx cannot hold natively travels in a very hidden
 * sheet, `_ip_state`, as a JSON document split over column A (one chunk per row).
 */
import * as v from 'valibot';
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

const gridRange = v.object({ row: v.number(), column: v.number(), rows: v.number(), columns: v.number() });
const developerMetadata = v.object({
  id: v.number(),
  key: v.string(),
  value: v.nullable(v.string()),
  visibility: v.string(),
});
const dataValidation = v.object({
  range: gridRange,
  criteria: v.picklist([
    'VALUE_IN_LIST',
    'VALUE_IN_RANGE',
    'CHECKBOX',
    'NUMBER_BETWEEN',
    'DATE_IS_VALID_DATE',
    'TEXT_CONTAINS',
    'CUSTOM_FORMULA',
  ]),
  values: v.array(v.union([v.string(), v.number(), v.boolean()])),
  allowInvalid: v.boolean(),
  helpText: v.optional(v.string()),
  showDropdown: v.optional(v.boolean()),
});
const conditionalFormat = v.object({
  ranges: v.array(gridRange),
  condition: v.string(),
  values: v.array(v.union([v.string(), v.number()])),
  background: v.optional(v.string()),
  fontColor: v.optional(v.string()),
  bold: v.optional(v.boolean()),
});
const chart = v.object({
  id: v.number(),
  type: v.string(),
  ranges: v.array(v.object({ sheet: v.string(), range: gridRange })),
  position: v.object({ row: v.number(), column: v.number(), offsetX: v.number(), offsetY: v.number() }),
  options: v.record(v.string(), v.unknown()),
});
const protection = v.object({ range: v.nullable(gridRange), description: v.string(), warningOnly: v.boolean() });
const namedRange = v.object({ name: v.string(), sheet: v.string(), range: gridRange });
const trigger = v.object({ id: v.string(), handler: v.string(), eventType: v.string(), sourceId: v.string() });
const form = v.object({
  id: v.string(),
  title: v.string(),
  description: v.string(),
  items: v.array(v.unknown()),
  destinationSpreadsheetId: v.nullable(v.string()),
  destinationSheetId: v.nullable(v.number()),
  acceptingResponses: v.boolean(),
  /** The emulator's respondent settings (FormState), kept so a later run's form is the same. */
  collectEmail: v.optional(v.boolean()),
  requireLogin: v.optional(v.boolean()),
  published: v.optional(v.boolean()),
});

const sheetState = v.object({
  name: v.string(),
  /** The tab's name in the .xlsx, when Excel could not take `name` as it is. */
  xlsxName: v.optional(v.string()),
  id: v.number(),
  developerMetadata: v.array(developerMetadata),
  charts: v.array(chart),
  conditionalFormats: v.array(conditionalFormat),
  protections: v.array(protection),
  hiddenRows: v.array(v.number()),
  hiddenColumns: v.array(v.number()),
  /** The grid size, which an .xlsx does not record. */
  maxRows: v.optional(v.number()),
  maxColumns: v.optional(v.number()),
  /** Present only when the native validations cannot reproduce the sheet's list exactly. */
  dataValidations: v.optional(v.array(dataValidation)),
});

const stateSchema = v.object({
  version: v.literal(1),
  workbook: v.object({
    id: v.string(),
    name: v.string(),
    timeZone: v.string(),
    locale: v.string(),
    developerMetadata: v.array(developerMetadata),
    documentProperties: v.record(v.string(), v.string()),
    namedRanges: v.array(namedRange),
    triggers: v.array(trigger),
    forms: v.array(form),
  }),
  sheets: v.array(sheetState),
});

export type SheetState = v.InferOutput<typeof sheetState>;
export type IpState = v.InferOutput<typeof stateSchema>;

// Compile-time checks that the schemas describe the model's own types.
type Assignable<A, B> = A extends B ? true : never;
const schemaMatchesModel: [
  Assignable<v.InferOutput<typeof dataValidation>, DataValidationModel>,
  Assignable<v.InferOutput<typeof conditionalFormat>, ConditionalFormatModel>,
  Assignable<v.InferOutput<typeof chart>, ChartModel>,
  Assignable<v.InferOutput<typeof protection>, ProtectionModel>,
  Assignable<v.InferOutput<typeof namedRange>, NamedRangeModel>,
  Assignable<v.InferOutput<typeof trigger>, TriggerModel>,
  Assignable<v.InferOutput<typeof form>, FormModel>,
  Assignable<v.InferOutput<typeof developerMetadata>, DeveloperMetadataModel>,
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
  const result = v.safeParse(stateSchema, parsed);
  if (!result.success) throw new Error(`The hidden ${STATE_SHEET} sheet is not in the expected format: ${v.summarize(result.issues)}`);
  return result.output;
}
