/**
 * Every endpoint answers with a Result: data, or a code beside one plain sentence saying what went
 * wrong and what to do next. Stack traces and pupil data never reach the sidebar or the log.
 */
import * as v from 'valibot';
import { services } from '../actions/services';
import { UserError } from '../core/user-error';
import type { Result, ServerFailure } from '../shared/api';

const UNEXPECTED =
  'Something unexpected went wrong. Nothing in your own tabs was changed; please try again, and if it happens again, tell whoever set up Intervention Planner.';

export const NOT_UNDERSTOOD = 'The sidebar sent something Intervention Planner did not understand. Reload the sidebar and try again.';

export function respond<T>(work: () => T): Result<T, ServerFailure> {
  try {
    return { ok: true, data: work() };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, code: error.code, error: error.message };
    // Only the error's kind is logged: its message may quote a cell, and cells hold pupil data.
    services().log.error(`unexpected ${error instanceof Error ? error.name : 'unknown'}`);
    return { ok: false, code: 'unexpected', error: UNEXPECTED };
  }
}

/**
 * Checks an argument that arrived from the browser against its endpoint's schema. A refusal is the
 * schema's own sentence when it has one (a setting's), else the endpoint's `invalid` or the general one.
 * An issue's message is settled before its path is known, so NOT_UNDERSTOOD marks "no sentence of
 * its own" and the endpoint's sentence, which names the path, is made afterwards.
 */
export function parseArgument<A extends v.GenericSchema>(schema: A, value: unknown, invalid?: (path: string) => string): v.InferOutput<A> {
  const parsed = v.safeParse(schema, value, { message: NOT_UNDERSTOOD });
  if (parsed.success) return parsed.output;
  const [issue] = parsed.issues;
  if (issue.message !== NOT_UNDERSTOOD) throw new UserError(issue.message, 'invalid-argument');
  throw new UserError(invalid?.(placeOf(issue)) ?? NOT_UNDERSTOOD, 'invalid-argument');
}

/**
 * Where an issue is, as `register.fields`. A key a record refuses is placed at the record; a key an
 * object misses (an issue of the object's own) is named.
 */
function placeOf(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  const last = path[path.length - 1];
  const refusedKey = last !== undefined && 'origin' in last && last.origin === 'key' && issue.type !== 'object';
  return (refusedKey ? path.slice(0, -1) : path).map((item) => String(item.key)).join('.');
}
