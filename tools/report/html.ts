/** report.html: a self-contained page a head teacher can read — each generated tab as a table, each chart drawn. */
import type { ChartModel, SheetModel, WorkbookModel } from '../../emulator/model';
import { chartData } from './chart-data';
import { chartSpec, chartSvg } from './chart-svg';
import { chartTitle } from './charts-json';
import { formatDate } from './display';
import { escapeHtml } from './escape';
import { sheetTable } from './table';

export { escapeHtml };

export interface ReportOptions {
  /** Names of the tabs the add-in generated, in the order they should appear. */
  generatedSheets: string[];
}

const STYLE = `
body { font-family: Arial, Helvetica, sans-serif; color: #1f1f1f; margin: 2rem; line-height: 1.4; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 2px solid #ddebf7; }
nav ol { padding-left: 1.5rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.85rem; }
th, td { border: 1px solid #c8c8c8; padding: 0.25rem 0.5rem; vertical-align: top; }
th { background: #ddebf7; text-align: left; }
figure { margin: 1.5rem 0; } figcaption { font-weight: bold; margin-bottom: 0.5rem; }
@media print { h2 { break-before: page; } }
`;

function anchorOf(index: number): string {
  return `tab-${index + 1}`;
}

async function chartFigure(model: WorkbookModel, chart: ChartModel): Promise<string> {
  const title = chartTitle(chart) || `Chart ${chart.id}`;
  const svg = await chartSvg(chartSpec(chart, chartData(model, chart), title), title);
  return `<figure>\n<figcaption>${escapeHtml(title)}</figcaption>\n${svg}\n</figure>`;
}

async function sheetSection(model: WorkbookModel, sheet: SheetModel, index: number): Promise<string> {
  const figures = await Promise.all(sheet.charts.map((chart) => chartFigure(model, chart)));
  return [
    `<section id="${anchorOf(index)}" aria-labelledby="${anchorOf(index)}-h">`,
    `<h2 id="${anchorOf(index)}-h">${escapeHtml(sheet.name)}</h2>`,
    ...figures,
    sheetTable(sheet),
    '</section>',
  ].join('\n');
}

export async function reportHtml(model: WorkbookModel, options: ReportOptions): Promise<string> {
  const sheets = options.generatedSheets
    .map((name) => model.sheets.find((s) => s.name === name))
    .filter((s): s is SheetModel => s !== undefined);
  const sections = await Promise.all(sheets.map((sheet, i) => sheetSection(model, sheet, i)));
  const contents = sheets.map((s, i) => `<li><a href="#${anchorOf(i)}">${escapeHtml(s.name)}</a></li>`).join('\n');
  const title = `${model.name}: intervention report`;
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p>Produced on ${formatDate(new Date(), false)}. This report contains pupil data: keep it confidential.</p>
</header>
<nav aria-label="Contents">
<h2>Contents</h2>
${sheets.length > 0 ? `<ol>\n${contents}\n</ol>` : '<p>No generated tabs were found in this workbook.</p>'}
</nav>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
