/** Document properties: the add-in's settings and setup (never pupil data), one call to read them all. */
import type { PropertiesPort } from '../core/ports';
import { UserError } from '../core/user-error';

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

export const propertiesPort: PropertiesPort = {
  all: () => PropertiesService.getDocumentProperties().getProperties(),
  set: (values, refusal) => {
    // Refused with a sentence a person can act on, rather than let Apps Script fail on an oversized value.
    for (const [key, value] of Object.entries(values))
      if (utf8Bytes(key) + utf8Bytes(value) > PROPERTY_VALUE_LIMIT) throw new UserError(refusal, 'limit');
    PropertiesService.getDocumentProperties().setProperties({ ...values });
  },
};
