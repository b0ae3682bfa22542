/**
 * Google stops an execution after six minutes wherever it is
 * (https://developers.google.com/apps-script/guides/services/quotas). An action that has used most
 * of them working things out stops at its safe point, before writing anything: the spreadsheet
 * is left exactly as it was, and the message says how to continue.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool } from '../../tools/example/school';
import { openSession, runAction } from '../../tools/local/session';
import { ensureBuilt } from '../support/built';

const MINUTES = 60_000;

describe('an action late in its six minutes', () => {
  beforeAll(ensureBuilt);

  it('writes nothing and says how to continue; with time left the same action writes its tabs', () => {
    const workbook = tidyWorkbook(generateSchool({ pupils: 200, seed: 11 }));
    // Every time the script looks at the clock, five minutes have passed.
    let slow = false;
    let looks = 0;
    const session = openSession(workbook, { today: () => new Date(Date.now() + (slow ? 5 * MINUTES * looks++ : 0)) });
    expect(runAction(session, 'setup').ok).toBe(true);
    const before = JSON.stringify(workbook.sheets);

    slow = true;
    const late = runAction(session, 'timetable');
    expect(late.ok).toBe(false);
    expect(late.message).toMatch(
      /six-minute limit for one run to write the tabs safely, so nothing was changed\. Generate one week at a time/,
    );
    expect(JSON.stringify(workbook.sheets)).toBe(before);
    expect(late.calls['Spreadsheet.insertSheet'] ?? 0).toBe(0);

    slow = false;
    const inTime = runAction(session, 'timetable');
    expect(inTime.ok, inTime.message).toBe(true);
    expect(workbook.sheets.map((s) => s.name)).toContain('Schedule');
  }, 120_000);
});
