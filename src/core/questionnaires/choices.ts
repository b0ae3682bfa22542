/**
 * What people chose in the sidebar where the add-in would not guess: the pupil a name, code or
 * email means, whether a response was a start or an end one, and which column holds an item. Kept
 * in document properties; every later score, live or re-score, uses them.
 */
import type { ItemChoices } from './item-match';
import type { Phase } from './phase';

export interface QuestionnaireChoices {
  /** Normalised name, code or email → pupil id. */
  readonly pupils: Readonly<Record<string, string>>;
  /** Response key (see `responseKey`) → its phase. */
  readonly phases: Readonly<Record<string, Phase>>;
  /** Responses tab → its items' chosen headers. */
  readonly items: Readonly<Record<string, ItemChoices>>;
}

export const NO_CHOICES: QuestionnaireChoices = { pupils: {}, phases: {}, items: {} };

/**
 * One response, as a choice remembers it: its tab, its row and when it was sent, so a choice never
 * carries over to another response if rows are moved or deleted.
 */
export function responseKey(tab: string, row: number, submitted: Date | null): string {
  return JSON.stringify([tab, row, submitted === null ? null : submitted.getTime()]);
}
