/** Last week's sessions nobody registered, for the sidebar's list of things waiting. */
import { readRegisteredRows, sessionsToRegister } from '../core/dosage';
import { generatedTab } from '../core/snapshot';
import { plural } from '../core/text';
import { SCHEDULE_KEY } from '../core/timetable';
import type { WaitingItem } from '../shared/api';
import type { School } from './school';

/** The school must have been loaded with the Schedule read back. */
export function sessionsWaiting(school: School): WaitingItem[] {
  const schedule = generatedTab(school.snapshot, SCHEDULE_KEY);
  if (!schedule) return [];
  const waiting = sessionsToRegister(readRegisteredRows(schedule), school.today);
  if (waiting === null) return [];
  return [
    {
      kind: 'sessions-to-register',
      count: waiting.sessions,
      sentence: `${plural(waiting.sessions, 'session')} to register from last week: tick Delivered and Attended on the Schedule, or choose why it did not happen.`,
      button: 'Open the Schedule',
      place: { tab: schedule.name, row: waiting.firstRow },
    },
  ];
}
