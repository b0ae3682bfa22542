/**
 * The `Schedule` tab: every session of every week of every programme, one row per pupil, with the
 * boxes staff tick (`Locked` to pin a session to its lesson, `Delivered`, `Attended`) and a
 * dropdown for why a session was not delivered. Week commencing and Date are real dates.
 */
import type { Area, PlanCell, TabPlan } from '../plan';
import { dateOfIso } from '../values';
import { COLUMN, SCHEDULE_HEADERS, SCHEDULE_TAB } from './previous-schedule';
import { dayName, type SchoolWeek } from './school-week';
import type { ScheduleEntry } from './schedule-entries';

export const SCHEDULE_KEY = 'schedule';

/** Why a session did not happen; schools may type their own (the dropdown warns but keeps it). */
export const NOT_DELIVERED_REASONS = ['Staff absent', 'Trip or visit', 'Exams', 'Pupil absent', 'Room not available', 'Other'] as const;

const WIDTHS: Readonly<Record<(typeof SCHEDULE_HEADERS)[number], number>> = {
  'Week commencing': 120,
  Day: 90,
  Date: 90,
  Lesson: 60,
  Session: 200,
  Programme: 160,
  Staff: 140,
  Room: 110,
  'Pupil ID': 100,
  Pupil: 160,
  Missing: 130,
  Locked: 70,
  Delivered: 80,
  Attended: 80,
  'Not delivered because': 170,
};

export function scheduleTab(school: SchoolWeek, entries: readonly ScheduleEntry[]): TabPlan {
  const rows = entries.map((entry) => entryCells(school, entry));
  const count = rows.length;
  const column = (name: (typeof SCHEDULE_HEADERS)[number], columns = 1): Area => ({
    row: 2,
    column: COLUMN[name] + 1,
    rows: count,
    columns,
  });
  return {
    key: SCHEDULE_KEY,
    name: SCHEDULE_TAB,
    values: [[...SCHEDULE_HEADERS], ...rows],
    format: {
      frozenRows: 1,
      columnWidths: Object.fromEntries(SCHEDULE_HEADERS.map((header, i) => [i + 1, WIDTHS[header]])),
      areas: [
        { area: { row: 1, column: 1, rows: 1, columns: SCHEDULE_HEADERS.length }, bold: true, background: '#f1f3f4', borders: true },
        ...(count > 0
          ? [
              { area: column('Week commencing'), numberFormat: 'dd/mm/yyyy' },
              { area: column('Date'), numberFormat: 'dd/mm/yyyy' },
            ]
          : []),
      ],
      checkboxes: count > 0 ? [column('Locked', 3)] : [],
      dropdowns:
        count > 0
          ? [
              {
                area: column('Not delivered because'),
                choices: NOT_DELIVERED_REASONS,
                allowOther: true,
                helpText: 'Why the session did not happen: choose a reason, or type your own.',
              },
            ]
          : [],
    },
    charts: [],
  };
}

function entryCells(school: SchoolWeek, entry: ScheduleEntry): PlanCell[] {
  const byHeader: Record<(typeof SCHEDULE_HEADERS)[number], PlanCell> = {
    'Week commencing': dateOfIso(entry.week),
    Day: dayName(entry.day),
    Date: dateOfIso(school.dateOf(entry.week, entry.day)),
    Lesson: entry.lesson,
    Session: entry.session,
    Programme: entry.programme,
    Staff: entry.staff,
    Room: entry.room,
    'Pupil ID': entry.pupil,
    Pupil: entry.pupilName,
    Missing: entry.missing,
    Locked: entry.ticks.locked,
    Delivered: entry.ticks.delivered,
    Attended: entry.ticks.attended,
    'Not delivered because': entry.ticks.reason,
  };
  return SCHEDULE_HEADERS.map((header) => byHeader[header]);
}
