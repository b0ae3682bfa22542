/**
 * `npm run demo [-- --out <folder>]`: builds the add-in if a source changed since the last build,
 * makes the fictional example school, runs every action on it as Google Sheets would, and says
 * where the report is (out/demo/ unless --out names another folder).
 */
import { mkdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfStale, ROOT } from './build/stale';

const DEMO_OUT = join(ROOT, 'out', 'demo');

async function demo(out: string): Promise<void> {
  await buildIfStale({ log: (line) => console.log(line) });
  // Loaded after the build: the session reads dist/.
  const [{ generateSchool }, { tidyWorkbook }, { describeStat, writeOutputs }, { openSession, runActions }, { writeWorkbook }] =
    await Promise.all([
      import('./example/school'),
      import('./example/layouts/tidy'),
      import('./local/outputs'),
      import('./local/session'),
      import('./xlsx/write'),
    ]);
  const workbook = tidyWorkbook(generateSchool({ pupils: 200, seed: 2026 }));
  await mkdir(out, { recursive: true });
  await writeWorkbook(workbook, join(out, 'example-school.xlsx'));
  const stats = runActions(openSession(workbook), 'all');
  await writeOutputs(workbook, stats, out);
  for (const stat of stats) console.log(describeStat(stat));
  console.log(`\nThe example school's workbook, after every action: ${relative(process.cwd(), join(out, 'workbook.xlsx'))}`);
  console.log(`Open the report in a browser: ${relative(process.cwd(), join(out, 'report.html'))}`);
  if (stats.some((stat) => !stat.ok)) process.exitCode = 1;
}

const { values } = parseArgs({ options: { out: { type: 'string' } } });
demo(values.out === undefined ? DEMO_OUT : resolve(values.out)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
