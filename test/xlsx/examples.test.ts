/**
 * The example workbooks (shared or generated, whichever the run uses) read as a school keeps them,
 * and survive read → write → read.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import { isModelDate } from '../../emulator/model';
import { readWorkbook } from '../../tools/xlsx/read';
import { writeWorkbook } from '../../tools/xlsx/write';
import { readRegister, sheetOf } from '../support/example-facts';
import { EXAMPLES } from '../support/examples';

const { messy, tidy } = EXAMPLES;

/** Values and formulas only: what a read → write → read must keep from a school's own file. */
function valuesAndFormulas(model: WorkbookModel): unknown {
  return model.sheets.map((s) => ({
    name: s.name,
    cells: s.cells.map((row) => row.map((c) => (c ? { value: c.value, formula: c.formula } : undefined))),
  }));
}

const scratch = (file: string): string => join(mkdtempSync(join(tmpdir(), 'ip-xlsx-example-')), file);

async function rewritten(path: string): Promise<WorkbookModel> {
  const out = scratch('copy.xlsx');
  await writeWorkbook(await readWorkbook(path), out);
  return readWorkbook(out);
}

/** Row and column (0-based) of every formula on the register. */
function formulaCells(model: WorkbookModel, tab: string): [number, number, string][] {
  return sheetOf(model, tab).cells.flatMap((row, r) =>
    (row ?? []).flatMap((cell, c): [number, number, string][] => (cell?.formula ? [[r, c, cell.formula]] : [])),
  );
}

describe(`the ${EXAMPLES.origin} example workbooks`, () => {
  it(`reads the messy register (${messy.file}): headers below the title rows, dates as typed text, formulas`, async () => {
    const model = await readWorkbook(messy.path);
    const { layout } = messy;
    // Its title when the file has one, else the file's name.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(messy.path);
    expect(model.name).toBe(book.title || basename(messy.path, '.xlsx'));
    const register = sheetOf(model, layout.register);
    expect(register.id).toBe(0);
    const headers = register.cells[layout.headerRow - 1] ?? [];
    expect(headers.map((c) => c?.value)).toEqual(expect.arrayContaining(Object.values(layout.columns)));
    expect(headers.filter((c) => c?.value !== undefined).every((c) => c?.bold)).toBe(true);
    expect(register.cells.slice(0, layout.headerRow - 1).some((row) => (row ?? []).some((c) => c?.value))).toBe(true);
    const starts = readRegister(model, layout)
      .filter((r) => r.type !== 'referred')
      .map((r) => r.cell(layout.columns.start));
    expect(starts.length).toBeGreaterThan(0);
    expect(starts.every((v) => typeof v === 'string' && /^\d{2}\/\d{2}\/\d{4}$/.test(v))).toBe(true);
    const formulas = formulaCells(model, layout.register);
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.every(([, , formula]) => formula.startsWith('='))).toBe(true);
    expect(register.maxRows).toBeGreaterThanOrEqual(register.cells.length);
  });

  it(`reads the tidy tracker (${tidy.file}): real dates at local midnight, the header row frozen`, async () => {
    const model = await readWorkbook(tidy.path);
    const register = sheetOf(model, tidy.layout.register);
    expect(register.frozenRows).toBe(1);
    const column = (register.cells[0] ?? []).findIndex((c) => c?.value === tidy.layout.columns.start);
    const dated = register.cells.slice(1).flatMap((row) => (isModelDate(row?.[column]?.value) ? [row?.[column]] : []));
    expect(dated.length).toBeGreaterThan(0);
    for (const cell of dated) {
      expect(cell?.numberFormat).toBe('dd/mm/yyyy');
      const value = cell?.value;
      expect(isModelDate(value) && [value.getHours(), value.getMinutes(), value.getSeconds()]).toEqual([0, 0, 0]);
    }
  });

  it('reads a formula saved without its result as the formula with an unknown value', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(messy.path);
    const sheet = book.getWorksheet(messy.layout.register);
    let stripped = 0;
    sheet?.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        if (value && typeof value === 'object' && 'formula' in value && typeof value.formula === 'string') {
          cell.value = { formula: value.formula, date1904: false };
          stripped += 1;
        }
      }),
    );
    expect(stripped).toBeGreaterThan(0);
    const out = scratch('no-results.xlsx');
    await book.xlsx.writeFile(out);
    const formulas = formulaCells(await readWorkbook(out), messy.layout.register);
    expect(formulas).toEqual(formulaCells(await readWorkbook(messy.path), messy.layout.register));
    const model = await readWorkbook(out);
    for (const [r, c] of formulas) expect(sheetOf(model, messy.layout.register).cells[r]?.[c]?.value).toBe('');
  });

  it.each([messy, tidy])('keeps every value and formula of $file through read → write → read', async ({ path }) => {
    const first = await readWorkbook(path);
    const again = await rewritten(path);
    expect(valuesAndFormulas(again)).toEqual(valuesAndFormulas(first));
    expect(again).toEqual(first);
    expect(again.sheets.map((s) => s.id)).toEqual(first.sheets.map((s) => s.id));
  });

  it('gives the messy register a workbook that round-trips exactly once written', async () => {
    const once = await rewritten(messy.path);
    const out = scratch('twice.xlsx');
    await writeWorkbook(once, out);
    expect(await readWorkbook(out)).toEqual(once);
  });
});
