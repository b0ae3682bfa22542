/**
 * A row of the `Problems` tab: one input cell or row the add-in could not use, and why.
 * `row` is the 1-based sheet row; `column` is the header text (or '' when the whole row is at fault).
 */
import type { ActionName } from './action-names';

export interface Problem {
  readonly tab: string;
  readonly row: number;
  readonly column: string;
  readonly reason: string;
  /** Which action found it, so each action can replace its own findings. */
  readonly source: ProblemSource;
}

/** The action that found a problem. */
export type ProblemSource = ActionName;

export function problem(source: ProblemSource, tab: string, row: number, column: string, reason: string): Problem {
  return { tab, row, column, reason, source };
}
