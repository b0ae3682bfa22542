/**
 * Settings and the column mapping, kept in the spreadsheet's document properties (never pupil
 * data). Each part of the mapping has its own property so no single value nears the 9 KB limit.
 * Everything read back is checked with zod: a property edited by hand or written by an older
 * version falls back to defaults rather than breaking an action.
 */
import * as z from 'zod/mini';
import { UserError } from '../core/user-error';
import { MAPPING_VERSION, mappingSchema, type Mapping } from '../core/mapping/schema';
import { settingsSchema, type Settings } from '../core/settings';
import { MAPPING_PARTS, mappingProperty, RESOLVED_PUPILS_PROPERTY, SETTINGS_PROPERTY } from '../core/storage-keys';

function properties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface Stored {
  readonly mapping: Mapping | null;
  readonly settings: Settings;
  /** Names typed on forms that a person matched to a pupil: normalised name → pupil id. */
  readonly resolvedPupils: Readonly<Record<string, string>>;
}

/** One service call for everything the add-in keeps. */
export function loadStored(): Stored {
  const all = properties().getProperties();
  const parts = Object.fromEntries(MAPPING_PARTS.map((part) => [part, parseJson(all[mappingProperty(part)])]));
  const mapping = mappingSchema.safeParse({ version: MAPPING_VERSION, ...parts });
  const settings = settingsSchema.safeParse(parseJson(all[SETTINGS_PROPERTY]) ?? {});
  const resolved = z.record(z.string(), z.string()).safeParse(parseJson(all[RESOLVED_PUPILS_PROPERTY]) ?? {});
  return {
    mapping: MAPPING_PARTS.every((part) => parts[part] === undefined) || !mapping.success ? null : mapping.data,
    settings: settings.success ? settings.data : settingsSchema.parse({}),
    resolvedPupils: resolved.success ? resolved.data : {},
  };
}

/** Apps Script refuses a document property over 9 KB (key and value together, in UTF-8 bytes). */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;

export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

const MAPPING_TOO_BIG =
  'What setup found on this sheet is too large for Google Sheets to remember (some column headers are very long). Shorten the long headers, then run Set up this sheet again.';
const SETTINGS_TOO_BIG = 'These settings are too large for Google Sheets to remember. Shorten the longest entries, then save again.';

/** Refuses, with a sentence a person can act on, rather than let Apps Script fail on an oversized value. */
function checked(key: string, value: string, refusal: string): string {
  if (utf8Bytes(key) + utf8Bytes(value) > PROPERTY_VALUE_LIMIT) throw new UserError(refusal, 'limit');
  return value;
}

export function saveMapping(mapping: Mapping): void {
  const values: Record<string, string> = {};
  for (const part of MAPPING_PARTS) {
    const key = mappingProperty(part);
    values[key] = checked(key, JSON.stringify(mapping[part]), MAPPING_TOO_BIG);
  }
  properties().setProperties(values);
}

export function saveSettings(settings: Settings): void {
  properties().setProperty(SETTINGS_PROPERTY, checked(SETTINGS_PROPERTY, JSON.stringify(settings), SETTINGS_TOO_BIG));
}
