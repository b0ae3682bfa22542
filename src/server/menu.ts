/**
 * The Extensions › Intervention Planner menu. Each item runs the same code the sidebar runs and
 * says in a toast or alert what it did.
 */
import type { ActionReport, Result } from '../shared/api';
import { apiBuildImpact, apiCheckGroups, apiGenerateTimetables, apiScoreQuestionnaires } from './api';
import { runSetup } from '../actions/setup';
import { respond } from './respond';

export const MENU_ITEMS = [
  ['Open sidebar', 'showSidebar'],
  ['Set up this sheet', 'menuSetUp'],
  null,
  ['Generate timetables', 'menuGenerateTimetables'],
  ['Check groups', 'menuCheckGroups'],
  ['Score questionnaires', 'menuScoreQuestionnaires'],
  ['Build impact charts', 'menuBuildImpact'],
  null,
  ['Help', 'menuHelp'],
] as const;

/** Runs in AuthMode.NONE for an add-on not yet used in this document: it only builds the menu. */
export function onOpen(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === null) menu.addSeparator();
    else menu.addItem(item[0], item[1]);
  }
  menu.addToUi();
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
  report(apiGenerateTimetables({ week: 'programme' }));
}

export function menuCheckGroups(): void {
  report(apiCheckGroups());
}

export function menuScoreQuestionnaires(): void {
  report(apiScoreQuestionnaires());
}

export function menuBuildImpact(): void {
  report(apiBuildImpact({ from: null, to: null }));
}

export function menuHelp(): void {
  SpreadsheetApp.getUi().alert(
    'Intervention Planner',
    [
      'Set up this sheet: finds your register, groups and timetable. Changes nothing in your tabs; lists unusable rows on Problems.',
      'Generate timetables: writes a Schedule, a timetable per member of staff per week and a "Where pupils are" view.',
      'Check groups: writes Group check, one row per finding, green, amber or red.',
      'Score questionnaires: writes Scores from your form responses.',
      'Build impact charts: writes Impact and Impact charts for leaders.',
      'Only tabs Intervention Planner made are ever rewritten.',
    ].join('\n\n'),
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}

function report(result: Result<ActionReport>): void {
  if (result.ok) toast(result.data.headline);
  else alert(result.error);
}

function toast(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, 'Intervention Planner', 8);
}

function alert(message: string): void {
  SpreadsheetApp.getUi().alert('Intervention Planner', message, SpreadsheetApp.getUi().ButtonSet.OK);
}
