/**
 * `Where pupils are w/c <dd-mm-yyyy>`: the safeguarding view, Monday–Friday × lessons, listing who
 * is out of lessons, with whom and where.
 */
import type { PlanCell, TabPlan } from '../plan';
import { ukDate, type IsoDate } from '../values';
import { dashedUkDate } from './dates';
import { fittedTabName, GRID_WIDTH, GRID_WIDTHS, lessonGridFormats, lessonGridRows, padRow } from './lesson-grid';
import type { SchoolWeek } from './school-week';
import type { ScheduledSession } from './types';

export const WHERE_PUPILS_PREFIX = 'where-pupils:';

export function wherePupilsTab(school: SchoolWeek, week: IsoDate, sessions: readonly ScheduledSession[]): TabPlan {
  const lessons = school.lessonsPerDay(week);
  const grid = lessonGridRows(lessons, (day, lesson) =>
    sessions
      .filter((s) => s.day === day && s.lesson === lesson)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((s) => {
        const pupils = s.pupils.map((pupil) => school.pupilName(pupil)).sort((a, b) => a.localeCompare(b));
        const withWhom = s.staff === null ? '' : ` with ${s.staff}`;
        const where = s.room === null ? '' : ` in ${s.room}`;
        return `${s.name}${withWhom}${where}: ${pupils.join(', ')}`;
      })
      .join('\n\n'),
  );
  const rows: PlanCell[][] = [[`Where pupils are, week commencing ${ukDate(week)}`], ...grid].map((row) => padRow(row, GRID_WIDTH));
  return {
    key: `${WHERE_PUPILS_PREFIX}${week}`,
    name: fittedTabName('Where pupils are', '', ` w/c ${dashedUkDate(week)}`),
    values: rows,
    format: {
      frozenRows: 2,
      frozenColumns: 1,
      columnWidths: GRID_WIDTHS,
      areas: [
        { area: { row: 1, column: 1, rows: 1, columns: GRID_WIDTH }, bold: true, fontSize: 14, merge: true },
        ...lessonGridFormats(2, lessons),
      ],
    },
    charts: [],
  };
}
