/**
 * What a whole year's work costs in Google, on one spreadsheet, counted by the emulator on the built
 * script (calls, the cost model's estimated seconds, the grid's cells): deterministic budgets, not
 * timings. Google refuses a spreadsheet above 10,000,000 cells and stops an execution after six
 * minutes (https://developers.google.com/apps-script/guides/services/quotas); the add-in keeps far
 * from both at a 2,000-pupil school.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { emptySheet } from '../../emulator/model';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { totalCalls, wholeRun, type WholeRun } from '../../tools/bench/whole-run';
import { generateSchool } from '../../tools/example/school';
import { ACTIONS, openSession, runAction, runActions, type ActionStat } from '../../tools/local/session';
import { ensureBuilt } from '../support/built';

const NOW = () => new Date(2026, 10, 23, 9);
const CORE = ['setup', 'timetable', 'groups', 'score', 'impact'] as const;
const CORE_CELLS = 1_000_000;
/** About a ninth of Google's 10,000,000: a half-term's letters and reports, not the year's. */
const ALL_CELLS = 1_100_000;
const SECONDS_PER_ACTION = 30;
const CORE_CALLS = 2_000;

describe('a 2,000-pupil school, every action and then every action again', () => {
  let run: WholeRun;
  /** What a school plans, checks and measures; the cycle's four actions follow them in `all`. */
  let core: readonly ActionStat[];
  beforeAll(async () => {
    await ensureBuilt();
    run = wholeRun(2000, NOW);
    core = run.first.slice(0, CORE.length);
  }, 900_000);

  it('succeeds at every action, both times, and leaves no staging tab', () => {
    for (const stat of [...run.first, ...run.second]) expect(stat.ok, `${stat.action}: ${stat.message}`).toBe(true);
    expect(run.first.map((stat) => stat.action)).toEqual([...ACTIONS]);
    expect(core.map((stat) => stat.action)).toEqual([...CORE]);
    expect(run.stagingTabs).toEqual([]);
  });

  it(`keeps the spreadsheet at most ${CORE_CELLS.toLocaleString('en-GB')} cells after planning, checking and measuring, and ${ALL_CELLS.toLocaleString('en-GB')} after the cycle's reports`, () => {
    for (const stat of core) expect(stat.cells, stat.action).toBeLessThanOrEqual(CORE_CELLS);
    for (const stat of [...run.first, ...run.second]) expect(stat.cells, stat.action).toBeLessThanOrEqual(ALL_CELLS);
  });

  it(`estimates every action at most ${SECONDS_PER_ACTION} seconds in Google and the first five at most ${CORE_CALLS} calls`, () => {
    for (const stat of [...run.first, ...run.second]) expect(stat.googleSeconds, stat.action).toBeLessThanOrEqual(SECONDS_PER_ACTION);
    expect(totalCalls(core)).toBeLessThanOrEqual(CORE_CALLS);
  });

  it('costs no more the second time, when the tabs are already there', () => {
    const seconds = (stats: readonly ActionStat[]) => stats.reduce((sum, stat) => sum + stat.googleSeconds, 0);
    expect(seconds(run.second)).toBeLessThanOrEqual(seconds(run.first) * 1.05);
    expect(totalCalls(run.second)).toBeLessThanOrEqual(totalCalls(run.first) * 1.05);
  });
});

describe('the calls an action makes do not grow with the tabs a school keeps', () => {
  beforeAll(ensureBuilt);

  /** The set-up example school with `extra` small tabs of the school's own. */
  function groupsWith(extra: number) {
    const workbook = tidyWorkbook(generateSchool({ pupils: 200, seed: 11 }));
    const firstId = Math.max(...workbook.sheets.map((sheet) => sheet.id)) + 1;
    for (let n = 0; n < extra; n += 1) {
      const sheet = emptySheet(firstId + n, `Notes ${n + 1}`);
      sheet.maxRows = 10;
      sheet.maxColumns = 3;
      sheet.cells = [[{ value: `Notes ${n + 1}` }]];
      workbook.sheets.push(sheet);
    }
    const session = openSession(workbook, { now: NOW });
    expect(runActions(session, 'all').every((stat) => stat.ok)).toBe(true);
    return runAction(session, 'groups');
  }

  it('costs the same calls for a group check with 5 or 300 tabs of the school’s own', () => {
    const few = groupsWith(5);
    const many = groupsWith(300);
    expect(few.ok && many.ok).toBe(true);
    expect(many.tabs - few.tabs).toBe(295);
    expect(many.calls).toEqual(few.calls);
  }, 300_000);
});
