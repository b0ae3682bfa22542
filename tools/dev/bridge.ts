/**
 * `/api/run`: one google.script.run call from the sidebar, checked and run in the emulator.
 * The browser is untrusted even locally: only the script's public top-level functions can be
 * called, with JSON arguments, and every failure comes back as a message, never a stack.
 */
import * as v from 'valibot';
import type { LocalSession } from '../local/session';

const request = v.object({
  name: v.pipe(v.string(), v.regex(/^[A-Za-z$][\w$]*$/, 'a function name')),
  args: v.pipe(v.array(v.unknown()), v.maxLength(20)),
});

export type RunRequest = v.InferOutput<typeof request>;

/** As the shim expects it: the function's value, or the message its failure handler gets. */
export type RunAnswer = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

export function parseRunRequest(body: unknown): RunRequest | string {
  const parsed = v.safeParse(request, body);
  if (parsed.success) return parsed.output;
  const [issue] = parsed.issues;
  return `That call is not valid: ${v.getDotPath(issue) ?? 'body'} ${issue.message}`;
}

/** Apps Script hides functions whose names end in `_` from google.script.run; so does this. */
export function isCallable(session: LocalSession, name: string): boolean {
  return !name.endsWith('_') && session.script.functions.includes(name);
}

export function runCall(session: LocalSession, call: RunRequest): RunAnswer {
  if (!isCallable(session, call.name)) return { ok: false, error: `Script function not found: ${call.name}` };
  try {
    return { ok: true, value: session.script.runFromSidebar(call.name, ...call.args) };
  } catch (error) {
    // What google.script.run gives a failure handler: the exception's message.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The row an `apiSelectRow` call selected, from its answer; null when it refused. */
export function selectedRow(answer: RunAnswer): { tab: string; row: number } | null {
  const result = answer.ok ? (answer.value as { ok?: boolean; data?: { tab?: unknown; row?: unknown } } | null) : null;
  const data = result?.ok ? result.data : undefined;
  return typeof data?.tab === 'string' && typeof data.row === 'number' ? { tab: data.tab, row: data.row } : null;
}
