/**
 * A typed, promise-based wrapper over google.script.run. The function names and their argument
 * and result types come from the endpoints' one declaration, so a renamed endpoint fails to compile.
 * A call that gets no answer resolves with a code of its own: `timeout` when Google stopped the run
 * at its time limit, `connection` for anything else that reached the failure handler.
 */
import type { CallFailure, Result } from '../src/shared/api';
import type { AnswerOf, EndpointName, ServerApi } from '../src/shared/endpoints';

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } } | undefined;

export const NO_CONNECTION =
  'Intervention Planner could not reach your spreadsheet. Check your connection, then close and reopen the sidebar.';
export const TIMED_OUT =
  'Google stopped this task because it ran for longer than Apps Script allows. Try again; if it stops again, tell whoever set up Intervention Planner.';

/** What Apps Script's failure handler receives when an execution passes its time limit. */
const TIME_LIMIT = /exceeded maximum execution time/i;

function noAnswer(error: unknown): { ok: false; code: CallFailure; error: string } {
  const message = error instanceof Error ? error.message : String(error);
  return TIME_LIMIT.test(message)
    ? { ok: false, code: 'timeout', error: TIMED_OUT }
    : { ok: false, code: 'connection', error: NO_CONNECTION };
}

export function call<K extends EndpointName>(name: K, ...args: Parameters<ServerApi[K]>): Promise<Result<AnswerOf<K>>> {
  return new Promise((resolve) => {
    if (typeof google === 'undefined') return resolve(noAnswer('google.script.run is not available'));
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Result<AnswerOf<K>>))
      .withFailureHandler((error) => resolve(noAnswer(error)));
    const endpoint = runner[name];
    if (typeof endpoint !== 'function') return resolve(noAnswer(`google.script.run has no ${name}`));
    (endpoint as (...a: unknown[]) => void).apply(runner, args);
  });
}
