/**
 * How every section shows a result: the summary first, in a colour that never makes a failure or
 * an empty result look like a success, then the details with long lists folded away behind their
 * count, then what changed. The section scrolls to it, so the result is where the eye is.
 */
import type { ActionReport } from '../src/shared/api';
import { el, replace } from './dom';

export type StatusKind = 'ok' | 'warn' | 'error' | 'working';

/** Lines shown before a list is folded behind "Show n more". */
const SHOWN = 3;

export function statusBox(id: string): HTMLElement {
  return el('div', { id, class: 'status', role: 'status', hidden: true });
}

/** "1 row needs", "3 rows need": counts read as English. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The first `shown` items as they are, the rest in a closed disclosure that says how many: a long
 * list costs one line until someone asks for it.
 */
export function foldedList(
  items: readonly Node[],
  attributes: Record<string, string>,
  more: (n: number) => string,
  shown = SHOWN,
): HTMLElement {
  const list = el('ul', attributes, ...items.slice(0, shown).map((item) => (item instanceof HTMLLIElement ? item : el('li', {}, item))));
  const rest = items.slice(shown);
  if (rest.length === 0) return list;
  return el(
    'div',
    {},
    list,
    el(
      'details',
      { class: 'more' },
      el('summary', {}, more(rest.length)),
      el('ul', attributes, ...rest.map((item) => (item instanceof HTMLLIElement ? item : el('li', {}, item)))),
    ),
  );
}

/** A status line, then any details as a list (long ones folded); `working` shows a spinner instead of a colour. */
export function showStatus(box: HTMLElement, kind: StatusKind, headline: string, details: readonly string[] = []): void {
  box.hidden = false;
  box.className = `status${kind === 'working' ? '' : ` ${kind}`}`;
  const section = box.closest('section');
  if (kind === 'working') section?.setAttribute('aria-busy', 'true');
  else section?.removeAttribute('aria-busy');
  replace(
    box,
    kind === 'working' ? el('span', { class: 'progress', 'aria-hidden': 'true' }) : null,
    el('span', { class: 'headline' }, headline),
    details.length > 0
      ? foldedList(
          details.map((line) => document.createTextNode(line)),
          { class: 'details' },
          (n) => `Show ${count(n, 'more line', 'more lines')}`,
        )
      : null,
  );
}

/** Names the tabs an action wrote, so the result says what changed; a long list is counted. */
function changedLine(tabs: readonly string[]): HTMLElement | null {
  if (tabs.length === 0) return null;
  const named = tabs.slice(0, SHOWN).map((tab) => `“${tab}”`);
  const more = tabs.length - named.length;
  return el(
    'p',
    { class: 'changed' },
    `Rewrote ${named.join(', ')}${more > 0 ? ` and ${count(more, 'more tab', 'more tabs')}` : ''}; your own tabs are as they were.`,
  );
}

/**
 * An action's report: amber when it found nothing to do or has something to look at (details, or
 * rows it put on the Problems tab), green only when it did its work and all is well. `drawn` is
 * the section's own picture of the details (findings per group, say), shown instead of the lines.
 */
export function showReport(box: HTMLElement, report: ActionReport, drawn: HTMLElement | null = null): void {
  const problems = report.problems > 0 ? [`${count(report.problems, 'row was', 'rows were')} added to the Problems tab.`] : [];
  const lookAt = report.nothingDone || report.details.length > 0 || problems.length > 0;
  showStatus(box, lookAt ? 'warn' : 'ok', report.headline, drawn ? problems : [...report.details, ...problems]);
  if (drawn) box.querySelector(':scope > .headline')?.after(drawn);
  const changed = changedLine(report.tabs);
  if (changed) box.appendChild(changed);
}
