/** The impact section's own piece: the programme sentences that lead its result. */
import { el } from './dom';
import { count, foldedList } from './status';

/**
 * The programme sentences, shown first in the impact section's result: above the headline, as the
 * `Impact` tab opens with them. The first few show and the rest fold behind their count, so the
 * headline stays in view and a school with many programmes gets no wall of text.
 */
export function showImpactSentences(box: HTMLElement, sentences: readonly string[]): void {
  if (sentences.length === 0) return;
  box.prepend(
    el('p', { class: 'sentences-title' }, el('strong', {}, 'Measures for impact')),
    foldedList(
      sentences.map((sentence) => document.createTextNode(sentence)),
      { class: 'sentences' },
      (n) => `Show ${count(n, 'more sentence', 'more sentences')}`,
    ),
  );
}
