/**
 * The sidebar: where the school is in its year and the next step first, then one folding section
 * per job. Every value shown comes through `el`/text nodes (see dom.ts). Only one action runs at a
 * time: while one is working every action button is disabled. After each action the sidebar asks
 * the server where things stand, and the next step moves under the result.
 */
import type { NextStep, Result, SetupView, SidebarState, WaitingItem } from '../src/shared/api';
import { HELP } from '../src/shared/help';
import { dayOf, periodPicker, weekPicker } from './dates';
import { el, replace } from './dom';
import { groupsSection } from './groups';
import { showImpactSentences } from './impact';
import { cycleSection } from './cycle';
import { NextStepPanel } from './next-step';
import { questionnairesSection } from './questionnaires';
import { FOLDED, foldable, openSectionOf, SET_UP } from './sections';
import { call } from './server';
import { settingsSection } from './settings';
import { setupSection, type SetupTools } from './setup';
import { showReport, showStatus, statusBox } from './status';

const app = document.getElementById('app') as HTMLElement;
let busy = false;

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

/** A state from an endpoint that answers one, so the sidebar need not ask again. */
function isState(value: unknown): value is SidebarState {
  return typeof value === 'object' && value !== null && 'next' in value && 'milestones' in value;
}

/**
 * Runs one action, showing progress in its section (opened, and scrolled to its result) and
 * refusing a second start; once it has worked, the next step is worked out again and put under
 * the result.
 */
async function run<T>(
  box: HTMLElement,
  working: string,
  action: () => Promise<Result<T>>,
  done: (data: T) => SidebarState | void,
): Promise<void> {
  if (busy) return;
  const previous = document.activeElement;
  openSectionOf(box);
  setBusy(true);
  showStatus(box, 'working', working);
  try {
    const result = await action();
    if (result.ok) {
      const fresh = done(result.data);
      // `done` may have redrawn the section: the result is the box with this id now.
      const shown = document.getElementById(box.id) ?? box;
      if (isState(fresh)) next.show(fresh);
      else await next.refresh();
      next.placeAfter(shown);
      // When the next step is to choose columns, their dropdowns show.
      if (next.state()?.next.id === 'fields') document.querySelector('details.not-found')?.setAttribute('open', '');
    } else showStatus(box, 'error', result.error);
  } finally {
    setBusy(false);
    restoreFocus(previous, box);
    (document.getElementById(box.id) ?? box).scrollIntoView({ block: 'start' });
  }
}

const tools: SetupTools = { statusBox, showStatus, showReport, run, redrawSetup };

/** What the primary button does for each step: most press the button of the section that does it. */
const SECTION_BUTTONS: Partial<Record<NextStep['id'], string>> = {
  setup: 'setup',
  timetable: 'timetable',
  groups: 'groups',
  score: 'score',
  impact: 'impact',
};

/** What is waiting with no row to select is dealt with by a section's button: its data-action by kind. */
const WAITING_BUTTONS: Partial<Record<WaitingItem['kind'], string>> = { 'reviews-due': 'reviews' };

function takeStep(step: NextStep, pressed: HTMLButtonElement): void {
  const action = SECTION_BUTTONS[step.id];
  const target = action ? document.querySelector<HTMLButtonElement>(`section button[data-action="${action}"]`) : null;
  if (target) {
    openSectionOf(target, true);
    return target.click();
  }
  if (step.id === 'fields') return carryOn(step);
  if (step.waiting?.place) return void goTo(step.waiting.place, pressed);
  const runs = step.waiting ? WAITING_BUTTONS[step.waiting.kind] : undefined;
  const button = runs ? document.querySelector<HTMLButtonElement>(`section button[data-action="${runs}"]`) : null;
  if (button) {
    openSectionOf(button, true);
    button.click();
  }
}

/** The fields not found stay unmapped, and the next step moves on. */
function carryOn(step: NextStep): void {
  const box = document.getElementById('setup-status') as HTMLElement;
  const labels = step.fields.map((field) => field.label);
  void run(
    box,
    'Saving…',
    () => call('apiCarryOnWithoutFields', { fields: step.fields.map(({ section, field }) => ({ section, field })) }),
    (state) => {
      showStatus(box, 'ok', `Carrying on without ${labels.join(', ')}. You can choose their columns under Set up at any time.`);
      return state;
    },
  );
}

/** Selects the row where something waiting is dealt with, and says so beside the button. */
async function goTo(place: { tab: string; row: number }, pressed: HTMLButtonElement): Promise<void> {
  const result = await call('apiSelectRow', place);
  const note = el(
    'p',
    { class: result.ok ? 'muted' : 'status error', role: 'status' },
    result.ok ? `Selected ${place.tab} row ${place.row}.` : result.error,
  );
  pressed.parentElement?.after(note);
}

const next = new NextStepPanel(takeStep);

function redrawSetup(view: SetupView): void {
  const old = document.querySelector('section[aria-labelledby="setup-h"]');
  const fresh = foldable(setupSection(view, tools, next.state()?.next.id === 'fields'), true);
  if (old) old.replaceWith(fresh);
  document.dispatchEvent(new CustomEvent(SET_UP));
}

function timetableSection(state: SidebarState): HTMLElement {
  const box = statusBox('timetable-status');
  const week = weekPicker(
    'timetable-week',
    {
      label: 'Week to plan again and print (optional)',
      hint: 'Any day of the week will do; leave empty to plan the whole programme and print next week.',
    },
    state.year,
  );
  const button = el('button', { 'data-action': 'timetable', type: 'button' }, 'Generate timetables');
  const afresh = el('input', { type: 'checkbox', id: 'timetable-afresh', 'aria-describedby': 'timetable-afresh-hint' });
  button.addEventListener(
    'click',
    () =>
      void run(
        box,
        'Placing sessions…',
        () => call('apiGenerateTimetables', { week: week.week() ?? 'programme', afresh: afresh.checked }),
        (report) => showReport(box, report),
      ),
  );
  return el(
    'section',
    { 'aria-labelledby': 'timetable-h' },
    el('h2', { id: 'timetable-h' }, 'Timetable'),
    el(
      'p',
      { class: 'muted' },
      'Never in Maths or English, in the holidays or on bank holidays; no clashes for pupils, staff or rooms. Locked and registered sessions, and weeks under way, stay as they are.',
    ),
    ...week.elements,
    el(
      'div',
      { class: 'setting checkbox' },
      afresh,
      el('label', { for: 'timetable-afresh' }, 'Plan afresh'),
      el(
        'p',
        { class: 'muted hint', id: 'timetable-afresh-hint' },
        'Otherwise each session stays in its lesson while it still fits, and only what changed moves.',
      ),
    ),
    el('div', { class: 'row' }, button),
    box,
  );
}

function impactSection(state: SidebarState): HTMLElement {
  const box = statusBox('impact-status');
  const from = el('input', { id: 'impact-from', type: 'date' });
  const to = el('input', { id: 'impact-to', type: 'date' });
  const period = periodPicker('impact-half-term', state.year, from, to);
  const button = el('button', { 'data-action': 'impact', type: 'button' }, 'Build impact charts');
  button.addEventListener('click', () => {
    const refused = period.problem();
    if (refused !== null) {
      openSectionOf(box);
      return showStatus(box, 'error', refused);
    }
    void run(
      box,
      'Working out the impact…',
      () => call('apiBuildImpact', { from: dayOf(from), to: dayOf(to) }),
      (report) => {
        showReport(box, report);
        showImpactSentences(box, report.sentences ?? []);
      },
    );
  });
  return el(
    'section',
    { 'aria-labelledby': 'impact-h' },
    el('h2', { id: 'impact-h' }, 'Impact'),
    ...period.elements,
    el('div', { class: 'row' }, button),
    box,
  );
}

/** The same help as the menu's Help dialog, from the one list of entries. */
function helpSection(): HTMLElement {
  return el(
    'section',
    { 'aria-labelledby': 'help-h' },
    el('h2', { id: 'help-h' }, 'Help'),
    ...HELP.flatMap((section) => [
      el('h3', {}, section.heading),
      el('dl', {}, ...section.entries.flatMap(({ term, text }) => [el('dt', {}, el('strong', {}, term)), el('dd', {}, text)])),
    ]),
  );
}

function render(state: SidebarState): void {
  next.show(state);
  replace(
    app,
    el('h1', {}, 'Intervention Planner'),
    ...next.top(),
    foldable(setupSection(state.setup, tools, state.next.id === 'fields'), state.next.id === 'fields'),
    foldable(timetableSection(state)),
    foldable(groupsSection(tools)),
    foldable(questionnairesSection(tools, state.setUp)),
    foldable(impactSection(state)),
    foldable(cycleSection(tools)),
    settingsSection(tools),
    foldable(helpSection()),
  );
}

// A section folded away takes the next step back to the top with it.
app.addEventListener(FOLDED, (event) => next.goHome(event.target as Element));

async function start(): Promise<void> {
  const state = await call('apiGetState');
  if (state.ok) return render(state.data);
  replace(app, el('h1', {}, 'Intervention Planner'), el('p', { class: 'status error', role: 'status' }, state.error));
}

void start();
