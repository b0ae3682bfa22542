/**
 * Contract tests: formats, merges, notes, checkboxes, data validation, conditional formats and
 * protection.
 * https://developers.google.com/apps-script/reference/spreadsheet/range
 */
import { describe, expect, it } from 'vitest';
import { newUiRecord, type EmulatorHost } from '../../emulator/host';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { createSpreadsheetServices } from '../../emulator/spreadsheet';

function setup() {
  const workbook = emptyWorkbook('Tracker');
  workbook.sheets.push(emptySheet(0, 'Register'), emptySheet(1, 'Lists'));
  const host: EmulatorHost = { workbook, now: () => new Date(), user: 'u@school.example', ui: newUiRecord(), logs: [], runFunction: null };
  const app = createSpreadsheetServices(host, {}).SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0];
  const lists = ss.getSheets()[1];
  if (!sheet || !lists) throw new Error('no sheet');
  return { workbook, app, ss, sheet, lists, model: () => workbook.sheets[0] };
}

describe('cell formats — https://developers.google.com/apps-script/reference/spreadsheet/range#setfontweightfontweight', () => {
  it('land on every cell of the range and are reset by null or normal', () => {
    const { sheet, model } = setup();
    sheet
      .getRange('A1:B1')
      .setFontWeight('bold')
      .setFontStyle('italic')
      .setFontSize(12)
      .setFontColor('#FFFFFF')
      .setBackground('#1F4E79')
      .setNumberFormat('0.0')
      .setWrap(true)
      .setHorizontalAlignment('center')
      .setVerticalAlignment('top')
      .setBorder(true, true, true, true, true, true);
    expect(model()?.cells[0]?.[1]).toEqual({
      value: '',
      bold: true,
      italic: true,
      fontSize: 12,
      fontColor: '#ffffff',
      background: '#1f4e79',
      numberFormat: '0.0',
      wrap: true,
      horizontalAlignment: 'center',
      verticalAlignment: 'top',
      border: true,
    });
    sheet.getRange('A1:B1').setFontWeight('normal').setBackground(null).setHorizontalAlignment('normal');
    const cell = model()?.cells[0]?.[0];
    expect([cell?.bold, cell?.background, cell?.horizontalAlignment]).toEqual([undefined, undefined, undefined]);
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  });

  it('setBackgrounds and setNotes take one entry per cell', () => {
    const { sheet } = setup();
    sheet
      .getRange('A1:B1')
      .setBackgrounds([['#ff0000', null]])
      .setNotes([['first', null]]);
    expect(sheet.getRange('A1:B1').getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['first', '']]);
    sheet.getRange('A1').setNote(null);
    expect(sheet.getRange('A1').getNote()).toBe('');
    expect(() => sheet.getRange('A1:B1').setBackgrounds([['#ff0000']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });
});

describe('merge and breakApart — https://developers.google.com/apps-script/reference/spreadsheet/range#merge', () => {
  it('keeps the top-left value, records the merge, and breaks it apart again', () => {
    const { sheet, model } = setup();
    sheet.getRange('A1:C1').setValues([['Title', 'x', 'y']]);
    sheet.getRange('A1:C1').merge();
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Title', '', '']]);
    expect(model()?.merges).toEqual([{ row: 0, column: 0, rows: 1, columns: 3 }]);
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    expect(() => sheet.getRange('B1').breakApart()).toThrow('You must select all cells in a merged range to merge or unmerge them.');
    sheet.getRange('A1:D2').breakApart();
    expect(model()?.merges).toEqual([]);
  });
});

describe('insertCheckboxes — https://developers.google.com/apps-script/reference/spreadsheet/range#insertcheckboxes', () => {
  it('adds checkbox validation and sets every cell to false, as documented', () => {
    const { sheet, model } = setup();
    sheet.getRange('A1:A2').setValues([[true], ['']]);
    sheet.getRange('A1:A2').insertCheckboxes();
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[false], [false]]);
    expect(model()?.dataValidations).toEqual([
      { range: { row: 0, column: 0, rows: 2, columns: 1 }, criteria: 'CHECKBOX', values: [], allowInvalid: false },
    ]);
    expect(String(sheet.getRange('A2').getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
  });
});

describe('data validation — https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder', () => {
  it('a list rule is kept on the range and read back from any of its cells', () => {
    const { app, sheet, model } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(['pre', 'post'], true)
      .setAllowInvalid(false)
      .setHelpText('Choose a phase')
      .build();
    sheet.getRange('B2:B10').setDataValidation(rule);
    expect(model()?.dataValidations).toEqual([
      {
        range: { row: 1, column: 1, rows: 9, columns: 1 },
        criteria: 'VALUE_IN_LIST',
        values: ['pre', 'post'],
        allowInvalid: false,
        helpText: 'Choose a phase',
        showDropdown: true,
      },
    ]);
    const read = sheet.getRange('B5').getDataValidation();
    expect(read?.getCriteriaValues()).toEqual([['pre', 'post'], true]);
    expect(read?.getHelpText()).toBe('Choose a phase');
    expect(sheet.getRange('C5').getDataValidation()).toBeNull();
  });

  it('setting null on part of a rule keeps the rest; range rules name their sheet', () => {
    const { app, sheet, lists, model } = setup();
    sheet.getRange('A1:A10').setDataValidation(app.newDataValidation().requireNumberBetween(0, 100).build());
    sheet.getRange('A4:A5').setDataValidation(null);
    expect(model()?.dataValidations.map((rule) => rule.range)).toEqual([
      { row: 0, column: 0, rows: 3, columns: 1 },
      { row: 5, column: 0, rows: 5, columns: 1 },
    ]);
    sheet.getRange('C1').setDataValidation(app.newDataValidation().requireValueInRange(lists.getRange('A1:A5')).build());
    expect(model()?.dataValidations.at(-1)?.values).toEqual(['Lists!A1:A5']);
    lists.setName('Pick lists');
    expect(model()?.dataValidations.at(-1)?.values).toEqual(["'Pick lists'!A1:A5"]);
    const source: unknown = sheet.getRange('C1').getDataValidation()?.getCriteriaValues()[0];
    expect((source as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe('A1:A5');
  });
});

describe('conditional formats — https://developers.google.com/apps-script/reference/spreadsheet/sheet#setconditionalformatrulesrules', () => {
  it('replaces the sheet rules and reads them back', () => {
    const { app, sheet, model } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenTextEqualTo('Problem')
      .setBackground('#f4cccc')
      .setFontColor('#990000')
      .setBold(true)
      .setRanges([sheet.getRange('B2:B50')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(model()?.conditionalFormats).toEqual([
      {
        ranges: [{ row: 1, column: 1, rows: 49, columns: 1 }],
        condition: 'TEXT_EQUAL_TO',
        values: ['Problem'],
        background: '#f4cccc',
        fontColor: '#990000',
        bold: true,
      },
    ]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules[0]?.getRanges()[0]?.getA1Notation()).toBe('B2:B50');
    sheet.setConditionalFormatRules([
      ...rules,
      app
        .newConditionalFormatRule()
        .whenNumberLessThan(0)
        .setRanges([sheet.getRange('C:C')])
        .build(),
    ]);
    expect(model()?.conditionalFormats.map((r) => r.condition)).toEqual(['TEXT_EQUAL_TO', 'NUMBER_LESS_THAN']);
  });
});

describe('protection — https://developers.google.com/apps-script/reference/spreadsheet/protection', () => {
  it('protects a range or the sheet, with a description and warning-only flag, and removes it', () => {
    const { app, sheet, model } = setup();
    sheet.getRange('A1:C1').protect().setDescription('Headers').setWarningOnly(true);
    sheet.protect().setDescription('Generated tab');
    expect(model()?.protections).toEqual([
      { range: { row: 0, column: 0, rows: 1, columns: 3 }, description: 'Headers', warningOnly: true },
      { range: null, description: 'Generated tab', warningOnly: false },
    ]);
    const [sheetProtection] = sheet.getProtections(app.ProtectionType.SHEET);
    expect(sheetProtection?.getDescription()).toBe('Generated tab');
    sheet.getProtections(app.ProtectionType.RANGE)[0]?.remove();
    expect(model()?.protections).toHaveLength(1);
  });
});
