/** What every local run leaves behind in its output folder (the CLI and the demo share it). */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkbookModel } from '../../emulator/model';
import { chartsJson } from '../report/charts-json';
import { reportHtml } from '../report/html';
import { writeWorkbook } from '../xlsx/write';
import { generatedTabNames, storedMapping, type ActionStat } from './session';

export async function writeOutputs(workbook: WorkbookModel, stats: readonly ActionStat[], dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeWorkbook(workbook, join(dir, 'workbook.xlsx'));
  await writeFile(join(dir, 'mapping.json'), `${JSON.stringify(storedMapping(workbook), null, 2)}\n`);
  await writeFile(join(dir, 'charts.json'), `${JSON.stringify(chartsJson(workbook), null, 2)}\n`);
  await writeFile(join(dir, 'report.html'), await reportHtml(workbook, { generatedSheets: generatedTabNames(workbook) }));
  const actions = stats.map(({ action, ok, message, ms, totalCalls, calls, googleSeconds, cells, tabs }) => ({
    action,
    ok,
    message,
    ms,
    totalCalls,
    calls,
    googleSeconds,
    cells,
    tabs,
  }));
  await writeFile(join(dir, 'stats.json'), `${JSON.stringify({ actions }, null, 2)}\n`);
}

/** One line per action, as the CLI and the demo print them. */
export function describeStat(stat: ActionStat): string {
  const outcome = stat.ok ? stat.message : `could not run: ${stat.message}`;
  const cost = `${stat.totalCalls} service calls, about ${stat.googleSeconds} s in Google`;
  const size = `${stat.cells.toLocaleString('en-GB')} cells in ${stat.tabs} tabs`;
  return `${stat.action}: ${outcome} (${cost}, ${size}, ${stat.ms} ms here)`;
}
