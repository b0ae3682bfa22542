/** The workbook pane's data: visible tabs, display strings, generated marks, the size cap. */
import { describe, expect, it } from 'vitest';
import { emptySheet, emptyWorkbook, type WorkbookModel } from '../../emulator/model';
import { parseDevArgs } from '../../tools/dev/args';
import { injectShim } from '../../tools/dev/shim';
import { MAX_COLUMNS, MAX_ROWS, workbookView } from '../../tools/dev/workbook-view';
import { GENERATED_TAB_METADATA_KEY } from '../../src/core/plan';

function workbook(): WorkbookModel {
  const book = emptyWorkbook('Test school');
  const register = emptySheet(0, 'Register');
  register.cells = [
    [{ value: 'Pupil', bold: true, background: '#e8f0fe' }, { value: 'Start' }, { value: 'Score' }],
    [{ value: 'Ada Lovelace' }, { value: new Date(2026, 8, 7) }, { value: 0.25, numberFormat: '0%' }],
    [],
    [undefined, undefined, undefined],
  ];
  const hidden = emptySheet(1, '_ip_state');
  hidden.hidden = true;
  const made = emptySheet(2, 'Group check');
  made.developerMetadata = [{ id: 1, key: GENERATED_TAB_METADATA_KEY, value: 'groups', visibility: 'DOCUMENT' }];
  made.cells = [[{ value: 'Finding', fontColor: '#a50e0e' }]];
  book.sheets = [register, hidden, made];
  return book;
}

describe('workbookView', () => {
  it('lists visible tabs only, marking the generated ones', () => {
    expect(workbookView(workbook(), null).tabs).toEqual([
      { name: 'Register', generated: false },
      { name: 'Group check', generated: true },
    ]);
  });

  it('shows the asked-for tab as display strings, dates dd/mm/yyyy, trimmed of blank rows', () => {
    const view = workbookView(workbook(), 'Register');
    expect(view.selected?.values).toEqual([
      ['Pupil', 'Start', 'Score'],
      ['Ada Lovelace', '07/09/2026', '25%'],
    ]);
    expect(view.selected?.styles).toEqual([{ row: 0, column: 0, bold: true, background: '#e8f0fe' }]);
    expect(view.selected?.truncated).toBe(false);
  });

  it('falls back to the first visible tab for a missing or hidden one', () => {
    expect(workbookView(workbook(), 'No such tab').selected?.name).toBe('Register');
    expect(workbookView(workbook(), '_ip_state').selected?.name).toBe('Register');
    expect(workbookView(workbook(), 'Group check').selected?.styles).toEqual([{ row: 0, column: 0, color: '#a50e0e' }]);
  });

  it('caps a large tab and says so', () => {
    const book = emptyWorkbook('Big');
    const sheet = emptySheet(0, 'Big');
    sheet.cells = Array.from({ length: MAX_ROWS + 5 }, (_, r) =>
      Array.from({ length: MAX_COLUMNS + 2 }, (_unused, c) => ({ value: r * 1000 + c })),
    );
    book.sheets = [sheet];
    const tab = workbookView(book, null).selected;
    expect(tab?.values).toHaveLength(MAX_ROWS);
    expect(tab?.values[0]).toHaveLength(MAX_COLUMNS);
    expect(tab).toMatchObject({ totalRows: MAX_ROWS + 5, totalColumns: MAX_COLUMNS + 2, truncated: true });
  });

  it('keeps a colour that is not a plain hex colour out of the page', () => {
    const book = workbook();
    const cell = book.sheets[0]?.cells[1]?.[0];
    if (cell) cell.background = 'red; background-image: url(x)';
    expect(workbookView(book, 'Register').selected?.styles.filter((s) => s.row === 1)).toEqual([]);
  });
});

describe('injectShim', () => {
  it('defines google.script before the sidebar script runs', () => {
    const html = injectShim('<!DOCTYPE html><html><head><base target="_top" /></head><body><script>start()</script></body></html>');
    expect(html.indexOf('window.google')).toBeGreaterThan(html.indexOf('<head>'));
    expect(html.indexOf('window.google')).toBeLessThan(html.indexOf('start()'));
  });
});

describe('parseDevArgs', () => {
  it('defaults to the example school on port 8787', () => {
    expect(parseDevArgs([])).toEqual({ input: null, port: 8787, out: null });
  });
  it('takes a port and an output file', () => {
    expect(parseDevArgs(['--port', '0', '--out', 'x.xlsx'])).toMatchObject({
      port: 0,
      out: expect.stringMatching(/\/x\.xlsx$/) as unknown,
    });
  });
  it('refuses a bad port, a missing workbook and a non-xlsx output in one sentence each', () => {
    expect(() => parseDevArgs(['--port', 'eighty'])).toThrow(/--port must be a whole number/);
    expect(() => parseDevArgs(['--port', '70000'])).toThrow(/--port must be a whole number/);
    expect(() => parseDevArgs(['--in', '/no/such/book.xlsx'])).toThrow(/No workbook at/);
    expect(() => parseDevArgs(['--out', 'book.csv'])).toThrow(/--out must name an \.xlsx file/);
  });
});
