/**
 * A local session: a workbook opened in the emulator with the built script loaded, and the
 * actions the menu and sidebar offer, run non-interactively. Shared by the CLI, tests and
 * benchmarks so they all exercise the same path as Google Sheets would.
 */
import { performance } from 'node:perf_hooks';
import { createEmulator, type Deployment, type Emulator } from '../../emulator';
import { isTimeLimitError, TIME_LIMIT_MESSAGE } from '../../emulator/execution-cost';
import { gridCells, type WorkbookModel } from '../../emulator/model';
import { MAPPING_VERSION } from '../../src/core/mapping/schema';
import { GENERATED_TAB_METADATA_KEY } from '../../src/core/plan';
import { MAPPING_PARTS, mappingProperty } from '../../src/core/storage-keys';
import type { Result } from '../../src/shared/api';
import { actionsFor, ALL, type ActionChoice, type ActionName } from './actions';
import { formsCalls } from './forms-json';
import { loadScript, readBuiltFiles, type LoadedScript } from './bundle';

export type { ActionName };
/** The actions `all` runs, in menu order (the one list is in ./actions). */
export const ACTIONS: readonly ActionName[] = actionsFor(ALL);

export interface ActionStat {
  readonly action: ActionName;
  readonly ok: boolean;
  /** The action's headline, or its one-sentence error. */
  readonly message: string;
  readonly ms: number;
  readonly totalCalls: number;
  readonly calls: Record<string, number>;
  /** Generated tabs the action wrote. */
  readonly tabsWritten: number;
  /** What the action's execution would take in Google, estimated by the emulator's cost model. */
  readonly googleSeconds: number;
  /** The spreadsheet's grid cells after the action (Google refuses to pass 10,000,000). */
  readonly cells: number;
  /** Sheets in the spreadsheet after the action. */
  readonly tabs: number;
}

export interface RunOptions {
  /** A mapping to use instead of detecting one (the `--mapping` file's content). */
  readonly mapping?: unknown;
  /** A week-commencing Monday `yyyy-mm-dd`; every programme week when absent. */
  readonly week?: string;
  /** Plan the timetable from nothing rather than keeping sessions where the last one had them. */
  readonly afresh?: boolean;
  readonly from?: string;
  readonly to?: string;
}

export interface LocalSession {
  readonly emulator: Emulator;
  readonly script: LoadedScript;
  readonly workbook: WorkbookModel;
}

/**
 * `deployment` is the published add-on unless a test says otherwise; `today` sets the day the script
 * itself reads from `new Date()` (its real clock otherwise).
 */
export function openSession(
  workbook: WorkbookModel,
  options: { now?: () => Date; deployment?: Deployment; today?: () => Date } = {},
): LocalSession {
  const { code, files } = readBuiltFiles();
  const { today, ...emulatorOptions } = options;
  const emulator = createEmulator(workbook, { files, ...emulatorOptions });
  const script = loadScript(code, emulator, today);
  return { emulator, script, workbook };
}

/** The endpoint calls an action makes, as the sidebar would make them. */
function endpointCalls(action: ActionName, options: RunOptions): [string, ...unknown[]][] {
  switch (action) {
    case 'setup':
      return [options.mapping === undefined ? ['apiRunSetup'] : ['apiSaveMapping', options.mapping]];
    case 'timetable':
      return [['apiGenerateTimetables', { week: options.week ?? 'programme', ...(options.afresh === true ? { afresh: true } : {}) }]];
    case 'groups':
      return [['apiCheckGroups']];
    case 'score':
      return [['apiScoreQuestionnaires']];
    case 'impact':
      return [['apiBuildImpact', { from: options.from ?? null, to: options.to ?? null }]];
    case 'reviews':
      return [['apiReviewsDue']];
    case 'forum':
      return [['apiBuildForumReport', { from: options.from ?? null, to: options.to ?? null }]];
    case 'reports':
      return [['apiBuildPupilReports', { pupils: [], from: options.from ?? null, to: options.to ?? null }]];
    case 'letters':
      return [['apiBuildLetters', { from: options.from ?? null, to: options.to ?? null }]];
    case 'costs':
      return [['apiBuildCosts']];
    case 'forms':
      return formsCalls();
  }
}

type ActionResult = Result<{ headline?: string; tabs?: readonly string[] }>;

/**
 * The endpoint's result; an execution Apps Script stops for time reaches the sidebar as a failure
 * with Google's message, so it is reported as one here too.
 */
function callEndpoint(session: LocalSession, name: string, args: readonly unknown[]): ActionResult {
  try {
    return session.script.runFromSidebar(name, ...args) as ActionResult;
  } catch (error) {
    if (isTimeLimitError(error)) return { ok: false, code: 'timeout', error: TIME_LIMIT_MESSAGE };
    throw error;
  }
}

export function runAction(session: LocalSession, action: ActionName, options: RunOptions = {}): ActionStat {
  const { counter, cost } = session.emulator;
  counter.reset();
  const started = performance.now();
  const results: ActionResult[] = [];
  for (const [name, ...args] of endpointCalls(action, options)) {
    const result = callEndpoint(session, name, args);
    results.push(result);
    if (!result.ok) break;
  }
  const result = results.find((r) => !r.ok) ?? results[results.length - 1]!;
  const ms = Math.round(performance.now() - started);
  return {
    action,
    ok: result.ok,
    message: result.ok ? results.map((r) => (r.ok ? (r.data.headline ?? 'Done.') : '')).join(' ') : result.error,
    ms,
    totalCalls: counter.total(),
    calls: counter.snapshot(),
    // Setup writes only Problems (its result lists the user's tabs, not tabs it wrote).
    tabsWritten: !result.ok ? 0 : action === 'setup' ? 1 : (result.data.tabs?.length ?? 0),
    googleSeconds: Math.round(cost.seconds() * 10) / 10,
    cells: gridCells(session.workbook),
    tabs: session.workbook.sheets.length,
  };
}

/** `all` runs setup first; any other action runs alone (setup happens implicitly inside it). */
export function runActions(session: LocalSession, action: ActionChoice, options: RunOptions = {}): ActionStat[] {
  const stats: ActionStat[] = [];
  for (const next of actionsFor(action)) {
    const stat = runAction(session, next, options);
    stats.push(stat);
    if (next === 'setup' && !stat.ok) break;
  }
  return stats;
}

/** The names of the tabs the add-in generated, in workbook order. */
export function generatedTabNames(workbook: WorkbookModel): string[] {
  return workbook.sheets
    .filter((sheet) => sheet.developerMetadata.some((m) => m.key === GENERATED_TAB_METADATA_KEY))
    .map((sheet) => sheet.name);
}

/** The mapping setup stored, reassembled from document properties as the add-in keeps it. */
export function storedMapping(workbook: WorkbookModel): Record<string, unknown> | null {
  const props = workbook.documentProperties;
  if (!MAPPING_PARTS.some((part) => mappingProperty(part) in props)) return null;
  const mapping: Record<string, unknown> = { version: MAPPING_VERSION };
  for (const part of MAPPING_PARTS) mapping[part] = JSON.parse(props[mappingProperty(part)] ?? 'null') as unknown;
  return mapping;
}
