/**
 * The script's global functions, and nothing else: Apps Script calls these by name (simple and
 * installable triggers, menu items, google.script.run). The build turns each assignment into a
 * top-level function declaration in Code.js.
 */
import { apiBuildImpact, apiCheckGroups, apiCorrectMapping, apiGenerateTimetables, apiGetState, apiRunSetup, apiSaveMapping, apiScoreQuestionnaires } from './api';
import { menuBuildImpact, menuCheckGroups, menuGenerateTimetables, menuHelp, menuScoreQuestionnaires, menuSetUp, onInstall, onOpen } from './menu';
import { showSidebar } from './sidebar';

declare const global: Record<string, unknown>;

global.onOpen = onOpen;
global.onInstall = onInstall;
global.showSidebar = showSidebar;
global.menuSetUp = menuSetUp;
global.menuGenerateTimetables = menuGenerateTimetables;
global.menuCheckGroups = menuCheckGroups;
global.menuScoreQuestionnaires = menuScoreQuestionnaires;
global.menuBuildImpact = menuBuildImpact;
global.menuHelp = menuHelp;
global.apiGetState = apiGetState;
global.apiRunSetup = apiRunSetup;
global.apiCorrectMapping = apiCorrectMapping;
global.apiSaveMapping = apiSaveMapping;
global.apiGenerateTimetables = apiGenerateTimetables;
global.apiCheckGroups = apiCheckGroups;
global.apiScoreQuestionnaires = apiScoreQuestionnaires;
global.apiBuildImpact = apiBuildImpact;
