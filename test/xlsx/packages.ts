/**
 * Workbooks as other programs write them, made here so the tests need no file from outside: a
 * register with every feature exceljs can write (a table, notes, links, formatted text, images,
 * validation, conditional formats, defined names, filters, protection), a chart added to the
 * package by hand (exceljs cannot write one), and the same package laid out as openpyxl and other
 * tools lay it out (absolute targets, parts under other names).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { posix } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A 1×1 PNG. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const HEADERS = ['Surname', 'Forename', 'Year', 'Gender', 'Programme', 'Group', 'Key worker', 'Starts', 'Ends'];
const PUPILS = [
  ['Okafor', 'Ada', 8, 'F'],
  ['Brennan', 'Liam', 8, 'M'],
  ['Kowalska', 'Zofia', 8, 'F'],
  ['Haddad', 'Omar', 8, 'M'],
  ['Mensah', 'Grace', 8, 'F'],
  ['Price', 'Tom', 8, 'M'],
] as const;

/** A register tab an add-in can set up from, with every feature exceljs can write. */
export async function richWorkbook(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Register');
  ws.addTable({
    name: 'Pupils',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium9', showRowStripes: true },
    columns: HEADERS.map((name) => ({ name, filterButton: true })),
    rows: PUPILS.map((pupil) => [...pupil, 'Self-esteem', 'Self-esteem Y8', 'Ms Rose', '30/11/2026', '26/02/2027']),
  });
  ws.getCell('A2').note = 'Spelling checked with the office';
  // exceljs has Worksheet.dataValidations at run time but leaves it out of its typings.
  const validations = (ws as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } })
    .dataValidations;
  ws.getCell('K1').value = { text: 'Referral policy', hyperlink: 'https://example.org/policy' };
  ws.getCell('K2').value = { richText: [{ text: 'Reviewed ', font: { bold: true } }, { text: 'in November' }] };
  ws.addConditionalFormatting({
    ref: 'C2:C7',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        formulae: ['9'],
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFF4CCCC' } } },
      },
    ],
  });
  validations.add('C2:C7', { type: 'whole', operator: 'between', formulae: [1, 13], allowBlank: true, showErrorMessage: true });
  validations.add('L2:L7', { type: 'textLength', operator: 'lessThan', formulae: [50], allowBlank: true });
  book.definedNames.add("'Register'!$A$2:$A$7", 'Surnames');
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  const notes = book.addWorksheet('Notes');
  notes.getCell('A1').value = 'Meeting notes';
  notes.autoFilter = 'A1:B1';
  notes.addImage(book.addImage({ buffer: PIXEL as unknown as ExcelJS.Buffer, extension: 'png' }), 'D2:E4');
  await book.xlsx.writeFile(path);
}

async function rewriteZip(path: string, change: (zip: JSZip) => Promise<void>): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(path));
  await change(zip);
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));
}

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Register!$A$2:$A$7</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Register!$C$2:$C$7</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const CHART_DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><xdr:twoCellAnchor><xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>18</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function relationships(entries: readonly [id: string, kind: string, target: string][]): string {
  const body = entries.map(([id, kind, target]) => `<Relationship Id="${id}" Type="${REL}/${kind}" Target="${target}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}

/** Adds a column chart of the register's years to the first tab, as Excel stores one. */
export async function addChart(path: string): Promise<void> {
  await rewriteZip(path, async (zip) => {
    zip.file('xl/charts/chart1.xml', CHART);
    zip.file('xl/drawings/drawing9.xml', CHART_DRAWING);
    zip.file('xl/drawings/_rels/drawing9.xml.rels', relationships([['rId1', 'chart', '../charts/chart1.xml']]));
    const relsPath = 'xl/worksheets/_rels/sheet1.xml.rels';
    const rels = (await zip.file(relsPath)?.async('string')) ?? relationships([]);
    zip.file(
      relsPath,
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rIdChart" Type="${REL}/drawing" Target="../drawings/drawing9.xml"/></Relationships>`,
      ),
    );
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    if (sheet.includes('<drawing ')) throw new Error('The first tab already has a drawing: put the chart on a tab without images');
    // <drawing> goes where the schema orders it: before the legacy drawing (notes) and table parts.
    const next = /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/.exec(
      sheet,
    );
    const at = next?.index ?? sheet.length;
    zip.file('xl/worksheets/sheet1.xml', `${sheet.slice(0, at)}<drawing r:id="rIdChart"/>${sheet.slice(at)}`);
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
      ),
    );
  });
}

/**
 * Lays the package out as openpyxl does: every target absolute, comments in xl/comments/, the
 * sheets and table under their own names. The content is unchanged.
 */
export async function asOtherToolsLayOut(path: string): Promise<void> {
  const moves: Record<string, string> = {
    'xl/comments1.xml': 'xl/comments/comment1.xml',
    'xl/worksheets/sheet1.xml': 'xl/worksheets/register.xml',
    'xl/worksheets/_rels/sheet1.xml.rels': 'xl/worksheets/_rels/register.xml.rels',
    'xl/tables/table1.xml': 'xl/tables/Pupils.xml',
  };
  await rewriteZip(path, async (zip) => {
    for (const [from, to] of Object.entries(moves)) {
      const content = await zip.file(from)?.async('uint8array');
      if (content === undefined) throw new Error(`The workbook has no ${from} to move`);
      zip.remove(from);
      zip.file(to, content);
    }
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.rels'))) {
      const source = posix.join(posix.dirname(posix.dirname(name)), posix.basename(name, '.rels'));
      const xml = (await zip.file(name)?.async('string')) ?? '';
      const absolute = xml.replace(/Target="([^"]+)"(?! TargetMode="External")/g, (whole, target: string) => {
        if (/^[a-z]+:/i.test(target)) return whole;
        const part = posix.normalize(posix.join(posix.dirname(source), target));
        return `Target="/${moves[part] ?? part}"`;
      });
      zip.file(name, absolute);
    }
    let types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    for (const [from, to] of Object.entries(moves)) types = types.replace(`"/${from}"`, `"/${to}"`);
    zip.file('[Content_Types].xml', types);
  });
}
