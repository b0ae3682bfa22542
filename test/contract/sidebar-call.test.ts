/**
 * The sidebar's call(): the server's Result comes through as it is, code and all; a call that gets
 * no answer (Google's failure handler, per https://developers.google.com/apps-script/guides/html/reference/run)
 * resolves with the sidebar's own code: `timeout` when Apps Script stopped the run at its time
 * limit, `connection` otherwise, so a refusal is never mistaken for a lost connection.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { call, NO_CONNECTION, TIMED_OUT } from '../../sidebar/server';

type Handler = (value: unknown) => void;

/** A stand-in for google.script.run that answers every call with `answer`. */
function fakeRun(answer: (success: Handler, failure: Handler, args: unknown[]) => void): void {
  const runner = (success: Handler, failure: Handler): Record<string, unknown> =>
    new Proxy(
      {},
      {
        get: (_target, property) => {
          if (property === 'withSuccessHandler') return (handler: Handler) => runner(handler, failure);
          if (property === 'withFailureHandler') return (handler: Handler) => runner(success, handler);
          return (...args: unknown[]) => setTimeout(() => answer(success, failure, args), 0);
        },
      },
    );
  (globalThis as { google?: unknown }).google = {
    script: {
      run: runner(
        () => undefined,
        () => undefined,
      ),
    },
  };
}

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
});

describe('call()', () => {
  it('passes the argument and resolves with what the server answered, data or refusal', async () => {
    fakeRun((success, _failure, args) => success({ ok: true, data: { echoed: args } }));
    expect(await call('apiGenerateTimetables', { week: 'programme' })).toEqual({ ok: true, data: { echoed: [{ week: 'programme' }] } });
    const refusal = { ok: false, code: 'busy', error: 'Another Intervention Planner task is still working on this spreadsheet.' };
    fakeRun((success) => success(refusal));
    expect(await call('apiCheckGroups')).toEqual(refusal);
  });

  it('tells Google stopping the run at its time limit from a lost connection', async () => {
    fakeRun((_success, failure) => failure(new Error('Exceeded maximum execution time')));
    expect(await call('apiCheckGroups')).toEqual({ ok: false, code: 'timeout', error: TIMED_OUT });
    fakeRun((_success, failure) => failure(new Error('NetworkError: Connection failure due to HTTP 0')));
    expect(await call('apiCheckGroups')).toEqual({ ok: false, code: 'connection', error: NO_CONNECTION });
  });

  it('answers `connection` when there is no google.script.run at all', async () => {
    expect(await call('apiGetState')).toEqual({ ok: false, code: 'connection', error: NO_CONNECTION });
  });
});
