/**
 * Sessions to register: last week's sessions (Monday to Friday before this week) with neither
 * tick nor a reason they did not happen, for the sidebar's list of things waiting.
 */
import { addDays, mondayOf } from '../calendar/days';
import type { IsoDate } from '../values';
import type { RegisteredRow } from './registered';

export interface ToRegister {
  readonly sessions: number;
  /** The first such session's row on the Schedule, where the sidebar takes the user. */
  readonly firstRow: number;
}

export function sessionsToRegister(rows: readonly RegisteredRow[], today: IsoDate): ToRegister | null {
  const thisMonday = mondayOf(today);
  const lastMonday = addDays(thisMonday, -7);
  const waiting = rows.filter((row) => row.date >= lastMonday && row.date < thisMonday && !row.sessionRegistered);
  const first = waiting[0];
  if (!first) return null;
  return {
    sessions: new Set(waiting.map((row) => row.key)).size,
    firstRow: waiting.reduce((least, row) => Math.min(least, row.row), first.row),
  };
}
