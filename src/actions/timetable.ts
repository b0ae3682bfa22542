/** Generate timetables: place every session of the chosen week (or whole programme). */
import { buildTimetables, SCHEDULE_KEY } from '../core/timetable';
import { isoDateOf, type IsoDate } from '../core/values';
import type { ActionReport } from '../shared/api';
import { generatedTab } from '../core/snapshot';
import { runAction } from './run-action';

export function generateTimetables(week: IsoDate | 'programme', afresh = false): ActionReport {
  return runAction(
    'timetable',
    (school) => {
      const result = buildTimetables(
        school.data,
        school.stored.settings,
        { week, today: isoDateOf(new Date()), afresh },
        generatedTab(school.snapshot, SCHEDULE_KEY),
      );
      // A holiday week, or a register with nothing to place, is not a timetable made.
      return { ...result, nothingDone: result.sessions.length === 0 };
    },
    [SCHEDULE_KEY],
  );
}
