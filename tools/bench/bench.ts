/**
 * `npm run bench`: every action on generated schools of 200 and 2,000 pupils, in both layouts.
 * Reports service calls (which must not grow with rows), the estimated seconds in Google
 * (emulator/cost-model.ts), the spreadsheet's cells and tabs after each action, and milliseconds
 * here, with the machine, as a Markdown table for the README and as JSON in out/bench/bench.json.
 * A benchmark, not a test.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { WorkbookModel } from '../../emulator/model';
import { registerWorkbook } from '../example/layouts/register';
import { tidyWorkbook } from '../example/layouts/tidy';
import { generateSchool } from '../example/school';
import { rescoreAt } from './rescore';
import { totalCalls, wholeRun } from './whole-run';
import { printTimetableQuality } from './timetable-quality';
import { ACTIONS, openSession, runActions, type ActionStat } from '../local/session';

const SIZES = [200, 2000] as const;
const NOW = (): Date => new Date(2026, 10, 23, 9);
const LAYOUTS: Record<string, (school: ReturnType<typeof generateSchool>) => WorkbookModel> = {
  tidy: tidyWorkbook,
  register: registerWorkbook,
};

interface Row {
  readonly pupils: number;
  readonly layout: string;
  readonly stat: ActionStat;
}

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

function table(rows: readonly Row[]): string {
  const lines = [
    '| pupils | layout | action | service calls | Google s (est.) | cells after | tabs after | tabs written | calls per tab | ms | result |',
    '|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const { pupils, layout, stat } of rows) {
    const perTab = stat.tabsWritten > 0 ? (stat.totalCalls / stat.tabsWritten).toFixed(1) : '–';
    const result = stat.ok ? stat.message : `failed: ${stat.message}`;
    lines.push(
      `| ${pupils} | ${layout} | ${stat.action} | ${stat.totalCalls} | ${stat.googleSeconds} | ${stat.cells} | ${stat.tabs} | ${stat.tabsWritten} | ${perTab} | ${stat.ms} | ${result} |`,
    );
  }
  return lines.join('\n');
}

async function bench(): Promise<void> {
  const rows: Row[] = [];
  for (const [layout, build] of Object.entries(LAYOUTS)) {
    for (const pupils of SIZES) {
      const workbook = build(generateSchool({ pupils, seed: 2026 }));
      const [setup] = runActions(openSession(workbook, { now: NOW }), 'setup');
      if (setup) rows.push({ pupils, layout, stat: setup });
      // Each action runs on its own copy of the set-up school, so one action's tabs do not weigh on the next.
      for (const action of ACTIONS.filter((name) => name !== 'setup')) {
        const [stat] = runActions(openSession(structuredClone(workbook), { now: NOW }), action);
        if (stat) rows.push({ pupils, layout, stat });
      }
    }
  }
  const out = join(import.meta.dirname, '..', '..', 'out', 'bench');
  await mkdir(out, { recursive: true });
  await writeFile(
    join(out, 'bench.json'),
    `${JSON.stringify({ machine: machine(), rows: rows.map(({ pupils, layout, stat }) => ({ pupils, layout, ...stat })) }, null, 2)}\n`,
  );
  console.log(`Machine: ${machine()}\n`);
  console.log(table(rows));
  const unequal = rows
    .filter((row) => row.pupils === SIZES[0])
    .filter((small) => {
      const large = rows.find((row) => row.pupils === SIZES[1] && row.layout === small.layout && row.stat.action === small.stat.action);
      return large && large.stat.totalCalls !== small.stat.totalCalls;
    });
  for (const row of unequal)
    console.log(
      `\nNote: ${row.layout} ${row.stat.action} makes a different number of service calls at ${SIZES[0]} and ${SIZES[1]} pupils.`,
    );
  console.log(
    '\nOne spreadsheet through the year: `all`, then `all` again on its result (tidy layout):\n\n| pupils | run | action | service calls | Google s (est.) | cells after | tabs after |\n|---:|---:|---|---:|---:|---:|---:|',
  );
  for (const pupils of SIZES) {
    const { first, second, stagingTabs } = wholeRun(pupils, NOW);
    for (const [run, stats] of [
      [1, first],
      [2, second],
    ] as const) {
      for (const stat of stats)
        console.log(
          `| ${pupils} | ${run} | ${stat.ok ? stat.action : `${stat.action} (failed)`} | ${stat.totalCalls} | ${stat.googleSeconds} | ${stat.cells} | ${stat.tabs} |`,
        );
      const seconds = Math.round(stats.reduce((sum, stat) => sum + stat.googleSeconds, 0) * 10) / 10;
      console.log(`| ${pupils} | ${run} | **all** | **${totalCalls(stats)}** | **${seconds}** | | |`);
    }
    if (stagingTabs.length > 0) console.log(`\nNote: staging tabs left at ${pupils} pupils: ${stagingTabs.join(', ')}.`);
  }
  console.log(
    '\nRe-scoring at volume (three instruments, 2,000 pupils):\n\n| responses | service calls | Google s (est.) | cells after | ms | result |\n|---:|---:|---:|---:|---:|---|',
  );
  for (const total of [100, 10_000]) {
    const stat = rescoreAt(total);
    const result = stat.ok ? stat.message : `failed: ${stat.message}`;
    console.log(`| ${total} | ${stat.totalCalls} | ${stat.googleSeconds} | ${stat.cells} | ${stat.ms} | ${result} |`);
  }
  console.log('\nTimetable solver quality (tiny instances against an exact search; then the 1,500-pupil school):\n');
  await printTimetableQuality();
}

bench().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
