/**
 * Every row of the `Schedule` tab as it stands (hand edits included), for the rules that look at
 * the timetable after it was generated, such as the group check's `timetable-clash`.
 */
import type { PupilId, Weekday } from '../domain';
import type { TabSnapshot } from '../snapshot';
import type { IsoDate } from '../values';
import { readPreviousSchedule } from './previous-schedule';

export interface ScheduleRow {
  readonly week: IsoDate;
  readonly day: Weekday;
  readonly lesson: number;
  readonly session: string;
  readonly pupilId: PupilId;
}

export function readScheduleRows(tab: TabSnapshot | undefined): ScheduleRow[] | null {
  if (!tab?.values[0]) return null;
  return readPreviousSchedule(tab).flatMap(({ week, day, lesson, session, pupil }) =>
    week && day && lesson && session && pupil ? [{ week, day, lesson, session, pupilId: pupil as PupilId }] : [],
  );
}
