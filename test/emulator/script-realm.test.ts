/**
 * Contract test: a service's exception reaches a loaded script as an `Error` of the script's own
 * runtime, named `Exception` (Apps Script logs it as `Exception: …`), so `e instanceof Error`
 * holds as it does in Apps Script's single V8 runtime; node:vm gives the script a realm of its own.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { loadScript } from '../../tools/local/bundle';

describe('Exceptions from services, seen by a script', () => {
  it('are instances of the script realm’s Error, named Exception, with the message intact', () => {
    const workbook = emptyWorkbook('Tracker');
    workbook.sheets.push(emptySheet(0, 'Register'));
    const script = loadScript(
      `function probe() {
         try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(0, 1); }
         catch (e) { return [e instanceof Error, e.name, e.message]; }
       }`,
      createEmulator(workbook),
    );
    expect(script.run('probe')).toEqual([true, 'Exception', 'The starting row of the range is too small.']);
  });
});
