/**
 * Dates as the sidebar takes them: picked with the browser's date picker, checked as they are
 * typed, and said back in the sidebar's words. A week is any day of it (taken as its Monday, and
 * said so); a period is a term or half-term from the school's year, or two dates in order.
 */
import { weeksBetween, type Period, type SchoolYear } from '../src/core/school-terms';
import { ukDate, type IsoDate } from '../src/core/values';
import { mondayOf } from '../src/core/calendar/days';
import { el, replace } from './dom';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The day a date input holds, or null when it is empty. */
export function dayOf(input: HTMLInputElement): IsoDate | null {
  return ISO.test(input.value) ? (input.value as IsoDate) : null;
}

/** A line under a control that says something back, or warns; empty and hidden when there is nothing to say. */
function sayBack(id: string): { element: HTMLElement; say(text: string | null, problem?: boolean): void } {
  const element = el('p', { id, class: 'hint', 'aria-live': 'polite', hidden: true });
  return {
    element,
    say(text, problem = false) {
      element.hidden = text === null;
      element.className = problem ? 'hint invalid' : 'hint muted';
      replace(element, text ?? '');
    },
  };
}

/**
 * A week picked as any of its days: the line under it names the Monday it stands for, and warns
 * when the term weeks in Settings leave that week out. `week()` is the Monday, or null when empty.
 */
export function weekPicker(
  id: string,
  text: { readonly label: string; readonly hint: string },
  year: SchoolYear | null,
  initial: IsoDate | null = null,
): { elements: HTMLElement[]; week(): IsoDate | null } {
  const input = el('input', { id, type: 'date', value: initial ?? undefined, 'aria-describedby': `${id}-hint ${id}-said` });
  const line = sayBack(`${id}-said`);
  const week = (): IsoDate | null => {
    const day = dayOf(input);
    return day === null ? null : mondayOf(day);
  };
  input.addEventListener('change', () => {
    const monday = week();
    if (monday === null) return line.say(null);
    const outOfTerm = year !== null && year.source === 'settings' && !year.termWeeks.includes(monday);
    line.say(
      outOfTerm
        ? `The week commencing Monday ${ukDate(monday)} is not one of the term weeks in Settings.`
        : `The week commencing Monday ${ukDate(monday)}.`,
      outOfTerm,
    );
  });
  return {
    elements: [el('label', { for: id }, text.label), input, el('p', { id: `${id}-hint`, class: 'muted hint' }, text.hint), line.element],
    week,
  };
}

const periodText = (period: Period): string => `${period.label} (${ukDate(period.from)} to ${ukDate(period.to)})`;

/**
 * A term or half-term that fills `from` and `to`, then the two dates; editing a date by hand turns
 * the choice back to "the dates below". `problem()` is the sentence when To is before From.
 */
export function periodPicker(
  id: string,
  year: SchoolYear,
  from: HTMLInputElement,
  to: HTMLInputElement,
): { elements: HTMLElement[]; problem(): string | null } {
  const select = el(
    'select',
    { id, 'aria-describedby': `${id}-hint` },
    el('option', { value: '' }, 'All dates, or the dates below'),
    ...year.periods.map((period, i) => el('option', { value: String(i) }, periodText(period))),
  );
  const line = sayBack(`${to.id}-said`);
  to.setAttribute('aria-describedby', line.element.id);
  const problem = (): string | null => {
    const start = dayOf(from);
    const end = dayOf(to);
    return start !== null && end !== null && end < start
      ? `“To” (${ukDate(end)}) is before “From” (${ukDate(start)}): choose a later date.`
      : null;
  };
  const check = (): void => {
    const sentence = problem();
    line.say(sentence, true);
    if (sentence === null) to.removeAttribute('aria-invalid');
    else to.setAttribute('aria-invalid', 'true');
  };
  select.addEventListener('change', () => {
    const period = select.value === '' ? undefined : year.periods[Number(select.value)];
    from.value = period?.from ?? '';
    to.value = period?.to ?? '';
    check();
  });
  for (const input of [from, to])
    input.addEventListener('input', () => {
      select.value = '';
      check();
    });
  const SOURCES: Record<SchoolYear['source'], string> = {
    tab: 'Terms from the term-dates tab; the dates below can be changed.',
    settings: 'Terms from the term weeks in Settings; the dates below can be changed.',
    usual: 'The usual half-term dates; change the dates below to match your school’s calendar.',
  };
  const source = SOURCES[year.source];
  return {
    elements: [
      el('label', { for: id }, 'Term or half-term'),
      select,
      el('p', { id: `${id}-hint`, class: 'muted hint' }, source),
      el('label', { for: from.id }, 'From (optional)'),
      from,
      el('label', { for: to.id }, 'To (optional)'),
      to,
      line.element,
    ],
    problem,
  };
}

/** One row of a list of weeks: a term or half-term, from its first day to its last. */
export interface WeekRun {
  readonly element: HTMLElement;
  /** Its weeks' Mondays; none while it is empty or cannot be read. */
  weeks(): IsoDate[];
  /** Why it cannot be read (a day missing, the last before the first), or null. */
  problem(): string | null;
  focus(): void;
}

export function weekRun(id: string, n: number, from: IsoDate | null, to: IsoDate | null, remove: () => void): WeekRun {
  const name = `Term or half-term ${n}`;
  const first = el('input', { id: `${id}-from`, type: 'date', value: from ?? undefined, 'aria-describedby': `${id}-said` });
  const last = el('input', { id: `${id}-to`, type: 'date', value: to ?? undefined, 'aria-describedby': `${id}-said` });
  const line = sayBack(`${id}-said`);
  const problem = (): string | null => {
    const start = dayOf(first);
    const end = dayOf(last);
    if (start === null && end === null) return null;
    if (start === null) return `${name}: choose its first day too.`;
    if (end === null) return `${name}: choose its last day too.`;
    return end < start ? `${name} ends (${ukDate(end)}) before it starts (${ukDate(start)}): choose a later last day.` : null;
  };
  for (const input of [first, last])
    input.addEventListener('change', () => {
      const sentence = problem();
      line.say(sentence, true);
      if (sentence === null) input.removeAttribute('aria-invalid');
      else input.setAttribute('aria-invalid', 'true');
    });
  const removeButton = el('button', { type: 'button', class: 'link-like', 'aria-label': `Remove ${name.toLowerCase()}` }, 'Remove');
  removeButton.addEventListener('click', remove);
  return {
    element: el(
      'li',
      { class: 'week-run' },
      el('label', { for: first.id }, `${name}: first day`),
      first,
      el('label', { for: last.id }, 'Last day'),
      last,
      line.element,
      removeButton,
    ),
    weeks: () => {
      const start = dayOf(first);
      const end = dayOf(last);
      return start === null || end === null || problem() !== null ? [] : weeksBetween(start, end);
    },
    problem,
    focus: () => first.focus(),
  };
}
