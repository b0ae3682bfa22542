/**
 * Every name Apps Script calls in Code.js: the triggers, the menu's functions and the sidebar's
 * endpoints. index.ts assigns each as a global, typed by `ScriptGlobals` so a name not listed here
 * fails to compile; the bundle test checks that Code.js declares exactly `SCRIPT_GLOBALS`.
 */
import { FORM_SUBMIT_HANDLER } from '../actions/questionnaire-forms';
import { ENDPOINT_NAMES, type ServerApi } from '../shared/endpoints';
import { MENU_FUNCTIONS, type MenuFunction } from './menu';

/** The simple triggers Google runs by name, and the installable one a questionnaire form installs. */
export const TRIGGERS = ['onOpen', 'onInstall', FORM_SUBMIT_HANDLER] as const;
type Trigger = (typeof TRIGGERS)[number];

export type ScriptGlobals = ServerApi & { [K in MenuFunction]: () => void } & { [K in Trigger]: (event?: unknown) => void };

export const SCRIPT_GLOBALS: readonly (keyof ScriptGlobals)[] = [...TRIGGERS, ...MENU_FUNCTIONS, ...ENDPOINT_NAMES];
