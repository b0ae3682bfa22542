/**
 * The hard rules, checked on a finished schedule: the scheduler's own proof, the tests' oracle and
 * the group check's timetable-clash rule.
 */
import type { PupilId, SchoolData } from '../domain';
import type { Settings } from '../settings';
import { ukDate } from '../values';
import { lessonLabel, roomKey, SchoolWeek } from './school-week';
import type { ScheduledSession, Violation, ViolationRule } from './types';

export function checkSchedule(data: SchoolData, settings: Settings, sessions: readonly ScheduledSession[]): Violation[] {
  return checkWithWeek(new SchoolWeek(data, settings), settings.timetable.allowTwicePerDay, sessions);
}

export function checkWithWeek(school: SchoolWeek, allowTwicePerDay: boolean, sessions: readonly ScheduledSession[]): Violation[] {
  const violations: Violation[] = [];
  const add = (rule: ViolationRule, session: ScheduledSession, involved: readonly ScheduledSession[], detail: string): void => {
    violations.push({
      rule,
      week: session.week,
      day: session.day,
      lesson: session.lesson,
      sessions: involved.map((s) => s.name),
      detail: `w/c ${ukDate(session.week)}, ${lessonLabel(session.day, session.lesson)}: ${detail}`,
    });
  };
  const byLesson = new Map<string, ScheduledSession[]>();
  const byDay = new Map<string, ScheduledSession[]>();
  for (const session of sessions) {
    pushTo(byLesson, `${session.week}|${session.day}|${session.lesson}`, session);
    pushTo(byDay, `${session.seriesId}|${session.week}|${session.day}`, session);
    const slot = school.slotAt(session.week, session.day, session.lesson);
    if (!slot) {
      const closed = school.calendar.closure(school.dateOf(session.week, session.day));
      if (closed !== null) add('closed-day', session, [session], `${session.name} is on a day the school is closed (${closed}).`);
      else add('no-such-lesson', session, [session], `${session.name} is in a lesson the school week does not have.`);
      continue;
    }
    const busy = session.staff === null ? null : school.staffBusy(session.staff, slot);
    if (busy !== null)
      add('staff-unavailable', session, [session], `${session.staff ?? ''} is not available (${busy}) for ${session.name}.`);
    for (const pupil of session.pupils) {
      const subject = school.protectedMiss(pupil, slot);
      if (subject !== null)
        add('protected-subject', session, [session], `${school.pupilName(pupil)} would miss ${subject} for ${session.name}.`);
    }
  }
  for (const together of byLesson.values()) {
    if (together.length < 2) continue;
    const first = together[0] as ScheduledSession;
    clashes(
      together,
      (s) => s.pupils.map(String),
      (key, involved) => add('pupil-clash', first, involved, `${school.pupilName(key as PupilId)} is in ${names(involved)}.`),
    );
    clashes(
      together,
      (s) => (s.staff === null ? [] : [school.staffId(s.staff)]),
      (_, involved) => add('staff-clash', first, involved, `${involved[0]?.staff ?? ''} leads ${names(involved)}.`),
    );
    clashes(
      together,
      (s) => (s.room === null ? [] : [roomKey(s.room)]),
      (_, involved) => add('room-clash', first, involved, `${involved[0]?.room ?? ''} holds ${names(involved)}.`),
    );
  }
  if (!allowTwicePerDay) {
    for (const sameDay of byDay.values()) {
      const first = sameDay[0];
      if (sameDay.length > 1 && first) add('same-day', first, sameDay, `${first.name} meets ${sameDay.length} times on one day.`);
    }
  }
  return violations;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function clashes(
  sessions: readonly ScheduledSession[],
  keysOf: (s: ScheduledSession) => readonly string[],
  report: (key: string, involved: ScheduledSession[]) => void,
): void {
  const holders = new Map<string, ScheduledSession[]>();
  for (const session of sessions) for (const key of new Set(keysOf(session))) pushTo(holders, key, session);
  for (const [key, involved] of holders) if (involved.length > 1) report(key, involved);
}

function names(sessions: readonly ScheduledSession[]): string {
  return sessions.map((s) => s.name).join(' and ');
}
