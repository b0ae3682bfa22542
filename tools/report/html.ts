/**
 * report.html: a self-contained page that reads like the spreadsheet — a short contents list (the
 * add-in's tabs by kind, then the school's), each tab as a table and each chart drawn as Sheets
 * draws it. Tabs of a kind the add-in writes many of are folded, one line each until opened.
 */
import type { ChartModel, WorkbookModel } from '../../emulator/model';
import { displayValue } from '../../emulator/spreadsheet/display';
import { chartData } from './chart-data';
import { chartSpec, chartSvg } from './chart-svg';
import { chartTitle } from './charts-json';
import { reportContents, type ReportTab, type TabGroup } from './contents';
import { escapeHtml } from './escape';
import { sheetTable, type TableOptions } from './table';

export { escapeHtml };

export interface ReportOptions extends TableOptions {
  /** Names of the tabs the add-in generated, in the order they should appear; the others are the school's. */
  readonly generatedSheets: readonly string[];
}

const STYLE = `
body { font-family: Arial, Helvetica, sans-serif; color: #1f1f1f; margin: 2rem; line-height: 1.4; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.35rem; margin-top: 2.5rem; } h3 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 2px solid #ddebf7; }
nav h3 { font-size: 1rem; border: none; margin: 1rem 0 0.25rem; }
nav ul { padding-left: 1.5rem; margin: 0; }
details { margin: 0.25rem 0; } summary { cursor: pointer; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.85rem; }
th, td { border: 1px solid #c8c8c8; padding: 0.25rem 0.5rem; vertical-align: top; white-space: pre-wrap; }
th { background: #ddebf7; text-align: left; }
.count { font-style: italic; }
figure { margin: 1.5rem 0; }
@media print { h3 { break-before: page; } }
`;

const PARTS = [
  { key: 'generated', heading: 'Made by Intervention Planner' },
  { key: 'school', heading: 'The school’s own tabs' },
] as const;

async function chartFigure(model: WorkbookModel, chart: ChartModel): Promise<string> {
  const title = chartTitle(chart) || `Chart ${chart.id}`;
  // The title is drawn inside the chart, as in Sheets, and read out from the SVG's label.
  const svg = await chartSvg(chartSpec(chart, chartData(model, chart), title), title);
  return `<figure>\n${svg}\n</figure>`;
}

async function tabBody(model: WorkbookModel, tab: ReportTab, options: TableOptions): Promise<string> {
  const figures = await Promise.all(tab.sheet.charts.map((chart) => chartFigure(model, chart)));
  return [...figures, sheetTable(tab.sheet, options)].join('\n');
}

/** A kind with one tab is a section of its own; a kind with many is a section of folded tabs. */
async function groupSection(model: WorkbookModel, group: TabGroup, options: TableOptions): Promise<string> {
  const [only] = group.tabs;
  if (group.tabs.length === 1 && only) {
    return [
      `<section id="${only.anchor}" aria-labelledby="${only.anchor}-h">`,
      `<h3 id="${only.anchor}-h">${escapeHtml(only.sheet.name)}</h3>`,
      await tabBody(model, only, options),
      '</section>',
    ].join('\n');
  }
  const folded = await Promise.all(
    group.tabs.map(
      async (tab) =>
        `<details id="${tab.anchor}">\n<summary>${escapeHtml(tab.sheet.name)}</summary>\n${await tabBody(model, tab, options)}\n</details>`,
    ),
  );
  return ['<section>', `<h3>${escapeHtml(group.label)}</h3>`, ...folded, '</section>'].join('\n');
}

function contentsEntry(group: TabGroup): string {
  const [only] = group.tabs;
  if (group.tabs.length === 1 && only) return `<li><a href="#${only.anchor}">${escapeHtml(only.sheet.name)}</a></li>`;
  const links = group.tabs.map((tab) => `<li><a href="#${tab.anchor}">${escapeHtml(tab.sheet.name)}</a></li>`);
  return `<li><details><summary>${escapeHtml(group.label)}</summary>\n<ul>\n${links.join('\n')}\n</ul></details></li>`;
}

function today(): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

export async function reportHtml(model: WorkbookModel, options: ReportOptions): Promise<string> {
  const contents = reportContents(model, options.generatedSheets);
  const parts = PARTS.filter((part) => contents[part.key].length > 0);
  const nav = parts.map((part) => `<h3>${part.heading}</h3>\n<ul>\n${contents[part.key].map(contentsEntry).join('\n')}\n</ul>`);
  const sections = await Promise.all(
    parts.map(async (part) => {
      const groups = await Promise.all(contents[part.key].map((group) => groupSection(model, group, options)));
      return [`<h2>${part.heading}</h2>`, ...groups].join('\n');
    }),
  );
  const noGenerated = contents.generated.length === 0 ? '<p>The add-in has not written any tabs to this workbook yet.</p>\n' : '';
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
<p>Produced on ${displayValue(today())}. This report contains pupil data: keep it confidential.</p>
</header>
<nav aria-label="Contents">
<h2>Contents</h2>
${noGenerated}${nav.join('\n')}
</nav>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
