/**
 * The Set up section: what setup found in one line (the rest folded), the register switch when two
 * tabs could be the register, the fields it could not find (each with a dropdown of its tab's
 * headers) and every column it read. A sheet never set up shows only what setup will do.
 */
import type { MappingField, SetupView } from '../src/shared/api';
import { el } from './dom';
import type { SectionTools } from './groups';
import { call } from './server';
import { count, foldedList } from './status';

/** What the section needs from the shell besides the tools: redraw it from a new view. */
export interface SetupTools extends SectionTools {
  redrawSetup(view: SetupView): void;
}

function summaryList(view: SetupView): HTMLElement {
  const s = view.summary;
  const skipped = s.skippedRows;
  const lines = [
    s.registerTab ? `Register: “${s.registerTab}”` : null,
    s.timetableFound ? 'Lesson timetable found' : 'No lesson timetable found',
    s.staffAvailabilityFound ? 'Staff availability found' : 'No staff availability found',
    s.termDatesTab !== null
      ? `Term dates from “${s.termDatesTab}”`
      : 'No term-dates tab found: term weeks from Settings, or assumed (no bank holidays, Christmas break or August)',
    s.measures.length > 0 ? `Start and end data: ${s.measures.join(', ')}` : 'No start and end data found',
    s.responseTabs.length > 0 ? `Form responses: ${s.responseTabs.join(', ')}` : 'No form responses found',
    s.problems > 0 ? `${count(s.problems, 'row needs', 'rows need')} a look (see the Problems tab)` : 'Every row could be used',
    skipped.length > 0
      ? `${count(skipped.length, 'row was', 'rows were')} not read as pupils, being part of the layout (a header repeated, totals, a key or notes): ${skipped
          .slice(0, 8)
          .map((row) => `${row.tab} row ${row.row}`)
          .join(', ')}${skipped.length > 8 ? ', …' : ''}`
      : null,
    s.schoolYear ? `Dates checked against the school year ${s.schoolYear} and the years either side` : null,
  ].filter((line): line is string => line !== null);
  return el('ul', { class: 'summary' }, ...lines.map((line) => el('li', {}, line)));
}

/** The counts in one line, and the rest of what setup found behind it. */
function summary(view: SetupView): HTMLElement {
  const s = view.summary;
  return el(
    'details',
    { class: 'found' },
    el(
      'summary',
      {},
      `${count(s.pupils, 'pupil', 'pupils')}, ${count(s.groups, 'group', 'groups')}, ${count(s.oneToOnes, '1-1', '1-1s')}, ${s.referred} referred`,
    ),
    summaryList(view),
  );
}

/** A question setup could not answer itself (which way is better for a measure), in view rather than folded away. */
function directionQuestion(view: SetupView): HTMLElement | null {
  const undirected = view.summary.undirectedMeasures;
  if (undirected.length === 0) return null;
  return el(
    'p',
    { class: 'ask' },
    `Which way is better for ${undirected.join(', ')}? Choose higher or lower under Settings › Impact (Which way is better for a measure); until then Impact leaves ${undirected.length === 1 ? 'it' : 'them'} out.`,
  );
}

/** When another tab could be the register, a dropdown to use it instead (setup runs again on it). */
function registerSwitch(view: SetupView, box: HTMLElement, tools: SetupTools): HTMLElement | null {
  const chosen = view.summary.registerTab;
  const others = view.summary.otherRegisterTabs;
  if (!chosen || others.length === 0) return null;
  const select = el('select', { id: 'register-tab', 'data-action': 'register' });
  for (const tab of [chosen, ...others]) select.appendChild(el('option', { value: tab, selected: tab === chosen }, tab));
  select.addEventListener('change', () => {
    const tab = select.value;
    void tools.run(
      box,
      'Setting up with that tab…',
      () => call('apiChooseRegister', { tab }),
      (next) => {
        tools.redrawSetup(next);
        tools.showStatus(document.getElementById('setup-status') as HTMLElement, 'ok', `The register is now “${tab}”.`);
        keepPlace('register-tab');
      },
    );
  });
  return el(
    'div',
    { class: 'register-switch' },
    el('label', { for: 'register-tab' }, 'More than one tab could be your register; chosen by this school year’s dates:'),
    select,
  );
}

/** Every field the add-in can use whose column was not found, each with a dropdown of its tab's headers. */
function notFoundTable(view: SetupView, box: HTMLElement, tools: SetupTools, open: boolean): HTMLElement | null {
  const missing = view.summary.notFound;
  if (missing.length === 0) return null;
  const rows = missing.map((field) =>
    mappingRow(
      view,
      { section: field.section, field: field.field, label: field.label, header: null },
      box,
      tools,
      `missing-${field.section}-${field.field}`,
      field.tab,
    ),
  );
  return el(
    'details',
    { class: 'not-found', open },
    el('summary', {}, `Not found: ${count(missing.length, 'column', 'columns')}`),
    el('p', {}, 'Choose the column if your sheet has one, or leave it as it is.'),
    el('table', { class: 'mapping' }, el('tbody', {}, ...rows)),
  );
}

function mappingTable(view: SetupView, box: HTMLElement, tools: SetupTools): HTMLElement {
  const tab = view.mapping.register?.tab ?? '';
  const rows = view.fields
    .filter((field) => field.section === 'register')
    .map((field) => mappingRow(view, field, box, tools, `map-${field.section}-${field.field}`, tab));
  return el(
    'details',
    { class: 'columns' },
    el('summary', {}, tab ? `Columns found on “${tab}”` : 'Columns'),
    el('table', { class: 'mapping' }, el('tbody', {}, ...rows)),
  );
}

function mappingRow(view: SetupView, field: MappingField, box: HTMLElement, tools: SetupTools, id: string, tab: string): HTMLElement {
  const headers = view.tabs.find((t) => t.tab === tab)?.headers ?? [];
  const select = el('select', { id, 'data-action': 'map' }, el('option', { value: '' }, '(not used)'));
  for (const header of headers) select.appendChild(el('option', { value: header, selected: header === field.header }, header));
  select.addEventListener('change', () => {
    void tools.run(
      box,
      'Saving…',
      () => call('apiCorrectMapping', { section: field.section, field: field.field, header: select.value === '' ? null : select.value }),
      (next) => {
        tools.redrawSetup(next);
        tools.showStatus(
          document.getElementById('setup-status') as HTMLElement,
          'ok',
          `${field.label} now reads “${select.value || 'nothing'}”.`,
        );
        keepPlace(id);
      },
    );
  });
  const label = field.section === 'register' ? field.label : `${field.label} (${tab})`;
  return el('tr', {}, el('th', { scope: 'row' }, el('label', { for: id }, label)), el('td', {}, select));
}

/**
 * After a correction redraws the section, a keyboard user stays on the dropdown they changed: a
 * field chosen from the Not found list is then in the columns table, or, for another tab, only in
 * the status that says what changed.
 */
function keepPlace(id: string): void {
  const control = document.getElementById(id) ?? document.getElementById(id.replace(/^missing-/, 'map-'));
  for (let details = control?.closest('details'); details; details = details.parentElement?.closest('details')) details.open = true;
  if (control) return control.focus();
  const status = document.getElementById('setup-status');
  if (!status) return;
  status.tabIndex = -1;
  status.focus();
}

/** The layout rows setup passed over, named in its result, folded when many. */
function setupResult(view: SetupView): HTMLElement | null {
  if (view.details.length === 0) return null;
  return foldedList(
    view.details.map((line) => document.createTextNode(line)),
    { class: 'details' },
    (n) => `Show ${count(n, 'more line', 'more lines')}`,
    1,
  );
}

/** `fieldsOpen`: the next step is choosing the fields not found, so their dropdowns show at once. */
export function setupSection(view: SetupView | null, tools: SetupTools, fieldsOpen: boolean): HTMLElement {
  const box = tools.statusBox('setup-status');
  const button = el('button', { 'data-action': 'setup', type: 'button' }, view ? 'Set up again' : 'Set up this sheet');
  button.addEventListener(
    'click',
    () =>
      void tools.run(
        box,
        'Reading your sheet…',
        () => call('apiRunSetup'),
        (next) => {
          tools.redrawSetup(next);
          const status = document.getElementById('setup-status') as HTMLElement;
          tools.showStatus(status, next.summary.problems > 0 || next.summary.notFound.length > 0 ? 'warn' : 'ok', next.headline);
          const more = setupResult(next);
          if (more) status.appendChild(more);
        },
      ),
  );
  return el(
    'section',
    { 'aria-labelledby': 'setup-h' },
    el('h2', { id: 'setup-h' }, 'Set up'),
    view
      ? summary(view)
      : el('p', { class: 'muted' }, 'Finds your register, groups, timetable and form responses, and changes none of your tabs.'),
    view ? directionQuestion(view) : null,
    view ? registerSwitch(view, box, tools) : null,
    view ? notFoundTable(view, box, tools, fieldsOpen) : null,
    view ? mappingTable(view, box, tools) : null,
    el('div', { class: 'row' }, button),
    box,
  );
}
