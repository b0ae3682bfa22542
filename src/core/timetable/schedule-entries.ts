/**
 * The Schedule as rows, one per pupil per session, whichever way each row came about: planned in
 * this run (with whatever staff ticked on it before, found by the session's identity, not its row
 * number), or kept as it was (a week under way, a registered session that could not be planned
 * again). Every tab of the run is drawn from these.
 */
import type { PupilId, Weekday } from '../domain';
import { cellText } from '../text';
import type { IsoDate } from '../values';
import { COLUMN, isRegistered, sessionKey, type PreviousRow, type ScheduleHeader, type Ticks } from './previous-schedule';
import type { SchoolWeek, WeekSlot } from './school-week';
import type { Solution } from './solver';
import type { ScheduledSession } from './types';

export interface ScheduleEntry {
  readonly week: IsoDate;
  readonly day: Weekday;
  readonly lesson: number;
  readonly session: string;
  readonly programme: string;
  readonly staff: string;
  readonly room: string;
  readonly pupil: PupilId;
  readonly pupilName: string;
  /** The subject the pupil misses; `Not known` when their lessons are unknown; '' when they have none then. */
  readonly missing: string;
  readonly ticks: Ticks;
}

export const NOT_KNOWN = 'Not known';

/** The identity a row's ticks belong to: the session in its lesson, and the pupil. */
function entryKey(entry: Pick<ScheduleEntry, 'session' | 'week' | 'day' | 'lesson' | 'pupil'>): string {
  return `${sessionKey(entry.session, entry.week, entry.day, entry.lesson)}|${entry.pupil}`;
}

/** One row per pupil of a placed session, with the ticks its earlier row carried. */
function plannedEntries(school: SchoolWeek, session: ScheduledSession, ticksOf: (key: string) => Ticks | undefined): ScheduleEntry[] {
  const slot = school.slotAt(session.week, session.day, session.lesson);
  return session.pupils.map((pupil) => {
    const base = {
      week: session.week,
      day: session.day,
      lesson: session.lesson,
      session: session.name,
      programme: session.programme ?? '',
      staff: session.staff ?? '',
      room: session.room ?? '',
      pupil,
      pupilName: school.pupilName(pupil),
      missing: slot === undefined ? '' : missingSubject(school, pupil, slot),
    };
    const ticks = ticksOf(entryKey(base)) ?? { locked: session.locked, delivered: false, attended: false, reason: '' };
    return { ...base, ticks };
  });
}

function missingSubject(school: SchoolWeek, pupil: PupilId, slot: WeekSlot): string {
  if (school.unknownLessons(pupil) !== null) return NOT_KNOWN;
  return school.subjectOf(pupil, slot) ?? '';
}

/** A row kept as it was; null when its lesson cannot be read. */
export function keptEntry(row: PreviousRow): ScheduleEntry | null {
  if (row.week === null || row.day === null || row.lesson === null || row.session === '') return null;
  const cell = (name: ScheduleHeader): string => cellText(row.cells[COLUMN[name]]);
  return {
    week: row.week,
    day: row.day,
    lesson: row.lesson,
    session: row.session,
    programme: cell('Programme'),
    staff: cell('Staff'),
    room: cell('Room'),
    pupil: row.pupil as PupilId,
    pupilName: cell('Pupil'),
    missing: cell('Missing'),
    ticks: row.ticks,
  };
}

/**
 * Every row of the new Schedule, in order: the rows of kept weeks as they were; the planned
 * sessions, each row with the ticks its earlier row carried; and registered rows the plan did not
 * bring back (a session that could not go back into the plan, a pupil who left the group), kept so
 * no record is lost.
 */
export function scheduleEntries(
  school: SchoolWeek,
  previous: readonly PreviousRow[],
  isKept: (week: IsoDate) => boolean,
  solution: Pick<Solution, 'sessions' | 'keptAsRegistered'>,
): ScheduleEntry[] {
  const earlier = previous.flatMap((row) => {
    const entry = keptEntry(row);
    return entry === null ? [] : [{ row, entry }];
  });
  const ticks = new Map(earlier.map(({ row, entry }) => [entryKey(entry), row.ticks] as const));
  const kept = earlier.filter(({ entry }) => isKept(entry.week)).map(({ entry }) => entry);
  const planned = solution.sessions.flatMap((session) => plannedEntries(school, session, (key) => ticks.get(key)));
  const registered = solution.keptAsRegistered.flatMap((pin) => pin.rows.flatMap((row) => keptEntry(row) ?? []));
  const present = new Set([...planned, ...registered].map(entryKey));
  const stray = earlier
    .filter(({ row, entry }) => !isKept(entry.week) && isRegistered(row.ticks) && !present.has(entryKey(entry)))
    .map(({ entry }) => entry);
  return [...kept, ...registered, ...stray, ...planned].sort(entryOrder);
}

function entryOrder(a: ScheduleEntry, b: ScheduleEntry): number {
  return (
    compare(a.week, b.week) ||
    a.day - b.day ||
    a.lesson - b.lesson ||
    a.session.localeCompare(b.session) ||
    a.pupilName.localeCompare(b.pupilName) ||
    compare(a.pupil, b.pupil)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
