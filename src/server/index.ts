/**
 * The script's global functions, and nothing else: Apps Script calls these by name (simple and
 * installable triggers, menu items, google.script.run). The build turns each assignment into a
 * top-level function declaration in Code.js.
 */
import {
  apiAcceptSuggestion,
  apiBuildImpact,
  apiCheckGroups,
  apiSelectRow,
  apiSuggestGroups,
  apiChooseRegister,
  apiCorrectMapping,
  apiGenerateTimetables,
  apiGetState,
  apiRunSetup,
  apiSaveMapping,
  apiScoreQuestionnaires,
} from './api';
import {
  menuBuildImpact,
  menuCheckGroups,
  menuSuggestGroups,
  menuGenerateTimetables,
  menuHelp,
  menuScoreQuestionnaires,
  menuSetUp,
  onInstall,
  onOpen,
} from './menu';
import { showSidebar } from './sidebar';
import { provideServices } from '../actions/services';
import { appsScriptServices } from '../sheets/services';
import { apiCreateForm, apiQuestionnaireState, apiResolvePupil } from './api';
import { menuCreateLifeSatisfactionForm, menuCreateResilienceForm } from './menu';
import { onFormSubmitEvent } from '../actions/form-submit';
import { apiGetSettings, apiResetSettings, apiSaveSettings } from './api';

declare const global: Record<string, unknown>;

// Each execution loads the script afresh: the actions reach Google through these ports.
provideServices(appsScriptServices);

global.onOpen = onOpen;
global.onInstall = onInstall;
global.showSidebar = showSidebar;
global.menuSetUp = menuSetUp;
global.menuGenerateTimetables = menuGenerateTimetables;
global.menuCheckGroups = menuCheckGroups;
global.menuSuggestGroups = menuSuggestGroups;
global.menuScoreQuestionnaires = menuScoreQuestionnaires;
global.menuCreateLifeSatisfactionForm = menuCreateLifeSatisfactionForm;
global.menuCreateResilienceForm = menuCreateResilienceForm;
/** The installable trigger Create questionnaire form installs: scores each response as it arrives. */
global.onFormSubmit = onFormSubmitEvent;
global.menuBuildImpact = menuBuildImpact;
global.menuHelp = menuHelp;
global.apiGetState = apiGetState;
global.apiRunSetup = apiRunSetup;
global.apiCorrectMapping = apiCorrectMapping;
global.apiChooseRegister = apiChooseRegister;
global.apiSaveMapping = apiSaveMapping;
global.apiGenerateTimetables = apiGenerateTimetables;
global.apiCheckGroups = apiCheckGroups;
global.apiSelectRow = apiSelectRow;
global.apiSuggestGroups = apiSuggestGroups;
global.apiAcceptSuggestion = apiAcceptSuggestion;
global.apiScoreQuestionnaires = apiScoreQuestionnaires;
global.apiQuestionnaireState = apiQuestionnaireState;
global.apiCreateForm = apiCreateForm;
global.apiResolvePupil = apiResolvePupil;
global.apiBuildImpact = apiBuildImpact;
global.apiGetSettings = apiGetSettings;
global.apiSaveSettings = apiSaveSettings;
global.apiResetSettings = apiResetSettings;
