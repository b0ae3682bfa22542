/**
 * The `Schedule` tab: one row per pupil per session, with a `Locked` tick box people use to pin a
 * session to its lesson before generating again.
 */
import type { PlanCell, TabPlan } from '../plan';
import { ukDate, type CellValue } from '../values';
import { SCHEDULE_HEADERS, SCHEDULE_TAB } from './locks';
import { dayName, type SchoolWeek } from './school-week';
import { missedSubject, sessionOrder } from './session-view';
import type { ScheduledSession } from './types';

export const SCHEDULE_KEY = 'schedule';

/** `carried` are locked rows from weeks this run did not plan, kept as they were. */
export function scheduleTab(
  school: SchoolWeek,
  sessions: readonly ScheduledSession[],
  carried: readonly (readonly CellValue[])[],
): TabPlan {
  const width = SCHEDULE_HEADERS.length;
  const rows: PlanCell[][] = [];
  for (const session of [...sessions].sort(sessionOrder)) {
    const pupils = [...session.pupils].sort((a, b) => school.pupilName(a).localeCompare(school.pupilName(b)) || a.localeCompare(b));
    for (const pupil of pupils) {
      rows.push([
        ukDate(session.week),
        dayName(session.day),
        session.lesson,
        session.name,
        session.programme ?? '',
        session.staff ?? '',
        session.room ?? '',
        pupil,
        school.pupilName(pupil),
        missedSubject(school, session, pupil) ?? '',
        session.locked,
      ]);
    }
  }
  for (const row of carried) rows.push(Array.from({ length: width }, (_, i) => (i === width - 1 ? true : (row[i] ?? ''))));
  const values: PlanCell[][] = [[...SCHEDULE_HEADERS], ...rows];
  return {
    key: SCHEDULE_KEY,
    name: SCHEDULE_TAB,
    values,
    format: {
      frozenRows: 1,
      columnWidths: { 1: 120, 2: 90, 3: 60, 4: 200, 5: 160, 6: 140, 7: 110, 8: 100, 9: 160, 10: 130, 11: 70 },
      areas: [{ area: { row: 1, column: 1, rows: 1, columns: width }, bold: true, background: '#f1f3f4', borders: true }],
      checkboxes: rows.length > 0 ? [{ row: 2, column: width, rows: rows.length, columns: 1 }] : [],
    },
    charts: [],
  };
}
