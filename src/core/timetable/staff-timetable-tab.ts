/**
 * `Timetable <staff> w/c <dd-mm-yyyy>`: the seed's weekly intervention timetable for one member of
 * staff: a title with the week commencing, the learners table (name, reason, desired outcome), then
 * Monday–Friday × Lesson with each session, its room and what the pupils miss.
 */
import type { PlanCell, TabPlan } from '../plan';
import { ukDate, type IsoDate } from '../values';
import { dashedUkDate } from './dates';
import { fittedTabName, GRID_WIDTH, GRID_WIDTHS, lessonGridFormats, lessonGridRows, padRow } from './lesson-grid';
import type { SchoolWeek } from './school-week';
import { missedSummary } from './session-view';
import type { ScheduledSession, SessionSeries } from './types';

export const STAFF_TIMETABLE_PREFIX = 'staff-timetable:';

export function staffTimetableKey(staff: string, week: IsoDate): string {
  return `${STAFF_TIMETABLE_PREFIX}${staff}:${week}`;
}

export function staffTimetableName(staff: string, week: IsoDate): string {
  return fittedTabName('Timetable ', staff, ` w/c ${dashedUkDate(week)}`);
}

export function staffTimetableTab(
  school: SchoolWeek,
  staff: string,
  week: IsoDate,
  sessions: readonly ScheduledSession[],
  seriesById: ReadonlyMap<string, SessionSeries>,
): TabPlan {
  const learners = learnerRows(school, sessions, seriesById);
  const lessons = school.lessonsPerDay(week);
  const grid = lessonGridRows(lessons, (day, lesson) =>
    sessions
      .filter((s) => s.day === day && s.lesson === lesson)
      .map((s) => [s.name, s.room ?? '', `Missing: ${missedSummary(school, s)}`].filter((line) => line !== '').join('\n'))
      .join('\n\n'),
  );
  const rows: PlanCell[][] = [
    [`Intervention timetable for week commencing ${ukDate(week)}: ${staff}`],
    [],
    ['Learners requiring intervention'],
    ['Name', 'Reason for intervention', 'Desired outcome', 'Session'],
    ...(learners.length > 0 ? learners : [['No sessions this week.']]),
    [],
    ...grid,
  ].map((row) => padRow(row, GRID_WIDTH));
  const learnerCount = Math.max(1, learners.length);
  const gridRow = 5 + learnerCount + 1;
  return {
    key: staffTimetableKey(staff, week),
    name: staffTimetableName(staff, week),
    values: rows,
    format: {
      frozenRows: 1,
      columnWidths: GRID_WIDTHS,
      areas: [
        { area: { row: 1, column: 1, rows: 1, columns: GRID_WIDTH }, bold: true, fontSize: 14, merge: true },
        { area: { row: 3, column: 1, rows: 1, columns: GRID_WIDTH }, bold: true },
        { area: { row: 4, column: 1, rows: 1, columns: 4 }, bold: true, background: '#e8eaed' },
        { area: { row: 4, column: 1, rows: learnerCount + 1, columns: 4 }, borders: true, wrap: true, verticalAlignment: 'top' },
        ...lessonGridFormats(gridRow, lessons),
      ],
    },
    charts: [],
  };
}

function learnerRows(
  school: SchoolWeek,
  sessions: readonly ScheduledSession[],
  seriesById: ReadonlyMap<string, SessionSeries>,
): PlanCell[][] {
  const seen = new Set<string>();
  const rows: { name: string; row: PlanCell[] }[] = [];
  for (const session of sessions) {
    for (const learner of seriesById.get(session.seriesId)?.learners ?? []) {
      const key = `${session.seriesId}|${learner.pupil}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const name = school.pupilName(learner.pupil);
      rows.push({ name, row: [name, learner.reason ?? '', learner.outcome ?? '', session.name] });
    }
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name) || String(a.row[3]).localeCompare(String(b.row[3]))).map((entry) => entry.row);
}
