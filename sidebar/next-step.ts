/**
 * Where the school is in its year (the half-term, the week, the stages done) at the top, and the
 * next step: one sentence and the sidebar's one primary button. The next step follows the eye:
 * after an action it sits under that action's result, and goes back to the top when its section
 * is folded. Anything else waiting for a person is listed under it with a secondary button each.
 */
import type { NextStep, SidebarState, WaitingItem } from '../src/shared/api';
import { ukDate } from '../src/core/values';
import { el, replace } from './dom';
import { call } from './server';

/** What pressing a step's button does: the shell knows the sections that do it. */
export type StepTaker = (step: NextStep, button: HTMLButtonElement) => void;

export class NextStepPanel {
  /** The half-term, the week and the stages of the year, always at the top. */
  readonly where = el('div', { id: 'where', class: 'where', role: 'group', 'aria-label': 'Where you are in the year' });
  readonly panel = el('div', { id: 'next-step', class: 'next-step', role: 'group', 'aria-labelledby': 'next-step-label' });
  /** Where the panel goes back to: just under `where`. */
  private readonly home = el('div', { id: 'next-step-home' });
  private current: SidebarState | null = null;

  constructor(private readonly take: StepTaker) {
    this.home.appendChild(this.panel);
  }

  /** The top of the sidebar: where the school is, then the next step's usual place. */
  top(): HTMLElement[] {
    return [this.where, this.home];
  }

  state(): SidebarState | null {
    return this.current;
  }

  show(state: SidebarState): void {
    this.current = state;
    this.drawWhere(state);
    this.drawPanel(state);
  }

  /** Asks the server where things stand now, and shows it; on no answer the last state stays. */
  async refresh(): Promise<void> {
    const result = await call('apiGetState');
    if (result.ok) this.show(result.data);
  }

  placeAfter(anchor: Element): void {
    anchor.after(this.panel);
  }

  /** Back to the top, when the section holding the panel folds away. */
  goHome(from: Element): void {
    if (from.contains(this.panel)) this.home.appendChild(this.panel);
  }

  private drawWhere(state: SidebarState): void {
    const { year } = state;
    const now = `${year.now ?? 'Not a term week in Settings'} · week commencing ${ukDate(year.weekCommencing)}`;
    replace(
      this.where,
      el('p', { class: 'now' }, now),
      el(
        'ol',
        { class: 'milestones', 'aria-label': 'Stages of the year' },
        ...state.milestones.map((m) =>
          el('li', { class: m.done ? 'done' : 'to-do' }, m.label, el('span', { class: 'visually-hidden' }, m.done ? ': done' : ': to do')),
        ),
      ),
    );
  }

  private drawPanel(state: SidebarState): void {
    const { next } = state;
    const button =
      next.button === null
        ? null
        : el('button', { type: 'button', class: 'primary', 'data-action': 'next', 'data-step': next.id }, next.button);
    button?.addEventListener('click', () => this.take(next, button));
    // The first thing waiting is the next step itself when nothing comes before it.
    const others = next.id === 'waiting' ? state.waiting.slice(1) : state.waiting;
    replace(
      this.panel,
      el('p', { class: 'next-sentence' }, el('strong', { id: 'next-step-label' }, 'Next step: '), next.sentence),
      button ? el('div', { class: 'row' }, button) : null,
      others.length > 0
        ? el('ul', { class: 'waiting', 'aria-label': 'Also waiting' }, ...others.map((item) => this.waitingItem(item)))
        : null,
    );
  }

  private waitingItem(item: WaitingItem): HTMLElement {
    const button = el('button', { type: 'button', 'data-action': 'waiting' }, item.button);
    button.addEventListener('click', () =>
      this.take({ id: 'waiting', sentence: item.sentence, button: item.button, waiting: item, fields: [] }, button),
    );
    return el('li', {}, el('span', {}, item.sentence), ' ', button);
  }
}
