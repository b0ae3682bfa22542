/**
 * A typed, promise-based wrapper over google.script.run. The function names and their argument
 * and result types come from the server's own contract, so a renamed endpoint fails to compile.
 */
import type { Result, ServerApi, ServerFunctionName } from '../src/shared/api';

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } } | undefined;

type Args<K extends ServerFunctionName> = Parameters<ServerApi[K]>;
type Data<K extends ServerFunctionName> = ReturnType<ServerApi[K]> extends Result<infer T> ? T : never;

const NO_CONNECTION = 'Intervention Planner could not reach your spreadsheet. Check your connection, then close and reopen the sidebar.';

export function call<K extends ServerFunctionName>(name: K, ...args: Args<K>): Promise<Result<Data<K>>> {
  return new Promise((resolve) => {
    if (typeof google === 'undefined') return resolve({ ok: false, error: NO_CONNECTION });
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Result<Data<K>>))
      .withFailureHandler(() => resolve({ ok: false, error: NO_CONNECTION }));
    const endpoint = runner[name];
    if (typeof endpoint !== 'function') return resolve({ ok: false, error: NO_CONNECTION });
    (endpoint as (...a: unknown[]) => void).apply(runner, args);
  });
}
