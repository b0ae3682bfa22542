/**
 * The right answer on each hostile workbook that says what it is (issue 20): the pupils counted and
 * timetabled, each group's first week and sessions a week, the columns mapped and the fields listed
 * as not found, the register chosen and the others named, the layout rows passed over, and a
 * suggested group that never overwrites a formula unasked. Not just "no crash".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import type { AcceptReport, ActionReport, Result, SetupView, SidebarState } from '../../src/shared/api';
import { hostileCorpus, type Answers } from '../../tools/hostile/corpus';
import { ensureBuilt } from '../support/built';
import { cachedRun, generatedKey, runOn, userSheets, userTabState } from './harness';

const withAnswers = hostileCorpus().filter((entry) => entry.answers !== undefined);
type Entry = (typeof withAnswers)[number] & { readonly answers: Answers };

function entriesWith<K extends keyof Answers>(key: K): Entry[] {
  return withAnswers.filter((entry): entry is Entry => entry.answers?.[key] !== undefined);
}

function ok<T>(result: unknown): T {
  const r = result as Result<T>;
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

/** What setup remembered and found, as the sidebar asks for it after `all`. */
function setupAfterAll(entry: Entry): SetupView {
  const state = ok<SidebarState>(cachedRun(entry, 'all').session.script.runFromSidebar('apiGetState'));
  if (!state.setup) throw new Error(`${entry.name}: not set up`);
  return state.setup;
}

interface ScheduleRow {
  readonly week: string;
  readonly session: string;
  readonly staff: string;
  readonly pupil: string;
}

/** `dd/mm/yyyy` or a date cell as `yyyy-mm-dd`. */
function isoOf(value: unknown): string {
  if (Object.prototype.toString.call(value) === '[object Date]') return (value as Date).toISOString().slice(0, 10);
  const [d, m, y] = String(value).split('/');
  return `${y}-${m}-${d}`;
}

/** The Schedule tab's rows, read by its headers. */
function schedule(workbook: WorkbookModel): ScheduleRow[] {
  const sheet = workbook.sheets.find((s) => generatedKey(s) === 'schedule');
  if (!sheet) throw new Error('no Schedule tab');
  const headers = (sheet.cells[0] ?? []).map((cell) => String(cell?.value ?? ''));
  const column = (name: string): number => headers.indexOf(name);
  const [week, session, staff, pupil] = ['Week commencing', 'Session', 'Staff', 'Pupil ID'].map(column) as [number, number, number, number];
  return sheet.cells.slice(1).map((row) => ({
    week: isoOf(row?.[week]?.value),
    session: String(row?.[session]?.value ?? ''),
    staff: String(row?.[staff]?.value ?? ''),
    pupil: String(row?.[pupil]?.value ?? ''),
  }));
}

describe('hostile workbooks: the right answer', () => {
  beforeAll(ensureBuilt);

  it('covers each class of issue 20 that setup answers for', () => {
    expect(withAnswers.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'implausible-dates',
        'us-dates',
        'ambiguous-dates',
        'merged-cells',
        'two-registers',
        'error-values-and-layout-rows',
        'deep-header',
        'own-words',
        'formula-group-cells',
      ]),
    );
  });

  it.each(entriesWith('pupils'))('$name: setup counts $answers.pupils pupils', (entry) => {
    const setup = setupAfterAll(entry);
    expect(setup.summary.pupils).toBe(entry.answers.pupils);
    expect(cachedRun(entry, 'all').outcomes[0]?.message).toMatch(new RegExp(`^Found ${entry.answers.pupils} pupils`));
  });

  it.each(entriesWith('timetabled'))('$name: every pupil of each group is timetabled with the group', (entry) => {
    const rows = schedule(cachedRun(entry, 'all').session.workbook);
    const pupils = Object.fromEntries(
      Object.keys(entry.answers.timetabled ?? {}).map((group) => [
        group,
        new Set(rows.filter((r) => r.session === group).map((r) => r.pupil)).size,
      ]),
    );
    expect(pupils).toEqual(entry.answers.timetabled);
  });

  it.each(entriesWith('firstWeeks'))('$name: each group starts in the week most of it starts, never an outlier’s', (entry) => {
    const rows = schedule(cachedRun(entry, 'all').session.workbook);
    for (const [group, week] of Object.entries(entry.answers.firstWeeks ?? {})) {
      const weeks = rows
        .filter((r) => r.session === group)
        .map((r) => r.week)
        .sort();
      expect(weeks[0], group).toBe(week);
    }
  });

  it.each(entriesWith('sessionsPerWeek'))('$name: each group has its sessions a week', (entry) => {
    const rows = schedule(cachedRun(entry, 'all').session.workbook);
    for (const [group, perWeek] of Object.entries(entry.answers.sessionsPerWeek ?? {})) {
      const mine = rows.filter((r) => r.session === group);
      const first = mine.map((r) => r.week).sort()[0];
      const pupil = mine[0]?.pupil;
      expect(
        mine.filter((r) => r.week === first && r.pupil === pupil),
        group,
      ).toHaveLength(perWeek);
    }
  });

  it.each(entriesWith('mapped'))('$name: every column in the school’s own words is mapped', (entry) => {
    expect(setupAfterAll(entry).mapping.register?.fields).toEqual(entry.answers.mapped);
  });

  it.each(entriesWith('notFound'))('$name: setup lists exactly the fields it did not find', (entry) => {
    const setup = setupAfterAll(entry);
    expect(setup.summary.notFound.map((f) => `${f.section}.${f.field}`)).toEqual(entry.answers.notFound);
    for (const field of setup.summary.notFound) expect(setup.details.join(' ')).toContain(field.label);
  });

  it.each(entriesWith('headerRow'))('$name: the header is found on row $answers.headerRow', (entry) => {
    expect(setupAfterAll(entry).mapping.register?.headerRow).toBe(entry.answers.headerRow);
  });

  it.each(entriesWith('otherRegisterTabs'))(
    '$name: setup names the register it chose and the other tab, and the user can switch',
    (entry) => {
      const setup = setupAfterAll(entry);
      expect(setup.summary.registerTab).toBe(entry.registerTab);
      expect(setup.summary.otherRegisterTabs).toEqual(entry.answers.otherRegisterTabs);
      expect(setup.details[0]).toContain(`“${entry.registerTab}”`);
      const other = entry.answers.otherRegisterTabs?.[0] ?? '';
      const session = runOn(entry, 'setup').session;
      const switched = ok<SetupView>(session.script.runFromSidebar('apiChooseRegister', { tab: other }));
      expect(switched.summary.registerTab).toBe(other);
      expect(switched.summary.otherRegisterTabs).toContain(entry.registerTab);
      // Every action now reads the register the user chose.
      const checked = ok<ActionReport>(session.script.runFromSidebar('apiCheckGroups'));
      expect(checked.findings?.some((f) => f.rows.some((r) => r.tab === other))).toBe(true);
      const refused = session.script.runFromSidebar('apiChooseRegister', { tab: 'Lesson timetable' }) as Result<SetupView>;
      expect(refused.ok).toBe(false);
    },
  );

  it.each(entriesWith('layoutRows'))('$name: layout rows are passed over, named in setup’s result, and never pupils or staff', (entry) => {
    const setup = setupAfterAll(entry);
    expect(setup.summary.skippedRows.map((r) => r.row)).toEqual(entry.answers.layoutRows);
    expect(setup.details.join(' ')).toMatch(/Not read as pupils, being part of the layout: “Pupils” row 8 \(the header row repeated\)/);
    const staff = new Set(schedule(cachedRun(entry, 'all').session.workbook).map((r) => r.staff));
    for (const name of entry.answers.notStaff ?? []) expect(staff.has(name), name).toBe(false);
    const generated = cachedRun(entry, 'all').session.workbook.sheets.map((s) => s.name);
    for (const name of entry.answers.notStaff ?? [])
      expect(
        generated.some((tab) => tab.includes(name)),
        name,
      ).toBe(false);
  });

  it.each(entriesWith('acceptFormulas'))(
    '$name: a suggestion shows the formulas it would overwrite and writes nothing unless each is ticked',
    (entry) => {
      const session = runOn(entry, 'setup').session;
      const view = ok<ActionReport>(session.script.runFromSidebar('apiSuggestGroups')).suggestions?.[0];
      if (!view) throw new Error('no suggestion');
      const formulas = view.changes.filter((c) => c.formula !== null);
      expect(formulas).toHaveLength(entry.answers.acceptFormulas ?? 0);
      const before = userSheets(session.workbook).map(userTabState);
      const refused = session.script.runFromSidebar('apiAcceptSuggestion', {
        suggestion: view.name,
        confirmedCells: view.changes,
      }) as Result<AcceptReport>;
      expect(refused.ok).toBe(false);
      expect(userSheets(session.workbook).map(userTabState)).toEqual(before);
      const ticked = formulas.map(({ tab, row, column }) => ({ tab, row, column }));
      ok<AcceptReport>(
        session.script.runFromSidebar('apiAcceptSuggestion', {
          suggestion: view.name,
          confirmedCells: view.changes,
          formulasToReplace: ticked,
        }),
      );
      const register = session.workbook.sheets.find((s) => s.name === formulas[0]?.tab);
      for (const cell of formulas) expect(register?.cells[cell.row - 1]?.[cell.column - 1]).toMatchObject({ value: cell.new });
    },
  );
});
