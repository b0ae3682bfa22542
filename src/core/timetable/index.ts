/**
 * Generate timetables: plan every session of every programme in the school's term time, keeping
 * what people pinned and the weeks already under way, and print one week. Writes a handful of tabs
 * whatever the number of weeks: `Schedule` (the whole programme), `Staff timetables` (the chosen
 * week, a page per member of staff), `Where pupils are` (the chosen week, with the teachers'
 * notice) and `Lessons missed`.
 */
import { addDays, mondayOf, mondayOnOrAfter } from '../calendar/days';
import type { PupilId, SchoolData, Weekday } from '../domain';
import type { TabPlan, WritePlan } from '../plan';
import { problem, type Problem } from '../problems';
import type { Settings } from '../settings';
import type { TabSnapshot } from '../snapshot';
import { plural } from '../text';
import { ukDate, type IsoDate } from '../values';
import { checkWithWeek } from './check';
import { buildSeries } from './demand';
import { LESSONS_MISSED_KEY, lessonsMissedTab } from './lessons-missed-tab';
import { earlierPlacements, pinnedSessions, seriesResolver } from './pins';
import { readPreviousSchedule, SCHEDULE_TAB, sessionKey, unreadablePart, type PreviousRow } from './previous-schedule';
import { keptEntry, scheduleEntries, type ScheduleEntry } from './schedule-entries';
import { SCHEDULE_KEY, scheduleTab } from './schedule-tab';
import { SchoolWeek } from './school-week';
import { solve, type KeptSession, type Unplaced } from './solver';
import { STAFF_TIMETABLES_KEY, staffTimetablesTab } from './staff-timetables-tab';
import type { ScheduledSession, SessionSeries } from './types';
import { WHERE_PUPILS_KEY, wherePupilsTab } from './where-pupils-tab';

export { checkSchedule } from './check';
export { protectedSubjectTest } from './subjects';
export type { ScheduledSession, SessionSeries, Violation, ViolationRule } from './types';
export { SCHEDULE_HEADERS, SCHEDULE_TAB } from './previous-schedule';
export { SCHEDULE_KEY } from './schedule-tab';
export { readScheduleRows, type ScheduleRow } from './schedule-rows';

export interface TimetableRequest {
  /** `programme`: plan every week not yet under way; a Monday: plan that week again, and print it. */
  readonly week: IsoDate | 'programme';
  readonly today: IsoDate;
  /** Plan the weeks again from nothing, rather than keeping sessions where the last timetable had them. */
  readonly afresh?: boolean;
}

export interface TimetableResult {
  readonly plan: WritePlan;
  readonly problems: Problem[];
  readonly headline: string;
  readonly details: string[];
  /** The sessions placed in this run (weeks kept as they were are not among them). */
  readonly sessions: ScheduledSession[];
  /** The week the printed tabs show; null when there is no school week to print. */
  readonly printWeek: IsoDate | null;
}

const MAX_DETAILS = 20;
/** Keys of the per-week tabs earlier versions wrote: removed when a timetable is generated. */
const EARLIER_WEEKLY_TABS = ['staff-timetable:', 'where-pupils:'];

export function buildTimetables(
  data: SchoolData,
  settings: Settings,
  request: TimetableRequest,
  previousSchedule: TabSnapshot | undefined,
): TimetableResult {
  const school = new SchoolWeek(data, settings);
  const demand = buildSeries(data, settings, school.calendar, request.today);
  // Every spelling of a member of staff becomes the one the school's lists show first.
  const series = demand.series.map((s) => (s.staff === null ? s : { ...s, staff: school.staffName(s.staff) }));
  const staffed = series.filter((s) => s.staff !== null);
  const previous = readPreviousSchedule(previousSchedule);
  const scope = planScope(request, previous);

  const keptRows = previous.filter((row) => row.week !== null && scope.isKept(row.week));
  const keptEntries = keptRows.flatMap((row) => keptEntry(row) ?? []);
  const open = previous.filter((row) => row.week === null || !scope.isKept(row.week));
  const { pins, problems: unreadablePins } = pinnedSessions(open);
  const seriesWeeks = [...new Set(staffed.flatMap((s) => s.weeks))].sort();
  const solution = solve(school, settings, {
    series: staffed,
    weeks: seriesWeeks.filter((week) => !scope.isKept(week)),
    allWeeks: [...new Set([...seriesWeeks, ...scope.covered])].sort(),
    pins,
    earlier: request.afresh === true ? [] : earlierPlacements(open),
    kept: keptSessions(keptEntries),
  });

  const entries = scheduleEntries(school, previous, scope.isKept, solution);

  const unplaced = [...solution.unplaced, ...shortInKeptWeeks(staffed, keptEntries, scope)];
  const printWeek = scope.only ?? school.calendar.schoolWeekFrom(mondayOnOrAfter(addDays(request.today, 1)));
  const problems = [
    ...demand.problems,
    ...series.filter((s) => s.staff === null).map(unstaffedProblem),
    ...unknownLessonProblems(school, staffed),
    ...unplaced.map(unplacedProblem),
    ...unreadablePins,
    ...unreadableKeptRows(keptRows),
    ...solution.pinProblems,
  ];
  const violations = checkWithWeek(school, settings.timetable.allowTwicePerDay, solution.sessions);
  return {
    plan: {
      tabs: [
        scheduleTab(school, entries),
        ...printedTabs(school, settings, printWeek, entries, staffed),
        lessonsMissedTab(school, entries, request.today),
      ],
      replaces: [SCHEDULE_KEY, STAFF_TIMETABLES_KEY, WHERE_PUPILS_KEY, LESSONS_MISSED_KEY, ...EARLIER_WEEKLY_TABS],
    },
    problems,
    headline: headline(school, series, solution.sessions, unplaced, scope.only),
    details: [
      school.calendar.describe(),
      printLine(school, printWeek),
      ...details(
        school,
        settings,
        series,
        unplaced,
        problems.length,
        violations.map((v) => v.detail),
        scope,
        keptRows.length,
        solution.stayed,
      ),
    ],
    sessions: solution.sessions,
    printWeek,
  };
}

interface Scope {
  /** The one week planned again, when one was chosen. */
  readonly only: IsoDate | null;
  /** Weeks the earlier Schedule has rows for. */
  readonly covered: ReadonlySet<IsoDate>;
  /** A week whose rows stay as they were: under way (or past) when the whole programme is planned, any other when one week is. */
  readonly isKept: (week: IsoDate) => boolean;
}

function planScope(request: TimetableRequest, previous: readonly PreviousRow[]): Scope {
  const only = request.week === 'programme' ? null : mondayOf(request.week);
  const covered = new Set(previous.flatMap((row) => (row.week === null ? [] : [row.week])));
  const isKept = (week: IsoDate): boolean => covered.has(week) && (only === null ? week < request.today : week !== only);
  return { only, covered, isKept };
}

function keptSessions(entries: readonly ScheduleEntry[]): KeptSession[] {
  const bySession = new Map<string, { week: IsoDate; day: Weekday; lesson: number; staff: string | null; pupils: PupilId[] }>();
  for (const entry of entries) {
    const key = sessionKey(entry.session, entry.week, entry.day, entry.lesson);
    const found = bySession.get(key) ?? { week: entry.week, day: entry.day, lesson: entry.lesson, staff: entry.staff || null, pupils: [] };
    found.pupils.push(entry.pupil);
    bySession.set(key, found);
  }
  return [...bySession.values()];
}

/** Sessions a kept week was owed but does not have (a group added since, say): said, never hidden. */
function shortInKeptWeeks(series: readonly SessionSeries[], kept: readonly ScheduleEntry[], scope: Scope): Unplaced[] {
  const resolve = seriesResolver(series);
  const lessons = new Map<string, Set<string>>();
  for (const entry of kept) {
    const owner = resolve(entry.session, entry.pupil)?.id ?? entry.session;
    const key = `${owner}|${entry.week}`;
    lessons.set(key, (lessons.get(key) ?? new Set()).add(`${entry.day}|${entry.lesson}`));
  }
  const why =
    scope.only === null
      ? 'that week was already under way, so it was kept as it was'
      : `only the week commencing ${ukDate(scope.only)} was planned again, and this week was kept as it was`;
  return series.flatMap((s) =>
    s.weeks.flatMap((week, i) => {
      if (!scope.isKept(week)) return [];
      const missing = s.perWeek - (lessons.get(`${s.id}|${week}`)?.size ?? 0);
      return missing <= 0
        ? []
        : [
            {
              series: s,
              week,
              weekNumber: i + 1,
              reason: `${s.name}, week ${i + 1} (w/c ${ukDate(week)}): ${why}, with ${plural(missing, 'session')} fewer than planned.`,
            },
          ];
    }),
  );
}

function printedTabs(
  school: SchoolWeek,
  settings: Settings,
  week: IsoDate | null,
  entries: readonly ScheduleEntry[],
  series: readonly SessionSeries[],
): TabPlan[] {
  if (week === null) return [];
  const thisWeek = entries.filter((entry) => entry.week === week);
  const staff = staffTimetablesTab(school, week, thisWeek, series, settings.timetable.protectedSubjects);
  return [...(staff === null ? [] : [staff]), wherePupilsTab(school, week, thisWeek)];
}

function printLine(school: SchoolWeek, week: IsoDate | null): string {
  if (week === null) return 'There is no school week ahead in the term dates, so nothing was printed.';
  const holiday = school.calendar.holidayOf(week);
  if (holiday !== null) return `The week commencing ${ukDate(week)} is ${holiday}: there is nothing to print.`;
  return `Staff timetables and Where pupils are show the week commencing ${ukDate(week)}.`;
}

function unstaffedProblem(series: SessionSeries): Problem {
  const reason = `No member of staff is named for ${series.name}, so none of its sessions were placed. Name who runs it in a Staff column (the register${series.kind === 'group' ? ' or the groups tab' : ''}), then generate again.`;
  const source = series.source;
  return source === null
    ? problem('timetable', SCHEDULE_TAB, 1, 'Staff', reason)
    : problem('timetable', source.ref.tab, source.ref.row, 'Staff', reason);
}

/** Pupils with sessions whose lessons the lesson timetable does not give: where they are kept out of, and why. */
function unknownLessonProblems(school: SchoolWeek, series: readonly SessionSeries[]): Problem[] {
  const pupils = new Set(series.flatMap((s) => s.learners.map((learner) => learner.pupil)));
  return [...pupils].flatMap((id) => {
    const why = school.unknownLessons(id);
    const pupil = school.pupil(id);
    if (why === null || !pupil) return [];
    return [
      problem(
        'timetable',
        pupil.source.tab,
        pupil.source.row,
        pupil.form !== null ? 'Form' : 'Year',
        `${pupil.name}'s lessons are not known (${why}), so their sessions were placed only where no class has a protected subject, and any that could not be are listed here. Add their year or form to the lesson timetable, then generate again.`,
      ),
    ];
  });
}

function unreadableKeptRows(rows: readonly PreviousRow[]): Problem[] {
  return rows.flatMap((row) => {
    const part = unreadablePart(row);
    return part === null
      ? []
      : [
          problem(
            'timetable',
            SCHEDULE_TAB,
            row.row,
            '',
            `This row of a week kept as it was cannot be read: ${part}. It was left out of the Schedule.`,
          ),
        ];
  });
}

function unplacedProblem(entry: Unplaced): Problem {
  const source = entry.series.source;
  return source === null
    ? problem('timetable', SCHEDULE_TAB, 1, 'Session', entry.reason)
    : problem('timetable', source.ref.tab, source.ref.row, source.column, entry.reason);
}

function headline(
  school: SchoolWeek,
  series: readonly SessionSeries[],
  sessions: readonly ScheduledSession[],
  unplaced: readonly Unplaced[],
  only: IsoDate | null,
): string {
  if (series.length === 0) return 'No groups or 1-1 pupils to timetable: set up the register first.';
  const holiday = only === null ? null : school.calendar.holidayOf(only);
  if (only !== null && holiday !== null) return `The week commencing ${ukDate(only)} is ${holiday}: no sessions were planned for it.`;
  if (only !== null && !series.some((s) => s.weeks.includes(only))) return `No programme runs in the week commencing ${ukDate(only)}.`;
  const groups = new Set(sessions.filter((s) => s.kind === 'group').map((s) => s.seriesId)).size;
  const oneToOnes = new Set(sessions.filter((s) => s.kind === '1-1').map((s) => s.seriesId)).size;
  const when = only !== null && sessions.every((s) => s.week === only) ? ` in the week commencing ${ukDate(only)}` : '';
  const placed = `Placed ${plural(sessions.length, 'session')} for ${plural(groups, 'group')} and ${plural(oneToOnes, '1-1 pupil')}${when}`;
  const unstaffed = series.filter((s) => s.staff === null).length;
  const missed = [
    ...(unplaced.length > 0 ? [`${unplaced.length} could not be placed`] : []),
    ...(unstaffed > 0
      ? [
          `${plural(unstaffed, 'group or 1-1', 'groups or 1-1s')} with no member of staff ${unstaffed === 1 ? 'was' : 'were'} not timetabled`,
        ]
      : []),
  ];
  return missed.length === 0 ? `${placed}; every session fitted.` : `${placed}; ${missed.join(', and ')} (see Problems).`;
}

function details(
  school: SchoolWeek,
  settings: Settings,
  series: readonly SessionSeries[],
  unplaced: readonly Unplaced[],
  problemCount: number,
  violations: readonly string[],
  scope: Scope,
  keptRows: number,
  stayed: number,
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
      `No member of staff is named for ${noStaff.slice(0, 5).join(', ')}${noStaff.length > 5 ? ` and ${noStaff.length - 5} more` : ''}, so they were not timetabled: name who runs each in a Staff column, then generate again.`,
    );
  if (keptRows > 0)
    lines.push(
      scope.only === null
        ? `${plural(keptRows, 'row')} of weeks already under way were kept as they were.`
        : `Only the week commencing ${ukDate(scope.only)} was planned again; ${plural(keptRows, 'row')} of other weeks were kept as they were.`,
    );
  if (stayed > 0)
    lines.push(
      `${plural(stayed, 'session')} stayed where the last timetable put ${stayed === 1 ? 'it' : 'them'}, so only what changed was planned again; to plan every week not yet under way from scratch, choose "Plan afresh".`,
    );
  if (problemCount > unplaced.length) lines.push(`${plural(problemCount, 'problem')} in all are listed on Problems.`);
  for (const violation of violations) lines.push(`Check failed: ${violation}`);
  for (const entry of unplaced.slice(0, MAX_DETAILS)) lines.push(entry.reason);
  if (unplaced.length > MAX_DETAILS) lines.push(`… and ${unplaced.length - MAX_DETAILS} more on Problems.`);
  return lines;
}
