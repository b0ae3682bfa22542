/**
 * Every endpoint answers with a Result: data, or a code beside one plain sentence saying what went
 * wrong and what to do next. Stack traces and pupil data never reach the sidebar or the log.
 */
import type * as z from 'zod/mini';
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
 */
export function parseArgument<A extends z.ZodMiniType>(schema: A, value: unknown, invalid?: (path: string) => string): z.output<A> {
  const parsed = schema.safeParse(value, {
    error: (issue) => invalid?.((issue.path ?? []).map(String).join('.')) ?? NOT_UNDERSTOOD,
  });
  if (parsed.success) return parsed.data;
  throw new UserError(parsed.error.issues[0]?.message ?? NOT_UNDERSTOOD, 'invalid-argument');
}
