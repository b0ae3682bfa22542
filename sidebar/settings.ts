/**
 * The Settings section: every setting of the table in src/core/settings, grouped by its section,
 * each control labelled as the table labels it and hinted with its default. Closed until opened;
 * the settings are fetched the first time it opens. Saving checks the change as the server will
 * (the same schema and rules, so the same sentence) and sends only what was changed; the server
 * checks it again, since the sidebar is untrusted. Shares show as percentages and dates as
 * dd/mm/yyyy; the server keeps fractions and yyyy-mm-dd.
 */
import { isUnreadable, readDate } from '../src/core/coerce';
import {
  checkChange,
  SECTIONS,
  SETTINGS,
  settingEntries,
  type ChoiceMapSetting,
  type KeyedWordsSetting,
  type Section,
  type SettingDescriptor,
  type SettingEntry,
} from '../src/core/settings';
import { normaliseText } from '../src/core/text';
import { weekRuns } from '../src/core/school-terms';
import { ukDate, type IsoDate } from '../src/core/values';
import type { SettingsView } from '../src/shared/api';
import { weekPicker, weekRun, type WeekRun } from './dates';
import { el, replace } from './dom';
import type { SectionTools } from './groups';
import { call } from './server';

/** One control: what it shows now, what it showed when drawn, and the value to send. */
interface Control {
  readonly entry: SettingEntry;
  readonly initial: string;
  shown(): string;
  value(): unknown;
  /** The sentence when what is typed cannot be read as the setting (dates out of order), checked before the setting's rules. */
  invalid?(): string | null;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const percent = (share: number): string => String(Math.round(share * 1000) / 10);
const ukDates = (list: readonly string[]): string => list.map((d) => ukDate(d as IsoDate)).join(', ');

/** A number typed, or null when the box is empty or not a number (the check then says what is allowed). */
function numberOf(text: string, scale = 1): number | null {
  const trimmed = text.trim();
  if (trimmed === '' || !Number.isFinite(Number(trimmed))) return null;
  return Number(trimmed) / scale;
}

/** dd/mm/yyyy as yyyy-mm-dd; what cannot be read is kept as typed, and the check refuses it. */
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

const emptyOrNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

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
    const form = new SettingsForm(view, controls);
    replace(body, ...SECTIONS.map((section) => form.section(section)), actions(view, controls));
  };

  const actions = (view: SettingsView, controls: readonly Control[]): HTMLElement => {
    const save = el('button', { type: 'button', 'data-action': 'settings-save' }, 'Save settings');
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
      const unreadable = controls.map((control) => control.invalid?.() ?? null).find((sentence) => sentence !== null);
      if (unreadable) return tools.showStatus(box, 'error', unreadable);
      const change = changeOf(controls);
      if (Object.keys(change).length === 0) return tools.showStatus(box, 'ok', 'Nothing was changed, so nothing was saved.');
      const checked = checkChange(view.settings, change);
      if (!checked.ok) return tools.showStatus(box, 'error', checked.refusal);
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

/** Only the fields whose control shows something other than when it was drawn, as the server takes them. */
function changeOf(controls: readonly Control[]): Record<string, Record<string, unknown>> {
  const change: Record<string, Record<string, unknown>> = {};
  for (const control of controls) {
    if (control.shown() === control.initial) continue;
    (change[control.entry.section] ??= {})[control.entry.field] = control.value();
  }
  return change;
}

/** The label with the unit the control is typed in. */
function labelOf(d: SettingDescriptor): string {
  if (d.kind === 'number') return `${d.label} (${d.unit})`;
  return d.kind === 'share' || d.kind === 'percentage' ? `${d.label} (%)` : d.label;
}

/** The hint under a control: what the setting does, how to type it, and its default. */
function hintOf(d: SettingDescriptor): string {
  switch (d.kind) {
    case 'whole-number':
    case 'number':
      return `${d.hint} ${d.min} to ${d.max}. Default: ${d.default}.`;
    case 'percentage':
      return `${d.hint} ${d.min}% to ${d.max}%. Default: ${d.default}%.`;
    case 'share':
      return `${d.hint} ${d.min}% to ${d.max}%. Default: ${percent(d.default)}%.`;
    case 'yes-no':
      return `${d.hint} Default: ${d.default ? 'yes' : 'no'}.`;
    case 'text':
      return d.default.length > 100
        ? `${d.hint} Restore defaults puts back the original, with every other setting.`
        : `${d.hint} Default: ${d.default}.`;
    case 'optional-text':
      return `${d.hint} Leave empty ${d.emptyMeans}.`;
    case 'words':
      return `${d.hint} Separate with commas. Default: ${d.default.join(', ')}.`;
    case 'dates':
      return d.weeks
        ? `${d.hint} Give each its first and last day; leave the list empty ${d.emptyMeans}.`
        : `${d.hint} Dates as dd/mm/yyyy, separated by commas. Leave empty ${d.emptyMeans}.`;
    case 'optional-date':
      return d.weeks
        ? `${d.hint} Any day of the week will do. Leave empty ${d.emptyMeans}.`
        : `${d.hint} A date as dd/mm/yyyy. Leave empty ${d.emptyMeans}.`;
    case 'choice-map':
    case 'keyed-words':
      return d.hint;
  }
}

/** A programme or measure the register names, the choice stored for it, and what stands when none is. */
interface ChoiceRow {
  readonly name: string;
  readonly label: string;
  readonly fallback: string;
}

function choiceRows(view: SettingsView, d: ChoiceMapSetting): ChoiceRow[] {
  if (d.names === 'programmes')
    return view.programmes.map((p) => ({
      name: p.name,
      label: p.name,
      fallback: `From its name (${p.fromName === null ? 'none found' : (d.choiceLabels[p.fromName] ?? p.fromName)})`,
    }));
  return view.measures.map((m) => ({
    name: m.id,
    label: m.label,
    fallback: m.found === null ? 'Not known: choose one (left out of Impact until you do)' : `As found (${m.found} is better)`,
  }));
}

const NONE_FOUND: Record<ChoiceMapSetting['names'], string> = {
  programmes: 'no programmes were found in the register.',
  measures: 'no start and end measures were found in the register.',
};

/** Draws each setting's control from its descriptor and records it, so Save can tell what changed. */
class SettingsForm {
  constructor(
    private readonly view: SettingsView,
    private readonly controls: Control[],
  ) {}

  section(section: Section): HTMLElement {
    const entries = settingEntries().filter((entry) => entry.section === section);
    return el(
      'fieldset',
      { class: 'settings-group' },
      el('legend', {}, SETTINGS[section].legend),
      ...entries.map((entry) => this.control(entry)),
    );
  }

  private current(entry: SettingEntry): unknown {
    return (this.view.settings[entry.section] as Record<string, unknown>)[entry.field];
  }

  private control(entry: SettingEntry): HTMLElement {
    const d = entry.descriptor;
    const value = this.current(entry);
    switch (d.kind) {
      case 'whole-number':
      case 'number':
      case 'percentage':
        return this.input(
          entry,
          'number',
          String(value),
          (text) => numberOf(text),
          d.kind === 'whole-number' ? { min: d.min, max: d.max, step: 1 } : { min: d.min, max: d.max },
        );
      case 'share':
        return this.input(entry, 'number', percent(value as number), (text) => numberOf(text, 100), { min: d.min, max: d.max });
      case 'yes-no':
        return this.checkbox(entry, value as boolean);
      case 'text':
        // A long text (the letter home) keeps its paragraphs: an input would run them together.
        return this.input(entry, d.maxLength > 200 ? 'textarea' : 'text', value as string, (text) => text.trim());
      case 'optional-text':
        return this.input(entry, 'text', (value as string | null) ?? '', emptyOrNull);
      case 'words':
        return this.input(entry, 'text', (value as string[]).join(', '), listOf);
      case 'dates':
        if (d.weeks) return this.weekRuns(entry, value as IsoDate[]);
        return this.input(entry, 'textarea', ukDates(value as string[]), (text) => listOf(text).map(isoOf));
      case 'optional-date':
        if (d.weeks) return this.week(entry, value as IsoDate | null);
        return this.input(entry, 'text', value === null ? '' : ukDate(value as IsoDate), (text) =>
          text.trim() === '' ? null : isoOf(text),
        );
      case 'choice-map':
        return this.choices(entry, d, value as Record<string, string>);
      case 'keyed-words':
        return this.keyedWords(entry, d, value as Record<string, string[]>);
    }
  }

  private input(
    entry: SettingEntry,
    type: 'number' | 'text' | 'textarea',
    value: string,
    parse: (text: string) => unknown,
    range?: { min: number; max: number; step?: number },
  ): HTMLElement {
    const id = `set-${entry.section}-${entry.field}`;
    const control =
      type === 'textarea'
        ? el('textarea', { id, rows: 3 }, value)
        : type === 'number'
          ? el('input', { id, type, inputmode: 'decimal', min: range?.min, max: range?.max, step: range?.step ?? 'any', value })
          : el('input', { id, type, value, autocomplete: 'off' });
    this.controls.push({ entry, initial: control.value, shown: () => control.value, value: () => parse(control.value) });
    return this.labelled(id, labelOf(entry.descriptor), control, hintOf(entry.descriptor));
  }

  private labelled(id: string, label: string, control: HTMLElement, hint: string): HTMLElement {
    control.setAttribute('aria-describedby', `${id}-hint`);
    return el(
      'div',
      { class: 'setting' },
      el('label', { for: id }, label),
      control,
      el('p', { id: `${id}-hint`, class: 'muted hint' }, hint),
    );
  }

  private checkbox(entry: SettingEntry, value: boolean): HTMLElement {
    const id = `set-${entry.section}-${entry.field}`;
    const input = el('input', { id, type: 'checkbox', checked: value, 'aria-describedby': `${id}-hint` });
    this.controls.push({ entry, initial: String(value), shown: () => String(input.checked), value: () => input.checked });
    return el(
      'div',
      { class: 'setting checkbox' },
      input,
      el('label', { for: id }, labelOf(entry.descriptor)),
      el('p', { id: `${id}-hint`, class: 'muted hint' }, hintOf(entry.descriptor)),
    );
  }

  /**
   * A dropdown per programme or measure: the first option keeps what the add-in works out itself.
   * Choices stored for names the register no longer has are kept as they were.
   */
  private choices(entry: SettingEntry, d: ChoiceMapSetting, stored: Record<string, string>): HTMLElement {
    const id = `set-${entry.section}-${entry.field}`;
    const storedFor = (name: string): string => {
      const key = Object.keys(stored).find((k) => normaliseText(k) === normaliseText(name));
      return key === undefined ? '' : (stored[key] ?? '');
    };
    const rows = choiceRows(this.view, d).map((row, i) => {
      const rowId = `${id}-${i}`;
      const select = el(
        'select',
        { id: rowId },
        el('option', { value: '' }, row.fallback),
        ...d.choices.map((c) => el('option', { value: c }, capitalised(d.choiceLabels[c] ?? c))),
      );
      select.value = storedFor(row.name);
      return { name: row.name, select, element: el('div', { class: 'choice' }, el('label', { for: rowId }, row.label), select) };
    });
    const shown = (): string => rows.map((r) => r.select.value).join('|');
    this.controls.push({
      entry,
      initial: shown(),
      shown,
      value: () => {
        const shownNames = new Set(rows.map((r) => normaliseText(r.name)));
        const kept = Object.entries(stored).filter(([name]) => !shownNames.has(normaliseText(name)));
        return Object.fromEntries([
          ...kept,
          ...rows.filter((r) => r.select.value !== '').map((r): [string, string] => [r.name, r.select.value]),
        ]);
      },
    });
    if (rows.length === 0) return el('div', { class: 'setting' }, el('p', { class: 'muted' }, `${d.label}: ${NONE_FOUND[d.names]}`));
    return el(
      'fieldset',
      { id, class: 'choices', 'aria-describedby': `${id}-hint` },
      el('legend', {}, d.label),
      el('p', { id: `${id}-hint`, class: 'muted hint' }, hintOf(d)),
      ...rows.map((r) => r.element),
    );
  }

  /** One week, picked as any of its days and stored as its Monday. */
  private week(entry: SettingEntry, value: IsoDate | null): HTMLElement {
    const id = `set-${entry.section}-${entry.field}`;
    const picker = weekPicker(id, { label: labelOf(entry.descriptor), hint: hintOf(entry.descriptor) }, null, value);
    this.controls.push({ entry, initial: value ?? '', shown: () => picker.week() ?? '', value: () => picker.week() });
    return el('div', { class: 'setting' }, ...picker.elements);
  }

  /**
   * Weeks picked a term or half-term at a time: a first and a last day per row, each row standing
   * for every week from the one to the other. The stored Mondays show as their runs.
   */
  private weekRuns(entry: SettingEntry, value: readonly IsoDate[]): HTMLElement {
    const id = `set-${entry.section}-${entry.field}`;
    const d = entry.descriptor;
    const rows = el('ol', { class: 'week-runs' });
    const runs: WeekRun[] = [];
    let made = 0;
    const add = (from: IsoDate | null, to: IsoDate | null): WeekRun => {
      const run = weekRun(`${id}-${made}`, made + 1, from, to, () => {
        runs.splice(runs.indexOf(run), 1);
        run.element.remove();
        addButton.focus();
      });
      made += 1;
      runs.push(run);
      rows.appendChild(run.element);
      return run;
    };
    const addButton = el('button', { type: 'button', class: 'link-like' }, 'Add a term or half-term');
    addButton.addEventListener('click', () => add(null, null).focus());
    for (const run of weekRuns([...value].sort())) add(run.from, run.to);
    const weeks = (): IsoDate[] => [...new Set(runs.flatMap((run) => run.weeks()))].sort();
    this.controls.push({
      entry,
      initial: [...value].sort().join(','),
      shown: () => weeks().join(','),
      value: weeks,
      invalid: () => runs.map((run) => run.problem()).find((sentence) => sentence !== null) ?? null,
    });
    return el(
      'fieldset',
      { id, class: 'setting week-runs', 'aria-describedby': `${id}-hint` },
      el('legend', {}, d.label),
      el('p', { id: `${id}-hint`, class: 'muted hint' }, hintOf(d)),
      rows,
      addButton,
    );
  }

  /** A list of words per key, folded away: most schools never change them. */
  private keyedWords(entry: SettingEntry, d: KeyedWordsSetting, value: Record<string, string[]>): HTMLElement {
    const id = `set-${entry.section}-${entry.field}`;
    const inputs = d.keys.map((key) => {
      const keyId = `${id}-${key}`;
      const input = el('input', { id: keyId, type: 'text', value: (value[key] ?? []).join(', '), autocomplete: 'off' });
      const hint = `Separate with commas. Default: ${(d.default[key] ?? []).join(', ')}.`;
      return { key, input, element: this.labelled(keyId, d.keyLabels[key] ?? key, input, hint) };
    });
    const shown = (): string => inputs.map((i) => i.input.value).join('|');
    this.controls.push({
      entry,
      initial: shown(),
      shown,
      value: () => Object.fromEntries(inputs.map((i) => [i.key, listOf(i.input.value)])),
    });
    return el(
      'details',
      { id, class: 'setting' },
      el('summary', {}, d.label),
      el('p', { class: 'muted hint' }, hintOf(d)),
      ...inputs.map((i) => i.element),
    );
  }
}
