/** The add-in's document properties, read in one call and written with Google's 9 KB limit checked. */
import type { Mapping } from '../core/mapping/schema';
import type { Settings } from '../core/settings';
import {
  FIELDS_LEFT_TOO_BIG,
  fieldsLeftProperties,
  MAPPING_TOO_BIG,
  mappingProperties,
  readStored,
  RESOLVED_TOO_BIG,
  resolvedPupilsProperties,
  SETTINGS_TOO_BIG,
  settingsProperties,
  type Stored,
} from '../core/stored';
import { services } from './services';

export function loadStored(): Stored {
  return readStored(services().properties.all());
}

export function saveMapping(mapping: Mapping): void {
  services().properties.set(mappingProperties(mapping), MAPPING_TOO_BIG);
}

export function saveSettings(settings: Settings): void {
  services().properties.set(settingsProperties(settings), SETTINGS_TOO_BIG);
}

export function saveResolvedPupils(resolved: Readonly<Record<string, string>>): void {
  services().properties.set(resolvedPupilsProperties(resolved), RESOLVED_TOO_BIG);
}

export function saveFieldsLeft(fields: readonly string[]): void {
  services().properties.set(fieldsLeftProperties(fields), FIELDS_LEFT_TOO_BIG);
}
