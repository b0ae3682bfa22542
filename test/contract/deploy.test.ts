/**
 * `npm run deploy` pushes to Apps Script only what passed: the type check, the lint, a fresh build
 * and the tests run first, joined with `&&`, so the first that fails stops it before `clasp push`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const scripts = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

describe('npm run deploy', () => {
  it('type-checks, lints, builds and tests, each required to pass, before clasp push', () => {
    const steps = (scripts.deploy ?? '').split('&&').map((step) => step.trim());
    expect(steps).toEqual(['npm run typecheck', 'npm run lint', 'npm run build', 'vitest run', 'clasp push']);
    expect(scripts.deploy).not.toMatch(/;|\|\||--no-verify|--force/);
  });
});
