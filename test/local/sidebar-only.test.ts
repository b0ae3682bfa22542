/** The server build blanks the settings' hints, and nothing else, in the table it bundles. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIDEBAR_ONLY_TEXT, withoutHints } from '../../tools/build/sidebar-only';

const TABLE = join(import.meta.dirname, '..', '..', 'src', 'core', 'settings', 'table.ts');

describe('withoutHints', () => {
  it('blanks every hint, written out or named, and keeps labels, defaults and other text', () => {
    const source = [
      "const SHARED = 'Shared hint.';",
      'export const T = {',
      "  a: whole({ label: 'Largest group', hint: 'At most this many pupils.', min: 1, max: 12, default: 8 }),",
      '  b: text({',
      "    label: 'Contact',",
      '    hint:',
      "      'A long hint that the formatter put on a line of its own, with a “quote” and a comma, too.',",
      "    default: 'the office',",
      '  }),',
      '  c: rate({ label: "Rate", hint: SHARED, default: 20 }),',
      "  d: { hintText: 'not a hint property', note: 'hint: inside a string' },",
      '};',
    ].join('\n');
    const blanked = withoutHints(source);
    expect(blanked).not.toContain('At most this many pupils.');
    expect(blanked).not.toContain('A long hint');
    expect(blanked).toContain("hint: '', min: 1");
    expect(blanked).toContain("hint: '', default: 20");
    for (const kept of [
      "label: 'Largest group'",
      "default: 'the office'",
      "hintText: 'not a hint property'",
      "'hint: inside a string'",
      "'Shared hint.'",
    ])
      expect(blanked).toContain(kept);
  });

  it('applies to the real settings table, which still parses and loses only its hints', () => {
    expect(SIDEBAR_ONLY_TEXT.test(TABLE)).toBe(true);
    const source = readFileSync(TABLE, 'utf8');
    const blanked = withoutHints(source);
    const hints = source.match(/\bhint:/g)?.length ?? 0;
    expect(hints).toBeGreaterThan(30);
    expect(blanked.match(/\bhint: '',?/g)?.length).toBe(hints);
    expect(blanked.length).toBeLessThan(source.length - 2000);
  });
});
