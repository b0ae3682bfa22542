/**
 * Locked rows of the previous `Schedule` tab: lessons a person fixed by hand, kept when the
 * timetable is generated again.
 */
import type { Weekday } from '../domain';
import type { Problem } from '../problems';
import type { TabSnapshot } from '../snapshot';
import { normaliseText } from '../text';
import { isDate, isoDateOf, type CellValue, type IsoDate } from '../values';
import { mondayOf, parseDay } from './dates';

export const SCHEDULE_TAB = 'Schedule';
export const SCHEDULE_HEADERS = [
  'Week commencing',
  'Day',
  'Lesson',
  'Session',
  'Programme',
  'Staff',
  'Room',
  'Pupil ID',
  'Pupil',
  'Missing',
  'Locked',
] as const;

export interface LockedLesson {
  readonly session: string;
  readonly week: IsoDate;
  readonly day: Weekday;
  readonly lesson: number;
  /** The first sheet row that locked it (1-based), for Problems. */
  readonly row: number;
  /** Every locked row for it, as read, so locks outside this run's weeks can be carried over. */
  readonly rows: readonly (readonly CellValue[])[];
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** The 0-based column of a Schedule header, or -1. */
export function scheduleColumn(header: readonly CellValue[], name: string): number {
  return header.findIndex((cell) => normaliseText(String(cell)) === normaliseText(name));
}

export function readLocks(previous: TabSnapshot | undefined): LockedLesson[] {
  const header = previous?.values[0];
  if (!previous || !header) return [];
  const column = (name: string): number => scheduleColumn(header, name);
  const [weekCol, dayCol, lessonCol, sessionCol, lockedCol] = ['Week commencing', 'Day', 'Lesson', 'Session', 'Locked'].map(column) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if ([weekCol, dayCol, lessonCol, sessionCol, lockedCol].some((index) => index < 0)) return [];
  const locks = new Map<string, { lock: LockedLesson; rows: (readonly CellValue[])[] }>();
  previous.values.forEach((row, index) => {
    if (index === 0 || !isTicked(row[lockedCol])) return;
    const week = readWeek(row[weekCol]);
    const day = readDay(row[dayCol]);
    const lesson = Number(row[lessonCol]);
    const session = String(row[sessionCol] ?? '').trim();
    if (week === null || day === null || !Number.isInteger(lesson) || lesson < 1 || session === '') return;
    const key = `${normaliseText(session)}|${week}|${day}|${lesson}`;
    const found = locks.get(key);
    if (found) found.rows.push(row);
    else locks.set(key, { lock: { session, week, day, lesson, row: index + 1, rows: [] }, rows: [row] });
  });
  return [...locks.values()].map(({ lock, rows }) => ({ ...lock, rows }));
}

function isTicked(value: CellValue | undefined): boolean {
  if (value === true) return true;
  return typeof value === 'string' && ['true', 'yes', 'y', 'x', '✓', '✔'].includes(value.trim().toLowerCase());
}

export function readWeek(value: CellValue | undefined): IsoDate | null {
  if (isDate(value)) return mondayOf(isoDateOf(value));
  if (typeof value !== 'string') return null;
  const day = parseDay(value);
  return day === null ? null : mondayOf(day);
}

export function readDay(value: CellValue | undefined): Weekday | null {
  if (typeof value === 'number') return value >= 1 && value <= 5 && Number.isInteger(value) ? (value as Weekday) : null;
  const index = DAYS.indexOf(
    String(value ?? '')
      .trim()
      .toLowerCase()
      .slice(0, 3),
  );
  return index < 0 ? null : ((index + 1) as Weekday);
}

export function lockProblem(lock: LockedLesson, reason: string): Problem {
  return { tab: SCHEDULE_TAB, row: lock.row, column: 'Locked', reason, source: 'timetable' };
}
