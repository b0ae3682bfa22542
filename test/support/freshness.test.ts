/**
 * The tests run the bundle built from today's source: the staleness check the global set-up acts
 * on says "stale" as soon as any file the build reads is newer than dist/, and the set-up has left
 * this repository's dist/ fresh.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './built';
import { BUILD_INPUTS, BUILD_OUTPUTS, bundleFreshness } from './freshness';

const BUILT_AT = new Date(2026, 10, 2, 9, 0, 0);
const EARLIER = new Date(2026, 10, 2, 8, 0, 0);
const LATER = new Date(2026, 10, 2, 10, 0, 0);

/** One file per input of the build: the input itself, or a file deep inside a folder. */
const INPUT_FILES = BUILD_INPUTS.map((input) => (input.includes('.') ? input : join(input, 'deep', 'file.ts')));
const OUTPUT_FILES = BUILD_OUTPUTS.map((output) => join('dist', output));

/** A copy of the project's shape in a temporary folder, every input older than dist/. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'ip-freshness-'));
  for (const [files, time] of [
    [INPUT_FILES, EARLIER],
    [OUTPUT_FILES, BUILT_AT],
  ] as const) {
    for (const file of files) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), '');
      utimesSync(join(root, file), time, time);
    }
  }
  return root;
}

const made: string[] = [];
function freshProject(): string {
  const root = project();
  made.push(root);
  return root;
}
afterEach(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('bundleFreshness', () => {
  it('is fresh when dist/ is newer than every input', () => {
    expect(bundleFreshness(freshProject())).toEqual({ stale: false, reason: 'dist/ is newer than every file it is built from.' });
  });

  it.each(INPUT_FILES)('is stale, naming the file, when %s is touched after the build', (file) => {
    const root = freshProject();
    utimesSync(join(root, file), LATER, LATER);
    expect(bundleFreshness(root)).toEqual({ stale: true, reason: `${file} changed since the last build` });
  });

  it('is stale when a new source file appears after the build', () => {
    const root = freshProject();
    writeFileSync(join(root, 'src', 'new-rule.ts'), '');
    expect(bundleFreshness(root)).toEqual({ stale: true, reason: `${join('src', 'new-rule.ts')} changed since the last build` });
  });

  it.each(OUTPUT_FILES)('is stale when %s is missing', (output) => {
    const root = freshProject();
    rmSync(join(root, output));
    expect(bundleFreshness(root)).toEqual({ stale: true, reason: 'there is no complete build in dist/ yet' });
  });

  it('finds this repository’s dist/ fresh: the global set-up built it from today’s source', () => {
    expect(bundleFreshness(ROOT)).toEqual({ stale: false, reason: 'dist/ is newer than every file it is built from.' });
  });
});
