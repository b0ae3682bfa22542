/**
 * What the add-in keeps in document properties — the column mapping, the settings and the pupils
 * people matched to names typed on forms — read back and written as property values. Everything
 * read back is checked: a property edited by hand or written by an older version falls back to
 * defaults rather than breaking an action.
 */
import * as v from 'valibot';
import { record } from './schema-parts';
import { MAPPING_VERSION, mappingSchema, type Mapping } from './mapping/schema';
import type { QuestionnaireChoices } from './questionnaires/choices';
import { formRecordSchema, type FormRecord } from './questionnaires/form-records';
import { defaultSettings, settingsSchema, type Settings } from './settings';
import {
  FIELDS_LEFT_PROPERTY,
  FORM_SECRET_PROPERTY,
  FORMS_PROPERTY,
  ITEM_CHOICES_PROPERTY,
  MAPPING_PARTS,
  mappingProperty,
  PHASE_CHOICES_PROPERTY,
  RESOLVED_PUPILS_PROPERTY,
  SETTINGS_PROPERTY,
} from './storage-keys';

export interface Stored {
  readonly mapping: Mapping | null;
  readonly settings: Settings;
  /** Names, codes or emails on forms that a person matched to a pupil: normalised text → pupil id. */
  readonly resolvedPupils: Readonly<Record<string, string>>;
  /** Fields setup did not find that the user chose to carry on without, as `section.field`. */
  readonly fieldsLeft: readonly string[];
  /** Responses whose phase a person chose, and items whose column a person chose. */
  readonly phaseChoices: QuestionnaireChoices['phases'];
  readonly itemChoices: QuestionnaireChoices['items'];
  /** The questionnaire forms the add-in made. */
  readonly forms: readonly FormRecord[];
  /** The secret of the pupils' personal codes; null until the first form that uses them. */
  readonly formSecret: string | null;
}

const resolvedPupilsSchema = record(v.string(), v.string());
const fieldsLeftSchema = v.array(v.string());
const phaseChoicesSchema = record(v.string(), v.picklist(['pre', 'post']));
const itemChoicesSchema = record(v.string(), record(v.string(), v.string()));
const formsSchema = v.array(formRecordSchema);
const secretSchema = v.pipe(v.string(), v.minLength(32), v.maxLength(200));

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function readStored(all: Readonly<Record<string, string>>): Stored {
  const parts = Object.fromEntries(MAPPING_PARTS.map((part) => [part, parseJson(all[mappingProperty(part)])]));
  const mapping = v.safeParse(mappingSchema, { version: MAPPING_VERSION, ...parts });
  const settings = v.safeParse(settingsSchema, parseJson(all[SETTINGS_PROPERTY]) ?? {});
  const resolved = v.safeParse(resolvedPupilsSchema, parseJson(all[RESOLVED_PUPILS_PROPERTY]) ?? {});
  const fieldsLeft = v.safeParse(fieldsLeftSchema, parseJson(all[FIELDS_LEFT_PROPERTY]) ?? []);
  const phases = v.safeParse(phaseChoicesSchema, parseJson(all[PHASE_CHOICES_PROPERTY]) ?? {});
  const items = v.safeParse(itemChoicesSchema, parseJson(all[ITEM_CHOICES_PROPERTY]) ?? {});
  const forms = v.safeParse(formsSchema, parseJson(all[FORMS_PROPERTY]) ?? []);
  const secret = v.safeParse(secretSchema, all[FORM_SECRET_PROPERTY]);
  return {
    mapping: MAPPING_PARTS.every((part) => parts[part] === undefined) || !mapping.success ? null : mapping.output,
    settings: settings.success ? settings.output : defaultSettings(),
    resolvedPupils: resolved.success ? resolved.output : {},
    fieldsLeft: fieldsLeft.success ? fieldsLeft.output : [],
    phaseChoices: phases.success ? phases.output : {},
    itemChoices: items.success ? items.output : {},
    forms: forms.success ? forms.output : [],
    formSecret: secret.success ? secret.output : null,
  };
}

/** Everything people chose for the questionnaires, as scoring reads it. */
export function questionnaireChoices(stored: Stored): QuestionnaireChoices {
  return { pupils: stored.resolvedPupils, phases: stored.phaseChoices, items: stored.itemChoices };
}

/** One property per part of the mapping, so no single value nears the 9 KB limit. */
export function mappingProperties(mapping: Mapping): Record<string, string> {
  return Object.fromEntries(MAPPING_PARTS.map((part) => [mappingProperty(part), JSON.stringify(mapping[part])]));
}

export function settingsProperties(settings: Settings): Record<string, string> {
  return { [SETTINGS_PROPERTY]: JSON.stringify(settings) };
}

export function resolvedPupilsProperties(resolved: Readonly<Record<string, string>>): Record<string, string> {
  return { [RESOLVED_PUPILS_PROPERTY]: JSON.stringify(resolved) };
}

export function fieldsLeftProperties(fields: readonly string[]): Record<string, string> {
  return { [FIELDS_LEFT_PROPERTY]: JSON.stringify(fields) };
}

export function phaseChoicesProperties(phases: Stored['phaseChoices']): Record<string, string> {
  return { [PHASE_CHOICES_PROPERTY]: JSON.stringify(phases) };
}

export function itemChoicesProperties(items: Stored['itemChoices']): Record<string, string> {
  return { [ITEM_CHOICES_PROPERTY]: JSON.stringify(items) };
}

/** The forms, and the secret when it is new (it never changes once made: links must keep working). */
export function formsProperties(forms: readonly FormRecord[], newSecret: string | null): Record<string, string> {
  return { [FORMS_PROPERTY]: JSON.stringify(forms), ...(newSecret === null ? {} : { [FORM_SECRET_PROPERTY]: newSecret }) };
}

export const MAPPING_TOO_BIG =
  'What setup found on this sheet is too large for Google Sheets to remember (some column headers are very long). Shorten the long headers, then run Set up this sheet again.';
export const SETTINGS_TOO_BIG = 'These settings are too large for Google Sheets to remember. Shorten the longest entries, then save again.';
export const FIELDS_LEFT_TOO_BIG = 'Google Sheets cannot remember that many fields to do without. Run Set up this sheet again.';
export const RESOLVED_TOO_BIG =
  'Google Sheets cannot remember any more chosen pupils for this spreadsheet. Correct the names on the form responses instead, or clear some earlier choices.';
export const CHOICES_TOO_BIG =
  'Google Sheets cannot remember any more choices for this spreadsheet. Correct the answers on the form responses tab instead, or clear some earlier choices.';
export const FORMS_TOO_BIG = 'Google Sheets cannot remember any more questionnaire forms for this spreadsheet.';
