/**
 * Sessions people pinned on the Schedule (locked, or registered as delivered, attended or not
 * delivered) and how they are put back: each stays in its lesson when every hard rule still holds.
 * A lock that cannot be read, or cannot stay, is reported on Problems, never dropped silently.
 */
import type { Weekday } from '../domain';
import { problem, type Problem } from '../problems';
import { normaliseText } from '../text';
import { ukDate, type IsoDate } from '../values';
import { quoteCell } from '../coerce';
import type { Board } from './board';
import { oneToOneSeriesId } from './demand';
import { isPinned, isRegistered, SCHEDULE_TAB, sessionKey, unreadablePart, type PreviousRow } from './previous-schedule';
import { lessonLabel, type SchoolWeek, type WeekSlot } from './school-week';
import type { SessionSeries } from './types';
import type { Occurrence, WeekPlan } from './week-plan';

/** One session a person pinned: every row of it (one per pupil). */
export interface PinnedSession {
  readonly session: string;
  readonly week: IsoDate;
  readonly day: Weekday;
  readonly lesson: number;
  readonly rows: readonly PreviousRow[];
  /** Locked by someone (rather than only registered). */
  readonly locked: boolean;
  /** Someone recorded whether it happened: it stays, even when it can no longer be planned. */
  readonly registered: boolean;
}

/** Pinned rows grouped into sessions, registered ones first; unreadable pinned rows become Problems. */
export function pinnedSessions(rows: readonly PreviousRow[]): { pins: PinnedSession[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const readable = rows.filter((row) => {
    if (!isPinned(row.ticks)) return false;
    const unreadable = unreadablePart(row);
    if (unreadable === null) return true;
    problems.push(
      pinProblem(row, `This row is ${tickedAs(row)}, but ${unreadable}, so it could not be kept; the session was planned again.`),
    );
    return false;
  });
  const pins = sessionsOf(readable);
  pins.sort((a, b) => Number(b.registered) - Number(a.registered) || (a.rows[0]?.row ?? 0) - (b.rows[0]?.row ?? 0));
  return { pins, problems };
}

/**
 * Where the last timetable put the sessions nobody pinned. Planning again puts each back first,
 * when every rule still holds, so that pressing Generate with nothing changed moves nothing and a
 * change (a pupil added, Science protected) moves only the sessions it touches.
 */
export function earlierPlacements(rows: readonly PreviousRow[]): PinnedSession[] {
  return sessionsOf(rows.filter((row) => !isPinned(row.ticks) && unreadablePart(row) === null));
}

/** Readable rows grouped into sessions (one row per pupil), in the order their first rows appear. */
function sessionsOf(rows: readonly PreviousRow[]): PinnedSession[] {
  const bySession = new Map<string, PreviousRow[]>();
  for (const row of rows) {
    const key = sessionKey(row.session, row.week as IsoDate, row.day as Weekday, row.lesson as number);
    const session = bySession.get(key);
    if (session) session.push(row);
    else bySession.set(key, [row]);
  }
  return [...bySession.values()].map((sessionRows): PinnedSession => {
    const first = sessionRows[0] as PreviousRow;
    return {
      session: first.session,
      week: first.week as IsoDate,
      day: first.day as Weekday,
      lesson: first.lesson as number,
      rows: sessionRows,
      locked: sessionRows.some((row) => row.ticks.locked),
      registered: sessionRows.some((row) => isRegistered(row.ticks)),
    };
  });
}

/** Finds the series a Schedule row belongs to: by its session's name, or for a 1-1 by its pupil. */
export function seriesResolver(series: readonly SessionSeries[]): (session: string, pupil: string) => SessionSeries | undefined {
  const byName = new Map(series.map((s) => [normaliseText(s.name), s] as const));
  const byId = new Map(series.map((s) => [s.id as string, s] as const));
  return (session, pupil) => byName.get(normaliseText(session)) ?? byId.get(oneToOneSeriesId(pupil));
}

/** What became of a pinned session that could not be put back: a registered one happened, so its rows stay. */
function whatBecameOf(pin: PinnedSession): string {
  return pin.registered ? 'its rows were kept as they were' : 'it was dropped';
}

/**
 * Puts a pinned session back into its lesson, fixed; returns why it could not, or null. A registered
 * session that cannot stay still takes its week's place (it happened), so it is not planned again.
 * `plan` is the week's plan, none when no programme runs that week.
 */
export function applyPin(board: Board, plan: WeekPlan | undefined, pin: PinnedSession, series: SessionSeries | undefined): string | null {
  const where = `${lessonLabel(pin.day, pin.lesson)} w/c ${ukDate(pin.week)}`;
  const name = quoteCell(pin.session);
  if (!plan)
    return `${capital(pinnedAs(pin))} ${name} is in the week commencing ${ukDate(pin.week)}, when no programme runs, so ${whatBecameOf(pin)}.`;
  if (!series)
    return `${capital(pinnedAs(pin))} session ${name} (${where}) is no longer on the register or groups, so ${whatBecameOf(pin)}.`;
  const siblings = plan.siblingsOf(series);
  if (siblings.length === 0)
    return `${capital(pinnedAs(pin))} ${name} (${where}) is outside its programme's weeks, so ${whatBecameOf(pin)}.`;
  const occurrence = siblings.find((o) => o.slot === null && !o.fixed);
  if (!occurrence)
    return `${name} has more ${pinnedAs(pin)} lessons in w/c ${ukDate(pin.week)} than sessions a week; ${where} was ${pin.registered ? 'kept as it was' : 'dropped'}.`;
  const slot = board.school.slotAt(pin.week, pin.day, pin.lesson);
  const broken = slot === undefined ? missingLesson(board.school, pin) : ruleBroken(board, plan, occurrence, slot);
  if (broken === null && slot !== undefined) {
    board.move(occurrence, slot);
    occurrence.fixed = true;
    occurrence.locked = pin.locked;
    return null;
  }
  if (pin.registered) {
    // It happened (or was recorded as not delivered) where the rows say: nothing is planned in its place.
    occurrence.fixed = true;
    return `Registered ${name} in ${where} breaks a rule: ${broken ?? ''}. Its rows were kept as they were; check them.`;
  }
  return `Locked ${name} in ${where} cannot stay: ${broken ?? ''}. It was placed again.`;
}

/**
 * Puts a session nobody pinned back where the last timetable had it, when every rule still holds;
 * true when it went back. It is not fixed: a new session that can only fit by moving it still may,
 * but the improvement phase leaves it where people have seen it.
 */
export function restoreEarlier(board: Board, plan: WeekPlan, earlier: PinnedSession, series: SessionSeries | undefined): boolean {
  const occurrence = series && plan.siblingsOf(series).find((o) => o.slot === null && !o.fixed);
  const slot = board.school.slotAt(earlier.week, earlier.day, earlier.lesson);
  if (!occurrence || slot === undefined || ruleBroken(board, plan, occurrence, slot) !== null) return false;
  board.move(occurrence, slot);
  occurrence.stayed = true;
  return true;
}

export function pinProblem(row: PreviousRow, reason: string): Problem {
  return problem('timetable', SCHEDULE_TAB, row.row, row.ticks.locked ? 'Locked' : 'Delivered', reason);
}

function missingLesson(school: SchoolWeek, pin: PinnedSession): string {
  const closed = school.calendar.closure(school.dateOf(pin.week, pin.day));
  return closed === null ? 'that week has no such lesson' : `the school is closed that day (${closed})`;
}

function ruleBroken(board: Board, plan: WeekPlan, occurrence: Occurrence, slot: WeekSlot): string | null {
  const { school } = board;
  const staff = occurrence.series.staff;
  const busy = staff === null ? null : school.staffBusy(staff, slot);
  if (staff !== null && busy !== null) return `${staff} is not available then (${busy})`;
  for (const pupil of occurrence.pupils) {
    const subject = school.protectedMiss(pupil, slot);
    if (subject !== null)
      return `${school.pupilName(pupil)} would${school.unknownLessons(pupil) === null ? '' : ' perhaps'} miss ${subject}`;
  }
  const blocker = plan.blockers(occurrence, slot)[0];
  if (!blocker) return null;
  // Only other pinned sessions are placed when pins are put back.
  const other = `${blocker.by.locked ? 'locked' : 'registered'} ${quoteCell(blocker.by.series.name)}`;
  if (blocker.kind === 'pupil') return `${school.pupilName(blocker.pupil)} is also in ${other}`;
  if (blocker.kind === 'staff') return `${staff ?? ''} also leads ${other}`;
  if (blocker.kind === 'room') return `${occurrence.series.room ?? ''} also holds ${other}`;
  return `${other} already meets that day`;
}

function pinnedAs(pin: PinnedSession): string {
  return pin.registered ? 'registered' : 'locked';
}

function tickedAs(row: PreviousRow): string {
  return row.ticks.locked ? 'locked' : 'registered';
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
