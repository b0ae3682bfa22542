/**
 * `node --import tsx tools/report/printed-page.ts [file.png]`: the README's picture of one printed
 * page of `Pupil reports`. Runs the built script on the generated example school in the emulator,
 * on the Monday its records are read, then draws the first report's page from the cells, column
 * widths and row heights the script wrote, at A4 portrait, with the margins Sheets prints with.
 * Every name in it is fictional. Run `npm run build` first; needs chromium.
 */
import { resolve } from 'node:path';
import type { CellModel, SheetModel } from '../../emulator/model';
import { RECORDS_READ_ON } from '../example/cycle';
import { tidyWorkbook } from '../example/layouts/tidy';
import { generateSchool } from '../example/school';
import { openSession, runAction } from '../local/session';
import { launchChromium } from '../dev/browser';
import { escapeHtml } from './escape';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** A4 at 96 px an inch is 794 px wide; Sheets' normal margins leave the 650 px the tab is built for. */
const PAGE = { width: 794, height: 1123, margin: 72 };

/** The rows of the first report on the tab: from its title to the next page-sized block. */
function firstReport(sheet: SheetModel): { rows: (CellModel | undefined)[][]; from: number } {
  const from = sheet.cells.findIndex((row) => String(row?.[0]?.value ?? '').startsWith('End of programme report: '));
  if (from < 0) throw new Error('Pupil reports has no report: no placement ended in the half-term.');
  const next = sheet.cells.slice(from + 1).findIndex((row) => String(row?.[0]?.value ?? '').startsWith('End of programme report: '));
  return { rows: sheet.cells.slice(from, next < 0 ? undefined : from + 1 + next).map((row) => [...(row ?? [])]), from };
}

function cellStyle(cell: CellModel | undefined, width: number): string {
  const style = [`width:${width}px`, `max-width:${width}px`];
  if (cell?.bold) style.push('font-weight:bold');
  if (cell?.italic) style.push('font-style:italic');
  if (cell?.fontSize) style.push(`font-size:${Math.round((cell.fontSize * 4) / 3)}px`);
  if (cell?.fontColor) style.push(`color:${cell.fontColor}`);
  if (cell?.background) style.push(`background:${cell.background}`);
  return style.join(';');
}

function pageHtml(sheet: SheetModel): string {
  const { rows, from } = firstReport(sheet);
  // The model keeps widths and heights by 0-based index.
  const widths = [0, 1].map((c) => sheet.columnWidths[c] ?? 100);
  const body = rows
    .map((row, i) => {
      const height = sheet.rowHeights[from + i] ?? 21;
      const cells = widths.map((width, c) => `<td style="${cellStyle(row[c], width)}">${escapeHtml(String(row[c]?.value ?? ''))}</td>`);
      return `<tr style="height:${height}px">${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en-GB"><meta charset="utf-8"><style>
    body { margin: 0; background: #fff; }
    .page { width: ${PAGE.width - 2 * PAGE.margin}px; height: ${PAGE.height - 2 * PAGE.margin}px; margin: ${PAGE.margin}px; overflow: hidden; }
    table { border-collapse: collapse; table-layout: fixed; font: 13.3px Arial, sans-serif; }
    /* Text runs on into an empty cell beside it, as Sheets draws and prints it. */
    td { padding: 0 3px; white-space: nowrap; overflow: visible; vertical-align: middle; }
  </style><div class="page"><table>${body}</table></div></html>`;
}

async function main(file: string): Promise<void> {
  const [year, month, day] = RECORDS_READ_ON.split('-').map(Number) as [number, number, number];
  const clock = (): Date => new Date(year, month - 1, day, 9);
  const session = openSession(tidyWorkbook(generateSchool({ pupils: 200, seed: 2026 })), { now: clock, today: clock });
  for (const action of ['setup', 'timetable', 'score', 'impact', 'reports'] as const) {
    const stat = runAction(session, action);
    if (!stat.ok) throw new Error(`${action}: ${stat.message}`);
  }
  const sheet = session.workbook.sheets.find((s) => s.name === 'Pupil reports');
  if (!sheet) throw new Error('The script wrote no Pupil reports tab.');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: PAGE.width, height: PAGE.height }, locale: 'en-GB' });
    await page.setContent(pageHtml(sheet));
    await page.screenshot({ path: file });
    console.log(`Wrote ${file}`);
  } finally {
    await browser.close();
  }
}

const [file = resolve(ROOT, 'docs', 'pupil-report.png')] = process.argv.slice(2);
main(resolve(file)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
