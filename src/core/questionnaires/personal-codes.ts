/**
 * A pupil's personal code: what their form link fills in instead of their name. It is the HMAC of
 * the pupil's id under a random secret kept in the spreadsheet's document properties, so the same
 * pupil always gets the same code (a tab of links can be rebuilt), nobody can work a code out from
 * a UPN or a name without the secret, and one code says nothing about another. 60 bits, written
 * in Crockford's base 32 as `xxxx-xxxx-xxxx`; read back forgiving case, spaces and look-alikes.
 */
import type { Pupil, PupilId } from '../domain';
import { hmacSha256, utf8 } from './hmac';

/** Crockford's base 32: no i, l, o or u, so a code read aloud or retyped is not misread. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const SYMBOLS = 12;
const GROUP = 4;

export type PersonalCode = string & { readonly __brand: 'PersonalCode' };

/** The code maker for one secret: the key's work is done once for the whole register. */
export function personalCodes(secret: string): (id: PupilId) => PersonalCode {
  const hmac = hmacSha256(utf8(secret));
  return (id) => {
    const digest = hmac(utf8(`pupil:${id}`));
    let symbols = '';
    // Five bits a symbol, from the digest's leading bits.
    for (let i = 0; i < SYMBOLS; i++) {
      const bit = i * 5;
      const byte = bit >> 3;
      const pair = (digest[byte]! << 8) | (digest[byte + 1] ?? 0);
      symbols += ALPHABET[(pair >> (11 - (bit & 7))) & 31];
    }
    return symbols.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-') as PersonalCode;
  };
}

/** A code as typed or carried by a link, reduced to its symbols: case, spaces, dashes and look-alikes forgiven. */
export function codeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^0-9a-z]/g, '')
    .replace(/[il]/g, '1')
    .replace(/o/g, '0');
}

/** Code key → pupil; null where two pupils' codes happen to coincide (never guessed between). */
export function pupilsByCode(secret: string, pupils: readonly Pupil[]): Map<string, Pupil | null> {
  const codeOf = personalCodes(secret);
  const index = new Map<string, Pupil | null>();
  for (const pupil of pupils) {
    const key = codeKey(codeOf(pupil.id));
    index.set(key, index.has(key) && index.get(key)?.id !== pupil.id ? null : pupil);
  }
  return index;
}
