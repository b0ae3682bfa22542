import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import { isModelDate } from '../../emulator/model';
import { readWorkbook } from '../../tools/xlsx/read';
import { writeWorkbook } from '../../tools/xlsx/write';

const dir = join(import.meta.dirname, '..', '..', '..', 'shared', 'examples');
const messy = join(dir, 'oakfield-register-messy.xlsx');
const tidy = join(dir, 'oakfield-tracking.xlsx');

/** Values and formulas only: what a read → write → read must keep from a school's own file. */
function valuesAndFormulas(model: WorkbookModel): unknown {
  return model.sheets.map((s) => ({
    name: s.name,
    cells: s.cells.map((row) => row.map((c) => (c ? { value: c.value, formula: c.formula } : undefined))),
  }));
}

async function rewritten(path: string): Promise<WorkbookModel> {
  const out = join(mkdtempSync(join(tmpdir(), 'ip-xlsx-example-')), 'copy.xlsx');
  await writeWorkbook(await readWorkbook(path), out);
  return readWorkbook(out);
}

describe.skipIf(!existsSync(dir))('the shared example workbooks', () => {
  it('reads the messy register: headers on row 4, Starts as dd/mm/yyyy text, formulas with their results', async () => {
    const model = await readWorkbook(messy);
    expect(model.name).toBe('oakfield-register-messy');
    const register = model.sheets.find((s) => s.name === 'Intervention Register 26-27');
    expect(register?.id).toBe(0);
    const headers = register?.cells[3]?.map((c) => c?.value) ?? [];
    expect(headers.slice(0, 3)).toEqual(['Surname', 'Forename', 'Adm No']);
    expect(register?.cells[3]?.[0]).toMatchObject({ bold: true, background: '#ddebf7' });
    const starts = headers.indexOf('Starts');
    expect(starts).toBeGreaterThan(0);
    expect(register?.cells[4]?.[starts]?.value).toBe('30/11/2026');
    const change = headers.indexOf('Att change');
    const formulaCell = register?.cells[4]?.[change];
    expect(formulaCell?.formula).toBe('=T5-S5');
    // The file was saved without calculated results, so the cached value is unknown.
    expect(formulaCell?.value).toBe('');
    expect(register?.maxRows).toBe(1000);
  });

  it('reads the tidy tracker: real dates at local midnight, frozen panes', async () => {
    const model = await readWorkbook(tidy);
    const pupils = model.sheets.find((s) => s.name === 'Pupils');
    expect(pupils).toMatchObject({ frozenRows: 1, frozenColumns: 2 });
    const start = pupils?.cells[1]?.[14];
    expect(start?.numberFormat).toBe('dd/mm/yyyy');
    const value = start?.value;
    expect(isModelDate(value)).toBe(true);
    expect(isModelDate(value) && [value.getFullYear(), value.getMonth(), value.getDate(), value.getHours()]).toEqual([2026, 10, 30, 0]);
  });

  it.each([
    ['messy', messy],
    ['tidy', tidy],
  ])('keeps every value and formula of the %s workbook through read → write → read', async (_, path) => {
    const first = await readWorkbook(path);
    const again = await rewritten(path);
    expect(valuesAndFormulas(again)).toEqual(valuesAndFormulas(first));
    expect(again).toEqual(first);
    expect(again.sheets.map((s) => s.id)).toEqual(first.sheets.map((s) => s.id));
  });

  it('gives the messy register a workbook that round-trips exactly once written', async () => {
    const once = await rewritten(messy);
    const out = join(mkdtempSync(join(tmpdir(), 'ip-xlsx-example-')), 'twice.xlsx');
    await writeWorkbook(once, out);
    expect(await readWorkbook(out)).toEqual(once);
  });
});
