import { createHmac, createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PupilId } from '../../../src/core/domain';
import { hmacSha256, sha256, utf8 } from '../../../src/core/questionnaires/hmac';
import { codeKey, personalCodes, pupilsByCode } from '../../../src/core/questionnaires/personal-codes';
import { PUPILS } from './fixtures';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('HMAC-SHA-256 in plain TypeScript', () => {
  it('gives FIPS 180-4’s digest of "abc" and of a message spanning two blocks', () => {
    expect(hex(sha256(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('gives RFC 4231’s test vectors (cases 1, 2 and 6: a key longer than a block)', () => {
    expect(hex(hmacSha256(new Uint8Array(20).fill(0x0b))(utf8('Hi There')))).toBe(
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    );
    expect(hex(hmacSha256(utf8('Jefe'))(utf8('what do ya want for nothing?')))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    expect(hex(hmacSha256(new Uint8Array(131).fill(0xaa))(utf8('Test Using Larger Than Block-Size Key - Hash Key First')))).toBe(
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
  });

  it('agrees with node’s crypto on random keys and messages of every length up to three blocks', () => {
    for (let length = 0; length <= 192; length += 7) {
      const key = randomBytes(1 + (length % 90));
      const message = randomBytes(length);
      expect(hex(sha256(message))).toBe(createHash('sha256').update(message).digest('hex'));
      expect(hex(hmacSha256(key)(message))).toBe(createHmac('sha256', key).update(message).digest('hex'));
    }
    const text = 'Zoë Ó Dónaill 学生 🙂';
    expect(hex(utf8(text))).toBe(Buffer.from(text, 'utf8').toString('hex'));
  });
});

describe('personal codes', () => {
  const secret = 'a0f3c9d2-5b1e-4c7a-9e8f-1d2c3b4a5f60';
  const codeOf = personalCodes(secret);

  it('are the HMAC of the pupil id under the secret, 60 bits in base 32', () => {
    const code = codeOf('P001' as PupilId);
    expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$/);
    // The same 60 bits worked out with node's crypto: the digest's first 15 hex digits.
    const digest = createHmac('sha256', secret).update('pupil:P001').digest();
    const bits = BigInt(`0x${digest.toString('hex').slice(0, 15)}`);
    const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
    const expected = Array.from({ length: 12 }, (_, i) => alphabet[Number((bits >> BigInt(55 - i * 5)) & 31n)]).join('');
    expect(code.replace(/-/g, '')).toBe(expected);
  });

  it('are stable for a secret, differ between pupils and between secrets, and never contain the id', () => {
    const codes = PUPILS.map((p) => codeOf(p.id));
    expect(PUPILS.map((p) => personalCodes(secret)(p.id))).toEqual(codes);
    expect(new Set(codes).size).toBe(PUPILS.length);
    expect(personalCodes(`${secret}x`)('P001' as PupilId)).not.toBe(codes[0]);
    for (const code of codes) expect(code.toUpperCase()).not.toContain('P00');
  });

  it('are read back whatever the case, spacing or look-alike letters', () => {
    const index = pupilsByCode(secret, PUPILS);
    const code = codeOf('P003' as PupilId);
    const retyped = ` ${code.toUpperCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'O')} `;
    expect(index.get(codeKey(retyped))?.id).toBe('P003');
    expect(index.get(codeKey('zzzz-zzzz-zzzz'))).toBeUndefined();
  });
});
