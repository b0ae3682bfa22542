/**
 * Generate timetables: place every group and 1-1 session in the school week, clash-free and out of
 * protected subjects, and plan the Schedule, a timetable per member of staff per week and the
 * "Where pupils are" view.
 */
import type { SchoolData } from '../domain';
import type { TabPlan, WritePlan } from '../plan';
import { problem, type Problem } from '../problems';
import type { Settings } from '../settings';
import type { TabSnapshot } from '../snapshot';
import { ukDate, type CellValue, type IsoDate } from '../values';
import { checkWithWeek } from './check';
import { mondayOf } from './dates';
import { buildSeries } from './demand';
import { readLocks, SCHEDULE_TAB } from './locks';
import { scheduleTab, SCHEDULE_KEY } from './schedule-tab';
import { SchoolWeek } from './school-week';
import { solve, type Unplaced } from './solver';
import { STAFF_TIMETABLE_PREFIX, staffTimetableTab } from './staff-timetable-tab';
import type { ScheduledSession, SessionSeries } from './types';
import { WHERE_PUPILS_PREFIX, wherePupilsTab } from './where-pupils-tab';
import { plural } from '../text';

export { checkSchedule } from './check';
export { protectedSubjectTest } from './subjects';
export type { ScheduledSession, SessionSeries, Violation, ViolationRule } from './types';
export { SCHEDULE_HEADERS, SCHEDULE_TAB } from './locks';
export { SCHEDULE_KEY } from './schedule-tab';
export { readScheduleRows, type ScheduleRow } from './schedule-rows';

export interface TimetableRequest {
  /** A Monday for one week, or the whole of every programme. */
  readonly week: IsoDate | 'programme';
  readonly today: IsoDate;
}

export interface TimetableResult {
  readonly plan: WritePlan;
  readonly problems: Problem[];
  readonly headline: string;
  readonly details: string[];
  readonly sessions: ScheduledSession[];
}

const MAX_DETAILS = 20;

export function buildTimetables(
  data: SchoolData,
  settings: Settings,
  request: TimetableRequest,
  previousSchedule: TabSnapshot | undefined,
): TimetableResult {
  const school = new SchoolWeek(data, settings);
  // Every spelling of a member of staff becomes the one the school's lists show first.
  const series = buildSeries(data, settings, request.today).map((s) => (s.staff === null ? s : { ...s, staff: school.staffName(s.staff) }));
  const onlyWeek = request.week === 'programme' ? null : mondayOf(request.week);
  const inScope = (week: IsoDate): boolean => onlyWeek === null || week === onlyWeek;
  const locks = readLocks(previousSchedule);
  const solution = solve(
    school,
    settings,
    series,
    onlyWeek,
    locks.filter((lock) => onlyWeek === null || lock.week <= onlyWeek),
  );
  const sessions = solution.sessions.filter((s) => inScope(s.week));
  const unplaced = solution.unplaced.filter((u) => inScope(u.week));
  const carried = locks.filter((lock) => !inScope(lock.week)).flatMap((lock) => lock.rows);
  const problems = [
    ...unplaced.map(unplacedProblem),
    ...solution.lockProblems.filter((entry) => inScope(entry.week)).map((entry) => entry.problem),
  ];

  const weeks = onlyWeek === null ? [...new Set(series.flatMap((s) => s.weeks))].sort() : [onlyWeek];
  const plan: WritePlan = {
    tabs: [
      scheduleTab(school, sessions, carried),
      ...staffTabs(school, weeks, sessions, series),
      ...weeks.map((week) =>
        wherePupilsTab(
          school,
          week,
          sessions.filter((s) => s.week === week),
        ),
      ),
    ],
    replaces: [SCHEDULE_KEY, STAFF_TIMETABLE_PREFIX, WHERE_PUPILS_PREFIX],
  };
  const violations = checkWithWeek(school, settings.timetable.allowTwicePerDay, sessions);
  return {
    plan,
    problems,
    headline: headline(series, sessions, unplaced, onlyWeek),
    details: details(
      school,
      settings,
      series,
      unplaced,
      problems.length - unplaced.length,
      violations.map((v) => v.detail),
      carried,
    ),
    sessions,
  };
}

function staffTabs(
  school: SchoolWeek,
  weeks: readonly IsoDate[],
  sessions: readonly ScheduledSession[],
  series: readonly SessionSeries[],
): TabPlan[] {
  const seriesById = new Map(series.map((s) => [s.id, s] as const));
  const tabs: TabPlan[] = [];
  const names = new Set<string>();
  for (const week of weeks) {
    const thisWeek = sessions.filter((s) => s.week === week);
    const staffNames = new Map<string, string>();
    for (const session of thisWeek)
      if (session.staff !== null && !staffNames.has(school.staffId(session.staff)))
        staffNames.set(school.staffId(session.staff), session.staff);
    for (const [key, staff] of [...staffNames].sort(([a], [b]) => a.localeCompare(b))) {
      const tab = staffTimetableTab(
        school,
        staff,
        week,
        thisWeek.filter((s) => s.staff !== null && school.staffId(s.staff) === key),
        seriesById,
      );
      // Two names that differ only past the 100-character limit would share a tab name.
      if (names.has(tab.name)) continue;
      names.add(tab.name);
      tabs.push(tab);
    }
  }
  return tabs;
}

function unplacedProblem(entry: Unplaced): Problem {
  const source = entry.series.source;
  return source === null
    ? problem('timetable', SCHEDULE_TAB, 1, 'Session', entry.reason)
    : problem('timetable', source.ref.tab, source.ref.row, source.column, entry.reason);
}

function headline(
  series: readonly SessionSeries[],
  sessions: readonly ScheduledSession[],
  unplaced: readonly Unplaced[],
  onlyWeek: IsoDate | null,
): string {
  const groups = new Set(sessions.filter((s) => s.kind === 'group').map((s) => s.seriesId)).size;
  const oneToOnes = new Set(sessions.filter((s) => s.kind === '1-1').map((s) => s.seriesId)).size;
  const when = onlyWeek === null ? '' : ` in the week commencing ${ukDate(onlyWeek)}`;
  if (series.length === 0) return 'No groups or 1-1 pupils to timetable: set up the register first.';
  const placed = `Placed ${plural(sessions.length, 'session')} for ${plural(groups, 'group')} and ${plural(oneToOnes, '1-1 pupil')}${when}`;
  return unplaced.length === 0 ? `${placed}; every session fitted.` : `${placed}; ${unplaced.length} could not be placed (see Problems).`;
}

function details(
  school: SchoolWeek,
  settings: Settings,
  series: readonly SessionSeries[],
  unplaced: readonly Unplaced[],
  lockProblemCount: number,
  violations: readonly string[],
  carried: readonly (readonly CellValue[])[],
): string[] {
  const lines: string[] = [];
  if (!school.hasLessonTimetable) {
    lines.push(
      `No lesson timetable was found, so the week was taken as Monday–Friday with ${settings.timetable.lessonsPerDay} lessons and protected subjects could not be avoided. Add the lesson timetable and generate again.`,
    );
  }
  if (school.usesCycle && !school.cycleAnchorKnown)
    lines.push("The timetable has weeks A and B but week A's Monday is not set, so every week was read as week A.");
  const noStaff = series.filter((s) => s.staff === null).map((s) => s.name);
  if (noStaff.length > 0)
    lines.push(
      `No member of staff is named for ${noStaff.slice(0, 5).join(', ')}${noStaff.length > 5 ? ` and ${noStaff.length - 5} more` : ''}, so they have no staff timetable.`,
    );
  if (lockProblemCount > 0) lines.push(`${plural(lockProblemCount, 'locked lesson')} could not be kept (see Problems).`);
  if (carried.length > 0) lines.push(`${plural(carried.length, 'locked row')} for other weeks kept as they were.`);
  for (const violation of violations) lines.push(`Check failed: ${violation}`);
  for (const entry of unplaced.slice(0, MAX_DETAILS)) lines.push(entry.reason);
  if (unplaced.length > MAX_DETAILS) lines.push(`… and ${unplaced.length - MAX_DETAILS} more on Problems.`);
  return lines;
}
