/**
 * `npm run local -- all` on each hostile fixture, as a user would run it: usable workbooks exit 0
 * (their bad rows are reported, not fatal); a workbook with no register at all stops with a
 * one-line reason, as DESIGN.md asks of input that cannot be used.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostileCorpus } from '../../tools/hostile/corpus';
import { ensureBuilt } from '../support/built';
import { runCli } from '../support/cli';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'hostile');

describe('the local runner on the hostile fixtures', () => {
  beforeAll(ensureBuilt);

  it.each(hostileCorpus().map((entry) => [entry.name, entry.unusable ?? null] as const))('%s', (name, unusable) => {
    const out = mkdtempSync(join(tmpdir(), `ip-hostile-${name}-`));
    const run = runCli(['all', '--in', join(FIXTURES, `${name}.xlsx`), '--out', out]);
    if (unusable === null) {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    } else {
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/could not find your intervention register/);
    }
  });
});
