/**
 * Contract tests: the cost model adds up per execution as docs/cost-model.md documents it, and
 * an execution past Apps Script's limit fails as it fails in Google.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator';
import {
  CALL_SECONDS,
  callKind,
  EXECUTION_LIMIT_SECONDS,
  FLUSH_SECONDS,
  READ_SECONDS_PER_CELL,
  WRITE_SECONDS_PER_CELL,
} from '../../emulator/cost-model';
import { TIME_LIMIT_MESSAGE } from '../../emulator/execution-cost';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { loadScript } from '../../tools/local/bundle';

function emulated(options: { executionLimitSeconds?: number } = {}) {
  const workbook = emptyWorkbook('Tracker');
  workbook.sheets.push(emptySheet(0, 'Register'));
  const emulator = createEmulator(workbook, options);
  const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheets()[0];
  if (!sheet) throw new Error('no sheet');
  emulator.cost.reset();
  return { emulator, app, sheet };
}

/** Seconds the call adds to the running estimate. */
function costOf(emulator: Emulator, call: () => unknown): number {
  const before = emulator.cost.seconds();
  call();
  return emulator.cost.seconds() - before;
}

describe('Reads pay for the writes queued before them — http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html', () => {
  it('a read with nothing pending costs a read; after a write it costs the flush too', () => {
    const { emulator, sheet } = emulated();
    const cell = sheet.getRange('A1');
    expect(costOf(emulator, () => cell.getValue())).toBeCloseTo(CALL_SECONDS.read, 9);
    expect(costOf(emulator, () => cell.setValue('x'))).toBeCloseTo(CALL_SECONDS.write, 9);
    expect(costOf(emulator, () => cell.setValue('y'))).toBeCloseTo(CALL_SECONDS.write, 9);
    expect(costOf(emulator, () => cell.getValue())).toBeCloseTo(CALL_SECONDS.read + FLUSH_SECONDS, 9);
    expect(costOf(emulator, () => cell.getValue())).toBeCloseTo(CALL_SECONDS.read, 9);
  });

  it('SpreadsheetApp.flush, structural calls, charts and metadata searches commit pending writes too', () => {
    const { emulator, app, sheet } = emulated();
    const ss = app.getActiveSpreadsheet();
    sheet.getRange('A1').setValue('x');
    expect(costOf(emulator, () => app.flush())).toBeCloseTo(CALL_SECONDS.flush + FLUSH_SECONDS, 9);
    expect(costOf(emulator, () => app.flush())).toBeCloseTo(CALL_SECONDS.flush, 9);
    sheet.getRange('A1').setValue('y');
    expect(costOf(emulator, () => ss.insertSheet('New'))).toBeCloseTo(CALL_SECONDS.structural + FLUSH_SECONDS, 9);
    sheet.addDeveloperMetadata('k', 'v');
    const finder = ss.createDeveloperMetadataFinder().withKey('k');
    expect(costOf(emulator, () => finder.find())).toBeCloseTo(CALL_SECONDS.metadataFind + FLUSH_SECONDS, 9);
  });

  it('reading and writing large tables costs per cell: 100,000 cells are not free', () => {
    const { emulator, sheet } = emulated();
    sheet.insertRowsAfter(1000, 9000);
    const range = sheet.getRange(1, 1, 10_000, 10);
    const table = Array.from({ length: 10_000 }, () => Array.from({ length: 10 }, () => 1));
    expect(costOf(emulator, () => range.setValues(table))).toBeCloseTo(CALL_SECONDS.write + 100_000 * WRITE_SECONDS_PER_CELL, 9);
    expect(costOf(emulator, () => range.getValues())).toBeCloseTo(CALL_SECONDS.read + FLUSH_SECONDS + 100_000 * READ_SECONDS_PER_CELL, 9);
  });

  it('an execution that ends with writes queued pays one flush as Apps Script commits them', () => {
    const { emulator, sheet } = emulated();
    const cell = sheet.getRange('A1');
    emulator.cost.begin();
    cell.setValue('x');
    expect(emulator.cost.end()).toBeCloseTo(CALL_SECONDS.write + FLUSH_SECONDS, 9);
    expect(emulator.cost.seconds()).toBeCloseTo(CALL_SECONDS.write + FLUSH_SECONDS, 9);
  });
});

describe('Every kind of call has its price — docs/cost-model.md', () => {
  const kinds: [string, string][] = [
    ['Range.getValues', 'read'],
    ['Range.setValues', 'write'],
    ['Range.setBackground', 'write'],
    ['RangeList.setFontWeight', 'write'],
    ['Range.getA1Notation', 'local'],
    ['Spreadsheet.getSheetByName', 'lookup'],
    ['SpreadsheetApp.flush', 'flush'],
    ['Spreadsheet.insertSheet', 'structural'],
    ['Spreadsheet.deleteSheet', 'structural'],
    ['Sheet.insertRowsAfter', 'structural'],
    ['Sheet.deleteRows', 'structural'],
    ['Sheet.insertChart', 'chart'],
    ['EmbeddedChartBuilder.addRange', 'local'],
    ['DeveloperMetadataFinder.find', 'metadataFind'],
    ['Properties.getProperty', 'properties'],
    ['Lock.tryLock', 'lock'],
    ['Ui.alert', 'ui'],
    ['Ui.showSidebar', 'ui'],
    ['Spreadsheet.toast', 'ui'],
    ['FormApp.create', 'formCreate'],
    ['Form.addMultipleChoiceItem', 'formEdit'],
    ['MultipleChoiceItem.setChoiceValues', 'formEdit'],
    ['SpreadsheetTriggerBuilder.create', 'trigger'],
    ['ScriptApp.getProjectTriggers', 'trigger'],
    ['Session.getActiveUser', 'service'],
  ];
  for (const [name, kind] of kinds) {
    it(`${name} is a ${kind} call`, () => {
      expect(callKind(name)).toBe(kind);
    });
  }
});

describe('Script runtime: 6 min / execution — https://developers.google.com/apps-script/guides/services/quotas', () => {
  it('by default the limit is 360 estimated seconds: the call after the estimate passes it throws', () => {
    const { emulator, sheet } = emulated();
    expect(emulator.cost.limitSeconds).toBe(EXECUTION_LIMIT_SECONDS);
    const cell = sheet.getRange('A1');
    emulator.cost.reset();
    let reads = 0;
    expect(() => {
      for (;;) {
        cell.getValue();
        reads += 1;
      }
    }).toThrow(TIME_LIMIT_MESSAGE);
    expect(reads).toBe(Math.floor(EXECUTION_LIMIT_SECONDS / CALL_SECONDS.read) + 1);
    expect(emulator.cost.seconds()).toBeGreaterThan(EXECUTION_LIMIT_SECONDS);
    expect(() => sheet.getName()).toThrow(TIME_LIMIT_MESSAGE);
  });

  it('a loaded script fails when it runs out of time, even when it catches the error', () => {
    const { emulator } = emulated({ executionLimitSeconds: 1 });
    const script = loadScript(
      `function spin() {
         var cell = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1');
         try { for (;;) cell.getValue(); } catch (e) { return 'carried on after ' + e.message; }
       }
       function once() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue(); }`,
      emulator,
    );
    expect(() => script.run('spin')).toThrow(TIME_LIMIT_MESSAGE);
    expect(emulator.cost.seconds()).toBeGreaterThan(1);
    // The next top-level call is a new execution with the whole limit again.
    expect(script.run('once')).toBe('');
    expect(emulator.cost.seconds()).toBeCloseTo(3 * CALL_SECONDS.lookup + CALL_SECONDS.read, 9);
  });
});
