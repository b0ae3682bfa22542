/**
 * At 300 px a sidebar of every section open is many screens tall, so each section folds to its
 * heading: the heading becomes a button that shows or hides the rest (the disclosure pattern, so
 * the heading order and each section's label stay as they were). A section opens when its heading
 * is pressed or when one of its actions runs.
 */
import { el } from './dom';

/** The event a section sends when it folds, so whatever it held can go elsewhere. */
export const FOLDED = 'ip-folded';

/** The event the shell sends on the document when setup has run or changed, so sections that read the setup read it again. */
export const SET_UP = 'ip-set-up';

/** Turns a built `<section>` (its `<h2>` first) into one that folds: the heading toggles the rest. */
export function foldable(section: HTMLElement, open = false): HTMLElement {
  const heading = section.querySelector('h2');
  if (!heading) return section;
  const bodyId = `${heading.id}-body`;
  const toggle = el('button', { type: 'button', class: 'fold', 'aria-expanded': String(open), 'aria-controls': bodyId });
  while (heading.firstChild) toggle.appendChild(heading.firstChild);
  heading.appendChild(toggle);
  const body = el('div', { id: bodyId, class: 'section-body', hidden: !open });
  for (const child of Array.from(section.childNodes)) if (child !== heading) body.appendChild(child);
  section.appendChild(body);
  section.classList.add('foldable');
  toggle.addEventListener('click', () => setOpen(section, body.hidden));
  return section;
}

function setOpen(section: Element, open: boolean): void {
  const toggle = section.querySelector<HTMLButtonElement>(':scope > h2 > button.fold');
  const body = section.querySelector<HTMLElement>(':scope > .section-body');
  if (!toggle || !body) return;
  if (body.hidden === !open) return;
  toggle.setAttribute('aria-expanded', String(open));
  body.hidden = !open;
  if (!open) section.dispatchEvent(new CustomEvent(FOLDED, { bubbles: true }));
}

/** Opens the section holding `node`; `alone` folds the other sections, so the one at work is what shows. */
export function openSectionOf(node: Element, alone = false): void {
  const section = node.closest('section.foldable');
  if (!section) return;
  if (alone) for (const other of Array.from(document.querySelectorAll('section.foldable'))) if (other !== section) setOpen(other, false);
  setOpen(section, true);
}
