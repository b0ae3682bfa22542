/**
 * The script's global functions, and nothing else: Apps Script calls these by name (simple and
 * installable triggers, menu items, google.script.run). The build turns each literal
 * `global.name = …` into a top-level function declaration in Code.js, so each stays a line of its
 * own; `global` is typed with every name there is (see globals.ts).
 */
import { onFormSubmitEvent } from '../actions/form-submit';
import { serverApi } from './api';
import type { ScriptGlobals } from './globals';
import {
  menuBuildForumReport,
  menuBuildImpact,
  menuBuildLetters,
  menuBuildCosts,
  menuBuildPupilReports,
  menuCheckGroups,
  menuCreateLifeSatisfactionForm,
  menuCreateResilienceForm,
  menuGenerateTimetables,
  menuHelp,
  menuReviewsDue,
  menuScoreQuestionnaires,
  menuSetUp,
  menuSuggestGroups,
  onInstall,
  onOpen,
} from './menu';
import { showSidebar } from './sidebar';
import { provideServices } from '../actions/services';
import { appsScriptServices } from '../sheets/services';

declare const global: ScriptGlobals;

// Each execution loads the script afresh: the actions reach Google through these ports.
provideServices(appsScriptServices);

global.onOpen = onOpen;
global.onInstall = onInstall;
/** The installable trigger Create questionnaire form installs: scores each response as it arrives. */
global.onFormSubmit = onFormSubmitEvent;
global.showSidebar = showSidebar;
global.menuSetUp = menuSetUp;
global.menuGenerateTimetables = menuGenerateTimetables;
global.menuCheckGroups = menuCheckGroups;
global.menuSuggestGroups = menuSuggestGroups;
global.menuScoreQuestionnaires = menuScoreQuestionnaires;
global.menuCreateLifeSatisfactionForm = menuCreateLifeSatisfactionForm;
global.menuCreateResilienceForm = menuCreateResilienceForm;
global.menuBuildImpact = menuBuildImpact;
global.menuReviewsDue = menuReviewsDue;
global.menuBuildForumReport = menuBuildForumReport;
global.menuBuildPupilReports = menuBuildPupilReports;
global.menuBuildLetters = menuBuildLetters;
global.menuBuildCosts = menuBuildCosts;
global.menuHelp = menuHelp;
global.apiGetState = serverApi.apiGetState;
global.apiRunSetup = serverApi.apiRunSetup;
global.apiCorrectMapping = serverApi.apiCorrectMapping;
global.apiChooseRegister = serverApi.apiChooseRegister;
global.apiCarryOnWithoutFields = serverApi.apiCarryOnWithoutFields;
global.apiSaveMapping = serverApi.apiSaveMapping;
global.apiGenerateTimetables = serverApi.apiGenerateTimetables;
global.apiCheckGroups = serverApi.apiCheckGroups;
global.apiSelectRow = serverApi.apiSelectRow;
global.apiSuggestGroups = serverApi.apiSuggestGroups;
global.apiAcceptSuggestion = serverApi.apiAcceptSuggestion;
global.apiScoreQuestionnaires = serverApi.apiScoreQuestionnaires;
global.apiQuestionnaireState = serverApi.apiQuestionnaireState;
global.apiCreateForm = serverApi.apiCreateForm;
global.apiResolvePupil = serverApi.apiResolvePupil;
global.apiResolvePhase = serverApi.apiResolvePhase;
global.apiPlaceItem = serverApi.apiPlaceItem;
global.apiRefreshFormLinks = serverApi.apiRefreshFormLinks;
global.apiBuildImpact = serverApi.apiBuildImpact;
global.apiReviewsDue = serverApi.apiReviewsDue;
global.apiBuildForumReport = serverApi.apiBuildForumReport;
global.apiBuildPupilReports = serverApi.apiBuildPupilReports;
global.apiSelectReport = serverApi.apiSelectReport;
global.apiBuildLetters = serverApi.apiBuildLetters;
global.apiBuildCosts = serverApi.apiBuildCosts;
global.apiGetSettings = serverApi.apiGetSettings;
global.apiSaveSettings = serverApi.apiSaveSettings;
global.apiResetSettings = serverApi.apiResetSettings;
