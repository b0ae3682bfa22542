/**
 * Clicking a finding selects its row: apiSelectRow activates the tab and that whole row, and
 * refuses (activating nothing) a tab that is not there, a row past the end, or a malformed request.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RangeImpl } from '../../emulator/spreadsheet/range';
import type { ActionReport, Result, RowRef } from '../../src/shared/api';
import { openSession, type LocalSession } from '../../tools/local/session';
import { ensureBuilt } from '../support/built';
import { REGISTER_HEADERS, REGISTER_TAB, referralSchool } from './support';

interface Activated {
  readonly tab: string;
  readonly row: number;
  readonly rows: number;
  readonly column: number;
  readonly columns: number;
}

function activations(spy: { mock: { contexts: unknown[] } }): Activated[] {
  return spy.mock.contexts.map((range) => {
    const r = range as GoogleAppsScript.Spreadsheet.Range;
    return { tab: r.getSheet().getName(), row: r.getRow(), rows: r.getNumRows(), column: r.getColumn(), columns: r.getNumColumns() };
  });
}

function activeSheetName(session: LocalSession): string {
  const app = session.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.getActiveSpreadsheet().getActiveSheet().getName();
}

describe('selecting the row behind a finding', () => {
  let session: LocalSession;
  let findings: ActionReport['findings'];

  beforeAll(async () => {
    await ensureBuilt();
    const school = referralSchool(30, 9, { years: [9, 10] });
    // An over-full group, so there is a finding with a row for every pupil.
    const register = school.workbook.sheets[0]!;
    for (const r of school.referrals.slice(0, 11)) {
      register.cells[r.row - 1]![5] = { value: 'Group' };
      register.cells[r.row - 1]![9] = { value: 'Big group' };
      register.cells[r.row - 1]![10] = { value: 'Mr Hughes' };
    }
    session = openSession(school.workbook);
    const result = session.script.runFromSidebar('apiCheckGroups') as Result<ActionReport>;
    if (!result.ok) throw new Error(result.error);
    findings = result.data.findings;
  });
  afterEach(() => vi.restoreAllMocks());

  it('activates the finding’s tab and exactly its row, across every column of the register', () => {
    const size = findings?.find((f) => f.group === 'Big group' && f.rule === 'size-above-max');
    expect(size?.rows).toHaveLength(11);
    // Start elsewhere, so the tab really is switched.
    const app = session.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    app.getActiveSpreadsheet().getSheetByName('Keep apart')?.activate();
    for (const ref of [size!.rows[3]!, size!.rows[10]!]) {
      const spy = vi.spyOn(RangeImpl.prototype, 'activate');
      const result = session.script.runFromSidebar('apiSelectRow', ref) as Result<RowRef>;
      expect(result).toEqual({ ok: true, data: ref });
      expect(activations(spy)).toEqual([{ tab: REGISTER_TAB, row: ref.row, rows: 1, column: 1, columns: REGISTER_HEADERS.length }]);
      expect(activeSheetName(session)).toBe(REGISTER_TAB);
      spy.mockRestore();
    }
  });

  it.each<[string, unknown]>([
    ['a tab that is not there', { tab: 'Pupils (old)', row: 3 }],
    ['a row past the end of the tab', { tab: REGISTER_TAB, row: 5_000_000 }],
    ['a row that is not a number', { tab: REGISTER_TAB, row: '3' }],
    ['row zero', { tab: REGISTER_TAB, row: 0 }],
    ['no tab', { row: 3 }],
    ['a tab name too long to be one', { tab: 'x'.repeat(101), row: 3 }],
  ])('refuses %s with one sentence, selecting nothing', (_, ref) => {
    const spy = vi.spyOn(RangeImpl.prototype, 'activate');
    const result = session.script.runFromSidebar('apiSelectRow', ref) as Result<RowRef>;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^[A-Z“].*[.]$/);
    expect(spy).not.toHaveBeenCalled();
  });
});
