/**
 * The functions the sidebar calls through google.script.run: one handler per endpoint declared in
 * src/shared/endpoints.ts, which receives its argument already checked (the browser is untrusted).
 * Each answers with a Result, never a thrown error or a Date.
 */
import type * as v from 'valibot';
import { buildForum, buildLettersHome, buildReports, reviewsDue, selectReport } from '../actions/cycle';
import { buildCosts } from '../actions/costs';
import { checkGroups, selectFindingRow } from '../actions/groups';
import { buildImpact } from '../actions/impact';
import { createQuestionnaireForm, refreshFormLinks } from '../actions/questionnaire-forms';
import { rescoreQuestionnaires } from '../actions/questionnaires';
import { placeItem, questionnaireState, resolvePhase, resolvePupil } from '../actions/resolve-pupils';
import { carryOnWithoutFields, sidebarState } from '../actions/sidebar-state';
import { resetSettings, saveSettingsChange, settingsView } from '../actions/settings';
import { chooseRegister, correctMapping, runSetup } from '../actions/setup';
import { acceptSuggestion, suggestGroups } from '../actions/suggest-groups';
import { generateTimetables } from '../actions/timetable';
import type { IsoDate } from '../core/values';
import { ENDPOINT_NAMES, ENDPOINTS, type Endpoint, type EndpointName, type Handlers, type ServerApi } from '../shared/endpoints';
import { parseArgument, respond } from './respond';

const HANDLERS: Handlers = {
  apiGetState: () => sidebarState(),
  apiRunSetup: () => runSetup('detect'),
  apiCorrectMapping: (correction) => correctMapping(correction),
  apiChooseRegister: ({ tab }) => chooseRegister(tab),
  apiCarryOnWithoutFields: ({ fields }) => carryOnWithoutFields(fields),
  apiSaveMapping: (mapping) => runSetup(mapping),
  // The schema checked the pattern: the week is a yyyy-mm-dd date or `programme`.
  apiGenerateTimetables: ({ week, afresh }) => generateTimetables(week as IsoDate | 'programme', afresh === true),
  apiCheckGroups: () => checkGroups(),
  apiSelectRow: (ref) => selectFindingRow(ref),
  apiSuggestGroups: () => suggestGroups(),
  apiAcceptSuggestion: ({ suggestion, confirmedCells, formulasToReplace }) =>
    acceptSuggestion(suggestion, confirmedCells, formulasToReplace ?? []),
  apiScoreQuestionnaires: () => rescoreQuestionnaires(),
  apiQuestionnaireState: () => questionnaireState(),
  apiCreateForm: ({ instrument }) => createQuestionnaireForm(instrument),
  apiResolvePupil: (args) => resolvePupil(args),
  apiResolvePhase: (args) => resolvePhase(args),
  apiPlaceItem: (args) => placeItem(args),
  apiRefreshFormLinks: () => refreshFormLinks(),
  apiBuildImpact: ({ from, to }) => buildImpact(from as IsoDate | null, to as IsoDate | null),
  apiReviewsDue: () => reviewsDue(),
  apiBuildForumReport: ({ from, to }) => buildForum(from as IsoDate | null, to as IsoDate | null),
  apiBuildPupilReports: ({ pupils, from, to }) => buildReports(pupils, (from ?? null) as IsoDate | null, (to ?? null) as IsoDate | null),
  apiSelectReport: ({ row, rows }) => selectReport(row, rows),
  apiBuildLetters: (window) => buildLettersHome((window?.from ?? null) as IsoDate | null, (window?.to ?? null) as IsoDate | null),
  apiBuildCosts: () => buildCosts(),
  apiGetSettings: () => settingsView(),
  apiSaveSettings: (change) => saveSettingsChange(change),
  apiResetSettings: () => resetSettings(),
};

/** An endpoint as Apps Script runs it: the argument checked, the handler run, the answer a Result. */
function served(name: EndpointName): (argument?: unknown) => unknown {
  const { argument: schema, invalid } = ENDPOINTS[name] as Endpoint<v.GenericSchema | null, unknown>;
  const handler = HANDLERS[name] as (argument?: unknown) => unknown;
  return (argument) => respond(() => (schema === null ? handler() : handler(parseArgument(schema, argument, invalid))));
}

/** Every endpoint, ready to be assigned to a global in index.ts. */
export const serverApi = Object.fromEntries(ENDPOINT_NAMES.map((name) => [name, served(name)])) as ServerApi;
