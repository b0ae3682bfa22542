/**
 * dist/Help.html: the help the menu's Help item opens in a dialog, written from the same entries
 * the sidebar's Help section shows (src/shared/help.ts). An HTML file of the project is read only
 * when a dialog shows it, so the help costs nothing on the calls that do not.
 */
import { HELP, HELP_TITLE, type HelpSection } from '../../src/shared/help';
import { escapeHtml } from '../report/escape';

const STYLE = `body{font:14px/1.5 Arial,sans-serif;color:#202124;margin:0 16px 16px}
h1{font-size:18px;margin:12px 0}h2{font-size:15px;margin:20px 0 8px}
dt{font-weight:bold;margin-top:10px}dd{margin:2px 0 0}`;

const SIDEBAR_NOTE =
  'The same help is at the foot of the sidebar. Opening this closed the sidebar if it was open: open it again from Extensions › Intervention Planner › Open sidebar.';

function sectionHtml(section: HelpSection): string {
  const entries = section.entries.map(({ term, text }) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(text)}</dd>`);
  return `<h2>${escapeHtml(section.heading)}</h2>\n<dl>\n${entries.join('\n')}\n</dl>`;
}

export function buildHelpHtml(): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    `<head><meta charset="utf-8" /><title>${escapeHtml(HELP_TITLE)}</title><style>${STYLE}</style></head>`,
    '<body>',
    '<main>',
    `<h1>${escapeHtml(HELP_TITLE)}</h1>`,
    ...HELP.map(sectionHtml),
    // Google shows one add-on sidebar or dialog at a time, so this dialog closes the sidebar.
    `<p>${escapeHtml(SIDEBAR_NOTE)}</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
