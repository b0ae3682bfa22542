/**
 * The dev server's page: the workbook's tabs on the left, the sidebar on the right in a 300 px
 * iframe, as in Google Sheets. Every value from the workbook is put in with textContent, never
 * parsed as HTML. The pane refreshes whenever the sidebar reports a finished call.
 */

const STYLE = `
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { font: 13px/1.4 Roboto, Arial, sans-serif; color: #202124; display: flex; background: #f8f9fa; }
#sheet { flex: 1; display: flex; flex-direction: column; min-width: 0; }
header { padding: 8px 12px; background: #fff; border-bottom: 1px solid #dadce0; }
header h1 { font-size: 16px; font-weight: 400; margin: 0; }
header p { margin: 2px 0 0; color: #5f6368; font-size: 12px; }
#tabs { display: flex; flex-wrap: nowrap; overflow-x: auto; gap: 2px; padding: 4px 8px; background: #f1f3f4; border-bottom: 1px solid #dadce0; }
#tabs button { flex: none; white-space: nowrap; font: 13px Roboto, Arial, sans-serif; border: 0; border-radius: 4px 4px 0 0; padding: 5px 10px; background: transparent; color: #3c4043; cursor: pointer; }
#tabs button[aria-selected="true"] { background: #fff; color: #174ea6; font-weight: 500; box-shadow: inset 0 -2px #1a73e8; }
#tabs button:focus-visible { outline: 2px solid #174ea6; outline-offset: 1px; }
#tabs .badge { margin-left: 6px; font-size: 11px; color: #137333; background: #e6f4ea; border-radius: 8px; padding: 0 6px; }
#grid { flex: 1; overflow: auto; background: #fff; }
#note { margin: 0; padding: 4px 12px; color: #5f6368; font-size: 12px; }
table { border-collapse: collapse; font-size: 12px; }
th, td { border: 1px solid #e2e3e3; padding: 2px 6px; white-space: nowrap; max-width: 280px; overflow: hidden; text-overflow: ellipsis; }
thead th, tbody th { background: #f8f9fa; color: #5f6368; font-weight: 400; position: sticky; }
thead th { top: 0; z-index: 1; }
tbody th { left: 0; text-align: right; }
tbody tr.selected td, tbody tr.selected th { background: #e8f0fe; box-shadow: inset 0 2px #1a73e8, inset 0 -2px #1a73e8; }
#side { width: 300px; flex: none; border-left: 1px solid #dadce0; background: #fff; display: flex; flex-direction: column; }
#side iframe { border: 0; flex: 1; width: 300px; }
#side .closed { padding: 12px; }
`;

/** Browser code; builds every node with createElement and textContent. */
const SCRIPT = `(function () {
  'use strict';
  var selected = null;
  var refreshes = 0;
  /** The serial of the last selection the pane has moved to. */
  var seen = 0;
  var pane = document.getElementById('sheet');
  function node(tag, text, className) {
    var n = document.createElement(tag);
    if (text !== undefined && text !== null) n.textContent = String(text);
    if (className) n.className = className;
    return n;
  }
  function clear(n) { while (n.firstChild) n.removeChild(n.firstChild); }
  function letters(i) { var s = ''; i += 1; while (i > 0) { var m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
  function renderTabs(view) {
    var strip = document.getElementById('tabs');
    clear(strip);
    view.tabs.forEach(function (tab) {
      var button = node('button');
      button.type = 'button';
      button.setAttribute('role', 'tab');
      button.setAttribute('aria-selected', String(view.selected !== null && view.selected.name === tab.name));
      button.dataset.tab = tab.name;
      if (tab.generated) button.dataset.generated = 'true';
      button.appendChild(document.createTextNode(tab.name));
      if (tab.generated) button.appendChild(node('span', 'generated', 'badge'));
      button.addEventListener('click', function () { selected = tab.name; load(); });
      strip.appendChild(button);
    });
  }
  function renderGrid(tab, selection) {
    var grid = document.getElementById('grid');
    var note = document.getElementById('note');
    clear(grid);
    note.textContent = '';
    if (!tab) { grid.appendChild(node('p', 'This workbook has no visible tabs.', 'note')); return; }
    if (tab.truncated) note.textContent = 'Showing rows ' + tab.firstRow + ' to ' + (tab.firstRow + tab.values.length - 1) + ' of ' + tab.totalRows + ' and ' + (tab.values[0] || []).length + ' of ' + tab.totalColumns + ' columns.';
    var width = tab.values.reduce(function (w, row) { return Math.max(w, row.length); }, 0);
    var table = node('table');
    table.setAttribute('aria-label', tab.name);
    var head = node('thead');
    var top = node('tr');
    top.appendChild(node('th'));
    for (var c = 0; c < width; c++) { var h = node('th', letters(c)); h.setAttribute('scope', 'col'); top.appendChild(h); }
    head.appendChild(top);
    table.appendChild(head);
    var body = node('tbody');
    var cells = [];
    var chosen = null;
    tab.values.forEach(function (row, r) {
      var tr = node('tr');
      var number = node('th', tab.firstRow + r);
      if (selection && selection.row === tab.firstRow + r) { tr.className = 'selected'; tr.setAttribute('aria-selected', 'true'); chosen = tr; }
      number.setAttribute('scope', 'row');
      tr.appendChild(number);
      cells.push([]);
      for (var c = 0; c < width; c++) { var td = node('td', row[c] || ''); cells[r].push(td); tr.appendChild(td); }
      body.appendChild(tr);
    });
    tab.styles.forEach(function (s) {
      var td = cells[s.row] && cells[s.row][s.column];
      if (!td) return;
      if (s.bold) td.style.fontWeight = '600';
      if (s.background) td.style.backgroundColor = s.background;
      if (s.color) td.style.color = s.color;
    });
    table.appendChild(body);
    grid.appendChild(table);
    // A new selection is scrolled to, as Sheets moves to the row a finding's click selects.
    if (chosen && selection.serial > seen) chosen.scrollIntoView({ block: 'center' });
  }
  function render(view) {
    document.getElementById('book').textContent = view.name;
    selected = view.selected ? view.selected.name : null;
    renderTabs(view);
    renderGrid(view.selected, view.selection);
    if (view.selection && view.selection.serial > seen) seen = view.selection.serial;
    refreshes += 1;
    pane.dataset.refreshes = String(refreshes);
  }
  function load() {
    var query = '?seen=' + seen + (selected === null ? '' : '&tab=' + encodeURIComponent(selected));
    return fetch('/api/workbook' + query).then(function (r) { return r.json(); }).then(render).catch(function (error) {
      document.getElementById('note').textContent = 'Could not read the workbook: ' + String(error && error.message || error);
    });
  }
  function closeSidebar() {
    var side = document.getElementById('side');
    clear(side);
    var p = node('p', 'The sidebar was closed. ', 'closed');
    var again = node('button', 'Open it again');
    again.type = 'button';
    again.addEventListener('click', function () { location.reload(); });
    p.appendChild(again);
    side.appendChild(p);
  }
  window.addEventListener('message', function (event) {
    if (event.origin !== location.origin || !event.data || event.data.source !== 'ip-dev') return;
    if (event.data.type === 'ran') load();
    if (event.data.type === 'close') closeSidebar();
  });
  load();
})();`;

export function pageHtml(): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Intervention Planner – local</title>
<style>${STYLE}</style>
</head>
<body>
<main id="sheet" data-refreshes="0" aria-label="Workbook">
<header><h1 id="book">Loading…</h1><p>Local copy in the emulator: nothing here reaches Google.</p></header>
<div id="tabs" role="tablist" aria-label="Tabs"></div>
<p id="note" aria-live="polite"></p>
<div id="grid"></div>
</main>
<aside id="side" aria-label="Sidebar"><iframe id="sidebar" title="Intervention Planner sidebar" src="/sidebar"></iframe></aside>
<script>${SCRIPT}</script>
</body>
</html>`;
}
