import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { SheetModel, WorkbookModel } from '../../emulator/model';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { readWorkbook } from '../../tools/xlsx/read';
import { STATE_CHUNK, STATE_SHEET } from '../../tools/xlsx/state';
import { writeWorkbook } from '../../tools/xlsx/write';

function tempFile(name: string): string {
  return join(mkdtempSync(join(tmpdir(), 'ip-xlsx-')), name);
}

function planSheet(): SheetModel {
  return {
    ...emptySheet(7, 'Plan'),
    tabColor: '#1a73e8',
    cells: [
      [
        { value: 'Pupil', bold: true, background: '#ddebf7', border: true, horizontalAlignment: 'center' },
        { value: 'Start', italic: true, fontColor: '#cc0000', fontSize: 12 },
        { value: 'Attendance', wrap: true, verticalAlignment: 'top' },
        { value: 'Change', note: 'End minus start' },
      ],
      [
        { value: 'Aisha <b>' },
        { value: new Date(2026, 10, 30), numberFormat: 'dd/mm/yyyy' },
        { value: 0.894, numberFormat: '0.0%' },
        { value: 0.002, formula: '=C2-0.892', numberFormat: '0.0%' },
      ],
      [
        { value: 'Alfie' },
        { value: new Date(2027, 6, 12, 9, 5, 30), numberFormat: 'dd/mm/yyyy hh:mm:ss' },
        { value: true },
        { value: 'Alfie!', formula: '=A3&"!"' },
      ],
      [
        undefined,
        { value: new Date(2027, 6, 13), formula: '=B3+1', numberFormat: 'dd/mm/yyyy' },
        { value: '', formula: '=NOW()' },
        { value: 42 },
      ],
      [],
      [{ value: 'Merged heading', bold: true }],
      [undefined, undefined, { value: '', background: '#ffff00' }],
    ],
    maxRows: 2000,
    maxColumns: 30,
    frozenRows: 1,
    frozenColumns: 2,
    columnWidths: { 0: 120, 3: 61, 4: 68 },
    rowHeights: { 0: 32 },
    hiddenRows: [4],
    hiddenColumns: [5],
    merges: [{ row: 5, column: 0, rows: 1, columns: 3 }],
    dataValidations: [
      {
        range: { row: 1, column: 0, rows: 3, columns: 1 },
        criteria: 'VALUE_IN_LIST',
        values: ['Yes', 'No'],
        allowInvalid: false,
        showDropdown: true,
        helpText: 'Pick one',
      },
      { range: { row: 1, column: 1, rows: 3, columns: 1 }, criteria: 'DATE_IS_VALID_DATE', values: [], allowInvalid: true },
      { range: { row: 1, column: 2, rows: 3, columns: 1 }, criteria: 'NUMBER_BETWEEN', values: [0, 1], allowInvalid: false },
      { range: { row: 1, column: 3, rows: 3, columns: 1 }, criteria: 'CUSTOM_FORMULA', values: ['=D2>=0'], allowInvalid: true },
    ],
    conditionalFormats: [
      {
        ranges: [{ row: 1, column: 2, rows: 10, columns: 1 }],
        condition: 'NUMBER_LESS_THAN',
        values: [0.9],
        background: '#f4cccc',
        bold: true,
      },
    ],
    developerMetadata: [{ id: 11, key: 'ip.tab', value: 'plan', visibility: 'DOCUMENT' }],
    charts: [
      {
        id: 3,
        type: 'COLUMN',
        ranges: [{ sheet: 'Plan', range: { row: 0, column: 0, rows: 4, columns: 3 } }],
        position: { row: 8, column: 1, offsetX: 5, offsetY: 10 },
        options: { title: 'Attendance', width: 600, colors: ['#1a73e8'], 'hAxis.title': 'Pupil' },
      },
    ],
    protections: [{ range: { row: 0, column: 0, rows: 1, columns: 4 }, description: 'Headers', warningOnly: true }],
  };
}

function hiddenSheet(): SheetModel {
  return {
    ...emptySheet(12, 'Lists'),
    hidden: true,
    cells: [[{ value: 'Yes' }], [{ value: 'No' }]],
    // A checkbox has no Excel form, and these are out of address order: both must survive via the state.
    dataValidations: [
      { range: { row: 5, column: 1, rows: 2, columns: 1 }, criteria: 'CHECKBOX', values: [], allowInvalid: false },
      {
        range: { row: 0, column: 3, rows: 1, columns: 1 },
        criteria: 'VALUE_IN_RANGE',
        values: ["'Lists'!A1:A2"],
        allowInvalid: false,
        showDropdown: true,
      },
      { range: { row: 0, column: 0, rows: 2, columns: 1 }, criteria: 'VALUE_IN_LIST', values: ['a', 'b'], allowInvalid: true },
    ],
  };
}

function fullModel(): WorkbookModel {
  return {
    ...emptyWorkbook('Oakfield plan', 'sheet-abc'),
    timeZone: 'Europe/London',
    locale: 'en_GB',
    sheets: [planSheet(), hiddenSheet()],
    namedRanges: [{ name: 'Pupils', sheet: 'Plan', range: { row: 1, column: 0, rows: 3, columns: 1 } }],
    developerMetadata: [{ id: 1, key: 'ip.version', value: '1', visibility: 'PROJECT' }],
    documentProperties: { mapping: JSON.stringify({ register: 'Plan' }), big: 'x'.repeat(STATE_CHUNK * 2 + 17) },
    triggers: [{ id: 't1', handler: 'onFormSubmit', eventType: 'ON_FORM_SUBMIT', sourceId: 'sheet-abc' }],
    forms: [
      {
        id: 'form-1',
        title: 'Attitudes',
        description: 'Start and end',
        items: [{ type: 'SCALE', title: 'My life is going well' }],
        destinationSpreadsheetId: 'sheet-abc',
        destinationSheetId: 12,
        acceptingResponses: true,
      },
    ],
  };
}

async function roundTrip(model: WorkbookModel, name = 'plan.xlsx'): Promise<WorkbookModel> {
  const path = tempFile(name);
  await writeWorkbook(model, path);
  return readWorkbook(path);
}

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('writeWorkbook then readWorkbook', () => {
  it('gives back the same model for every feature the model holds', async () => {
    const model = fullModel();
    expect(await roundTrip(model)).toEqual(model);
  });

  it('keeps local calendar days and times in a time zone with summer time', async () => {
    process.env.TZ = 'Europe/London';
    const model = fullModel();
    const back = await roundTrip(model);
    const summer = back.sheets[0]?.cells[2]?.[1]?.value;
    expect(summer).toBeInstanceOf(Date);
    expect(
      summer instanceof Date && [summer.getFullYear(), summer.getMonth(), summer.getDate(), summer.getHours(), summer.getMinutes()],
    ).toEqual([2027, 6, 12, 9, 5]);
    expect(back).toEqual(model);
  });

  it('stores the state in a very hidden sheet, split into chunks, that is not a tab of the model', async () => {
    const path = tempFile('state.xlsx');
    await writeWorkbook(fullModel(), path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const state = book.getWorksheet(STATE_SHEET);
    expect(state?.state).toBe('veryHidden');
    expect(state?.getCell(3, 1).value).toEqual(expect.any(String));
    expect(book.getWorksheet('Lists')?.state).toBe('hidden');
    expect((await readWorkbook(path)).sheets.map((s) => s.name)).toEqual(['Plan', 'Lists']);
  });

  it('writes formats, validations and frozen panes natively for Excel users', async () => {
    const path = tempFile('native.xlsx');
    await writeWorkbook(fullModel(), path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const ws = book.getWorksheet('Plan');
    expect(ws?.getCell('A1').font.bold).toBe(true);
    expect(ws?.getCell('D2').value).toEqual({ formula: 'C2-0.892', result: 0.002 });
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    const validations = (ws as unknown as { dataValidations: { model: Record<string, { type: string }> } }).dataValidations.model;
    expect(validations.A2?.type).toBe('list');
    expect(validations.C4?.type).toBe('decimal');
  });

  it('gives a workbook without state the defaults and sheet ids in tab order', async () => {
    const path = tempFile('School register.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('First').getCell('A1').value = 'Name';
    book.addWorksheet('Second', { state: 'hidden' }).getCell('B3').value = { richText: [{ text: 'Rich ' }, { text: 'text' }] };
    book.getWorksheet('First')!.getCell('A2').value = { text: 'Link', hyperlink: 'https://example.org' };
    book.getWorksheet('First')!.getCell('A3').value = { formula: 'NA()', result: { error: '#N/A' } };
    await book.xlsx.writeFile(path);
    const model = await readWorkbook(path);
    expect(model).toMatchObject({ id: 'local-spreadsheet', name: 'School register', timeZone: 'Europe/London', locale: 'en_GB' });
    expect(model.sheets.map((s) => [s.id, s.name, s.hidden, s.maxRows, s.maxColumns])).toEqual([
      [0, 'First', false, 1000, 26],
      [1, 'Second', true, 1000, 26],
    ]);
    expect(model.sheets[1]?.cells[2]?.[1]).toEqual({ value: 'Rich text' });
    expect(model.sheets[0]?.cells[1]?.[0]).toEqual({ value: 'Link' });
    expect(model.sheets[0]?.cells[2]?.[0]).toEqual({ value: '#N/A', formula: '=NA()' });
  });

  it('restores sheet ids by name and gives a new tab a free id', async () => {
    const model = fullModel();
    const path = tempFile('ids.xlsx');
    await writeWorkbook(model, path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    book.addWorksheet('Added by hand');
    await book.xlsx.writeFile(path);
    const ids = (await readWorkbook(path)).sheets.map((s) => [s.name, s.id]);
    expect(ids).toEqual([
      ['Plan', 7],
      ['Lists', 12],
      ['Added by hand', 2],
    ]);
  });
});
