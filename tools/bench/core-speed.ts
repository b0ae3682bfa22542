/**
 * How long the pure core takes on the large workloads the unit tests check for correctness: the
 * timetable solver on two big schools, scoring 10,000 responses, suggesting groups from long
 * referral lists, and making the example school. Timing belongs here, not in `npm test`, where a
 * busy machine would fail a correct build.
 *
 * `npx tsx tools/bench/core-speed.ts [--check]` prints the median of three runs of each, in elapsed
 * and in CPU milliseconds, against the budget it once had as a test assertion. The budget is judged
 * on CPU time, which other work on a shared machine inflates far less; with --check the script
 * exits 1 when a median is over budget.
 */
import { performance } from 'node:perf_hooks';
import { cpuUsage } from 'node:process';
import { pathToFileURL } from 'node:url';
import { suggestGroups } from '../../src/core/groups/index';
import { scoreQuestionnaires } from '../../src/core/questionnaires';
import { buildTimetables } from '../../src/core/timetable';
import { settings as groupSettings } from '../../test/core/groups/fixtures';
import { referrals } from '../../test/core/groups/referrals';
import { volumeInputs } from '../../test/core/questionnaires/volume';
import { MONDAY, settingsWith } from '../../test/core/timetable/fixtures';
import { LARGE_SCHOOL, MID_SCHOOL, scaleSchool, type ScaleShape } from '../../test/core/timetable/scale-school';
import { registerWorkbook } from '../example/layouts/register';
import { tidyWorkbook } from '../example/layouts/tidy';
import { generateSchool } from '../example/school';

interface Workload {
  readonly name: string;
  readonly budgetMs: number;
  /** Builds the input (not timed) and returns the timed work. */
  readonly prepare: () => () => unknown;
}

const RUNS = 3;

function timetable(shape: ScaleShape): () => unknown {
  const data = scaleSchool(shape);
  const settings = settingsWith();
  return () => buildTimetables(data, settings, { week: 'programme', today: MONDAY }, undefined);
}

function suggesting(n: number): () => unknown {
  const data = referrals(n, n);
  const settings = groupSettings();
  return () => suggestGroups(data, settings);
}

const WORKLOADS: readonly Workload[] = [
  { name: 'timetable: 1,500 pupils, 40 groups, 60 1-1s', budgetMs: 5000, prepare: () => timetable(MID_SCHOOL) },
  { name: 'timetable: 2,000 pupils, 250 groups, 100 1-1s', budgetMs: 5000, prepare: () => timetable(LARGE_SCHOOL) },
  {
    name: 'score 10,000 responses, 3 instruments',
    budgetMs: 2000,
    prepare: () => {
      const data = volumeInputs();
      return () => scoreQuestionnaires(data);
    },
  },
  ...[20, 200, 2000].map((n) => ({ name: `suggest groups: ${n} referrals`, budgetMs: 5000, prepare: () => suggesting(n) })),
  {
    name: 'example school: 2,000 pupils and both workbooks',
    budgetMs: 2000,
    prepare: () => () => {
      const school = generateSchool({ pupils: 2000, seed: 5 });
      return [tidyWorkbook(school), registerWorkbook(school)];
    },
  },
];

export interface SpeedResult {
  readonly name: string;
  readonly elapsedMs: number;
  readonly cpuMs: number;
  readonly budgetMs: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export function measureCoreSpeed(): SpeedResult[] {
  return WORKLOADS.map((workload) => {
    const work = workload.prepare();
    const runs = Array.from({ length: RUNS }, () => {
      const started = performance.now();
      const cpu = cpuUsage();
      work();
      const used = cpuUsage(cpu);
      return { elapsed: performance.now() - started, cpu: (used.user + used.system) / 1000 };
    });
    return {
      name: workload.name,
      elapsedMs: median(runs.map((r) => r.elapsed)),
      cpuMs: median(runs.map((r) => r.cpu)),
      budgetMs: workload.budgetMs,
    };
  });
}

function overBudget(result: SpeedResult): boolean {
  return result.cpuMs > result.budgetMs;
}

export function speedTable(results: readonly SpeedResult[]): string {
  const rows = results.map(
    (r) => `| ${r.name} | ${Math.round(r.elapsedMs)} | ${Math.round(r.cpuMs)} | ${r.budgetMs} | ${overBudget(r) ? '**over**' : 'within'} |`,
  );
  return ['| workload | elapsed ms | CPU ms | budget ms | |', '|---|---:|---:|---:|---|', ...rows].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = measureCoreSpeed();
  console.log(speedTable(results));
  if (process.argv.includes('--check') && results.some(overBudget)) process.exit(1);
}
