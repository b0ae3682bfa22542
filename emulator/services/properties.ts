/**
 * PropertiesService with Apps Script's quotas. Document properties live in the workbook model
 * (Sheets keeps them between runs); user and script properties in memory.
 * https://developers.google.com/apps-script/reference/properties/properties
 * https://developers.google.com/apps-script/guides/services/quotas
 */
import { CLASS_NAME } from '../counting';

/** 9 KB per property (key and value together). */
export const MAX_PROPERTY_BYTES = 9 * 1024;
/** 500 KB per property store. */
export const MAX_STORE_BYTES = 500 * 1024;

export const VALUE_TOO_LARGE = 'Argument too large: value';
export const STORE_FULL = 'You have exceeded the property storage quota. Please remove some properties and try again.';

const encoder = new TextEncoder();

function bytes(key: string, value: string): number {
  return encoder.encode(key).length + encoder.encode(value).length;
}

export class Properties implements GoogleAppsScript.Properties.Properties {
  readonly [CLASS_NAME] = 'Properties';

  /** `store` is changed in place, so document properties land in the workbook model. */
  constructor(private readonly store: Record<string, string>) {}

  getProperty(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.store, key) ? (this.store[key] ?? null) : null;
  }

  getProperties(): Record<string, string> {
    return { ...this.store };
  }

  getKeys(): string[] {
    return Object.keys(this.store);
  }

  setProperty(key: string, value: string): Properties {
    return this.setProperties({ [key]: value });
  }

  /** All or nothing: a value over the limits leaves the store as it was. */
  setProperties(properties: Record<string, string>, deleteAllOthers = false): Properties {
    const next: Record<string, string> = deleteAllOthers ? {} : { ...this.store };
    for (const [key, raw] of Object.entries(properties)) {
      const value = String(raw);
      if (bytes(key, value) > MAX_PROPERTY_BYTES) throw new Error(VALUE_TOO_LARGE);
      next[key] = value;
    }
    const total = Object.entries(next).reduce((sum, [key, value]) => sum + bytes(key, value), 0);
    if (total > MAX_STORE_BYTES) throw new Error(STORE_FULL);
    this.replaceWith(next);
    return this;
  }

  deleteProperty(key: string): Properties {
    delete this.store[key];
    return this;
  }

  deleteAllProperties(): Properties {
    this.replaceWith({});
    return this;
  }

  private replaceWith(next: Record<string, string>): void {
    for (const key of Object.keys(this.store)) delete this.store[key];
    Object.assign(this.store, next);
  }
}

export class PropertiesService implements GoogleAppsScript.Properties.PropertiesService {
  readonly [CLASS_NAME] = 'PropertiesService';
  private readonly user: Record<string, string> = {};
  private readonly script: Record<string, string> = {};

  /** Read when asked, so a workbook whose properties were reloaded is still the one used. */
  constructor(private readonly document: () => Record<string, string>) {}

  getDocumentProperties(): Properties {
    return new Properties(this.document());
  }
  getUserProperties(): Properties {
    return new Properties(this.user);
  }
  getScriptProperties(): Properties {
    return new Properties(this.script);
  }
}
