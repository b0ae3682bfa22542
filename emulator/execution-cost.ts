/**
 * Adds up, per execution (one top-level function call: a menu item, a google.script.run call, a
 * trigger), what the calls the script makes would cost in Google (emulator/cost-model.ts), and
 * stops the script as Apps Script does once the estimate has passed the execution limit.
 */
import {
  CALL_SECONDS,
  callKind,
  EXECUTION_LIMIT_SECONDS,
  FLUSH_SECONDS,
  FLUSHING_KINDS,
  READ_SECONDS_PER_CELL,
  WRITE_SECONDS_PER_CELL,
  type CallKind,
} from './cost-model';
import { exception } from './spreadsheet/errors';

/** Apps Script's message when an execution runs out of time. */
export const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';

/** Kept in whole microseconds, so that sums are exact and the limit is passed where the table says. */
interface Execution {
  micros: number;
  /** Writes queued since the last flush. */
  pending: boolean;
  byKind: Partial<Record<CallKind, number>>;
}

const MICROS = 1_000_000;

function fresh(): Execution {
  return { micros: 0, pending: false, byKind: {} };
}

/** Cells in a 2-D array (a table of values, formulas, colours, …); 0 for anything else. */
function tableCells(value: unknown): number {
  if (!Array.isArray(value) || !value.every(Array.isArray)) return 0;
  return (value as unknown[][]).reduce((sum, row) => sum + row.length, 0);
}

export class ExecutionCost {
  private current: Execution = fresh();
  /** Executions started while another was running (a trigger fired from a script), innermost last. */
  private readonly outer: Execution[] = [];
  private depth = 0;

  constructor(readonly limitSeconds: number = EXECUTION_LIMIT_SECONDS) {}

  /** The running estimate of the current execution, or of the last one when none is running. */
  seconds(): number {
    return this.current.micros / MICROS;
  }

  /** The estimate in seconds, split by kind of call, for reports. */
  breakdown(): Partial<Record<CallKind, number>> {
    return Object.fromEntries(Object.entries(this.current.byKind).map(([kind, micros]) => [kind, micros / MICROS]));
  }

  /** Starts the estimate afresh, as a new execution does. */
  reset(): void {
    this.current = fresh();
  }

  /** True once the estimate has passed the limit: every further call fails. */
  timedOut(): boolean {
    return this.current.micros > this.limitSeconds * MICROS;
  }

  /** A new execution begins; one already running is set aside until this one ends. */
  begin(): void {
    if (this.depth > 0) this.outer.push(this.current);
    this.current = fresh();
    this.depth += 1;
  }

  /**
   * The execution ends: Apps Script commits writes still queued. Returns its estimate; an outer
   * execution set aside by `begin` carries on.
   */
  end(): number {
    if (this.current.pending) this.charge('flush', FLUSH_SECONDS);
    this.current.pending = false;
    const seconds = this.seconds();
    this.depth = Math.max(0, this.depth - 1);
    const outer = this.depth > 0 ? this.outer.pop() : undefined;
    if (outer) this.current = outer;
    return seconds;
  }

  /** Before a call runs: refused once the limit has passed, else charged its kind and any flush. */
  beforeCall(name: string): void {
    if (this.timedOut()) throw timeLimitError();
    const kind = callKind(name);
    this.charge(kind, CALL_SECONDS[kind]);
    if (FLUSHING_KINDS.has(kind)) {
      if (this.current.pending) this.charge('flush', FLUSH_SECONDS);
      this.current.pending = false;
    } else if (kind === 'write') {
      this.current.pending = true;
    }
  }

  /** After a call: the cells it read (a table returned) or wrote (a table passed). */
  afterCall(name: string, args: readonly unknown[], result: unknown): void {
    const kind = callKind(name);
    if (kind === 'read') this.charge(kind, tableCells(result) * READ_SECONDS_PER_CELL);
    if (kind === 'write') this.charge(kind, args.reduce((sum: number, arg) => sum + tableCells(arg), 0) * WRITE_SECONDS_PER_CELL);
  }

  private charge(kind: CallKind, seconds: number): void {
    const micros = Math.round(seconds * MICROS);
    if (micros === 0) return;
    this.current.micros += micros;
    this.current.byKind[kind] = (this.current.byKind[kind] ?? 0) + micros;
  }
}

export function timeLimitError(): Error {
  return exception(TIME_LIMIT_MESSAGE);
}

/** True for Apps Script's time-limit error, from whichever realm it was thrown. */
export function isTimeLimitError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'message' in error && error.message === TIME_LIMIT_MESSAGE;
}
