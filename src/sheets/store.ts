/**
 * Settings and the column mapping, kept in the spreadsheet's document properties (never pupil
 * data). Each part of the mapping has its own property so no single value nears the 9 KB limit.
 * Everything read back is checked with zod: a property edited by hand or written by an older
 * version falls back to defaults rather than breaking an action.
 */
import * as z from 'zod';
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

export function saveMapping(mapping: Mapping): void {
  const values: Record<string, string> = {};
  for (const part of MAPPING_PARTS) values[mappingProperty(part)] = JSON.stringify(mapping[part]);
  properties().setProperties(values);
}

export function saveSettings(settings: Settings): void {
  properties().setProperty(SETTINGS_PROPERTY, JSON.stringify(settings));
}
