/**
 * What a generated tab's developer metadata says of it: its key (its identity across renames) and
 * a fingerprint of what was written, so that an action whose tab would come out exactly as it is
 * leaves it alone. Replacing a tab costs Google a new sheet, two grid trims and a deletion; most
 * runs of most actions change few of their tabs.
 */
import type { TabPlan } from './plan';

const FINGERPRINT = /\n#([0-9a-z]+)$/;

export interface TabTag {
  readonly key: string;
  /** Null for a tab written before fingerprints were kept: it is always rewritten. */
  readonly fingerprint: string | null;
}

export function tabTagValue(key: string, fingerprint: string): string {
  return `${key}\n#${fingerprint}`;
}

export function readTabTag(value: string): TabTag {
  const match = FINGERPRINT.exec(value);
  return match?.[1] ? { key: value.slice(0, match.index), fingerprint: match[1] } : { key: value, fingerprint: null };
}

/** Everything the tab's plan writes (values, formats, charts, name), hashed (cyrb53: 53 bits). */
export function fingerprintOf(tab: TabPlan): string {
  const text = JSON.stringify(tab);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
