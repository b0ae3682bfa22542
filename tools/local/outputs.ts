/** What every local run leaves behind in its output folder (the CLI and the demo share it). */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkbookModel } from '../../emulator/model';
import { chartsJson } from '../report/charts-json';
import { reportHtml } from '../report/html';
import { writeFilesSafely, type OutputFile } from '../safe-write';
import { NOTHING_CARRIED, type Carried } from '../xlsx/carry';
import { workbookBytes } from '../xlsx/write';
import { generatedTabNames, storedMapping, type ActionStat } from './session';

const OUTPUT_FILES = ['workbook.xlsx', 'mapping.json', 'charts.json', 'report.html', 'stats.json'] as const;

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Every output, made in memory first so nothing is replaced until all of them are ready. */
async function outputFiles(workbook: WorkbookModel, stats: readonly ActionStat[], dir: string, carried: Carried): Promise<OutputFile[]> {
  // Every figure of each action but the count of tabs written, which the benchmark alone reads.
  const actions = stats.map(({ tabsWritten: _tabsWritten, ...stat }) => stat);
  const contents: Record<(typeof OUTPUT_FILES)[number], string | Uint8Array> = {
    'workbook.xlsx': await workbookBytes(workbook, carried),
    'mapping.json': json(storedMapping(workbook)),
    'charts.json': json(chartsJson(workbook)),
    'report.html': await reportHtml(workbook, { generatedSheets: generatedTabNames(workbook) }),
    'stats.json': json({ actions }),
  };
  return OUTPUT_FILES.map((name) => ({ path: join(dir, name), data: contents[name] }));
}

/**
 * Writes the outputs into `dir`, and any an action adds (`forms` adds forms.json). A run stopped
 * at any moment leaves each file as the previous run left it or whole and new (the input too,
 * when it is `dir`'s own workbook.xlsx).
 */
export async function writeOutputs(
  workbook: WorkbookModel,
  stats: readonly ActionStat[],
  dir: string,
  carried: Carried = NOTHING_CARRIED,
  extra: readonly OutputFile[] = [],
): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFilesSafely([...(await outputFiles(workbook, stats, dir, carried)), ...extra]);
}

/** One line per action, as the CLI and the demo print them. */
export function describeStat(stat: ActionStat): string {
  const outcome = stat.ok ? stat.message : `could not run: ${stat.message}`;
  const cost = `${stat.totalCalls} service calls, about ${stat.googleSeconds} s in Google`;
  const size = `${stat.cells.toLocaleString('en-GB')} cells in ${stat.tabs} tabs`;
  return `${stat.action}: ${outcome} (${cost}, ${size}, ${stat.ms} ms here)`;
}
