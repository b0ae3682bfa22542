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

/** `group:<name>` or `1-1:<pupil id>`: what a series is, however its name is spelt. */
export type SeriesId = string & { readonly __brand: 'SeriesId' };

/** A group or 1-1 that meets `perWeek` times in each of `weeks`. */
export interface SessionSeries {
  readonly id: SeriesId;
  readonly kind: 'group' | '1-1';
  /** What the Schedule's `Session` column shows: the group's name or `1-1: <pupil>`. */
  readonly name: string;
  readonly group: string | null;
  readonly programme: string | null;
  /** Who runs it; a series with nobody is never placed. */
  readonly staff: string | null;
  /** Null when no tab names a room: shown as not set, never invented. */
  readonly room: string | null;
  readonly learners: readonly Learner[];
  readonly perWeek: number;
  /** Week-commencing Mondays of school weeks, in order. */
  readonly weeks: readonly IsoDate[];
  /** The row that defines it, for Problems. */
  readonly source: { readonly ref: SourceRef; readonly column: string } | null;
}

export interface ScheduledSession {
  readonly seriesId: SeriesId;
  readonly kind: 'group' | '1-1';
  readonly name: string;
  readonly group: string | null;
  readonly programme: string | null;
  readonly staff: string | null;
  readonly room: string | null;
  readonly week: IsoDate;
  /** 1-based week of the series' programme. */
  readonly weekNumber: number;
  readonly day: Weekday;
  readonly lesson: number;
  readonly pupils: readonly PupilId[];
  /** Locked by a person on the Schedule: generating again leaves it where it is. */
  readonly locked: boolean;
}

export type ViolationRule =
  'no-such-lesson' | 'closed-day' | 'pupil-clash' | 'staff-clash' | 'staff-unavailable' | 'room-clash' | 'protected-subject' | 'same-day';

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
