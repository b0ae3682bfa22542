/** `npm run demo` is the README's first command: it must work on a fresh clone (no out/ yet). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/built';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the demo', () => {
  beforeAll(ensureBuilt);

  it('runs every action on the example school into a folder that does not exist yet, and says where the report is', () => {
    // Into a temporary folder: the test never rewrites the demo a person may be looking at in out/demo.
    const out = join(mkdtempSync(join(tmpdir(), 'ip-demo-')), 'demo');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tools', 'demo.ts'), '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const action of ['setup', 'timetable', 'groups', 'score', 'impact'])
      expect(run.stdout).toMatch(new RegExp(`^${action}: (?!could not run)`, 'm'));
    expect(run.stdout).toContain(join('demo', 'report.html'));
    for (const file of ['example-school.xlsx', 'workbook.xlsx', 'report.html', 'charts.json', 'stats.json', 'mapping.json'])
      expect(existsSync(join(out, file))).toBe(true);
  });
});

describe('where the README commands write by default', () => {
  it('is ignored by git, so trying them never changes a tracked file', async () => {
    const { DEFAULT_OUT } = await import('../../tools/example/cli');
    const paths = [join(DEFAULT_OUT, 'example-tidy.xlsx'), join(ROOT, 'out', 'demo', 'workbook.xlsx'), join(ROOT, 'dist', 'Code.js')];
    const check = spawnSync('git', ['check-ignore', '--no-index', ...paths], { cwd: ROOT, encoding: 'utf8' });
    expect(check.stdout.trim().split('\n').sort()).toEqual([...paths].sort());
  });
});
