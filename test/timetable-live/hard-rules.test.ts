/**
 * The built script, run in the emulator on the shared example workbooks and on generated schools,
 * writes a Schedule that an independent reading of the raw tabs finds clash-free, out of Maths and
 * English, within staff availability, one meeting a day per group, in term time (no bank holiday,
 * Christmas break or August), never for a group nobody runs, and complete (or explained on
 * Problems) for every week of every programme.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool } from '../../tools/example/school';
import { openSession, runAction } from '../../tools/local/session';
import { readWorkbook } from '../../tools/xlsx/read';
import { ensureBuilt } from '../support/built';
import { haveSharedExamples, MESSY_EXAMPLE, TIDY_EXAMPLE } from '../support/shared-examples';
import { verifyTimetable } from './verify';

const NOW = () => new Date(2026, 10, 23, 9);
const PRINTED = '2026-11-30';

/** The whole programme, printing the week of 30/11/2026 (the first run plans every week, whichever is printed). */
function timetable(workbook: WorkbookModel) {
  const session = openSession(workbook, { now: NOW });
  const setup = runAction(session, 'setup');
  expect(setup.ok, setup.message).toBe(true);
  const run = runAction(session, 'timetable', { week: PRINTED });
  expect(run.ok, run.message).toBe(true);
  return { session, run, verdict: verifyTimetable(session.workbook) };
}

describe('timetables on real workbooks keep every hard rule', () => {
  beforeAll(ensureBuilt);

  it.skipIf(!haveSharedExamples).each([
    ['oakfield-tracking.xlsx', TIDY_EXAMPLE],
    ['oakfield-register-messy.xlsx', MESSY_EXAMPLE],
  ])('%s', async (_, path) => {
    const { verdict } = timetable(await readWorkbook(path));
    expect(verdict.violations).toEqual([]);
    // Six groups and ten 1-1s over their programmes' school weeks: something substantial was checked.
    expect(verdict.rows).toBeGreaterThan(400);
    expect(verdict.demandedWeeks).toBeGreaterThan(75);
  });

  it.each([200, 1500])(
    'a generated school of %i pupils',
    (pupils) => {
      const { verdict, run } = timetable(tidyWorkbook(generateSchool({ pupils, seed: 11 })));
      expect(verdict.violations.slice(0, 10)).toEqual([]);
      expect(verdict.sessions).toBeGreaterThan(pupils);
      // Placed sessions and explained weeks together account for every demanded week.
      expect(verdict.explainedWeeks).toBeLessThanOrEqual(verdict.demandedWeeks * 0.05);
      // The headline says what the verifier found: every session fitted only when none is missing.
      expect(run.message).toMatch(
        verdict.explainedWeeks === 0 ? /^Placed \d+ sessions.*; every session fitted\.$/ : /could not be placed \(see Problems\)\.$/,
      );
    },
    120_000,
  );

  it.skipIf(!haveSharedExamples)('the verifier itself catches each broken rule it is given', async () => {
    const { session } = timetable(await readWorkbook(TIDY_EXAMPLE));
    const sheet = session.workbook.sheets.find((s) => s.name === 'Schedule');
    if (!sheet) throw new Error('No Schedule');
    const pristine = sheet.cells.map((row) => row?.map((cell) => (cell ? { ...cell } : cell)));
    const restore = (): void => {
      sheet.cells = pristine.map((row) => row?.map((cell) => (cell ? { ...cell } : cell)));
    };
    const [WEEK, DAY, , LESSON, SESSION] = [0, 1, 2, 3, 4];
    const rowsOf = (session_: string): number[] =>
      sheet.cells.flatMap((row, i) => (i > 0 && row?.[SESSION]?.value === session_ ? [i] : []));
    const set = (row: number, column: number, value: string | number): void => {
      const cell = sheet.cells[row]?.[column];
      if (cell) cell.value = value;
    };
    const broken = (): string => verifyTimetable(session.workbook).violations.join('\n');

    // Year 7 has Maths on Monday lesson 5 (the example's Lesson timetable).
    const attendance = rowsOf('Attendance Y7');
    set(attendance[0] ?? 0, DAY, 'Monday');
    set(attendance[0] ?? 0, LESSON, 5);
    expect(broken()).toMatch(/misses Maths/);
    restore();
    // Mrs O'Neill has PPA on Monday lesson 2.
    for (const row of attendance.slice(0, 1)) {
      set(row, DAY, 'Monday');
      set(row, LESSON, 2);
    }
    expect(broken()).toMatch(/busy \(PPA\)/);
    restore();
    // A pupil put into a second session in the same lesson.
    const copy = sheet.cells[1]?.map((cell) => (cell ? { ...cell } : cell)) ?? [];
    const renamed = copy[SESSION];
    if (renamed) renamed.value = renamed.value === 'Literacy Y7' ? 'Attendance Y7' : 'Literacy Y7';
    sheet.cells.push(copy);
    expect(broken()).toMatch(/is in .* and .* at once/);
    restore();
    // A week of a group taken away, with nothing on Problems.
    const week = String(sheet.cells[attendance[0] ?? 0]?.[WEEK]?.value);
    sheet.cells = sheet.cells.filter(
      (row, i) => i === 0 || !(row?.[SESSION]?.value === 'Attendance Y7' && String(row[WEEK]?.value) === week),
    );
    expect(broken()).toMatch(/Attendance Y7 w\/c .*: 0 of 2 sessions and no Problems row says why/);
    restore();
    // A session moved onto Christmas Day.
    set(attendance[0] ?? 0, WEEK, '21/12/2026');
    set(attendance[0] ?? 0, DAY, 'Friday');
    expect(broken()).toMatch(/is on 2026-12-25, a bank holiday/);
    restore();
    expect(broken()).toBe('');
  });

  it('joins a surname written alone or in another case and apostrophe to the staff tab, keeping her availability', async () => {
    if (!haveSharedExamples) return;
    const workbook = await readWorkbook(TIDY_EXAMPLE);
    const groups = workbook.sheets.find((sheet) => sheet.name === 'Groups');
    const rows = groups?.cells ?? [];
    // Attendance Y7 is led by "O’Neill" (curly, no title); Literacy Y7 by "mrs o'neill".
    const attendance = rows.find((row) => row?.[0]?.value === 'Attendance Y7')?.[3];
    const literacy = rows.find((row) => row?.[0]?.value === 'Literacy Y7')?.[3];
    if (!attendance || !literacy) throw new Error('The example no longer has the O’Neill groups');
    attendance.value = 'O\u2019Neill';
    literacy.value = "mrs o'neill";
    const { session, verdict } = timetable(workbook);
    expect(verdict.violations).toEqual([]);
    const printed = session.workbook.sheets.find((sheet) => sheet.name === 'Staff timetables');
    const titles = (printed?.cells ?? [])
      .map((row) => String(row?.[0]?.value ?? ''))
      .filter((text) => text.startsWith('Intervention timetable'));
    // One page for her, under the staff tab's spelling.
    expect(titles.filter((title) => /neill/i.test(title))).toEqual(["Intervention timetable for week commencing 30/11/2026: Mrs O'Neill"]);
  });
});
