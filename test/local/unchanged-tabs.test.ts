/**
 * A tab that would come out exactly as it is is left alone (no new sheet, no deletion), and one
 * that would change, or that the user renamed, is rewritten. Replacing a tab is the costliest thing
 * an action does in Google, so a second run of an action costs less than the first, never more.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool } from '../../tools/example/school';
import { openSession, runAction } from '../../tools/local/session';
import { ensureBuilt } from '../support/built';

const NOW = () => new Date(2026, 10, 23, 9);

function sheetNamed(workbook: WorkbookModel, name: string) {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No tab named ${name}`);
  return sheet;
}

describe('a generated tab whose content has not changed', () => {
  beforeAll(ensureBuilt);

  it('is kept as it is by a second group check, and rewritten once the register changes or the tab is renamed', () => {
    const session = openSession(tidyWorkbook(generateSchool({ pupils: 200, seed: 11 })), { now: NOW });
    expect(runAction(session, 'setup').ok).toBe(true);
    const first = runAction(session, 'groups');
    expect(first.ok).toBe(true);
    expect(first.calls['Spreadsheet.insertSheet']).toBeGreaterThan(0);
    const checkId = sheetNamed(session.workbook, 'Group check').id;

    const again = runAction(session, 'groups');
    expect(again.ok).toBe(true);
    expect(again.message).toBe(first.message);
    expect(again.calls['Spreadsheet.insertSheet']).toBeUndefined();
    expect(again.calls['Spreadsheet.deleteSheet']).toBeUndefined();
    expect(again.googleSeconds).toBeLessThan(first.googleSeconds);
    expect(sheetNamed(session.workbook, 'Group check').id).toBe(checkId);

    // A user renames the tab: it is written again under the name the add-in gives it.
    sheetNamed(session.workbook, 'Group check').name = 'My check';
    const renamed = runAction(session, 'groups');
    expect(renamed.calls['Spreadsheet.insertSheet']).toBe(1);
    expect(session.workbook.sheets.map((s) => s.name)).toContain('Group check');
    expect(session.workbook.sheets.map((s) => s.name)).not.toContain('My check');

    // The register changes (a pupil moves group): the check is rewritten with the new finding.
    const register = session.workbook.sheets.find((s) => s.name === 'Register' || s.name === 'Pupils') ?? session.workbook.sheets[0];
    const header = (register?.cells[0] ?? []).map((cell) => String(cell?.value ?? ''));
    const year = header.findIndex((h) => /^year/i.test(h));
    expect(year).toBeGreaterThanOrEqual(0);
    const row = register?.cells[1];
    const cell = row?.[year];
    if (!cell) throw new Error('The register has no year in its first row');
    cell.value = 13;
    const changed = runAction(session, 'groups');
    expect(changed.ok).toBe(true);
    expect(changed.calls['Spreadsheet.insertSheet']).toBeGreaterThan(0);
  });
});
