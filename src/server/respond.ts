/**
 * Every endpoint answers with a Result: data, or one plain sentence saying what went wrong and
 * what to do next. Stack traces and pupil data never reach the sidebar or the log.
 */
import * as z from 'zod';
import { UserError } from '../core/user-error';
import type { Result } from '../shared/api';

const UNEXPECTED =
  'Something unexpected went wrong. Nothing in your own tabs was changed; please try again, and if it happens again, tell whoever set up Intervention Planner.';

export function respond<T>(work: () => T): Result<T> {
  try {
    return { ok: true, data: work() };
  } catch (error) {
    return { ok: false, error: messageFor(error) };
  }
}

export function messageFor(error: unknown): string {
  if (error instanceof UserError) return error.message;
  if (error instanceof z.ZodError)
    return 'The sidebar sent something Intervention Planner did not understand. Reload the sidebar and try again.';
  const name = error instanceof Error ? error.name : 'unknown';
  // Only the error's kind is logged: its message may quote a cell, and cells hold pupil data.
  console.error(`Intervention Planner: unexpected ${name}`);
  return UNEXPECTED;
}

/** Validates an argument that arrived from the browser. */
export function parseArgument<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  return schema.parse(value);
}
