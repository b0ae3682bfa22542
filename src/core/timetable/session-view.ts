/**
 * Reading a placed session back for the printed tabs: its lesson, what each pupil misses.
 */
import type { PupilId } from '../domain';
import type { SchoolWeek } from './school-week';
import type { ScheduledSession } from './types';

export function missedSubject(school: SchoolWeek, session: ScheduledSession, pupil: PupilId): string | null {
  const slot = school.slotsOf(session.week).find((s) => s.day === session.day && s.lesson === session.lesson);
  return slot ? school.subjectOf(pupil, slot) : null;
}

/** `Science (Ava Khan, Ben Ng); History (Cara Lee)`: what the pupils miss, subject by subject. */
export function missedSummary(school: SchoolWeek, session: ScheduledSession): string {
  const bySubject = new Map<string, string[]>();
  for (const pupil of session.pupils) {
    const subject = missedSubject(school, session, pupil) ?? 'not known';
    const names = bySubject.get(subject) ?? [];
    names.push(school.pupilName(pupil));
    bySubject.set(subject, names);
  }
  return [...bySubject]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([subject, names]) => `${subject} (${names.sort((a, b) => a.localeCompare(b)).join(', ')})`)
    .join('; ');
}

export function sessionOrder(a: ScheduledSession, b: ScheduledSession): number {
  return a.week.localeCompare(b.week) || a.day - b.day || a.lesson - b.lesson || a.name.localeCompare(b.name);
}
