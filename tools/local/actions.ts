/**
 * The local runner's actions, in menu order: the one list the CLI's usage line, its argument check
 * and `runActions` all read. Light on purpose: the CLI checks its arguments with it before loading
 * (or building) anything else.
 */
import { ACTIONS } from '../../src/core/actions';

/** The add-in's actions, and `forms`, which only the runner has: it shows what pupils would see. */
export const ACTION_NAMES = [...ACTIONS, 'forms'] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

/** Runs every available action in menu order. */
export const ALL = 'all';
export type ActionChoice = ActionName | typeof ALL;

/**
 * Listed (so the usage names them) but refused until the add-in can run them locally. `forms`
 * will create the built-in questionnaire forms in the emulator and write forms.json.
 */
const NOT_AVAILABLE_YET: ReadonlySet<ActionName> = new Set<ActionName>(['forms']);

export function isActionChoice(text: string): text is ActionChoice {
  return text === ALL || (ACTION_NAMES as readonly string[]).includes(text);
}

export function isAvailable(action: ActionName): boolean {
  return !NOT_AVAILABLE_YET.has(action);
}

/** The sentence for an action that is listed but cannot run yet. */
export function notAvailableYet(action: ActionName): string {
  return `The ${action} action is not available yet in the local runner: run one of ${listOf(actionsFor(ALL))} or ${ALL}.`;
}

/** What a choice runs: `all` is every available action in menu order. */
export function actionsFor(choice: ActionChoice): ActionName[] {
  return choice === ALL ? ACTION_NAMES.filter(isAvailable) : [choice];
}

/** `a, b, c` — the list as a sentence reads it. */
export function listOf(names: readonly string[]): string {
  return names.join(', ');
}

/** `<setup|timetable|…|all>` for the usage line. */
export function actionChoices(): string {
  return `<${[...ACTION_NAMES, ALL].join('|')}>`;
}
