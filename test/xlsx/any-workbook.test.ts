/**
 * The runner opens any workbook a spreadsheet program can open: the features the emulator does not
 * model are carried to the output (and said to be), what cannot be carried is named, and a file
 * that cannot be read at all gets one sentence naming the fix, never a raw JavaScript error.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkbook, UnreadableWorkbook } from '../../tools/xlsx/read';
import { writeWorkbook } from '../../tools/xlsx/write';
import { addChart, asOtherToolsLayOut, richWorkbook } from './packages';

const dir = mkdtempSync(join(tmpdir(), 'ip-any-workbook-'));
const RICH = join(dir, 'rich.xlsx');

function copyOf(name: string): string {
  const path = join(dir, name);
  copyFileSync(RICH, path);
  return path;
}

/** Reads the input, writes it back with what it carried, and opens the result with exceljs. */
async function throughTheRunner(path: string): Promise<ExcelJS.Workbook> {
  const opened = await openWorkbook(path);
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}.xlsx`);
  await writeWorkbook(opened.model, out, opened.carried);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  return book;
}

interface SheetInternals {
  tables: Record<string, { model: { name: string; tableRef: string; style: { theme: string } } }>;
  conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[];
  sheetProtection: { sheet?: boolean } | null;
}

beforeAll(() => richWorkbook(RICH));

describe('a register with every feature exceljs can write', () => {
  it('opens, and names in one line what it keeps without reading it', async () => {
    const opened = await openWorkbook(RICH);
    expect(opened.model.sheets.map((s) => s.name)).toEqual(['Register', 'Notes']);
    expect(opened.model.sheets[0]?.cells[1]?.[0]).toEqual({ value: 'Okafor', note: 'Spelling checked with the office' });
    expect(opened.notes).toEqual([
      'Kept as it was, though the add-in does not read it: Register: the table Pupils, 1 conditional format rule, sheet protection, ' +
        '1 link, 1 cell of formatted text, 1 data validation of a kind Sheets has no rule for; Notes: a filter, 1 image; the defined name Surnames.',
    ]);
  });

  it('keeps the tables, conditional formats, protection, names, links, comment text, filters and images in the output', async () => {
    const book = await throughTheRunner(RICH);
    const register = book.getWorksheet('Register');
    const notes = book.getWorksheet('Notes');
    if (!register || !notes) throw new Error('A tab is missing from the output');
    const inner = register as unknown as SheetInternals;
    expect(Object.values(inner.tables).map((t) => [t.model.name, t.model.tableRef, t.model.style.theme])).toEqual([
      ['Pupils', 'A1:I7', 'TableStyleMedium9'],
    ]);
    expect(inner.conditionalFormattings).toMatchObject([{ ref: 'C2:C7', rules: [{ type: 'cellIs', formulae: ['9'] }] }]);
    expect(inner.sheetProtection?.sheet).toBe(true);
    expect(book.definedNames.model).toEqual([{ name: 'Surnames', ranges: ['Register!$A$2:$A$7'] }]);
    expect(register.getCell('K1').value).toEqual({ text: 'Referral policy', hyperlink: 'https://example.org/policy' });
    expect(register.getCell('K2').value).toMatchObject({
      richText: [{ text: 'Reviewed ', font: { bold: true } }, { text: 'in November' }],
    });
    expect(register.getCell('A2').note).toBe('Spelling checked with the office');
    const validations = (register as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } })
      .dataValidations.model;
    // A whole-number rule is one Sheets holds (as a number between); a text-length rule travels as it was.
    expect(validations.C4).toMatchObject({ operator: 'between', formulae: [1, 13] });
    expect(validations.L4).toMatchObject({ type: 'textLength', operator: 'lessThan', formulae: [50] });
    expect(notes.autoFilter).toBe('A1:B1');
    expect(notes.getImages().map((image) => [image.range.tl.nativeCol, image.range.tl.nativeRow])).toEqual([[3, 1]]);
  });

  it('keeps them again when its own output is opened and written a second time', async () => {
    const once = await throughTheRunner(RICH);
    const path = join(dir, 'once.xlsx');
    await once.xlsx.writeFile(path);
    const opened = await openWorkbook(path);
    expect(opened.notes).toEqual((await openWorkbook(RICH)).notes);
  });

  it('puts a link back only while the cell still holds its text', async () => {
    const opened = await openWorkbook(RICH);
    const register = opened.model.sheets[0];
    const row = register?.cells[0];
    if (!row) throw new Error('The register has no first row');
    row[10] = { value: 'Policy withdrawn' };
    const out = join(dir, 'changed.xlsx');
    await writeWorkbook(opened.model, out, opened.carried);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('Register')?.getCell('K1').value).toBe('Policy withdrawn');
  });
});

describe('what cannot be carried', () => {
  it('names a chart in one line, and opens the rest', async () => {
    const path = copyOf('chart.xlsx');
    await addChart(path);
    const opened = await openWorkbook(path);
    expect(opened.model.sheets.map((s) => s.name)).toEqual(['Register', 'Notes']);
    expect(opened.notes[1]).toBe('Not kept in the output (the local runner cannot carry it): Register: 1 chart.');
  });
});

describe('a package laid out by another tool', () => {
  it('opens with every tab and feature, as exceljs alone does not', async () => {
    const path = copyOf('other-tool.xlsx');
    await asOtherToolsLayOut(path);
    const plain = new ExcelJS.Workbook();
    const plainResult = await plain.xlsx.readFile(path).then(
      () => plain.worksheets.map((ws) => ws.name),
      (error: unknown) => error,
    );
    // exceljs on its own loses the register or fails: this is what the reader repairs.
    expect(plainResult).not.toEqual(['Register', 'Notes']);
    const opened = await openWorkbook(path);
    expect(opened.model.sheets.map((s) => s.name)).toEqual(['Register', 'Notes']);
    expect(opened.model.sheets[0]?.cells[1]?.[0]).toEqual({ value: 'Okafor', note: 'Spelling checked with the office' });
    expect(opened.notes).toEqual((await openWorkbook(RICH)).notes);
  });
});

describe('a file that cannot be opened', () => {
  async function refusal(name: string, bytes: Uint8Array | string): Promise<string> {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const error = await openWorkbook(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnreadableWorkbook);
    return (error as Error).message;
  }

  it('is refused in one sentence that names the fix', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'not a workbook');
    expect(await refusal('zip.xlsx', await zip.generateAsync({ type: 'uint8array' }))).toBe(
      'zip.xlsx is a zip file but not an .xlsx workbook: save it again from Google Sheets with File › Download › Microsoft Excel (.xlsx).',
    );
    const whole = await JSZip.loadAsync(await new ExcelJS.Workbook().xlsx.writeBuffer());
    const cut = (await whole.generateAsync({ type: 'uint8array' })).slice(0, 200);
    expect(await refusal('cut.xlsx', cut)).toMatch(
      /^cut\.xlsx is not a complete \.xlsx workbook .*File › Download › Microsoft Excel \(\.xlsx\)\.$/,
    );
  });

  it('is refused when it is larger than Google Sheets allows, naming the tab to trim', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Register').getCell('A1').value = 'Surname';
    book.addWorksheet('Scratch').getCell('Z1000000').value = 'stray';
    const message = await refusal('huge.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    expect(message).toContain('a spreadsheet holds at most 10,000,000');
    expect(message).toContain('the end of Scratch (its grid is 1,000,000 rows by 26 columns)');
  });
});
