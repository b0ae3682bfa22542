/** Which example set a run uses, and that a CI run without the shared examples stops, naming the file. */
import { describe, expect, it } from 'vitest';
import { chooseOrigin, SHARED_EXAMPLES } from './examples';

const present = (): boolean => true;
const absent = (): boolean => false;

describe('chooseOrigin', () => {
  it('takes the shared examples when they are there', () => {
    expect(chooseOrigin({}, present)).toBe('shared');
    expect(chooseOrigin({ CI: '1' }, present)).toBe('shared');
  });

  it('takes the project’s own examples on a clone without them', () => {
    expect(chooseOrigin({}, absent)).toBe('generated');
  });

  it.each([{ CI: '1' }, { CI: 'true' }, { IP_EXAMPLES: 'shared' }])('fails loudly, naming the missing file, under %o', (env) => {
    expect(() => chooseOrigin(env, absent)).toThrow(`The shared example ${SHARED_EXAMPLES}/oakfield-tracking.xlsx is missing.`);
  });

  it('names the file that is missing when only one is', () => {
    const onlyTidy = (path: string): boolean => path.endsWith('oakfield-tracking.xlsx');
    expect(() => chooseOrigin({ CI: '1' }, onlyTidy)).toThrow(`${SHARED_EXAMPLES}/oakfield-register-messy.xlsx is missing`);
  });

  it('does as IP_EXAMPLES says, and refuses a value it does not know', () => {
    expect(chooseOrigin({ IP_EXAMPLES: 'generated', CI: '1' }, present)).toBe('generated');
    expect(chooseOrigin({ IP_EXAMPLES: 'shared' }, present)).toBe('shared');
    expect(() => chooseOrigin({ IP_EXAMPLES: 'oakfield' }, present)).toThrow(
      'IP_EXAMPLES must be "shared" or "generated", not "oakfield".',
    );
  });
});
