/**
 * Done-when for the timetable: the built script, run in the emulator on the example workbooks
 * (shared or generated, whichever the run uses) and on generated schools, writes a Schedule that
 * an independent reading of the raw tabs finds clash-free, out of Maths and English, within staff
 * availability, one meeting a day per group, in term time (no bank holiday, Christmas break or
 * August), never for a group nobody runs, and complete (or explained on Problems) for every week of
 * every programme.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelValue, WorkbookModel } from '../../emulator/model';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool } from '../../tools/example/school';
import { openSession, runAction } from '../../tools/local/session';
import { readWorkbook } from '../../tools/xlsx/read';
import { ensureBuilt } from '../support/built';
import { grid, groupMembers, nameKey, readRegister, sheetOf, text, type RegisterRow } from '../support/example-facts';
import { EXAMPLES } from '../support/examples';
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

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const escape = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `Mon 5`, `Monday P5`… → [`Monday`, 5]; null for other headers. */
function slotOf(header: ModelValue | undefined): [string, number] | null {
  const match = /^(mon|tue|wed|thu|fri)[a-z]*\.?\s*(?:p|l)?\s*(\d)$/i.exec(text(header));
  const day = DAYS.find((d) => d.toLowerCase().startsWith((match?.[1] ?? '-').toLowerCase()));
  return match && day ? [day, Number(match[2])] : null;
}

/** The row of a tab whose first cell is `key` (its header row is the first). */
function rowKeyed(workbook: WorkbookModel, tab: string, matches: (key: string) => boolean): ModelValue[] | undefined {
  return grid(sheetOf(workbook, tab)).find((row, i) => i > 0 && matches(text(row[0])));
}

/** A slot where the pupil's own timetable row (their form's, else their year's) has `subject`. */
function slotWith(workbook: WorkbookModel, pupil: RegisterRow, subject: RegExp): [string, number] | null {
  const { layout } = EXAMPLES.tidy;
  const form = text(pupil.cell(layout.columns.form)).toLowerCase();
  const year = text(pupil.cell(layout.columns.year)).replace(/\D/g, '');
  const lessons = sheetOf(workbook, layout.lessons);
  const row =
    rowKeyed(workbook, layout.lessons, (key) => key.toLowerCase() === form) ??
    rowKeyed(workbook, layout.lessons, (key) => key.replace(/\D/g, '') === year && !/[a-z]$/i.test(key));
  const headers = grid(lessons)[0] ?? [];
  const column = headers.findIndex((header, i) => slotOf(header) !== null && subject.test(text(row?.[i])));
  return column < 0 ? null : slotOf(headers[column]);
}

/** A slot where the member of staff is busy, with the reason the staff tab gives. */
function busySlot(workbook: WorkbookModel, staff: string): { slot: [string, number]; reason: string } | null {
  const tab = EXAMPLES.tidy.layout.staff;
  if (tab === null) return null;
  const headers = grid(sheetOf(workbook, tab))[0] ?? [];
  const row = rowKeyed(workbook, tab, (key) => nameKey(key) === nameKey(staff));
  const column = headers.findIndex((header, i) => slotOf(header) !== null && text(row?.[i]) !== '');
  const slot = slotOf(headers[column]);
  return slot ? { slot, reason: text(row?.[column]) } : null;
}

describe('timetables on real workbooks keep every hard rule', () => {
  beforeAll(ensureBuilt);

  it.each([EXAMPLES.tidy, EXAMPLES.messy])('$file', async ({ path, layout }) => {
    const workbook = await readWorkbook(path);
    const register = readRegister(workbook, layout);
    const { verdict } = timetable(workbook);
    expect(verdict.violations).toEqual([]);
    // Every group and 1-1 over its programme: something substantial was checked.
    const placed = register.filter((r) => r.type === 'group' || r.type === '1-1');
    const series = groupMembers(register).size + register.filter((r) => r.type === '1-1').length;
    expect(verdict.rows).toBeGreaterThanOrEqual(placed.length);
    expect(verdict.demandedWeeks).toBeGreaterThanOrEqual(series);
  });

  it.each([200, 1500])('a generated school of %i pupils', (pupils) => {
    const { verdict, run } = timetable(tidyWorkbook(generateSchool({ pupils, seed: 11 })));
    expect(verdict.violations.slice(0, 10)).toEqual([]);
    expect(verdict.sessions).toBeGreaterThan(pupils);
    // Placed sessions and explained weeks together account for every demanded week.
    expect(verdict.explainedWeeks).toBeLessThanOrEqual(verdict.demandedWeeks * 0.05);
    // The headline says what the verifier found: every session fitted only when none is missing.
    expect(run.message).toMatch(
      verdict.explainedWeeks === 0 ? /^Placed \d+ sessions.*; every session fitted\.$/ : /could not be placed \(see Problems\)\.$/,
    );
  });

  it('the verifier itself catches each broken rule it is given', async () => {
    const workbook = await readWorkbook(EXAMPLES.tidy.path);
    const register = readRegister(workbook, EXAMPLES.tidy.layout);
    const { session } = timetable(workbook);
    const sheet = sheetOf(session.workbook, 'Schedule');
    const header = (sheet.cells[0] ?? []).map((cell) => text(cell?.value));
    const column = (name: string): number => header.indexOf(name);
    const pristine = sheet.cells.map((row) => row?.map((cell) => (cell ? { ...cell } : cell)));
    const restore = (): void => {
      sheet.cells = pristine.map((row) => row?.map((cell) => (cell ? { ...cell } : cell)));
    };
    const value = (row: number, name: string): string => text(sheet.cells[row]?.[column(name)]?.value);
    const set = (row: number, name: string, to: string | number): void => {
      const cell = sheet.cells[row]?.[column(name)];
      if (cell) cell.value = to;
    };
    const broken = (): string => verifyTimetable(session.workbook).violations.join('\n');

    // A group session whose pupil has Maths somewhere in the week and whose staff is busy somewhere.
    const groups = groupMembers(register);
    const row = sheet.cells.findIndex((_, i) => {
      const member = groups.get(value(i, 'Session'))?.find((m) => m.pupilId === value(i, 'Pupil ID'));
      return (
        i > 0 && member !== undefined && slotWith(workbook, member, /^maths$/i) !== null && busySlot(workbook, value(i, 'Staff')) !== null
      );
    });
    expect(row).toBeGreaterThan(0);
    const group = value(row, 'Session');
    const pupil = groups.get(group)?.find((m) => m.pupilId === value(row, 'Pupil ID')) as RegisterRow;

    const [mathsDay, mathsLesson] = slotWith(workbook, pupil, /^maths$/i) ?? ['', 0];
    set(row, 'Day', mathsDay);
    set(row, 'Lesson', mathsLesson);
    expect(broken()).toContain(`${pupil.pupilId} misses Maths for ${group}`);
    restore();

    const busy = busySlot(workbook, value(row, 'Staff'));
    set(row, 'Day', busy?.slot[0] ?? '');
    set(row, 'Lesson', busy?.slot[1] ?? 0);
    expect(broken()).toMatch(new RegExp(`busy \\(${escape(busy?.reason ?? '-')}\\)`));
    restore();

    // A pupil put into a second session in the same lesson.
    const other = [...groups.keys()].find((name) => name !== group) ?? '';
    const copy = sheet.cells[row]?.map((cell) => (cell ? { ...cell } : cell)) ?? [];
    const renamed = copy[column('Session')];
    if (renamed) renamed.value = other;
    sheet.cells.push(copy);
    expect(broken()).toMatch(/is in .* and .* at once/);
    restore();

    // A week of the group taken away, with nothing on Problems (week cells are dates: compared by their text).
    const week = String(sheet.cells[row]?.[column('Week commencing')]?.value);
    sheet.cells = sheet.cells.filter(
      (cells, i) =>
        i === 0 || !(text(cells?.[column('Session')]?.value) === group && String(cells?.[column('Week commencing')]?.value) === week),
    );
    expect(broken()).toMatch(new RegExp(`${escape(group)} w/c .*: 0 of \\d+ sessions and no Problems row says why`));
    restore();

    // A session moved onto Christmas Day.
    set(row, 'Week commencing', '21/12/2026');
    set(row, 'Day', 'Friday');
    expect(broken()).toMatch(/is on 2026-12-25, a bank holiday/);
    restore();
    expect(broken()).toBe('');
  });

  it('joins a surname written alone or in another case and apostrophe to the staff tab, keeping their availability', async () => {
    const workbook = await readWorkbook(EXAMPLES.tidy.path);
    const { layout } = EXAMPLES.tidy;
    const staffTab = layout.staff ?? '';
    // A member of staff with an apostrophe in their name who leads a group.
    const groups = sheetOf(workbook, layout.groups).cells;
    const staff = grid(sheetOf(workbook, staffTab))
      .slice(1)
      .map((row) => text(row[0]))
      .find((name) => name.includes("'") && groups.some((row) => row?.some((cell) => nameKey(text(cell?.value)) === nameKey(name))));
    expect(staff).toBeDefined();
    const name = staff ?? '';
    const surname = name.split(' ').at(-1) ?? '';
    const led = groups.flatMap((row) => row?.filter((cell) => cell && nameKey(text(cell.value)) === nameKey(name)) ?? []);
    // The surname alone with a curly apostrophe, then the whole name in lower case.
    led.forEach((cell, i) => {
      if (cell) cell.value = i % 2 === 0 ? surname.replace("'", '\u2019') : name.toLowerCase();
    });
    const { session, verdict } = timetable(workbook);
    expect(verdict.violations).toEqual([]);
    // One page for them in the printed week, under the staff tab's spelling.
    const titles = grid(sheetOf(session.workbook, 'Staff timetables'))
      .map((cells) => text(cells[0]))
      .filter((title) => title.startsWith('Intervention timetable') && title.includes(surname));
    expect(titles).toEqual([`Intervention timetable for week commencing 30/11/2026: ${name}`]);
  });
});
