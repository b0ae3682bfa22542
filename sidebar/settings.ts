/**
 * The Settings section: every threshold the actions use, grouped as Timetable, Groups,
 * Questionnaires and Impact, each control labelled with its default. Closed until opened; the
 * settings are fetched the first time it opens. Saving sends only what was changed, and the server
 * checks it (the sidebar is untrusted) and answers one sentence when something is not allowed.
 * Shares show as percentages and dates as dd/mm/yyyy; the server keeps fractions and yyyy-mm-dd.
 */
import type { Purpose } from '../src/core/groups/purposes';
import { PURPOSE_LABELS, PURPOSES } from '../src/core/groups/purposes';
import { isUnreadable, readDate } from '../src/core/coerce';
import type { Settings } from '../src/core/settings';
import { normaliseText } from '../src/core/text';
import { ukDate, type IsoDate } from '../src/core/values';
import type { SettingsChange, SettingsView } from '../src/shared/api';
import { el, replace } from './dom';
import type { SectionTools } from './groups';
import { call } from './server';

type Section = keyof Settings;

/** One control: what it shows now, what it showed when drawn, and the value to send. */
interface Control {
  readonly section: Section;
  readonly field: string;
  shown(): string;
  readonly initial: string;
  value(): unknown;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const percent = (share: number): string => String(Math.round(share * 1000) / 10);
const dates = (list: readonly string[]): string => list.map((d) => ukDate(d as IsoDate)).join(', ');

/** A number typed, or null when the box is empty or not a number (the server then says what is allowed). */
function numberOf(text: string, scale = 1): number | null {
  const trimmed = text.trim();
  if (trimmed === '' || !Number.isFinite(Number(trimmed))) return null;
  return Number(trimmed) / scale;
}

/** dd/mm/yyyy as yyyy-mm-dd; what cannot be read is sent as typed, and the server refuses it. */
function isoOf(text: string): string {
  const read = readDate(text.trim());
  return read === null || isUnreadable(read) ? text.trim() : read;
}

function listOf(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export function settingsSection(tools: SectionTools): HTMLElement {
  const box = tools.statusBox('settings-status');
  const body = el('div', { id: 'settings-body' }, el('p', { class: 'muted' }, 'Loading the settings…'));
  const details = el('details', { id: 'settings-details' }, el('summary', {}, 'Show and change the settings'), body);
  let loaded = false;
  details.addEventListener('toggle', () => {
    if (!details.open || loaded) return;
    loaded = true;
    void call('apiGetSettings').then((result) => {
      if (result.ok) draw(result.data);
      else {
        loaded = false;
        replace(body);
        tools.showStatus(box, 'error', result.error);
      }
    });
  });

  const draw = (view: SettingsView): void => {
    const controls: Control[] = [];
    replace(body, ...settingsForm(view, controls), actions(controls));
  };

  const actions = (controls: readonly Control[]): HTMLElement => {
    const save = el('button', { type: 'button', class: 'primary', 'data-action': 'settings-save' }, 'Save settings');
    const reset = el(
      'button',
      { type: 'button', 'data-action': 'settings-reset', 'aria-expanded': 'false', 'aria-controls': 'settings-reset-confirm' },
      'Restore defaults',
    );
    const confirm = el('button', { type: 'button', 'data-action': 'settings-reset-confirm' }, 'Yes, restore every default');
    const cancel = el('button', { type: 'button' }, 'Cancel');
    const confirmRow = el(
      'div',
      { id: 'settings-reset-confirm', class: 'confirm', hidden: true },
      el('p', {}, 'This puts every setting back to its default, including programme purposes and measure directions.'),
      el('div', { class: 'row' }, confirm, cancel),
    );
    save.addEventListener('click', () => {
      const change = changeOf(controls);
      if (Object.keys(change).length === 0) return tools.showStatus(box, 'ok', 'Nothing was changed, so nothing was saved.');
      void tools.run(
        box,
        'Saving the settings…',
        () => call('apiSaveSettings', change),
        (next) => {
          draw(next);
          tools.showStatus(box, 'ok', 'Settings saved. Run an action again to use them.');
        },
      );
    });
    const showConfirm = (show: boolean): void => {
      confirmRow.hidden = !show;
      reset.setAttribute('aria-expanded', String(show));
      (show ? confirm : reset).focus();
    };
    reset.addEventListener('click', () => showConfirm(confirmRow.hidden));
    cancel.addEventListener('click', () => showConfirm(false));
    confirm.addEventListener(
      'click',
      () =>
        void tools.run(
          box,
          'Restoring the defaults…',
          () => call('apiResetSettings'),
          (next) => {
            draw(next);
            tools.showStatus(box, 'ok', 'Every setting is back to its default.');
          },
        ),
    );
    return el('div', {}, el('div', { class: 'row' }, save, reset), confirmRow);
  };

  return el(
    'section',
    { 'aria-labelledby': 'settings-h' },
    el('h2', { id: 'settings-h' }, 'Settings'),
    el('p', { class: 'muted' }, 'Group sizes, protected subjects, term weeks and the other thresholds every action uses.'),
    details,
    box,
  );
}

/** Only the fields whose control shows something other than when it was drawn. */
function changeOf(controls: readonly Control[]): SettingsChange {
  const change: Record<string, Record<string, unknown>> = {};
  for (const control of controls) {
    if (control.shown() === control.initial) continue;
    (change[control.section] ??= {})[control.field] = control.value();
  }
  return change as SettingsChange;
}

function settingsForm(view: SettingsView, controls: Control[]): HTMLElement[] {
  const { settings: s, defaults: d } = view;
  const t = s.timetable;
  const g = s.groups;
  const form = new FormBuilder(controls);
  return [
    form.fieldset(
      'Timetable',
      form.text(
        'timetable',
        'protectedSubjects',
        'Protected subjects (never taken out of)',
        t.protectedSubjects.join(', '),
        `Separate with commas. Default: ${d.timetable.protectedSubjects.join(', ')}.`,
        listOf,
      ),
      form.number(
        'timetable',
        'sessionsPerWeekDefault',
        'Sessions per week',
        t.sessionsPerWeekDefault,
        d.timetable.sessionsPerWeekDefault,
        { min: 1, max: 5 },
      ),
      form.number('timetable', 'weeksDefault', 'Weeks a programme runs', t.weeksDefault, d.timetable.weeksDefault, { min: 1, max: 39 }),
      form.checkbox(
        'timetable',
        'allowTwicePerDay',
        'Allow a group to meet twice in a day',
        t.allowTwicePerDay,
        d.timetable.allowTwicePerDay,
      ),
      form.number('timetable', 'lessonsPerDay', 'Lessons per day', t.lessonsPerDay, d.timetable.lessonsPerDay, { min: 5, max: 7 }),
      form.textarea(
        'timetable',
        'termWeeks',
        'Term weeks (the Mondays of school weeks)',
        dates(t.termWeeks),
        'Dates as dd/mm/yyyy, separated by commas. Used when the sheet has no term-dates tab; leave empty to assume every week but the Christmas break and August.',
        (text) => listOf(text).map(isoOf),
      ),
      form.text(
        'timetable',
        'cycleWeekAStart',
        'Week A starts (two-week timetables)',
        t.cycleWeekAStart === null ? '' : ukDate(t.cycleWeekAStart as IsoDate),
        'A date as dd/mm/yyyy. Leave empty for a one-week timetable.',
        (text) => (text.trim() === '' ? null : isoOf(text)),
      ),
      form.number(
        'timetable',
        'maxSessionsPerStaffDay',
        'Most sessions a member of staff leads in a day',
        t.maxSessionsPerStaffDay,
        d.timetable.maxSessionsPerStaffDay,
        { min: 1, max: 8 },
      ),
      form.text(
        'timetable',
        'oneToOneStaffDefault',
        '1-1 staff when the register names none',
        t.oneToOneStaffDefault ?? '',
        'Leave empty for none.',
        (text) => (text.trim() === '' ? null : text.trim()),
      ),
    ),
    form.fieldset(
      'Groups',
      form.number('groups', 'minSize', 'Smallest group size', g.minSize, d.groups.minSize, { min: 1, max: 30 }),
      form.number('groups', 'maxSize', 'Largest group size', g.maxSize, d.groups.maxSize, { min: 1, max: 40 }),
      form.number('groups', 'maxYearSpread', 'Largest year-group spread', g.maxYearSpread, d.groups.maxYearSpread, { min: 0, max: 12 }),
      form.percent('groups', 'minGenderShare', 'Smallest gender share in a mixed group (%)', g.minGenderShare, d.groups.minGenderShare, 50),
      form.percent('groups', 'maxSenShare', 'Largest share of pupils with SEN (%)', g.maxSenShare, d.groups.maxSenShare, 100),
      form.number('groups', 'maxEhcp', 'Most pupils with an EHCP in a group', g.maxEhcp, d.groups.maxEhcp, { min: 0, max: 40 }),
      form.purposes(view),
    ),
    form.fieldset(
      'Questionnaires',
      form.percent(
        'questionnaires',
        'minAnsweredShare',
        'Share of items a pupil must answer (%)',
        s.questionnaires.minAnsweredShare,
        d.questionnaires.minAnsweredShare,
        100,
        50,
      ),
    ),
    form.fieldset(
      'Impact',
      form.number(
        'impact',
        'persistentAbsenceBelow',
        'Persistent absence: attendance below (%)',
        s.impact.persistentAbsenceBelow,
        d.impact.persistentAbsenceBelow,
        { min: 0, max: 100, step: 'any' },
      ),
      form.number(
        'impact',
        'expectedProgressTaLed',
        'Expected progress, TA-led (× normal rate)',
        s.impact.expectedProgressTaLed,
        d.impact.expectedProgressTaLed,
        { min: 0, max: 10, step: 'any' },
      ),
      form.number(
        'impact',
        'expectedProgressTeacherLed',
        'Expected progress, teacher-led (× normal rate)',
        s.impact.expectedProgressTeacherLed,
        d.impact.expectedProgressTeacherLed,
        { min: 0, max: 10, step: 'any' },
      ),
      form.directions(view),
    ),
  ];
}

/** Draws labelled controls and records each one, so Save can tell what changed. */
class FormBuilder {
  constructor(private readonly controls: Control[]) {}

  fieldset(legend: string, ...children: HTMLElement[]): HTMLElement {
    return el('fieldset', { class: 'settings-group' }, el('legend', {}, legend), ...children);
  }

  private hinted(id: string, label: string, control: HTMLElement, hint: string): HTMLElement {
    control.setAttribute('aria-describedby', `${id}-hint`);
    return el(
      'div',
      { class: 'setting' },
      el('label', { for: id }, label),
      control,
      el('p', { id: `${id}-hint`, class: 'muted hint' }, hint),
    );
  }

  private record(section: Section, field: string, input: HTMLInputElement | HTMLTextAreaElement, parse: (text: string) => unknown): void {
    const initial = input.value;
    this.controls.push({ section, field, initial, shown: () => input.value, value: () => parse(input.value) });
  }

  text(section: Section, field: string, label: string, value: string, hint: string, parse: (text: string) => unknown): HTMLElement {
    const id = `set-${section}-${field}`;
    const input = el('input', { id, type: 'text', value, autocomplete: 'off' });
    this.record(section, field, input, parse);
    return this.hinted(id, label, input, hint);
  }

  textarea(section: Section, field: string, label: string, value: string, hint: string, parse: (text: string) => unknown): HTMLElement {
    const id = `set-${section}-${field}`;
    const input = el('textarea', { id, rows: 3 }, value);
    this.record(section, field, input, parse);
    return this.hinted(id, label, input, hint);
  }

  number(
    section: Section,
    field: string,
    label: string,
    value: number,
    fallback: number,
    range: { min: number; max: number; step?: string },
  ): HTMLElement {
    const id = `set-${section}-${field}`;
    const input = el('input', {
      id,
      type: 'number',
      inputmode: 'decimal',
      min: range.min,
      max: range.max,
      step: range.step ?? 1,
      value: String(value),
    });
    this.record(section, field, input, (text) => numberOf(text));
    return this.hinted(id, label, input, `${range.min} to ${range.max}. Default: ${fallback}.`);
  }

  percent(section: Section, field: string, label: string, share: number, fallback: number, max: number, min = 0): HTMLElement {
    const id = `set-${section}-${field}`;
    const input = el('input', { id, type: 'number', inputmode: 'decimal', min, max, step: 'any', value: percent(share) });
    this.record(section, field, input, (text) => numberOf(text, 100));
    return this.hinted(id, label, input, `${min}% to ${max}%. Default: ${percent(fallback)}%.`);
  }

  checkbox(section: Section, field: string, label: string, value: boolean, fallback: boolean): HTMLElement {
    const id = `set-${section}-${field}`;
    const input = el('input', { id, type: 'checkbox', checked: value, 'aria-describedby': `${id}-hint` });
    const initial = String(value);
    this.controls.push({ section, field, initial, shown: () => String(input.checked), value: () => input.checked });
    return el(
      'div',
      { class: 'setting checkbox' },
      input,
      el('label', { for: id }, label),
      el('p', { id: `${id}-hint`, class: 'muted hint' }, `Default: ${fallback ? 'yes' : 'no'}.`),
    );
  }

  /** Programme → purpose: "from its name" keeps the keyword match; a choice is stored for that programme. */
  purposes(view: SettingsView): HTMLElement {
    const stored = view.settings.groups.programmePurposes;
    const chosenFor = (name: string): Purpose | '' => {
      const key = Object.keys(stored).find((k) => normaliseText(k) === normaliseText(name));
      return key === undefined ? '' : (stored[key] ?? '');
    };
    const rows = view.programmes.map((programme, i) => {
      const id = `set-purpose-${i}`;
      const from = programme.fromName === null ? 'none found' : PURPOSE_LABELS[programme.fromName];
      const select = el(
        'select',
        { id },
        el('option', { value: '' }, `From its name (${from})`),
        ...PURPOSES.map((p) => el('option', { value: p }, capitalised(PURPOSE_LABELS[p]))),
      );
      select.value = chosenFor(programme.name);
      return { programme: programme.name, select, row: el('div', { class: 'choice' }, el('label', { for: id }, programme.name), select) };
    });
    const initial = rows.map((r) => r.select.value).join('|');
    this.controls.push({
      section: 'groups',
      field: 'programmePurposes',
      initial,
      shown: () => rows.map((r) => r.select.value).join('|'),
      value: () => {
        const shownNames = new Set(rows.map((r) => normaliseText(r.programme)));
        // Choices for programmes no longer in the register are kept as they were.
        const kept = Object.entries(stored).filter(([name]) => !shownNames.has(normaliseText(name)));
        return Object.fromEntries([...kept, ...rows.filter((r) => r.select.value !== '').map((r) => [r.programme, r.select.value])]);
      },
    });
    return this.choices(
      'set-purposes',
      'Programme purposes',
      'The purpose each programme serves, for the check that each pupil’s need matches their group.',
      rows.map((r) => r.row),
      'no programmes were found in the register.',
    );
  }

  /** Measure → which way is better: "as found" keeps what setup read from the column name. */
  directions(view: SettingsView): HTMLElement {
    const stored = view.settings.impact.directions;
    const rows = view.measures.map((measure, i) => {
      const id = `set-direction-${i}`;
      const select = el(
        'select',
        { id },
        el('option', { value: '' }, `As found (${measure.found} is better)`),
        el('option', { value: 'higher' }, 'Higher is better'),
        el('option', { value: 'lower' }, 'Lower is better'),
      );
      select.value = stored[measure.id] ?? '';
      return { id: measure.id, select, row: el('div', { class: 'choice' }, el('label', { for: id }, measure.label), select) };
    });
    this.controls.push({
      section: 'impact',
      field: 'directions',
      initial: rows.map((r) => r.select.value).join('|'),
      shown: () => rows.map((r) => r.select.value).join('|'),
      value: () => {
        const shownIds = new Set(rows.map((r) => r.id));
        const kept = Object.entries(stored).filter(([id]) => !shownIds.has(id));
        return Object.fromEntries([...kept, ...rows.filter((r) => r.select.value !== '').map((r) => [r.id, r.select.value])]);
      },
    });
    return this.choices(
      'set-directions',
      'Which way is better',
      'For each start and end measure: whether a rise or a fall counts as an improvement.',
      rows.map((r) => r.row),
      'no start and end measures were found in the register.',
    );
  }

  /** A labelled dropdown per programme or measure, grouped under a legend (a table is too narrow here). */
  private choices(id: string, legend: string, hint: string, rows: HTMLElement[], empty: string): HTMLElement {
    if (rows.length === 0) return el('div', { class: 'setting' }, el('p', { class: 'muted' }, `${legend}: ${empty}`));
    return el(
      'fieldset',
      { id, class: 'choices', 'aria-describedby': `${id}-hint` },
      el('legend', {}, legend),
      el('p', { id: `${id}-hint`, class: 'muted hint' }, hint),
      ...rows,
    );
  }
}
