/**
 * Google stops any execution after six minutes ("Exceeded maximum execution time",
 * https://developers.google.com/apps-script/guides/services/quotas), wherever it is, even half-way
 * through writing tabs. An action therefore looks at the clock at its one safe point, when
 * everything is worked out and nothing is written yet, and stops there if too little time is left
 * to write: the sheet stays as it was, and the user is told how to continue.
 */
import type { ActionName } from './action-names';

/** Four of Google's six minutes: the dearest write the benchmark estimates takes under 30 s, so two minutes leave a wide margin. */
export const WRITE_BY_MS = 4 * 60 * 1000;

/** For the actions whose work cannot be split: Google was slow, not the sheet too big. */
const LATER = 'Try again when the spreadsheet is less busy.';

const HOW_TO_CONTINUE: Record<ActionName, string> = {
  setup: LATER,
  timetable: 'Generate one week at a time (choose the week in the sidebar), or fewer programmes at once.',
  groups: LATER,
  score: 'Score again: responses already scored are quicker the second time.',
  impact: 'Build impact for a shorter period (choose the dates in the sidebar).',
  reviews: LATER,
  forum: 'Build the report for a shorter period (choose the dates in the sidebar).',
  reports: 'Build reports for fewer pupils at a time.',
  letters: LATER,
  costs: LATER,
};

/** Whether there is still time to write, `elapsed` milliseconds into the execution. */
export function timeToWrite(elapsedMs: number): boolean {
  return elapsedMs <= WRITE_BY_MS;
}

export function outOfTimeMessage(action: ActionName, elapsedMs: number): string {
  const minutes = Math.max(1, Math.round(elapsedMs / 60_000));
  return `Working this out took about ${minutes} minute${minutes === 1 ? '' : 's'}, too close to Google's six-minute limit for one run to write the tabs safely, so nothing was changed. ${HOW_TO_CONTINUE[action]}`;
}
