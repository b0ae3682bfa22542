/**
 * `Staff timetables`: the seed's weekly intervention timetable for every member of staff, one block
 * each, for the chosen week: a title with the week commencing, the learners table (name, reason,
 * desired outcome, and when they are out and what they miss), then Monday–Friday × lessons with each
 * day's date, the session, its room and what the pupils miss. One tab whatever the number of staff
 * or weeks, so nobody hunts among dozens of tabs.
 *
 * Printing: every block is exactly one page of A4 landscape at Sheets' default print settings
 * (scale 100 %, normal margins of 0.75 in top and bottom and 0.7 in left and right, no headers or
 * footers), so Sheets' own pagination puts one member of staff on each page. A4 landscape is
 * 11.69 × 8.27 in, leaving 10.29 × 6.77 in to print on: 988 × 650 px at 96 px to the inch. A block is
 * 40 rows of 16 px (640 px: the 10 px left over is less than the next block's first row, so no row of
 * it is pulled onto the page) and 60 + 5 × 184 = 980 px wide, in 8-point type where the tables are dense. Every row has the same height so the
 * whole tab takes one call to size, whatever the number of staff; there are no merged cells. Of a
 * block's rows, six are its title, headings and footer; the lessons take up to three rows each (the
 * session, its room, what is missed) within 18 rows, and the learners the rest (16 with six lessons).
 */
import type { AreaFormat, PlanCell, TabPlan } from '../plan';
import { ukDate, type IsoDate } from '../values';
import { longDate, WEEKDAYS } from '../calendar/school-calendar';
import { andList, normaliseText } from '../text';
import { lessonLabel, type SchoolWeek } from './school-week';
import type { ScheduleEntry } from './schedule-entries';
import type { SessionSeries } from './types';

export const STAFF_TIMETABLES_KEY = 'staff-timetables';
export const STAFF_TIMETABLES_TAB = 'Staff timetables';

export const ROW_HEIGHT = 16;
export const BLOCK_ROWS = 40;
const WIDTH = 6;
const COLUMN_WIDTHS: Readonly<Record<number, number>> = { 1: 60, 2: 184, 3: 184, 4: 184, 5: 184, 6: 184 };
/** Rows for the learners and the lessons together: the block less its title, headings and footer. */
const BODY_ROWS = BLOCK_ROWS - 6;
const MOST_GRID_ROWS = 18;
/** Rows of a block before the learners. */
const LEARNERS_AT = 3;

/** How a block divides its rows, the same for every block of the tab (it depends on the lessons in a day). */
interface BlockShape {
  readonly lessons: number;
  readonly rowsPerLesson: number;
  readonly learnerRows: number;
  readonly gridRows: number;
}

export function blockShape(lessons: number): BlockShape {
  const rowsPerLesson = [3, 2, 1].find((rows) => rows * lessons <= MOST_GRID_ROWS) ?? 1;
  const gridRows = Math.min(MOST_GRID_ROWS, rowsPerLesson * lessons);
  return { lessons, rowsPerLesson, gridRows, learnerRows: BODY_ROWS - gridRows };
}
/** A misses line longer than this is shown as counts per subject (the names are in the learners table). */
const MISSES_IN_FULL = 60;
const CLOSED_GREY = '#efefef';

interface StaffWeek {
  readonly staff: string;
  readonly entries: readonly ScheduleEntry[];
}

export function staffTimetablesTab(
  school: SchoolWeek,
  week: IsoDate,
  entries: readonly ScheduleEntry[],
  series: readonly SessionSeries[],
  protectedSubjects: readonly string[],
): TabPlan | null {
  const byStaff = new Map<string, { staff: string; entries: ScheduleEntry[] }>();
  for (const entry of entries) {
    if (entry.staff === '') continue;
    const id = school.staffId(entry.staff);
    const found = byStaff.get(id) ?? { staff: school.staffName(entry.staff), entries: [] };
    found.entries.push(entry);
    byStaff.set(id, found);
  }
  if (byStaff.size === 0) return null;
  const learnersOf = learnerLookup(series);
  const shape = blockShape(school.lessonsPerDay(week));
  const blocks = [...byStaff.values()].sort((a, b) => a.staff.localeCompare(b.staff));
  const values: PlanCell[][] = [];
  const areas: AreaFormat[] = [];
  blocks.forEach((block, n) => {
    const top = n * BLOCK_ROWS + 1;
    values.push(...blockRows(school, week, shape, block, learnersOf, protectedSubjects));
    areas.push(...blockFormats(school, week, shape, top));
  });
  return {
    key: STAFF_TIMETABLES_KEY,
    name: STAFF_TIMETABLES_TAB,
    values,
    format: {
      columnWidths: COLUMN_WIDTHS,
      rowHeights: [{ row: 1, rows: values.length, height: ROW_HEIGHT }],
      hideGridlines: true,
      areas,
    },
    charts: [],
  };
}

function blockRows(
  school: SchoolWeek,
  week: IsoDate,
  shape: BlockShape,
  block: StaffWeek,
  learnersOf: LearnerLookup,
  protectedSubjects: readonly string[],
): PlanCell[][] {
  const rows: PlanCell[][] = [
    [`Intervention timetable for week commencing ${ukDate(week)}: ${block.staff}`],
    ['Learners requiring intervention'],
    ['', 'Name', 'Reason for intervention', 'Desired outcome', 'Session', 'When (lesson missed)'],
    ...fitted(learnerRows(block.entries, learnersOf, shape.learnerRows), shape.learnerRows),
    [],
    ['', ...WEEKDAYS.map((day) => dayHeading(school, week, day))],
    ...fitted(gridRows(school, week, block.entries, shape), shape.gridRows),
    [`${andList(protectedSubjects, 'Protected')} lessons will be avoided.`],
  ];
  return rows.map((row) => Array.from({ length: WIDTH }, (_, i) => row[i] ?? ''));
}

function dayHeading(school: SchoolWeek, week: IsoDate, day: (typeof WEEKDAYS)[number]): string {
  const date = school.dateOf(week, day);
  return school.calendar.closure(date) === null ? longDate(date) : `${longDate(date)}: closed`;
}

/** Exactly `count` rows: padded with blanks, or cut with a last row saying how many more there are. */
function fitted(rows: readonly PlanCell[][], count: number): PlanCell[][] {
  if (rows.length <= count) return [...rows, ...Array.from({ length: count - rows.length }, () => [])];
  return [...rows.slice(0, count - 1), ['', `… and ${rows.length - count + 1} more: see the Schedule tab, filtered by Staff.`]];
}

type LearnerLookup = (session: string, pupil: string) => { reason: string; outcome: string };

function learnerLookup(series: readonly SessionSeries[]): LearnerLookup {
  const found = new Map<string, { reason: string; outcome: string }>();
  for (const s of series) {
    for (const learner of s.learners) {
      found.set(`${normaliseText(s.name)}|${learner.pupil}`, { reason: learner.reason ?? '', outcome: learner.outcome ?? '' });
    }
  }
  return (session, pupil) => found.get(`${normaliseText(session)}|${pupil}`) ?? { reason: '', outcome: '' };
}

/** One row per learner; when there are more than fit, one row per session with its learners together. */
function learnerRows(entries: readonly ScheduleEntry[], learnersOf: LearnerLookup, room: number): PlanCell[][] {
  const bySessionPupil = new Map<string, ScheduleEntry[]>();
  for (const entry of entries) {
    const key = `${entry.session}\u0000${entry.pupil}`;
    bySessionPupil.set(key, [...(bySessionPupil.get(key) ?? []), entry]);
  }
  const learners = [...bySessionPupil.values()]
    .map((lessons) => {
      const first = lessons[0] as ScheduleEntry;
      const { reason, outcome } = learnersOf(first.session, first.pupil);
      const when = lessons
        .sort((a, b) => a.day - b.day || a.lesson - b.lesson)
        .map((lesson) => `${lessonLabel(lesson.day, lesson.lesson)}${lesson.missing === '' ? '' : ` ${lesson.missing}`}`)
        .join(', ');
      return { name: first.pupilName, session: first.session, reason, outcome, when };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.session.localeCompare(b.session));
  if (learners.length <= room) return learners.map((l) => ['', l.name, l.reason, l.outcome, l.session, l.when]);
  const bySession = new Map<string, typeof learners>();
  for (const learner of learners) bySession.set(learner.session, [...(bySession.get(learner.session) ?? []), learner]);
  return [...bySession]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([session, group]) => [
      '',
      group.map((l) => l.name).join(', '),
      distinct(group.map((l) => l.reason)),
      distinct(group.map((l) => l.outcome)),
      session,
      distinct(group.map((l) => l.when)),
    ]);
}

/** Each lesson takes the same number of rows (three when they fit: session, room, what is missed). */
function gridRows(school: SchoolWeek, week: IsoDate, entries: readonly ScheduleEntry[], shape: BlockShape): PlanCell[][] {
  const rows: PlanCell[][] = [];
  for (let lesson = 1; lesson <= shape.lessons; lesson += 1) {
    const cells = WEEKDAYS.map((day) => lessonLines(school, week, day, lesson, entries, shape.rowsPerLesson));
    for (let line = 0; line < shape.rowsPerLesson; line += 1) {
      rows.push([line === 0 ? `Lesson ${lesson}` : '', ...cells.map((lines) => lines[line] ?? '')]);
    }
  }
  return rows;
}

function lessonLines(
  school: SchoolWeek,
  week: IsoDate,
  day: (typeof WEEKDAYS)[number],
  lesson: number,
  entries: readonly ScheduleEntry[],
  lines: number,
): string[] {
  const closed = school.calendar.closure(school.dateOf(week, day));
  if (closed !== null) return lesson === 1 ? [closed] : [];
  const here = entries.filter((entry) => entry.day === day && entry.lesson === lesson);
  const first = here[0];
  if (!first) return [];
  const sessions = [...new Set(here.map((entry) => entry.session))].join(' + ');
  const room = first.room === '' ? 'Room not set' : first.room;
  const misses = `Misses: ${missesSummary(here)}`;
  if (lines >= 3) return [sessions, room, misses];
  if (lines === 2) return [`${sessions} · ${room}`, misses];
  return [`${sessions} · ${room} · ${misses}`];
}

/** `Science (Ava Khan, Ben Ng); History (Cara Lee)`, or `Science 2, History 1` when that is too long. */
function missesSummary(entries: readonly ScheduleEntry[]): string {
  const bySubject = new Map<string, string[]>();
  for (const entry of entries) {
    const subject = entry.missing === '' ? 'no lesson' : entry.missing;
    bySubject.set(subject, [...(bySubject.get(subject) ?? []), entry.pupilName]);
  }
  const sorted = [...bySubject].sort(([a], [b]) => a.localeCompare(b));
  const full = sorted.map(([subject, names]) => `${subject} (${names.sort((a, b) => a.localeCompare(b)).join(', ')})`).join('; ');
  return full.length <= MISSES_IN_FULL ? full : sorted.map(([subject, names]) => `${subject} ${names.length}`).join(', ');
}

function blockFormats(school: SchoolWeek, week: IsoDate, shape: BlockShape, top: number): AreaFormat[] {
  const learnerHeader = top + LEARNERS_AT - 1;
  const gridHeader = top + LEARNERS_AT + shape.learnerRows + 1;
  const lessonRows = shape.gridRows;
  const closedColumns = WEEKDAYS.filter((day) => school.calendar.closure(school.dateOf(week, day)) !== null);
  return [
    { area: { row: top, column: 1, rows: 1, columns: 1 }, bold: true, fontSize: 11 },
    { area: { row: top + 1, column: 1, rows: 1, columns: 1 }, bold: true },
    { area: { row: learnerHeader, column: 2, rows: 1, columns: WIDTH - 1 }, bold: true, background: '#e8eaed' },
    { area: { row: learnerHeader, column: 2, rows: shape.learnerRows + 1, columns: WIDTH - 1 }, borders: true },
    { area: { row: learnerHeader + 1, column: 2, rows: shape.learnerRows, columns: WIDTH - 1 }, fontSize: 8, wrap: true },
    { area: { row: gridHeader, column: 1, rows: 1, columns: WIDTH }, bold: true, background: '#e8eaed', horizontalAlignment: 'center' },
    { area: { row: gridHeader + 1, column: 1, rows: lessonRows, columns: 1 }, bold: true, fontSize: 9 },
    { area: { row: gridHeader + 1, column: 2, rows: lessonRows, columns: WIDTH - 1 }, fontSize: 8, wrap: true },
    { area: { row: gridHeader, column: 1, rows: lessonRows + 1, columns: WIDTH }, borders: true },
    ...closedColumns.map((day) => ({
      area: { row: gridHeader, column: day + 1, rows: lessonRows + 1, columns: 1 },
      background: CLOSED_GREY,
    })),
    { area: { row: top + BLOCK_ROWS - 1, column: 1, rows: 1, columns: 1 }, italic: true },
  ];
}

function distinct(values: readonly string[]): string {
  return [...new Set(values.filter((value) => value !== ''))].join('; ');
}
