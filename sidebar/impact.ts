/** The impact section's own pieces: the programme sentences that lead its result, and its Help text. */
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

/** Help entries for the impact section: intervals, what the figures cannot show, the effect size and "improved". */
export const IMPACT_HELP: [string, string][] = [
  [
    '95 % interval',
    'The range the real change probably lies in, given how few pupils there are and how much they differ. ' +
      'Where it includes no change, Impact says “no clear change” rather than “rose” or “fell”.',
  ],
  [
    'What the figures cannot show',
    'There is no comparison group, so a change cannot be put down to the programme alone; and pupils chosen for poor ' +
      'starting values tend to improve anyway (regression to the mean). Small groups make every figure uncertain.',
  ],
  [
    'Effect size',
    'Hedges’ g for start and end scores of the same pupils (Cohen’s d_av with Hedges’ small-sample correction). ' +
      'd_av is the end mean minus the start mean, divided by the average of the start and end standard deviations; ' +
      'g is d_av × (1 − 3 / (4n − 5)), where n is the number of pupils. It comes with its own 95 % interval, which is wide ' +
      'for a small group: it says how large a change was, not whether a programme worked. It is left blank for fewer than 3 pupils.',
  ],
  [
    'Improved',
    'A pupil improved when their value moved the better way. For measures where lower is better (behaviour points, ' +
      'exclusions, bullying incidents) that means it fell, and the effect size is turned round so that a positive number ' +
      'always means better. No change is not an improvement. Pupils at the best possible value at the start and the end ' +
      '(100% attendance, no exclusions) are kept at best and left out of the improved percentage. A pupil counts only with ' +
      'both a start and an end value.',
  ],
];
