/**
 * Where a school is in its year with the add-in, and the one thing to do next, worked out from what
 * the sheet holds: whether it was set up, which columns setup could not find, which of the add-in's
 * tabs exist, and what other features report as waiting for a person (reviews due, sessions to
 * register). The sidebar shows the step with its one primary button; the order follows a school's
 * year: set up, plan the timetable, check groups, score, measure impact, and from then on deal with
 * what is waiting each week. What is waiting is listed from the start, but it becomes the primary
 * step only once the year's first pass is done: pressing it does not make a review or a register
 * disappear, so before then it would hold a newcomer on one button.
 */
import type { NotFoundField } from './setup/summary';
import { andList, plural } from './text';

/** The add-in's tabs whose presence says a milestone was reached (their developer-metadata keys). */
export interface WrittenTabs {
  readonly schedule: boolean;
  readonly groupCheck: boolean;
  readonly scores: boolean;
  readonly impact: boolean;
}

/** A row of a tab: where a person deals with something waiting. */
export interface Place {
  readonly tab: string;
  readonly row: number;
}

/**
 * Something waiting for a person this week, reported by the feature that knows of it: reviews due,
 * sessions of the past week to register. Its button selects the place where it is dealt with, or,
 * with no such place, runs the sidebar action of its kind (Reviews due writes the list of who).
 */
export interface WaitingItem {
  readonly kind: 'reviews-due' | 'sessions-to-register';
  readonly count: number;
  /** One sentence: "3 reviews are due this week." */
  readonly sentence: string;
  /** The button's words: "Open Reviews due". */
  readonly button: string;
  readonly place: Place | null;
}

export interface YearFacts {
  readonly setUp: boolean;
  /** Fields setup did not find that the user has not yet chosen to do without. */
  readonly fieldsToChoose: readonly NotFoundField[];
  readonly written: WrittenTabs;
  /** Groups and 1-1s the register places, so there is something to timetable. */
  readonly placements: number;
  readonly responseTabs: readonly string[];
  /** Start and end measures setup found, so there is an impact to measure. */
  readonly measures: number;
  readonly waiting: readonly WaitingItem[];
}

export type StepId = 'setup' | 'fields' | 'timetable' | 'waiting' | 'groups' | 'score' | 'impact' | 'done';

export interface NextStep {
  readonly id: StepId;
  /** What to do and why, in one or two sentences. */
  readonly sentence: string;
  /** The primary button's words; null when there is nothing to press. */
  readonly button: string | null;
  /** For `waiting`: the item the button deals with. */
  readonly waiting: WaitingItem | null;
  /** For `fields`: the fields the button carries on without. */
  readonly fields: readonly NotFoundField[];
}

export type MilestoneId = 'setup' | 'timetable' | 'groups' | 'score' | 'impact';

/** A stage of the year and whether the sheet shows it reached. */
export interface Milestone {
  readonly id: MilestoneId;
  readonly label: string;
  readonly done: boolean;
}

export function milestones(facts: YearFacts): Milestone[] {
  return [
    { id: 'setup', label: 'Set up', done: facts.setUp },
    { id: 'timetable', label: 'Timetable', done: facts.written.schedule },
    { id: 'groups', label: 'Groups checked', done: facts.written.groupCheck },
    { id: 'score', label: 'Questionnaires scored', done: facts.written.scores },
    { id: 'impact', label: 'Impact', done: facts.written.impact },
  ];
}

function step(id: StepId, sentence: string, button: string | null, more: Partial<Pick<NextStep, 'waiting' | 'fields'>> = {}): NextStep {
  return { id, sentence, button, waiting: more.waiting ?? null, fields: more.fields ?? [] };
}

function fieldsSentence(fields: readonly NotFoundField[]): string {
  const tabs = [...new Set(fields.map((field) => field.tab))];
  const where = tabs.length === 1 ? `on “${tabs[0]}”` : `on ${plural(tabs.length, 'tab')}`;
  return `Setup found no column ${where} for ${andList(fields.map((field) => field.label))}. Choose each one under Set up if your sheet has it, or carry on without them.`;
}

/** The one next step: the first thing the sheet does not show done yet, in the order of a school's year. */
export function nextStep(facts: YearFacts): NextStep {
  const { written } = facts;
  if (!facts.setUp)
    return step(
      'setup',
      'Start by setting up: Intervention Planner reads your register, groups, timetable and form responses as they are, and changes none of your tabs.',
      'Set up this sheet',
    );
  const fields = facts.fieldsToChoose;
  if (fields.length > 0) return step('fields', fieldsSentence(fields), 'Carry on without them', { fields });
  if (!written.schedule && facts.placements > 0)
    return step(
      'timetable',
      'Next, place every group and 1-1 in the school week: never in Maths or English, and with no clashes.',
      'Generate timetables',
    );
  if (!written.groupCheck)
    return step('groups', 'Check your groups: size, year spread, gender balance, keep-apart pairs, SEND load and consent.', 'Check groups');
  if (!written.scores && facts.responseTabs.length > 0)
    return step(
      'score',
      `Score the questionnaire responses on ${andList(facts.responseTabs.map((tab) => `“${tab}”`))}.`,
      'Score questionnaires',
    );
  if (!written.impact && (facts.measures > 0 || written.scores))
    return step('impact', 'Build the impact charts: start against end for each programme and group.', 'Build impact charts');
  const [waiting] = facts.waiting;
  if (waiting) return step('waiting', waiting.sentence, waiting.button, { waiting });
  return step('done', 'Everything is up to date. Run an action again when your register changes.', null);
}
