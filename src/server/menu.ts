/**
 * The Extensions › Intervention Planner menu. Each item runs the same code the sidebar runs and
 * says in a toast or alert what it did.
 */
import { runSetup } from '../actions/setup';
import type { ActionReport, CreateFormResult, Result } from '../shared/api';
import { serverApi } from './api';
import { respond } from './respond';
import { services } from '../actions/services';

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

export function menuHelp(): void {
  alert(
    [
      'Set up this sheet: finds your register, groups and timetable. Changes nothing in your tabs; lists unusable rows on Problems.',
      'Generate timetables: plans every week of every programme on Schedule, and writes Staff timetables, Where pupils are and Lessons missed for next week.',
      'Check groups: writes Group check, one row per finding, green, amber or red.',
      'Suggest groups: proposes groups for referred pupils on a Suggested groups tab. Accept one in the sidebar: it shows every cell it will change first.',
      'Score questionnaires: writes Scores from your form responses.',
      'Create life satisfaction form / Create resilience form: makes a Google Form that asks no names, linked to this sheet, and a Form links tab with each pupil’s own link; each answer is scored onto Scores as it arrives. The sidebar says what the form collects before you make it.',
      'Build impact charts: writes Impact and Impact charts for leaders.',
      'Reviews due: lists, by member of staff, the reviews due in the coming fortnight and the pupils off track at two reviews in a row, for a Review Meeting with parents. The first time, it makes Passports, Targets and Reviews tabs for you to fill in.',
      'Build forum report: a printable, confidential pack for this half-term’s Vulnerable Learners Forum.',
      'Build pupil reports: a one-page report for each pupil whose programme has ended.',
      'Letters home: a letter to parents or carers for each pupil on a programme, from the template in Settings.',
      'Build costs: writes Costs, what each programme cost this school year and this half-term (sessions ticked Delivered on the Schedule × their length × the hourly cost of the adult who led them, plus resources), per pupil and per pupil improved.',
      'Only tabs Intervention Planner made are ever rewritten.',
    ].join('\n\n'),
  );
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
