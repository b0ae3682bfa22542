/**
 * `npm run deploy` pushes to Apps Script only what passed: it is `npm test` (the type check, the
 * lint, a fresh build and the tests, joined with `&&`) and then `clasp push`, so the first step
 * that fails stops it before anything is pushed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const scripts = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

describe('npm run deploy', () => {
  it('type-checks, lints, builds and tests, each required to pass, before clasp push', () => {
    const steps = (script: string | undefined) => (script ?? '').split('&&').map((step) => step.trim());
    expect(steps(scripts.deploy)).toEqual(['npm test', 'clasp push']);
    expect(steps(scripts.test)).toEqual(['npm run typecheck', 'npm run lint', 'npm run build', 'vitest run']);
    for (const script of [scripts.deploy, scripts.test]) expect(script).not.toMatch(/;|\|\||--no-verify|--force/);
  });
});
