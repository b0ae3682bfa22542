/**
 * `npm run demo`: builds (see package.json), makes the fictional example school, runs every action
 * on it as Google Sheets would, and says where the report is.
 */
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { generateSchool } from './example/school';
import { tidyWorkbook } from './example/layouts/tidy';
import { describeStat, writeOutputs } from './local/outputs';
import { openSession, runActions } from './local/session';
import { writeWorkbook } from './xlsx/write';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'out', 'demo');

async function demo(): Promise<void> {
  const workbook = tidyWorkbook(generateSchool({ pupils: 200, seed: 2026 }));
  await mkdir(OUT, { recursive: true });
  await writeWorkbook(workbook, join(OUT, 'example-school.xlsx'));
  const stats = runActions(openSession(workbook), 'all');
  await writeOutputs(workbook, stats, OUT);
  for (const stat of stats) console.log(describeStat(stat));
  console.log(`\nThe example school's workbook, after every action: ${relative(process.cwd(), join(OUT, 'workbook.xlsx'))}`);
  console.log(`Open the report in a browser: ${relative(process.cwd(), join(OUT, 'report.html'))}`);
  if (stats.some((stat) => !stat.ok)) process.exitCode = 1;
}

demo().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
