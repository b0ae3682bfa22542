/** What costing reads from a school, shared by Build costs and Build impact charts (the cost per pupil improved). */
import { readResources, type CostInput } from '../core/costs';
import { readRegisteredRows, rowsByPupil } from '../core/dosage';
import { staffDetails } from '../core/impact';
import { generatedTab } from '../core/snapshot';
import { SCHEDULE_KEY } from '../core/timetable';
import type { School } from './school';

/** What costing reads from the school: the Schedule's rows (the action must read the Schedule back), staff and resources. */
export function costInput(school: School): CostInput {
  const staff = school.mapping.staffAvailability;
  return {
    data: school.data,
    rows: rowsByPupil(readRegisteredRows(generatedTab(school.snapshot, SCHEDULE_KEY))),
    staff: staffDetails(
      school.snapshot.tabs.find((tab) => tab.name === staff?.tab && tab.generatedKey === null),
      staff,
    ),
    resources: readResources(school.snapshot, school.mapping, school.data),
    settings: school.stored.settings,
    today: school.today,
  };
}
