/**
 * Generating again on the built script: choosing a week leaves every other week's Schedule rows as
 * they were; what staff tick (Delivered, Attended, a reason it did not happen) stays with the
 * session and pupil it was ticked for, wherever the row moves; weeks under way are kept; and a group
 * nobody runs is never placed. Each run is checked by the independent verifier.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellModel, WorkbookModel } from '../../emulator/model';
import { SCHEDULE_HEADERS } from '../../src/core/timetable';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool } from '../../tools/example/school';
import { openSession, runAction, type ActionStat, type LocalSession } from '../../tools/local/session';
import { readWorkbook } from '../../tools/xlsx/read';
import { ensureBuilt } from '../support/built';
import { EXAMPLES } from '../support/examples';
import { verifyTimetable } from './verify';

type Value = CellModel['value'];
const COLUMNS: readonly string[] = SCHEDULE_HEADERS;
const col = (name: string): number => COLUMNS.indexOf(name);

/** A cell as a comparable value: dates by their day. */
const plain = (value: Value | undefined): string | number | boolean => {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  }
  return (value as string | number | boolean | undefined) ?? '';
};

function scheduleRows(session: LocalSession): (string | number | boolean)[][] {
  const sheet = session.workbook.sheets.find((s) => s.name === 'Schedule');
  if (!sheet) throw new Error('No Schedule');
  expect((sheet.cells[0] ?? []).map((cell) => cell?.value)).toEqual(COLUMNS);
  return sheet.cells.slice(1).map((row) => COLUMNS.map((_, i) => plain(row?.[i]?.value)));
}

const identity = (row: readonly (string | number | boolean)[]): string =>
  [row[col('Week commencing')], row[col('Day')], row[col('Lesson')], row[col('Session')], row[col('Pupil ID')]].join('|');
const sorted = (rows: (string | number | boolean)[][]): string[] => rows.map((row) => JSON.stringify(row)).sort();

function timetable(session: LocalSession, week?: string, afresh = false): ActionStat {
  const run = runAction(session, 'timetable', { ...(week === undefined ? {} : { week }), afresh });
  expect(run.ok, run.message).toBe(true);
  expect(verifyTimetable(session.workbook).violations.slice(0, 5)).toEqual([]);
  return run;
}

/** Ticks a few rows of the Schedule as staff would, then shuffles its rows; returns the identities ticked. */
function tickAndShuffle(session: LocalSession, week: string): Map<string, [boolean, boolean, string]> {
  const sheet = session.workbook.sheets.find((s) => s.name === 'Schedule');
  if (!sheet) throw new Error('No Schedule');
  const ticked = new Map<string, [boolean, boolean, string]>();
  const inWeek = sheet.cells.slice(1).filter((row) => plain(row?.[0]?.value) === week);
  inWeek.slice(0, 12).forEach((row, i) => {
    const [delivered, attended, reason]: [boolean, boolean, string] =
      i % 4 === 3 ? [false, false, 'Staff absent'] : [true, i % 2 === 0, ''];
    // A blank cell may have no model yet: typing into it makes one.
    const set = (name: string, value: Value): void => {
      if (row) row[col(name)] = { ...(row[col(name)] ?? {}), value };
    };
    set('Delivered', delivered);
    set('Attended', attended);
    set('Not delivered because', reason);
    ticked.set(identity(COLUMNS.map((_, c) => plain(row?.[c]?.value))), [delivered, attended, reason]);
  });
  sheet.cells = [sheet.cells[0] ?? [], ...sheet.cells.slice(1).reverse()];
  return ticked;
}

function ticksNow(session: LocalSession, identities: Iterable<string>): Map<string, [boolean, boolean, string] | undefined> {
  const rows = new Map(scheduleRows(session).map((row) => [identity(row), row] as const));
  return new Map(
    [...identities].map((key) => {
      const row = rows.get(key);
      return [key, row && [row[col('Delivered')] === true, row[col('Attended')] === true, String(row[col('Not delivered because')])]];
    }),
  );
}

function examples(): [string, () => Promise<WorkbookModel>][] {
  return [
    ['the generated school', () => Promise.resolve(tidyWorkbook(generateSchool({ pupils: 200, seed: 11 })))],
    [`the ${EXAMPLES.origin} tidy example`, () => readWorkbook(EXAMPLES.tidy.path)],
  ];
}

describe('generating the timetable again', () => {
  beforeAll(ensureBuilt);

  it.each(examples())(
    'on %s keeps other weeks, ticks and weeks under way',
    async (_, load) => {
      const session = openSession(await load());
      expect(runAction(session, 'setup').ok).toBe(true);
      timetable(session);
      const weeks = [...new Set(scheduleRows(session).map((row) => String(row[col('Week commencing')])))].sort();
      const [ticksWeek, chosen] = [weeks[1] ?? '', weeks[3] ?? ''];
      expect(chosen).not.toBe('');

      // Rows ticked in a week kept as it is, and in the week planned again (pinned where they happened).
      const ticked = new Map([...tickAndShuffle(session, ticksWeek), ...tickAndShuffle(session, chosen)]);
      const before = scheduleRows(session);
      timetable(session, chosen);
      const after = scheduleRows(session);
      // Every other week's rows as they were (the Schedule is sorted again, so compared as a set).
      expect(sorted(after.filter((row) => row[0] !== chosen))).toEqual(sorted(before.filter((row) => row[0] !== chosen)));
      expect(after.some((row) => row[0] === chosen)).toBe(true);
      expect(ticksNow(session, ticked.keys())).toEqual(ticked);

      // The whole programme planned again: the ticks stay with their sessions, and the weeks already
      // under way stay as they were. The built script reads today's date from the clock, as in
      // Google, so which weeks those are depends on the day the test runs; what must hold does not.
      const today = String(plain(new Date()));
      const underWay = (rows: (string | number | boolean)[][]) => sorted(rows.filter((row) => String(row[0]) < today));
      const beforeAgain = scheduleRows(session);
      timetable(session);
      expect(ticksNow(session, ticked.keys())).toEqual(ticked);
      expect(underWay(scheduleRows(session))).toEqual(underWay(beforeAgain));
    },
    240_000,
  );

  it('never places a group nobody runs, and says so on Problems', () => {
    const workbook = tidyWorkbook(generateSchool({ pupils: 200, seed: 11 }));
    const groups = workbook.sheets.find((sheet) => sheet.name === 'Groups');
    const register = workbook.sheets.find((sheet) => sheet.name === 'Pupil register');
    const header = (rows: typeof groups) => (rows?.cells[0] ?? []).map((cell) => cell?.value);
    const name = String(groups?.cells[1]?.[0]?.value);
    const staffOf = (sheet: typeof groups) => header(sheet).indexOf('Staff');
    for (const row of groups?.cells.slice(1) ?? []) if (row?.[0]?.value === name) row[staffOf(groups)] = { value: '' };
    const groupColumn = header(register).indexOf('Group');
    for (const row of register?.cells.slice(1) ?? []) if (row?.[groupColumn]?.value === name) row[staffOf(register)] = { value: '' };

    const session = openSession(workbook, { now: () => new Date(2026, 10, 23, 9) });
    expect(runAction(session, 'setup').ok).toBe(true);
    const run = runAction(session, 'timetable');
    expect(run.message).toMatch(/1 group or 1-1 with no member of staff was not timetabled \(see Problems\)/);
    expect(run.message).not.toMatch(/every session fitted/);
    const verdict = verifyTimetable(session.workbook);
    expect(verdict.violations).toEqual([]);
    expect(verdict.unstaffed).toBe(1);
    expect(scheduleRows(session).filter((row) => row[col('Session')] === name)).toEqual([]);
  }, 120_000);

  it('pressed again with nothing changed moves no session and rewrites no tab; a change moves only what it touches', () => {
    const workbook = tidyWorkbook(generateSchool({ pupils: 200, seed: 11 }));
    const session = openSession(workbook);
    expect(runAction(session, 'setup').ok).toBe(true);
    timetable(session);
    const first = scheduleRows(session);

    const again = timetable(session);
    expect(sorted(scheduleRows(session))).toEqual(sorted(first));
    expect(again.calls['Spreadsheet.insertSheet'] ?? 0).toBe(0);
    expect(again.calls['Spreadsheet.deleteSheet'] ?? 0).toBe(0);

    // One pupil leaves one group: every other row stays exactly where it was.
    const register = workbook.sheets.find((sheet) => sheet.name === 'Pupil register');
    const header = (register?.cells[0] ?? []).map((cell) => cell?.value);
    const [groupColumn, idColumn] = [header.indexOf('Group'), header.indexOf('UPN')];
    const leaver = register?.cells
      .slice(1)
      .find((row) => first.some((r) => r[col('Session')] === row?.[groupColumn]?.value && r[col('Pupil ID')] === row?.[idColumn]?.value));
    const leaverId = String(leaver?.[idColumn]?.value ?? '');
    expect(leaverId).not.toBe('');
    if (leaver) leaver[groupColumn] = { value: '' };
    expect(runAction(session, 'timetable').ok).toBe(true);
    // Weeks under way keep the pupil (they were there); the verifier, reading today's groups, says so.
    const today = String(plain(new Date()));
    for (const violation of verifyTimetable(session.workbook).violations) {
      expect(violation).toContain(`extra ${leaverId}`);
      expect(violation.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? '').toSatisfy((week: string) => week !== '' && week < today);
    }
    const stays = (rows: (string | number | boolean)[][]) =>
      sorted(rows.filter((row) => row[col('Pupil ID')] !== leaverId || String(row[0]) < today));
    expect(stays(scheduleRows(session))).toEqual(stays(first));
  }, 240_000);

  it('planned afresh ignores where the last timetable put the sessions not yet under way', () => {
    const today = String(plain(new Date()));
    const made = (): LocalSession => {
      const session = openSession(tidyWorkbook(generateSchool({ pupils: 200, seed: 11 })));
      expect(runAction(session, 'setup').ok).toBe(true);
      timetable(session);
      return session;
    };
    // The same as planning again from a Schedule that has only the weeks under way.
    const cleared = made();
    const sheet = cleared.workbook.sheets.find((s) => s.name === 'Schedule');
    if (!sheet) throw new Error('No Schedule');
    sheet.cells = sheet.cells.filter((row, i) => i === 0 || String(plain(row?.[0]?.value)) < today);
    timetable(cleared);

    const afresh = made();
    timetable(afresh, undefined, true);
    expect(sorted(scheduleRows(afresh))).toEqual(sorted(scheduleRows(cleared)));
  }, 240_000);
});
