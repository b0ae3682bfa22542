/**
 * The Extensions › Intervention Planner menu. Each item runs the same code the sidebar runs and
 * says in a toast or alert what it did.
 */
import { runSetup } from '../actions/setup';
import type { ActionReport, CreateFormResult, Result } from '../shared/api';
import { serverApi } from './api';
import { respond } from './respond';
import { services } from '../actions/services';
import { HELP_FILE, HELP_TITLE } from '../shared/help';

export const MENU_ITEMS = [
  ['Open sidebar', 'showSidebar'],
  ['Set up this sheet', 'menuSetUp'],
  null,
  ['Generate timetables', 'menuGenerateTimetables'],
  ['Check groups', 'menuCheckGroups'],
  ['Suggest groups', 'menuSuggestGroups'],
  ['Score questionnaires', 'menuScoreQuestionnaires'],
  ['Create life satisfaction form', 'menuCreateLifeSatisfactionForm'],
  ['Create resilience form', 'menuCreateResilienceForm'],
  ['Build impact charts', 'menuBuildImpact'],
  null,
  ['Reviews due', 'menuReviewsDue'],
  ['Build forum report', 'menuBuildForumReport'],
  ['Build pupil reports', 'menuBuildPupilReports'],
  ['Letters home', 'menuBuildLetters'],
  ['Build costs', 'menuBuildCosts'],
  null,
  ['Help', 'menuHelp'],
] as const;

/** The functions the menu's items run, each a global of Code.js. */
export type MenuFunction = Exclude<(typeof MENU_ITEMS)[number], null>[1];

export const MENU_FUNCTIONS: readonly MenuFunction[] = MENU_ITEMS.flatMap((item) => (item === null ? [] : [item[1]]));

/** Runs in AuthMode.NONE for an add-on not yet used in this document: it only builds the menu. */
export function onOpen(): void {
  services().ui.addMenu(MENU_ITEMS.map((item) => (item === null ? null : { caption: item[0], functionName: item[1] })));
}

export function onInstall(): void {
  onOpen();
}

export function menuSetUp(): void {
  const result = respond(() => runSetup('detect'));
  if (!result.ok) return alert(result.error);
  toast(result.data.headline);
}

export function menuGenerateTimetables(): void {
  report(serverApi.apiGenerateTimetables({ week: 'programme' }));
}

export function menuCheckGroups(): void {
  report(serverApi.apiCheckGroups());
}

export function menuSuggestGroups(): void {
  report(serverApi.apiSuggestGroups());
}

export function menuScoreQuestionnaires(): void {
  report(serverApi.apiScoreQuestionnaires());
}

export function menuCreateLifeSatisfactionForm(): void {
  formCreated(serverApi.apiCreateForm({ instrument: 'slss' }));
}

export function menuCreateResilienceForm(): void {
  formCreated(serverApi.apiCreateForm({ instrument: 'srs' }));
}

/** The links stay on screen until closed: a toast would vanish before anyone copied them. */
function formCreated(result: Result<CreateFormResult>): void {
  if (!result.ok) return alert(result.error);
  alert(`${result.data.headline}\n\nTo change the questions: ${result.data.editUrl}`);
}

export function menuBuildImpact(): void {
  report(serverApi.apiBuildImpact({ from: null, to: null }));
}

export function menuReviewsDue(): void {
  report(serverApi.apiReviewsDue());
}

export function menuBuildForumReport(): void {
  report(serverApi.apiBuildForumReport({ from: null, to: null }));
}

export function menuBuildPupilReports(): void {
  report(serverApi.apiBuildPupilReports({ pupils: [] }));
}

export function menuBuildLetters(): void {
  report(serverApi.apiBuildLetters());
}

export function menuBuildCosts(): void {
  report(serverApi.apiBuildCosts());
}

/** The help opens in a dialog from its own HTML file (src/shared/help.ts), which the sidebar's Help section shows too. */
export function menuHelp(): void {
  services().ui.showDialog(HELP_FILE, HELP_TITLE);
}

function report(result: Result<ActionReport>): void {
  if (result.ok) toast(result.data.headline);
  else alert(result.error);
}

function toast(message: string): void {
  services().ui.toast(message);
}

function alert(message: string): void {
  services().ui.alert(message);
}
