/**
 * The `Schedule` tab as people left it: each row's session, lesson and pupil, and what staff
 * ticked or chose (`Locked`, `Delivered`, `Attended`, the reason a session was not delivered).
 * Columns are found by their headers, so a Schedule written before a column was added still reads.
 */
import { mondayOf, parseDay } from '../calendar/days';
import type { Weekday } from '../domain';
import type { TabSnapshot } from '../snapshot';
import { cellText, normaliseText } from '../text';
import { isDate, isoDateOf, type CellValue, type IsoDate } from '../values';

export const SCHEDULE_TAB = 'Schedule';
export const SCHEDULE_HEADERS = [
  'Week commencing',
  'Day',
  'Date',
  'Lesson',
  'Session',
  'Programme',
  'Staff',
  'Room',
  'Pupil ID',
  'Pupil',
  'Missing',
  'Locked',
  'Delivered',
  'Attended',
  'Not delivered because',
] as const;
export type ScheduleHeader = (typeof SCHEDULE_HEADERS)[number];

/** The 0-based column of each header in the Schedule this module writes. */
export const COLUMN = Object.fromEntries(SCHEDULE_HEADERS.map((header, i) => [header, i])) as Record<ScheduleHeader, number>;

/** What staff fill in on a row. */
export interface Ticks {
  readonly locked: boolean;
  readonly delivered: boolean;
  readonly attended: boolean;
  /** Why the session was not delivered; '' when none was chosen. */
  readonly reason: string;
}

export const NO_TICKS: Ticks = { locked: false, delivered: false, attended: false, reason: '' };

/** A row someone registered: it says what happened, so it stays where it is. */
export function isRegistered(ticks: Ticks): boolean {
  return ticks.delivered || ticks.attended || ticks.reason !== '';
}

/** A row a person pinned: locked or registered. */
export function isPinned(ticks: Ticks): boolean {
  return ticks.locked || isRegistered(ticks);
}

export interface PreviousRow {
  /** 1-based sheet row. */
  readonly row: number;
  /** The row's cells in `SCHEDULE_HEADERS` order ('' where the tab had no such column). */
  readonly cells: readonly CellValue[];
  readonly week: IsoDate | null;
  readonly day: Weekday | null;
  readonly lesson: number | null;
  readonly session: string;
  readonly pupil: string;
  readonly ticks: Ticks;
}

/** The rows of the Schedule under its header; empty when there is none or it lacks the columns that identify a session. */
export function readPreviousSchedule(tab: TabSnapshot | undefined): PreviousRow[] {
  const header = tab?.values[0];
  if (!tab || !header) return [];
  const columns = SCHEDULE_HEADERS.map((name) => header.findIndex((cell) => normaliseText(cellText(cell)) === normaliseText(name)));
  const at = (name: ScheduleHeader): number => columns[COLUMN[name]] ?? -1;
  if ((['Week commencing', 'Day', 'Lesson', 'Session'] as const).some((name) => at(name) < 0)) return [];
  return tab.values.slice(1).flatMap((raw, i) => {
    const cells = columns.map((column) => (column < 0 ? '' : (raw[column] ?? '')));
    const cell = (name: ScheduleHeader): CellValue => cells[COLUMN[name]] ?? '';
    if (cells.every((value) => cellText(value) === '' || value === false)) return [];
    const lesson = Number(cellText(cell('Lesson')));
    return [
      {
        row: i + 2,
        cells,
        week: readWeek(cell('Week commencing')),
        day: readDay(cell('Day')),
        lesson: Number.isInteger(lesson) && lesson >= 1 ? lesson : null,
        session: cellText(cell('Session')),
        pupil: cellText(cell('Pupil ID')),
        ticks: {
          locked: isTicked(cell('Locked')),
          delivered: isTicked(cell('Delivered')),
          attended: isTicked(cell('Attended')),
          reason: cellText(cell('Not delivered because')),
        },
      },
    ];
  });
}

/** The identity of a session in a lesson, however its name is spaced or capitalised. */
export function sessionKey(session: string, week: IsoDate, day: Weekday, lesson: number): string {
  return `${normaliseText(session)}|${week}|${day}|${lesson}`;
}

const TICKED = new Set(['true', 'yes', 'y', 'x', '✓', '✔']);

function isTicked(value: CellValue): boolean {
  return value === true || (typeof value === 'string' && TICKED.has(value.trim().toLowerCase()));
}

export function readWeek(value: CellValue | undefined): IsoDate | null {
  if (isDate(value)) return mondayOf(isoDateOf(value));
  if (typeof value !== 'string') return null;
  const day = parseDay(value);
  return day === null ? null : mondayOf(day);
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

export function readDay(value: CellValue | undefined): Weekday | null {
  if (typeof value === 'number') return value >= 1 && value <= 5 && Number.isInteger(value) ? (value as Weekday) : null;
  const index = DAYS.indexOf(cellText(value).toLowerCase().slice(0, 3));
  return index < 0 ? null : ((index + 1) as Weekday);
}

/** Why a row's lesson cannot be read, or null when its week, day, lesson and session all read. */
export function unreadablePart(row: PreviousRow): string | null {
  const cell = (name: ScheduleHeader): string => `"${cellText(row.cells[COLUMN[name]])}"`;
  if (row.week === null) return `its week commencing ${cell('Week commencing')} is not a date`;
  if (row.day === null) return `its day ${cell('Day')} is not a school day (Monday to Friday)`;
  if (row.lesson === null) return `its lesson ${cell('Lesson')} is not a lesson number`;
  if (row.session === '') return 'it names no session';
  return null;
}
