/**
 * The sidebar: one section per job. Every value shown comes through `el`/text nodes (see dom.ts).
 * Only one action runs at a time: while one is working every action button is disabled.
 */
import type { ActionReport, MappingField, Result, SetupView } from '../src/shared/api';
import { el, replace } from './dom';
import { groupsSection } from './groups';
import { halfTermPicker, IMPACT_HELP, showImpactSentences } from './impact';
import { call } from './server';
import { questionnairesSection } from './questionnaires';
import { settingsSection } from './settings';

const app = document.getElementById('app') as HTMLElement;
let busy = false;

function statusBox(id: string): HTMLElement {
  return el('div', { id, class: 'status', role: 'status', hidden: true });
}

type StatusKind = 'ok' | 'warn' | 'error' | 'working';

/** A status line, then any details as a list; `working` shows a spinner instead of a colour. */
function showStatus(box: HTMLElement, kind: StatusKind, headline: string, details: readonly string[] = []): void {
  box.hidden = false;
  box.className = `status${kind === 'working' ? '' : ` ${kind}`}`;
  const section = box.closest('section');
  if (kind === 'working') section?.setAttribute('aria-busy', 'true');
  else section?.removeAttribute('aria-busy');
  replace(
    box,
    kind === 'working' ? el('span', { class: 'progress', 'aria-hidden': 'true' }) : null,
    el('span', { class: 'headline' }, headline),
    details.length > 0 ? el('ul', { class: 'details' }, ...details.map((line) => el('li', {}, line))) : null,
  );
}

/** "1 row needs", "3 rows need": counts read as English. */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function setBusy(value: boolean): void {
  busy = value;
  for (const control of Array.from(
    document.querySelectorAll<HTMLButtonElement | HTMLSelectElement>('button[data-action], select[data-action]'),
  ))
    control.disabled = value;
}

/**
 * Disabling the focused button while busy drops the keyboard to the top of the page: put it back
 * on that control, or on the result when the control was redrawn, unless `done` moved it on purpose.
 */
function restoreFocus(previous: Element | null, box: HTMLElement): void {
  const active = document.activeElement;
  if (active && active !== document.body && active !== previous) return;
  if (previous instanceof HTMLElement && previous !== document.body && previous.isConnected) return previous.focus();
  const status = document.getElementById(box.id);
  if (!status || status.hidden) return;
  status.tabIndex = -1;
  status.focus();
}

/** Runs one action, showing progress in its section and refusing a second start. */
async function run<T>(box: HTMLElement, working: string, action: () => Promise<Result<T>>, done: (data: T) => void): Promise<void> {
  if (busy) return;
  const previous = document.activeElement;
  setBusy(true);
  showStatus(box, 'working', working);
  try {
    const result = await action();
    if (result.ok) done(result.data);
    else showStatus(box, 'error', result.error);
  } finally {
    setBusy(false);
    restoreFocus(previous, box);
  }
}

/**
 * Green when all is well; amber when the action worked but has something to look at: its details
 * (findings, sessions that could not be placed) or rows it put on the Problems tab.
 */
function reportDone(box: HTMLElement): (report: ActionReport) => void {
  return (report) => {
    const problems = report.problems > 0 ? [`${count(report.problems, 'row was', 'rows were')} added to the Problems tab.`] : [];
    const details = [...report.details, ...problems];
    showStatus(box, details.length > 0 ? 'warn' : 'ok', report.headline, details);
  };
}

function summaryList(view: SetupView): HTMLElement {
  const s = view.summary;
  const skipped = s.skippedRows;
  return el(
    'ul',
    { class: 'summary' },
    s.registerTab ? el('li', {}, `Register: “${s.registerTab}”`) : null,
    el(
      'li',
      {},
      `${count(s.pupils, 'pupil', 'pupils')}, ${count(s.groups, 'group', 'groups')}, ${count(s.oneToOnes, '1-1', '1-1s')}, ${s.referred} referred`,
    ),
    el('li', {}, s.timetableFound ? 'Lesson timetable found' : 'No lesson timetable found'),
    el('li', {}, s.staffAvailabilityFound ? 'Staff availability found' : 'No staff availability found'),
    el(
      'li',
      {},
      s.termDatesTab !== null
        ? `Term dates from "${s.termDatesTab}"`
        : 'No term-dates tab found: term weeks from Settings, or assumed (no bank holidays, Christmas break or August)',
    ),
    el('li', {}, s.measures.length > 0 ? `Start and end data: ${s.measures.join(', ')}` : 'No start and end data found'),
    s.undirectedMeasures.length > 0
      ? el(
          'li',
          { class: 'ask' },
          `Which way is better for ${s.undirectedMeasures.join(', ')}? Choose higher or lower under Settings › Impact (Which way is better for a measure); until then Impact leaves ${s.undirectedMeasures.length === 1 ? 'it' : 'them'} out.`,
        )
      : null,
    el('li', {}, s.responseTabs.length > 0 ? `Form responses: ${s.responseTabs.join(', ')}` : 'No form responses found'),
    el(
      'li',
      {},
      s.problems > 0 ? `${count(s.problems, 'row needs', 'rows need')} a look (see the Problems tab)` : 'Every row could be used',
    ),
    skipped.length > 0
      ? el(
          'li',
          {},
          `${count(skipped.length, 'row was', 'rows were')} not read as pupils, being part of the layout (a header repeated, totals, a key or notes): ${skipped
            .slice(0, 8)
            .map((row) => `${row.tab} row ${row.row}`)
            .join(', ')}${skipped.length > 8 ? ', …' : ''}`,
        )
      : null,
    s.schoolYear ? el('li', {}, `Dates checked against the school year ${s.schoolYear} and the years either side`) : null,
  );
}

/** When another tab could be the register, a dropdown to use it instead (setup runs again on it). */
function registerSwitch(view: SetupView, box: HTMLElement): HTMLElement | null {
  const chosen = view.summary.registerTab;
  const others = view.summary.otherRegisterTabs;
  if (!chosen || others.length === 0) return null;
  const select = el('select', { id: 'register-tab', 'data-action': 'register' });
  for (const tab of [chosen, ...others]) select.appendChild(el('option', { value: tab, selected: tab === chosen }, tab));
  select.addEventListener('change', () => {
    const tab = select.value;
    void run(
      box,
      'Setting up with that tab…',
      () => call('apiChooseRegister', { tab }),
      (next) => {
        render(next);
        showStatus(document.getElementById('setup-status') as HTMLElement, 'ok', `The register is now “${tab}”.`);
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
function notFoundTable(view: SetupView, box: HTMLElement): HTMLElement | null {
  const missing = view.summary.notFound;
  if (missing.length === 0) return null;
  const rows = missing.map((field) =>
    mappingRow(
      view,
      { section: field.section, field: field.field, label: field.label, header: null },
      box,
      `missing-${field.section}-${field.field}`,
      field.tab,
    ),
  );
  return el(
    'div',
    { class: 'not-found' },
    el('p', {}, 'Not found: choose the column if your sheet has one, or leave it as it is.'),
    el('table', { class: 'mapping' }, el('tbody', {}, ...rows)),
  );
}

function mappingTable(view: SetupView, box: HTMLElement): HTMLElement {
  const tab = view.mapping.register?.tab ?? '';
  const rows = view.fields
    .filter((field) => field.section === 'register')
    .map((field) => mappingRow(view, field, box, `map-${field.section}-${field.field}`, tab));
  return el(
    'details',
    {},
    el('summary', {}, tab ? `Columns found on “${tab}”` : 'Columns'),
    el('table', { class: 'mapping' }, el('tbody', {}, ...rows)),
  );
}

function mappingRow(view: SetupView, field: MappingField, box: HTMLElement, id: string, tab: string): HTMLElement {
  const headers = view.tabs.find((t) => t.tab === tab)?.headers ?? [];
  const select = el('select', { id, 'data-action': 'map' }, el('option', { value: '' }, '(not used)'));
  for (const header of headers) select.appendChild(el('option', { value: header, selected: header === field.header }, header));
  select.addEventListener('change', () => {
    void run(
      box,
      'Saving…',
      () => call('apiCorrectMapping', { section: field.section, field: field.field, header: select.value === '' ? null : select.value }),
      (next) => {
        render(next);
        showStatus(
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
 * After a correction redraws the sidebar, a keyboard user stays on the dropdown they changed: a
 * field chosen from the Not found list is then in the columns table, or, for another tab, only in
 * the status that says what changed.
 */
function keepPlace(id: string): void {
  const control = document.getElementById(id) ?? document.getElementById(id.replace(/^missing-/, 'map-'));
  const details = control?.closest('details');
  if (details) details.open = true;
  if (control) return control.focus();
  const status = document.getElementById('setup-status');
  if (!status) return;
  status.tabIndex = -1;
  status.focus();
}

function setupSection(view: SetupView | null): HTMLElement {
  const box = statusBox('setup-status');
  const button = el('button', { class: 'primary', 'data-action': 'setup', type: 'button' }, view ? 'Set up again' : 'Set up this sheet');
  button.addEventListener(
    'click',
    () =>
      void run(
        box,
        'Reading your sheet…',
        () => call('apiRunSetup'),
        (next) => {
          render(next);
          showStatus(document.getElementById('setup-status') as HTMLElement, 'ok', 'Set up finished.');
        },
      ),
  );
  return el(
    'section',
    { 'aria-labelledby': 'setup-h' },
    el('h2', { id: 'setup-h' }, 'Set up'),
    view ? summaryList(view) : el('p', { class: 'muted' }, 'Find your register, groups, timetable and form responses.'),
    view ? registerSwitch(view, box) : null,
    view ? notFoundTable(view, box) : null,
    view ? mappingTable(view, box) : null,
    el('div', { class: 'row' }, button),
    box,
  );
}

function timetableSection(): HTMLElement {
  const box = statusBox('timetable-status');
  const week = el('input', { id: 'timetable-week', type: 'date', 'aria-describedby': 'timetable-hint' });
  const button = el('button', { class: 'primary', 'data-action': 'timetable', type: 'button' }, 'Generate timetables');
  button.addEventListener(
    'click',
    () => void run(box, 'Placing sessions…', () => call('apiGenerateTimetables', { week: week.value || 'programme' }), reportDone(box)),
  );
  return el(
    'section',
    { 'aria-labelledby': 'timetable-h' },
    el('h2', { id: 'timetable-h' }, 'Timetable'),
    el('label', { for: 'timetable-week' }, 'Week to plan again and print (leave empty to plan the whole programme and print next week)'),
    week,
    el(
      'p',
      { id: 'timetable-hint', class: 'muted' },
      'Never in Maths or English, in the holidays or on bank holidays; no clashes for pupils, staff or rooms. Locked and registered sessions, and weeks under way, stay as they are.',
    ),
    el('div', { class: 'row' }, button),
    box,
  );
}

function impactSection(): HTMLElement {
  const box = statusBox('impact-status');
  const from = el('input', { id: 'impact-from', type: 'date' });
  const to = el('input', { id: 'impact-to', type: 'date' });
  const button = el('button', { class: 'primary', 'data-action': 'impact', type: 'button' }, 'Build impact charts');
  button.addEventListener(
    'click',
    () =>
      void run(
        box,
        'Working out the impact…',
        () => call('apiBuildImpact', { from: from.value || null, to: to.value || null }),
        (report) => {
          reportDone(box)(report);
          showImpactSentences(box, report.sentences ?? []);
        },
      ),
  );
  return el(
    'section',
    { 'aria-labelledby': 'impact-h' },
    el('h2', { id: 'impact-h' }, 'Impact'),
    ...halfTermPicker(from, to),
    el('label', { for: 'impact-from' }, 'From (optional)'),
    from,
    el('label', { for: 'impact-to' }, 'To (optional)'),
    to,
    el('div', { class: 'row' }, button),
    box,
  );
}

function helpSection(): HTMLElement {
  const items: [string, string][] = [
    [
      'Set up',
      'Finds your register, groups, timetable and form responses. Changes none of your tabs; unusable rows are listed on Problems.',
    ],
    [
      'Timetable',
      'Writes Schedule (every week of every programme), Staff timetables and Where pupils are (one week, to print), and Lessons missed. Only these tabs are rebuilt.',
    ],
    [
      'Groups',
      'Writes Group check: one row per finding, OK, Warning or Problem; click a finding to select its row. Suggest groups proposes groups for referred pupils; accepting one shows every cell it will change before writing.',
    ],
    [
      'Questionnaires',
      'Creates a Google Form for a questionnaire, linked to this sheet, and scores each response onto Scores as it arrives, with reverse-keyed items and missing answers handled. Re-score rebuilds Scores from every response.',
    ],
    [
      'Impact',
      'Writes Impact, which opens with a sentence for each programme and measure for impact, and Impact charts, which name no pupil and can be shown to governors.',
    ],
    [
      'Settings',
      'Group sizes, protected subjects, term weeks and every other threshold, each with its default. Saved settings are used the next time an action runs; Restore defaults puts them all back.',
    ],
    ...IMPACT_HELP,
  ];
  return el(
    'section',
    { 'aria-labelledby': 'help-h' },
    el('h2', { id: 'help-h' }, 'Help'),
    el('dl', {}, ...items.flatMap(([term, text]) => [el('dt', {}, el('strong', {}, term)), el('dd', {}, text)])),
  );
}

function render(view: SetupView | null): void {
  replace(
    app,
    el('h1', {}, 'Intervention Planner'),
    setupSection(view),
    timetableSection(),
    groupsSection({ statusBox, showStatus, run }),
    questionnairesSection({ statusBox, showStatus, run }, view !== null),
    impactSection(),
    settingsSection({ statusBox, showStatus, run }),
    helpSection(),
  );
}

async function start(): Promise<void> {
  const state = await call('apiGetState');
  if (state.ok) render(state.data.setup);
  else {
    render(null);
    showStatus(document.getElementById('setup-status') as HTMLElement, 'error', state.error);
  }
}

void start();
