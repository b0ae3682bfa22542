/**
 * What the add-in keeps in document properties — the column mapping, the settings and the pupils
 * people matched to names typed on forms — read back and written as property values. Everything
 * read back is checked: a property edited by hand or written by an older version falls back to
 * defaults rather than breaking an action.
 */
import * as z from 'zod/mini';
import { MAPPING_VERSION, mappingSchema, type Mapping } from './mapping/schema';
import { settingsSchema, type Settings } from './settings';
import { FIELDS_LEFT_PROPERTY, MAPPING_PARTS, mappingProperty, RESOLVED_PUPILS_PROPERTY, SETTINGS_PROPERTY } from './storage-keys';

export interface Stored {
  readonly mapping: Mapping | null;
  readonly settings: Settings;
  /** Names typed on forms that a person matched to a pupil: normalised name → pupil id. */
  readonly resolvedPupils: Readonly<Record<string, string>>;
  /** Fields setup did not find that the user chose to carry on without, as `section.field`. */
  readonly fieldsLeft: readonly string[];
}

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
  const mapping = mappingSchema.safeParse({ version: MAPPING_VERSION, ...parts });
  const settings = settingsSchema.safeParse(parseJson(all[SETTINGS_PROPERTY]) ?? {});
  const resolved = z.record(z.string(), z.string()).safeParse(parseJson(all[RESOLVED_PUPILS_PROPERTY]) ?? {});
  const fieldsLeft = z.array(z.string()).safeParse(parseJson(all[FIELDS_LEFT_PROPERTY]) ?? []);
  return {
    mapping: MAPPING_PARTS.every((part) => parts[part] === undefined) || !mapping.success ? null : mapping.data,
    settings: settings.success ? settings.data : settingsSchema.parse({}),
    resolvedPupils: resolved.success ? resolved.data : {},
    fieldsLeft: fieldsLeft.success ? fieldsLeft.data : [],
  };
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

export const MAPPING_TOO_BIG =
  'What setup found on this sheet is too large for Google Sheets to remember (some column headers are very long). Shorten the long headers, then run Set up this sheet again.';
export const SETTINGS_TOO_BIG = 'These settings are too large for Google Sheets to remember. Shorten the longest entries, then save again.';
export const FIELDS_LEFT_TOO_BIG = 'Google Sheets cannot remember that many fields to do without. Run Set up this sheet again.';
export const RESOLVED_TOO_BIG =
  'Google Sheets cannot remember any more chosen pupils for this spreadsheet. Correct the names on the form responses instead, or clear some earlier choices.';
