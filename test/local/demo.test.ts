/** `npm run demo` is the README's first command: it must work on a fresh clone (no out/ yet). */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/built';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'out', 'demo');

describe('the demo', () => {
  beforeAll(ensureBuilt);

  it('runs every action on the example school from nothing and says where the report is', () => {
    rmSync(OUT, { recursive: true, force: true });
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tools', 'demo.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const action of ['setup', 'timetable', 'groups', 'score', 'impact'])
      expect(run.stdout).toMatch(new RegExp(`^${action}: (?!could not run)`, 'm'));
    expect(run.stdout).toContain(join('out', 'demo', 'report.html'));
    for (const file of ['example-school.xlsx', 'workbook.xlsx', 'report.html', 'charts.json', 'stats.json', 'mapping.json'])
      expect(existsSync(join(OUT, file))).toBe(true);
  });
});
