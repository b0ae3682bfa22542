/**
 * The intervention cycle on the built script: the first cycle action makes Passports, Targets and
 * Reviews once, and from then on only reads them (every cell a user typed stays, a renamed tab is
 * not made again); what people write there reaches Reviews due, Pupil reports and Letters, never
 * as a formula; the Schedule's Delivered and Attended ticks are the sessions on a pupil's report;
 * and each action's service calls are the same for a school of 200 pupils as for one of 800.
 *
 * The script reads today's date from the clock, so the dates typed here are counted from today.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellModel, SheetModel, WorkbookModel } from '../../emulator/model';
import { INPUT_TAB_METADATA_KEY } from '../../src/core/plan';
import { SCHEDULE_HEADERS } from '../../src/core/timetable';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool } from '../../tools/example/school';
import { openSession, runAction, type ActionName, type LocalSession } from '../../tools/local/session';
import { ensureBuilt } from '../support/built';
import { sheetOf, text } from '../support/example-facts';

type Value = CellModel['value'];
const CYCLE: readonly ActionName[] = ['reviews', 'forum', 'reports', 'letters'];
const INPUT_NAMES = ['Passports', 'Targets', 'Reviews'];

/** Noon `days` from today, as a person's typed date reads into the sheet. */
function daysFromToday(days: number): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, 12);
}

function sameDay(value: Value | undefined, date: Date): boolean {
  return value instanceof Date && value.toDateString() === date.toDateString();
}

function schoolOf(pupils: number): LocalSession {
  const workbook = tidyWorkbook(generateSchool({ pupils, seed: 5 }));
  // A school that keeps no Targets or Reviews tab yet (the example keeps both): the add-in makes them.
  workbook.sheets = workbook.sheets.filter((sheet) => sheet.name !== 'Targets' && sheet.name !== 'Reviews');
  const session = openSession(workbook);
  for (const action of ['setup', 'timetable'] as const) {
    const run = runAction(session, action);
    expect(run.ok, run.message).toBe(true);
  }
  return session;
}

function run(session: LocalSession, action: ActionName): ReturnType<typeof runAction> {
  const stat = runAction(session, action);
  expect(stat.ok, stat.message).toBe(true);
  return stat;
}

const inputTabs = (workbook: WorkbookModel): SheetModel[] =>
  workbook.sheets.filter((sheet) => sheet.developerMetadata.some((m) => m.key === INPUT_TAB_METADATA_KEY));

const column = (sheet: SheetModel, header: string): number => (sheet.cells[0] ?? []).findIndex((cell) => text(cell?.value) === header);

/** Types into the first empty row of an input tab, under the headers named. */
function typeRow(sheet: SheetModel, entries: Record<string, Value>): number {
  const index = sheet.cells.findIndex((row, i) => i > 0 && (row ?? []).every((cell) => text(cell?.value) === ''));
  const at = index < 0 ? sheet.cells.length : index;
  const row = (sheet.cells[at] ??= []);
  for (const [header, value] of Object.entries(entries)) {
    const c = column(sheet, header);
    expect(c, `${sheet.name} has a "${header}" column`).toBeGreaterThanOrEqual(0);
    row[c] = { ...(row[c] ?? {}), value };
  }
  return at + 1;
}

/** The first pupil on Reviews due (so on a programme now), as Passports lists them. */
function onProgrammeNow(workbook: WorkbookModel): { id: Value; pupil: Value; programme: Value } {
  const due = sheetOf(workbook, 'Reviews due').cells;
  const header = due.findIndex((row) => text(row?.[0]?.value) === 'Staff');
  const [pupil, programme] = [1, 3].map((c) => text(due[header + 1]?.[c]?.value));
  const listed = sheetOf(workbook, 'Passports').cells.find((row) => text(row?.[1]?.value) === pupil && text(row?.[2]?.value) === programme);
  expect(listed, `${pupil} on ${programme} is on Passports`).toBeDefined();
  return { id: listed?.[0]?.value ?? '', pupil: pupil ?? '', programme: programme ?? '' };
}

/** The first pupil the add-in listed on Passports when it made the tab. */
function firstListed(passports: SheetModel): { id: Value; pupil: Value; programme: Value } {
  const cell = (c: number): Value => passports.cells[1]?.[c]?.value ?? '';
  return { id: cell(0), pupil: cell(1), programme: cell(2) };
}

/** The value beside `label` in the pupil's report on the programme, on Pupil reports. */
function reportLine(sheet: SheetModel, pupil: string, programme: string, label: string): string | undefined {
  const starts = sheet.cells.flatMap((row, i) => (text(row?.[0]?.value) === `End of programme report: ${pupil}` ? [i] : []));
  for (const start of starts) {
    const block = sheet.cells.slice(start + 1).findIndex((row) => text(row?.[0]?.value).startsWith('End of programme report: '));
    const rows = sheet.cells.slice(start, block < 0 ? undefined : start + 1 + block);
    const line = (name: string): string | undefined => rows.find((row) => text(row?.[0]?.value) === name)?.[1]?.value?.toString();
    if (line('Programme')?.startsWith(programme)) return line(label);
  }
  return undefined;
}

/** A new tab's grid grows for a large school and shrinks for a small one: either is one call per tab. */
function resizesAsOne(calls: Record<string, number>): Record<string, number> {
  const RESIZE = ['Sheet.insertRowsAfter', 'Sheet.deleteRows'];
  const rest = Object.entries(calls).filter(([name]) => !RESIZE.includes(name));
  return { ...Object.fromEntries(rest), 'rows added or removed': RESIZE.reduce((sum, name) => sum + (calls[name] ?? 0), 0) };
}

const allText = (sheet: SheetModel): string[] => sheet.cells.flatMap((row) => (row ?? []).map((cell) => text(cell?.value)));
const formulas = (sheet: SheetModel): string[] =>
  sheet.cells.flatMap((row) => (row ?? []).flatMap((cell) => (cell?.formula ? [cell.formula] : [])));

describe('the intervention cycle through the built script', () => {
  beforeAll(ensureBuilt);

  it('makes Passports, Targets and Reviews once, trimmed, with dropdowns and checked dates, and then only reads them', () => {
    const session = schoolOf(200);
    const first = run(session, 'reviews');
    const made = inputTabs(session.workbook);
    expect(made.map((sheet) => sheet.name)).toEqual(INPUT_NAMES);
    // Tagged as the school's input, not as a tab the add-in regenerates.
    for (const sheet of made) {
      expect(sheet.maxRows).toBeLessThanOrEqual(1000);
      expect(sheet.maxRows).toBeGreaterThanOrEqual(500);
      expect(sheet.maxColumns).toBe((sheet.cells[0] ?? []).length);
      expect(sheet.frozenRows).toBe(1);
      expect(sheet.dataValidations.length).toBeGreaterThan(0);
    }
    const passports = sheetOf(session.workbook, 'Passports');
    expect(text(passports.cells[1]?.[0]?.value)).not.toBe('');
    expect(first.calls['Spreadsheet.insertSheet']).toBeGreaterThanOrEqual(3);

    // People fill them in, renaming one; a second run of every action makes none again and changes no cell.
    const targets = sheetOf(session.workbook, 'Targets');
    const { id, pupil, programme } = firstListed(passports);
    typeRow(targets, { 'Pupil ID': id, Pupil: pupil, Programme: programme, Target: '=HYPERLINK("http://x")', By: daysFromToday(30) });
    passports.name = 'Pupil passports';
    const before = made.map((sheet) => JSON.stringify(sheet.cells));
    const sheetsBefore = session.workbook.sheets.length;
    for (const action of CYCLE) run(session, action);
    expect(inputTabs(session.workbook).map((sheet) => sheet.name)).toEqual(['Pupil passports', 'Targets', 'Reviews']);
    expect(made.map((sheet) => JSON.stringify(sheet.cells))).toEqual(before);
    expect(session.workbook.sheets.length).toBe(sheetsBefore + 3);
    expect(session.workbook.sheets.some((sheet) => sheet.name === 'Passports')).toBe(false);
  });

  it('lists a pupil off track at two reviews in a row for a Review Meeting, counts consent, and writes people’s text as text', () => {
    const session = schoolOf(200);
    run(session, 'reviews');
    const reviews = sheetOf(session.workbook, 'Reviews');
    const { id, pupil, programme } = onProgrammeNow(session.workbook);
    const nextStep = '=IMPORTRANGE("elsewhere","A1")';
    for (const days of [-42, -28])
      typeRow(reviews, {
        'Review date': daysFromToday(days),
        'Pupil ID': id,
        Pupil: pupil,
        Programme: programme,
        Status: 'Off track',
        'Next step': nextStep,
      });

    run(session, 'reviews');
    const due = sheetOf(session.workbook, 'Reviews due');
    const row = due.cells.find((cells) => text(cells?.[1]?.value) === text(pupil));
    expect(row, `${text(pupil)} is on Reviews due`).toBeDefined();
    expect(sameDay(row?.[4]?.value, daysFromToday(-28))).toBe(true);
    expect(text(row?.[5]?.value)).toBe('Off track');
    expect(text(row?.[7]?.value)).toBe('Overdue by 14 days');
    expect(text(row?.[8]?.value)).toMatch(/^Call a Review Meeting with parents/);
    // Every other pupil has no review, so none other is called to a meeting.
    expect(due.cells.filter((cells) => /^Call a Review Meeting/.test(text(cells?.[8]?.value)))).toHaveLength(1);

    // The consent slip came back: the Letters count it.
    const passports = sheetOf(session.workbook, 'Passports');
    const theirs = passports.cells.find((cells) => cells?.[0]?.value === id && text(cells[2]?.value) === programme);
    theirs?.splice(column(passports, 'Consent returned'), 1, { value: daysFromToday(-3) });
    // A target that reads like a formula reaches the pupil's report as the words typed.
    const target = '=HYPERLINK("http://example.invalid","click")';
    typeRow(sheetOf(session.workbook, 'Targets'), { 'Pupil ID': id, Pupil: pupil, Programme: programme, Target: target });
    run(session, 'forum');
    const asked = session.script.runFromSidebar('apiBuildPupilReports', { pupils: [text(id)] }) as { ok: boolean; error?: string };
    expect(asked.ok, asked.error).toBe(true);
    expect(allText(sheetOf(session.workbook, 'Pupil reports')).some((cell) => cell.includes(target))).toBe(true);
    expect(run(session, 'letters').message).toMatch(/; consent returned for 1 of \d+\.$/);
    for (const tab of ['Reviews due', 'Forum report', 'Pupil reports', 'Letters'])
      expect(formulas(sheetOf(session.workbook, tab)), tab).toEqual([]);
    // The forum names the pupil among those to bring a Review Meeting for, and is marked confidential.
    const forumTab = sheetOf(session.workbook, 'Forum report');
    expect(text(forumTab.cells[1]?.[0]?.value)).toMatch(/^CONFIDENTIAL/);
    const forum = allText(forumTab);
    expect(forum.some((cell) => cell.includes(text(pupil)))).toBe(true);
  });

  it('counts the sessions staff ticked Delivered and Attended on the Schedule in a pupil’s report', () => {
    const session = schoolOf(200);
    const schedule = sheetOf(session.workbook, 'Schedule');
    const col = (name: (typeof SCHEDULE_HEADERS)[number]): number => SCHEDULE_HEADERS.indexOf(name);
    const today = daysFromToday(0);
    const past = schedule.cells.slice(1).filter((row) => {
      const date = row?.[col('Date')]?.value;
      return date instanceof Date && date < today && text(row?.[col('Pupil ID')]?.value) !== '';
    });
    const first = past[0];
    expect(first, 'the Schedule has sessions before today').toBeDefined();
    const pupilId = text(first?.[col('Pupil ID')]?.value);
    const programme = text(first?.[col('Programme')]?.value);
    const mine = past.filter(
      (row) => text(row?.[col('Pupil ID')]?.value) === pupilId && text(row?.[col('Programme')]?.value) === programme,
    );
    mine.forEach((row, i) => {
      if (!row) return;
      row[col('Delivered')] = { value: true };
      row[col('Attended')] = { value: i !== 0 };
    });

    const result = session.script.runFromSidebar('apiBuildPupilReports', { pupils: [pupilId] }) as { ok: boolean; error?: string };
    expect(result.ok, result.error).toBe(true);
    const pupil = text(first?.[col('Pupil')]?.value);
    const sessions = reportLine(sheetOf(session.workbook, 'Pupil reports'), pupil, programme, 'Sessions');
    expect(sessions).toMatch(new RegExp(`^\\d+ planned, ${mine.length} delivered, ${mine.length - 1} attended\\.$`));
  });

  it('costs each cycle action the same service calls for 200 pupils as for 800', () => {
    const callsOf = (pupils: number) => {
      const session = schoolOf(pupils);
      // The first round also makes the input tabs; the second only reads them.
      const rounds = [CYCLE.map((action) => run(session, action)), CYCLE.map((action) => run(session, action))];
      const rows = sheetOf(session.workbook, 'Letters').cells.length;
      return { calls: rounds.map((round) => round.map((stat) => resizesAsOne(stat.calls))), rows };
    };
    const small = callsOf(200);
    const large = callsOf(800);
    expect(large.rows).toBeGreaterThan(small.rows * 2);
    expect(large.calls).toEqual(small.calls);
  });
});
