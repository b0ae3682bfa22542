/**
 * The local runner's actions, in menu order: the one list the CLI's usage line, its argument check
 * and `runActions` all read. Light on purpose: the CLI checks its arguments with it before loading
 * (or building) anything else.
 */
import { ACTIONS } from '../../src/core/action-names';

/** The add-in's actions, and `forms`, which only the runner has: it shows what pupils would see. */
export const ACTION_NAMES = [...ACTIONS, 'forms'] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

/** Runs every action of the add-in's menu, in order. */
export const ALL = 'all';
export type ActionChoice = ActionName | typeof ALL;

/**
 * Runs only when asked for by name: `forms` makes the built-in questionnaire forms in the
 * emulator and writes forms.json, which is no action of the add-in's menu and which `all` leaves
 * alone (a run of `all` on its own output changes nothing).
 */
const ON_ITS_OWN: ReadonlySet<ActionName> = new Set<ActionName>(['forms']);

export function isActionChoice(text: string): text is ActionChoice {
  return text === ALL || (ACTION_NAMES as readonly string[]).includes(text);
}

/** What a choice runs: `all` is every menu action in menu order. */
export function actionsFor(choice: ActionChoice): ActionName[] {
  return choice === ALL ? ACTION_NAMES.filter((action) => !ON_ITS_OWN.has(action)) : [choice];
}

/** `a, b, c` — the list as a sentence reads it. */
export function listOf(names: readonly string[]): string {
  return names.join(', ');
}

/** `<setup|timetable|…|all>` for the usage line. */
export function actionChoices(): string {
  return `<${[...ACTION_NAMES, ALL].join('|')}>`;
}
