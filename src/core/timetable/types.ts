/**
 * What the timetable scheduler works with: series of sessions to place (a group, or a pupil's 1-1)
 * and the sessions it placed.
 */
import type { PupilId, SourceRef, Weekday } from '../domain';
import type { IsoDate } from '../values';

export interface Learner {
  readonly pupil: PupilId;
  readonly reason: string | null;
  readonly outcome: string | null;
}

/** A group or 1-1 that meets `perWeek` times in each of `weeks`. */
export interface SessionSeries {
  /** `group:<name>` or `1-1:<pupil id>`: unique and stable. */
  readonly id: string;
  readonly kind: 'group' | '1-1';
  /** What the Schedule's `Session` column shows: the group's name or `1-1: <pupil>`. */
  readonly name: string;
  readonly group: string | null;
  readonly programme: string | null;
  readonly staff: string | null;
  readonly room: string | null;
  /** False for the default 1-1 room, a label rather than one room (each 1-1 is held by its member of staff). */
  readonly roomChecked: boolean;
  readonly learners: readonly Learner[];
  readonly perWeek: number;
  /** Week-commencing Mondays, in order. */
  readonly weeks: readonly IsoDate[];
  /** The row that defines it, for Problems. */
  readonly source: { readonly ref: SourceRef; readonly column: string } | null;
}

export interface ScheduledSession {
  readonly seriesId: string;
  readonly kind: 'group' | '1-1';
  readonly name: string;
  readonly group: string | null;
  readonly programme: string | null;
  readonly staff: string | null;
  readonly room: string | null;
  readonly roomChecked: boolean;
  readonly week: IsoDate;
  /** 1-based week of the series' programme. */
  readonly weekNumber: number;
  readonly day: Weekday;
  readonly lesson: number;
  readonly pupils: readonly PupilId[];
  readonly locked: boolean;
}

export type ViolationRule =
  'no-such-lesson' | 'pupil-clash' | 'staff-clash' | 'staff-unavailable' | 'room-clash' | 'protected-subject' | 'same-day';

/** A broken hard rule. */
export interface Violation {
  readonly rule: ViolationRule;
  readonly week: IsoDate;
  readonly day: Weekday;
  readonly lesson: number;
  /** Names of the sessions involved. */
  readonly sessions: readonly string[];
  readonly detail: string;
}
