/**
 * Contract tests: developer metadata.
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 */
import { describe, expect, it } from 'vitest';
import { newUiRecord, type EmulatorHost } from '../../emulator/host';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { createSpreadsheetServices } from '../../emulator/spreadsheet';

function setup() {
  const workbook = emptyWorkbook('Tracker');
  workbook.sheets.push(emptySheet(0, 'Register'), emptySheet(1, 'Schedule'));
  const host: EmulatorHost = { workbook, now: () => new Date(), user: 'u@school.example', ui: newUiRecord(), logs: [], runFunction: null };
  const app = createSpreadsheetServices(host, {}).SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = (name: string) => {
    const found = ss.getSheetByName(name);
    if (!found) throw new Error(`no ${name}`);
    return found;
  };
  return { workbook, app, ss, sheet };
}

describe('addDeveloperMetadata — https://developers.google.com/apps-script/reference/spreadsheet/sheet#adddevelopermetadatakey,-value,-visibility', () => {
  it('stores key, value and visibility on the sheet, with ids unique across the workbook', () => {
    const { app, ss, sheet, workbook } = setup();
    sheet('Schedule').addDeveloperMetadata('ip.tab', 'schedule', app.DeveloperMetadataVisibility.DOCUMENT);
    ss.addDeveloperMetadata('ip.version', '1');
    sheet('Register').addDeveloperMetadata('flag');
    const ids = [...workbook.developerMetadata, ...workbook.sheets.flatMap((s) => s.developerMetadata)].map((m) => m.id);
    expect(new Set(ids).size).toBe(3);
    expect(workbook.sheets[1]?.developerMetadata).toEqual([
      { id: expect.any(Number) as unknown, key: 'ip.tab', value: 'schedule', visibility: 'DOCUMENT' },
    ]);
    expect(workbook.sheets[0]?.developerMetadata[0]?.value).toBeNull();
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['ip.version']);
    expect(
      sheet('Register')
        .getDeveloperMetadata()
        .map((m) => m.getKey()),
    ).toEqual(['flag']);
  });

  it('a visibility as second argument is the visibility, anything else the value', () => {
    const { app, sheet } = setup();
    sheet('Register').addDeveloperMetadata('a', app.DeveloperMetadataVisibility.PROJECT);
    sheet('Register').addDeveloperMetadata('b', 'value');
    const [a, b] = sheet('Register').getDeveloperMetadata();
    expect([a?.getValue(), String(a?.getVisibility())]).toEqual([null, 'PROJECT']);
    expect([b?.getValue(), String(b?.getVisibility())]).toEqual(['value', 'DOCUMENT']);
  });

  it('range metadata on an arbitrary block fails as in Apps Script', () => {
    const { sheet } = setup();
    expect(() => sheet('Register').getRange('A1:B2').addDeveloperMetadata('k')).toThrow(
      /Adding developer metadata to arbitrary ranges is not currently supported/,
    );
  });
});

describe('DeveloperMetadataFinder — https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder#find', () => {
  it('finds by key and value across every sheet, and locates the sheet (also after a rename)', () => {
    const { app, ss, sheet } = setup();
    sheet('Schedule').addDeveloperMetadata('ip.tab', 'schedule', app.DeveloperMetadataVisibility.DOCUMENT);
    sheet('Register').addDeveloperMetadata('ip.tab', 'problems', app.DeveloperMetadataVisibility.DOCUMENT);
    ss.addDeveloperMetadata('ip.tab', 'workbook');
    sheet('Schedule').setName('Schedule 2026');

    const found = ss.createDeveloperMetadataFinder().withKey('ip.tab').withValue('schedule').find();
    expect(found).toHaveLength(1);
    const location = found[0]?.getLocation();
    expect(String(location?.getLocationType())).toBe('SHEET');
    expect(location?.getSheet()?.getName()).toBe('Schedule 2026');
    expect(location?.getSpreadsheet()).toBeNull();

    const onSpreadsheet = ss.createDeveloperMetadataFinder().withLocationType(app.DeveloperMetadataLocationType.SPREADSHEET).find();
    expect(onSpreadsheet.map((m) => m.getValue())).toEqual(['workbook']);
    expect(onSpreadsheet[0]?.getLocation().getSheet()).toBeNull();
    expect(onSpreadsheet[0]?.getLocation().getSpreadsheet()?.getName()).toBe('Tracker');

    expect(ss.createDeveloperMetadataFinder().withKey('ip.tab').find()).toHaveLength(3);
    expect(
      sheet('Register')
        .createDeveloperMetadataFinder()
        .withKey('ip.tab')
        .find()
        .map((m) => m.getValue()),
    ).toEqual(['problems']);
    expect(ss.createDeveloperMetadataFinder().withVisibility(app.DeveloperMetadataVisibility.PROJECT).find()).toEqual([]);
  });

  it('metadata goes with its sheet, and can be changed or removed', () => {
    const { ss, sheet } = setup();
    sheet('Schedule').addDeveloperMetadata('ip.tab', 'schedule');
    sheet('Register').addDeveloperMetadata('ip.tab', 'problems');
    const [entry] = ss.createDeveloperMetadataFinder().withValue('problems').find();
    entry?.setValue('register');
    expect(ss.createDeveloperMetadataFinder().withValue('register').find()).toHaveLength(1);
    ss.deleteSheet(sheet('Schedule'));
    expect(
      ss
        .createDeveloperMetadataFinder()
        .withKey('ip.tab')
        .find()
        .map((m) => m.getValue()),
    ).toEqual(['register']);
    entry?.remove();
    expect(ss.createDeveloperMetadataFinder().find()).toEqual([]);
  });
});
