/**
 * Every row of the `Schedule` tab as it stands (hand edits included), for the rules that look at
 * the timetable after it was generated, such as the group check's `timetable-clash`.
 */
import type { PupilId, Weekday } from '../domain';
import type { TabSnapshot } from '../snapshot';
import type { IsoDate } from '../values';
import { readDay, readWeek, scheduleColumn } from './locks';

export interface ScheduleRow {
  readonly week: IsoDate;
  readonly day: Weekday;
  readonly lesson: number;
  readonly session: string;
  readonly pupilId: PupilId;
}

export function readScheduleRows(tab: TabSnapshot | undefined): ScheduleRow[] | null {
  const header = tab?.values[0];
  if (!tab || !header) return null;
  const [week, day, lesson, session, pupil] = ['Week commencing', 'Day', 'Lesson', 'Session', 'Pupil ID'].map((name) =>
    scheduleColumn(header, name),
  ) as [number, number, number, number, number];
  if ([week, day, lesson, session, pupil].some((column) => column < 0)) return null;
  return tab.values.slice(1).flatMap((row) => {
    const w = readWeek(row[week]);
    const d = readDay(row[day]);
    const l = Number(row[lesson]);
    const s = String(row[session] ?? '').trim();
    const p = String(row[pupil] ?? '').trim();
    return w && d && Number.isInteger(l) && s && p ? [{ week: w, day: d, lesson: l, session: s, pupilId: p as PupilId }] : [];
  });
}
