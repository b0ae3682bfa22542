/**
 * A timetable run's budget, counted by the emulator on the built script: the service calls do not
 * grow with the number of pupils or of weeks, and it writes the same handful of tabs (at most the
 * number of staff plus four) however long the programmes run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool } from '../../tools/example/school';
import { generatedTabNames, openSession, runAction } from '../../tools/local/session';
import { ensureBuilt } from '../support/built';
import { verifyTimetable } from './verify';

const NOW = () => new Date(2026, 10, 23, 9);

/** The example school, each group running `stretch` times as many weeks. */
function school(pupils: number, stretch = 1): WorkbookModel {
  const workbook = tidyWorkbook(generateSchool({ pupils, seed: 11 }));
  const groups = workbook.sheets.find((sheet) => sheet.name === 'Groups');
  const weeks = (groups?.cells[0] ?? []).findIndex((cell) => cell?.value === 'Weeks');
  if (!groups || weeks < 0) throw new Error('The example school has no Groups tab with a Weeks column');
  for (const row of groups.cells.slice(1)) {
    const cell = row?.[weeks];
    if (cell && typeof cell.value === 'number') cell.value *= stretch;
  }
  return workbook;
}

function measure(workbook: WorkbookModel) {
  const session = openSession(workbook, { now: NOW });
  expect(runAction(session, 'setup').ok).toBe(true);
  const run = runAction(session, 'timetable');
  expect(run.ok, run.message).toBe(true);
  const schedule = session.workbook.sheets.find((sheet) => sheet.name === 'Schedule');
  const staff = new Set(
    (schedule?.cells ?? [])
      .slice(1)
      .map((row) => String(row?.[6]?.value ?? ''))
      .filter((name) => name !== ''),
  );
  return {
    run,
    staff: staff.size,
    rows: schedule?.cells.length ?? 0,
    tabs: generatedTabNames(session.workbook),
    verdict: verifyTimetable(session.workbook),
  };
}

describe('a timetable run’s budget', () => {
  beforeAll(ensureBuilt);

  it('costs the same calls and writes the same tabs for 200 and 1,500 pupils, and for programmes twice as long', () => {
    const small = measure(school(200));
    const large = measure(school(1500));
    const long = measure(school(200, 2));
    // The larger school and the longer programmes really are larger.
    expect(large.rows).toBeGreaterThan(5 * small.rows);
    expect(long.rows).toBeGreaterThan(1.5 * small.rows);
    for (const run of [small, large, long]) expect(run.verdict.violations.slice(0, 5)).toEqual([]);

    // The same calls in all; a tab longer than a new sheet's 1,000 rows is grown rather than trimmed, one call for another.
    expect(large.run.totalCalls).toBe(small.run.totalCalls);
    expect(long.run.totalCalls).toBe(small.run.totalCalls);
    for (const run of [small, large, long]) {
      expect(run.tabs).toEqual(['Problems', 'Schedule', 'Staff timetables', 'Where pupils are', 'Lessons missed']);
      expect(run.run.tabsWritten).toBeLessThanOrEqual(run.staff + 4);
      // Google stops a script after six minutes; the estimate keeps far from it.
      expect(run.run.googleSeconds).toBeLessThan(60);
    }
    console.log(
      `timetable run: ${small.run.totalCalls} calls and ${small.run.tabsWritten} tabs at 200 and 1,500 pupils and at twice the weeks; estimated ${small.run.googleSeconds} and ${large.run.googleSeconds} Google seconds`,
    );
  }, 240_000);
});
