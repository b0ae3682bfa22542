/**
 * Loads the built dist/Code.js into a node:vm context holding the emulated services, as Apps
 * Script loads a project: every top-level function becomes a global the runner can call.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { Emulator } from '../../emulator';
import { timeLimitError } from '../../emulator/execution-cost';
import { SIDEBAR_FILE } from '../../src/server/sidebar';
import { HELP_FILE } from '../../src/shared/help';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');
/** The project's HTML files, as HtmlService finds them by name. */
const HTML_FILES = [SIDEBAR_FILE, HELP_FILE];

export interface LoadedScript {
  /** The script's top-level function names. */
  readonly functions: readonly string[];
  /**
   * Calls a top-level function directly, as a trigger or menu item would: one execution, priced
   * by `emulator.cost` and stopped as Apps Script stops it when it runs out of time.
   */
  run(name: string, ...args: unknown[]): unknown;
  /**
   * Calls a function as google.script.run does: arguments and result cross as JSON-like data
   * (Dates are not allowed across that boundary, so a Date in a result is an error here too).
   */
  runFromSidebar(name: string, ...args: unknown[]): unknown;
}

export function readBuiltFiles(): { code: string; files: Record<string, string> } {
  return {
    code: readFileSync(join(DIST, 'Code.js'), 'utf8'),
    files: Object.fromEntries(HTML_FILES.map((name) => [name, readFileSync(join(DIST, `${name}.html`), 'utf8')])),
  };
}

/**
 * Makes the script's `new Date()` and `Date.now()` read `clock`, so a test can run the script on a
 * chosen day (Apps Script's own clock cannot be set; this is the runner's, for tests). Built inside
 * the script's realm, so the dates it makes are that realm's, as before.
 */
function setClock(context: vm.Context, clock: () => Date): void {
  context.__clockMs = () => clock().getTime();
  vm.runInContext(
    `(() => {
      const Real = Date;
      const ms = __clockMs;
      class ClockedDate extends Real {
        constructor(...args) { if (args.length === 0) super(ms()); else super(...args); }
        static now() { return ms(); }
      }
      globalThis.Date = ClockedDate;
      delete globalThis.__clockMs;
    })();`,
    context,
  );
}

export function loadScript(code: string, emulator: Emulator, clock?: () => Date): LoadedScript {
  const context = vm.createContext({ ...emulator.globals });
  if (clock) setClock(context, clock);
  const ScriptError = vm.runInContext('Error', context) as ErrorConstructor;
  emulator.counter.throwInScriptRealm((error) => inRealm(ScriptError, error));
  vm.runInContext(code, context, { filename: 'Code.js' });
  const functions = Object.keys(context).filter((name) => typeof context[name] === 'function' && !(name in emulator.globals));
  const run = (name: string, ...args: unknown[]): unknown => {
    const fn: unknown = context[name];
    if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
    return execution(emulator, () => (fn as (...a: unknown[]) => unknown)(...args));
  };
  emulator.host.runFunction = (name, event) => run(name, event);
  return {
    functions,
    run,
    runFromSidebar: (name, ...args) => acrossTheWire(run(name, ...args.map(acrossTheWire))),
  };
}

/** The same error, made by the script realm's `Error` so that `instanceof Error` holds there. */
function inRealm(ScriptError: ErrorConstructor, error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const translated = new ScriptError(error.message);
  translated.name = error.name;
  if (error.stack !== undefined) translated.stack = error.stack;
  return translated;
}

/**
 * One execution. Apps Script ends a script out of time whatever it catches, so a script that
 * swallowed the time-limit error still fails here.
 */
function execution(emulator: Emulator, body: () => unknown): unknown {
  emulator.cost.begin();
  let outcome: { value: unknown } | { error: unknown };
  try {
    outcome = { value: body() };
  } catch (error) {
    outcome = { error };
  }
  const timedOut = emulator.cost.timedOut();
  emulator.cost.end();
  if (timedOut) throw timeLimitError();
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}

function acrossTheWire(value: unknown): unknown {
  if (value === undefined) return undefined;
  return JSON.parse(
    JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
      if (Object.prototype.toString.call(this[key]) === '[object Date]')
        throw new Error(`google.script.run cannot carry a Date (at "${key}")`);
      return v;
    }),
  ) as unknown;
}
