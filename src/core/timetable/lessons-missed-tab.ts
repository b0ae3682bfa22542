/**
 * `Lessons missed`: per pupil and subject, the lessons missed so far and those planned to the end
 * of the programme, so the SENDCo can see no pupil loses too much of one subject. A session marked
 * as not delivered took nobody out of a lesson, so it is not counted.
 */
import type { PlanCell, TabPlan } from '../plan';
import { ukDate, type IsoDate } from '../values';
import type { SchoolWeek } from './school-week';
import type { ScheduleEntry } from './schedule-entries';

export const LESSONS_MISSED_KEY = 'lessons-missed';
export const LESSONS_MISSED_TAB = 'Lessons missed';
const HEADERS = ['Pupil ID', 'Pupil', 'Form', 'Subject', 'Missed so far', 'Planned from today', 'Total'] as const;

export function lessonsMissedTab(school: SchoolWeek, entries: readonly ScheduleEntry[], today: IsoDate): TabPlan {
  const counts = new Map<string, { entry: ScheduleEntry; past: number; planned: number }>();
  for (const entry of entries) {
    if (entry.missing === '' || entry.ticks.reason !== '') continue;
    const key = `${entry.pupil}\u0000${entry.missing.toLowerCase()}`;
    const count = counts.get(key) ?? { entry, past: 0, planned: 0 };
    if (school.dateOf(entry.week, entry.day) < today) count.past += 1;
    else count.planned += 1;
    counts.set(key, count);
  }
  const rows: PlanCell[][] = [...counts.values()]
    .sort(
      (a, b) =>
        a.entry.pupilName.localeCompare(b.entry.pupilName) ||
        a.entry.pupil.localeCompare(b.entry.pupil) ||
        a.entry.missing.localeCompare(b.entry.missing),
    )
    .map(({ entry, past, planned }) => [
      entry.pupil,
      entry.pupilName,
      school.pupil(entry.pupil)?.form ?? '',
      entry.missing,
      past,
      planned,
      past + planned,
    ]);
  return {
    key: LESSONS_MISSED_KEY,
    name: LESSONS_MISSED_TAB,
    values: [[...HEADERS], ...(rows.length > 0 ? rows : [[`No lessons missed as of ${ukDate(today)}.`, '', '', '', '', '', '']])],
    format: {
      frozenRows: 1,
      columnWidths: { 1: 100, 2: 160, 3: 70, 4: 140, 5: 110, 6: 130, 7: 70 },
      areas: [
        { area: { row: 1, column: 1, rows: 1, columns: HEADERS.length }, bold: true, background: '#f1f3f4', borders: true },
        { area: { row: 2, column: 5, rows: Math.max(1, rows.length), columns: 3 }, horizontalAlignment: 'right' },
      ],
    },
    charts: [],
  };
}
