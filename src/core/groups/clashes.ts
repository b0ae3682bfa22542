/**
 * The timetable-clash rule: once a schedule exists, a pupil booked into two sessions in the same
 * lesson. A clash that repeats every week is reported once, with the number of times it happens.
 */
import type { Placement, Pupil, PupilId } from '../domain';
import type { IsoDate } from '../values';
import { ukDate } from '../values';
import { finding, type Finding } from './findings';

export interface ScheduledSession {
  readonly week: string;
  readonly day: number;
  readonly lesson: number;
  readonly pupilId: PupilId;
  readonly session: string;
}

const DAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function weekText(week: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(week) ? `w/c ${ukDate(week as IsoDate)}` : week;
}

/** One finding per session involved in each distinct clash (pupil + the sessions that collide). */
export function clashFindings(
  schedule: readonly ScheduledSession[],
  pupils: ReadonlyMap<PupilId, Pupil>,
  placements: readonly Placement[],
): Finding[] {
  const bySlot = new Map<string, { entry: ScheduledSession; sessions: string[] }>();
  for (const entry of schedule) {
    const key = JSON.stringify([entry.week, entry.day, entry.lesson, entry.pupilId]);
    const slot = bySlot.get(key) ?? { entry, sessions: [] };
    if (!slot.sessions.includes(entry.session)) slot.sessions.push(entry.session);
    bySlot.set(key, slot);
  }
  const clashes = new Map<string, { entry: ScheduledSession; sessions: string[]; times: number }>();
  for (const { entry, sessions } of bySlot.values()) {
    if (sessions.length < 2) continue;
    const sorted = [...sessions].sort();
    const key = JSON.stringify([entry.pupilId, sorted]);
    const clash = clashes.get(key);
    if (clash) clash.times += 1;
    else clashes.set(key, { entry, sessions: sorted, times: 1 });
  }
  const findings: Finding[] = [];
  for (const { entry, sessions, times } of clashes.values()) {
    const name = pupils.get(entry.pupilId)?.name ?? entry.pupilId;
    const when = `${DAYS[entry.day] ?? `Day ${entry.day}`} lesson ${entry.lesson}, ${weekText(entry.week)}`;
    const again = times > 1 ? ` (and ${times - 1} more time${times === 2 ? '' : 's'})` : '';
    const detail = `${name} is booked into ${sessions.join(' and ')} at the same time: ${when}${again}.`;
    const rows = placements.filter((p) => p.pupilId === entry.pupilId && p.type !== 'referred').map((p) => p.source);
    for (const session of sessions) findings.push(finding(session, 'timetable-clash', detail, [name], rows));
  }
  return findings;
}
