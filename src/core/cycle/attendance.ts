/**
 * What the `Schedule` says about one placement: the sessions planned, how many staff ticked as
 * delivered and attended, and the lessons the pupil missed for them, by subject.
 */
import { dayOfWeek } from '../calendar/days';
import type { TabSnapshot } from '../snapshot';
import { cellText, normaliseText } from '../text';
import { COLUMN, readPreviousSchedule, type ScheduleHeader } from '../timetable/previous-schedule';
import type { CellValue, IsoDate } from '../values';
import { placementSessionTest } from '../dosage/dosage';
import type { CyclePlacement } from './placements';

export interface ScheduledSessionRow {
  readonly pupilId: string;
  readonly programme: string;
  readonly session: string;
  readonly date: IsoDate | null;
  /** The lesson the pupil would have had ('' when none is known). */
  readonly missing: string;
  readonly delivered: boolean;
  readonly attended: boolean;
}

export interface SessionCounts {
  readonly planned: number;
  /** Sessions up to today. */
  readonly held: number;
  /** Null when nobody ticked a session of this placement as delivered or attended. */
  readonly delivered: number | null;
  readonly attended: number | null;
  /** Lessons missed up to today (attended sessions only, once attendance is ticked), most first. */
  readonly missed: readonly { readonly subject: string; readonly lessons: number }[];
}

/** The Schedule's rows, or null when there is no Schedule (timetables not generated yet). */
export function readScheduleSessions(tab: TabSnapshot | undefined): ScheduledSessionRow[] | null {
  if (!tab?.values[0]) return null;
  // The timetable's own reader of the Schedule, so both read the ticks alike.
  return readPreviousSchedule(tab).flatMap((row) => {
    if (row.pupil === '') return [];
    const cell = (name: ScheduleHeader): CellValue => row.cells[COLUMN[name]] ?? '';
    return [
      {
        pupilId: row.pupil,
        programme: cellText(cell('Programme')),
        session: row.session,
        date: row.week === null || row.day === null ? null : dayOfWeek(row.week, row.day),
        missing: cellText(cell('Missing')),
        delivered: row.ticks.delivered,
        attended: row.ticks.attended,
      },
    ];
  });
}

export function sessionCounts(rows: readonly ScheduledSessionRow[], placement: CyclePlacement, today: IsoDate): SessionCounts {
  const pupil = normaliseText(placement.pupil.id);
  const ofPlacement = placementSessionTest(placement.placement);
  const mine = rows.filter((row) => normaliseText(row.pupilId) === pupil && ofPlacement(row));
  const held = mine.filter((row) => row.date !== null && row.date <= today);
  const ticked = held.some((row) => row.delivered || row.attended);
  const missedRows = ticked ? held.filter((row) => row.attended) : held;
  const missed = new Map<string, number>();
  for (const row of missedRows) if (row.missing !== '') missed.set(row.missing, (missed.get(row.missing) ?? 0) + 1);
  return {
    planned: mine.length,
    held: held.length,
    delivered: ticked ? held.filter((row) => row.delivered).length : null,
    attended: ticked ? held.filter((row) => row.attended).length : null,
    missed: [...missed]
      .map(([subject, lessons]) => ({ subject, lessons }))
      .sort((a, b) => b.lessons - a.lessons || a.subject.localeCompare(b.subject)),
  };
}
