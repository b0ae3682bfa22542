/**
 * `Where pupils are`: the safeguarding view for the chosen week, one row per pupil out of a lesson,
 * sorted by day and lesson so the office or a subject teacher can filter it. Below it, the
 * teachers' notice: the same pupils listed per subject teacher when the lesson timetable names
 * teachers (per form otherwise), ready to print or copy into an email.
 */
import type { PlanCell, TabPlan } from '../plan';
import { dateOfIso, ukDate, type IsoDate } from '../values';
import { dayName, type SchoolWeek } from './school-week';
import type { ScheduleEntry } from './schedule-entries';

export const WHERE_PUPILS_KEY = 'where-pupils';
export const WHERE_PUPILS_TAB = 'Where pupils are';
export const WHERE_PUPILS_HEADERS = ['Day', 'Date', 'Lesson', 'Subject missed', 'Form', 'Pupil', 'Session', 'Staff', 'Room'] as const;
const NOTICE_HEADERS = ['Teacher', 'Day', 'Date', 'Lesson', 'Subject missed', 'Form', 'Pupil', 'With', 'Session'] as const;
const WIDTH = WHERE_PUPILS_HEADERS.length;

interface Outing {
  readonly entry: ScheduleEntry;
  readonly form: string;
  readonly teacher: string | null;
}

export function wherePupilsTab(school: SchoolWeek, week: IsoDate, entries: readonly ScheduleEntry[]): TabPlan {
  const outings = entries
    .map((entry): Outing => {
      const slot = school.slotAt(entry.week, entry.day, entry.lesson);
      return { entry, form: school.pupil(entry.pupil)?.form ?? '', teacher: slot ? school.teacherOf(entry.pupil, slot) : null };
    })
    .sort(
      (a, b) =>
        a.entry.day - b.entry.day ||
        a.entry.lesson - b.entry.lesson ||
        a.form.localeCompare(b.form) ||
        a.entry.pupilName.localeCompare(b.entry.pupilName),
    );
  const list: PlanCell[][] = outings.map(({ entry, form }) => [
    dayName(entry.day),
    dateOfIso(school.dateOf(week, entry.day)),
    entry.lesson,
    entry.missing,
    form,
    entry.pupilName,
    entry.session,
    entry.staff,
    entry.room === '' ? 'not set' : entry.room,
  ]);
  const byTeacher = outings.some((outing) => outing.teacher !== null);
  const noticeRows = notice(school, week, outings, byTeacher);
  const noticeTop = list.length + 3;
  const values = [
    [...WHERE_PUPILS_HEADERS],
    ...(list.length > 0 ? list : [[`No pupil is out of a lesson in the week commencing ${ukDate(week)}.`]]),
    [],
    [`Teachers' notice, week commencing ${ukDate(week)}: pupils out of ${byTeacher ? 'your lessons' : 'lessons, by form'}, and with whom`],
    [...NOTICE_HEADERS].map((header, i) => (i === 0 && !byTeacher ? 'Form' : header)),
    ...noticeRows,
  ].map((row) => Array.from({ length: WIDTH }, (_, i) => row[i] ?? ''));
  const listRows = Math.max(1, list.length);
  return {
    key: WHERE_PUPILS_KEY,
    name: WHERE_PUPILS_TAB,
    values,
    format: {
      frozenRows: 1,
      columnWidths: { 1: 90, 2: 90, 3: 60, 4: 130, 5: 70, 6: 160, 7: 180, 8: 140, 9: 110 },
      areas: [
        { area: { row: 1, column: 1, rows: 1, columns: WIDTH }, bold: true, background: '#f1f3f4' },
        { area: { row: 1, column: 1, rows: listRows + 1, columns: WIDTH }, borders: true },
        { area: { row: 2, column: 2, rows: listRows, columns: 1 }, numberFormat: 'dd/mm/yyyy' },
        { area: { row: noticeTop, column: 1, rows: 1, columns: WIDTH }, bold: true, fontSize: 12 },
        { area: { row: noticeTop + 1, column: 1, rows: 1, columns: WIDTH }, bold: true, background: '#f1f3f4' },
        { area: { row: noticeTop + 1, column: 1, rows: noticeRows.length + 1, columns: WIDTH }, borders: true },
        { area: { row: noticeTop + 2, column: 3, rows: Math.max(1, noticeRows.length), columns: 1 }, numberFormat: 'dd/mm/yyyy' },
      ],
    },
    charts: [],
  };
}

/** Per teacher (or form), in day and lesson order: who is out, when, and with whom. */
function notice(school: SchoolWeek, week: IsoDate, outings: readonly Outing[], byTeacher: boolean): PlanCell[][] {
  const heading = (outing: Outing): string =>
    byTeacher ? (outing.teacher ?? `Form ${outing.form || 'not known'}`) : outing.form || 'Not known';
  return [...outings]
    .sort((a, b) => heading(a).localeCompare(heading(b)) || a.entry.day - b.entry.day || a.entry.lesson - b.entry.lesson)
    .map((outing) => [
      heading(outing),
      dayName(outing.entry.day),
      dateOfIso(school.dateOf(week, outing.entry.day)),
      outing.entry.lesson,
      outing.entry.missing,
      outing.form,
      outing.entry.pupilName,
      outing.entry.staff,
      outing.entry.session,
    ]);
}
