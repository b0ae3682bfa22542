/** Check groups: every group and 1-1 against the rules, and clashes once a schedule exists. */
import { checkGroups as check } from '../core/groups';
import { readScheduleRows, SCHEDULE_KEY } from '../core/timetable';
import type { ActionReport } from '../shared/api';
import { generatedTab } from './generated';
import { runAction } from './run-action';

export function checkGroups(): ActionReport {
  return runAction('groups', (school) => check(school.data, school.stored.settings, readScheduleRows(generatedTab(school.snapshot, SCHEDULE_KEY))), [SCHEDULE_KEY]);
}
