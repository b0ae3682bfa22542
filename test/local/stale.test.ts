/** dist/ is rebuilt only when a source is newer than it, and once however many callers ask at the same time. */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIfStale, staleReason, type BuildLayout } from '../../tools/build/stale';

const OUTPUTS = ['Code.js', 'Sidebar.html'];

/** A project in a temporary folder: sources written at `sourceTime`, outputs (when built) at `builtTime` (seconds). */
function project(sourceTime: number, builtTime: number | null): BuildLayout {
  const root = mkdtempSync(join(tmpdir(), 'ip-stale-'));
  const dist = join(root, 'dist');
  mkdirSync(join(root, 'src', 'core'), { recursive: true });
  const sources = [join(root, 'src', 'core', 'plan.ts'), join(root, 'appsscript.json')];
  for (const path of sources) {
    writeFileSync(path, '');
    utimesSync(path, sourceTime, sourceTime);
  }
  if (builtTime !== null) {
    mkdirSync(dist);
    for (const file of OUTPUTS) {
      writeFileSync(join(dist, file), '');
      utimesSync(join(dist, file), builtTime, builtTime);
    }
  }
  return { dist, outputs: OUTPUTS, sources: [join(root, 'src'), join(root, 'appsscript.json'), join(root, 'package-lock.json')] };
}

function touch(layout: BuildLayout, time: number): void {
  const path = join(layout.sources[0] ?? '', 'core', 'plan.ts');
  utimesSync(path, time, time);
}

describe('staleReason', () => {
  it('is null when every output is newer than every source', () => {
    expect(staleReason(project(1_000, 2_000))).toBeNull();
  });

  it('names the source that changed since the last build, found inside folders', () => {
    const layout = project(1_000, 2_000);
    touch(layout, 3_000);
    expect(staleReason(layout)).toMatch(/plan\.ts changed since the last build$/);
  });

  it('asks for a build when an output is missing', () => {
    expect(staleReason(project(1_000, null))).toBe('there is no complete build in dist/ yet');
  });
});

describe('buildIfStale', () => {
  it('does not build a fresh dist/', async () => {
    let builds = 0;
    const built = await buildIfStale({ layout: project(1_000, 2_000), build: () => Promise.resolve(void (builds += 1)) });
    expect([built, builds]).toEqual([false, 0]);
  });

  it('builds once, saying why, when several callers find dist/ stale at the same time', async () => {
    const layout = project(3_000, 2_000);
    const lines: string[] = [];
    let builds = 0;
    const build = async (): Promise<void> => {
      builds += 1;
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const file of OUTPUTS) writeFileSync(join(layout.dist, file), 'built');
    };
    const results = await Promise.all([1, 2, 3].map(() => buildIfStale({ layout, build, log: (line) => lines.push(line) })));
    expect(builds).toBe(1);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(lines).toEqual([expect.stringMatching(/^Building the add-in first: .*plan\.ts changed since the last build\.$/)]);
    expect(staleReason(layout)).toBeNull();
  });
});
