/**
 * Build costs: the `Costs` tab from the Schedule's ticks, the staff tab's roles and hourly costs
 * (else Settings by role) and the resource costs on the groups tab and register.
 */
import { buildCosts as build } from '../core/costs';
import { generatedTab } from '../core/snapshot';
import { SCHEDULE_KEY } from '../core/timetable';
import type { ActionReport } from '../shared/api';
import { costInput } from './cost-input';
import { questionnaireScores } from './impact';
import { runAction } from './run-action';

export function buildCosts(): ActionReport {
  return runAction(
    'costs',
    (school) => build(costInput(school), questionnaireScores(school).scores, generatedTab(school.snapshot, SCHEDULE_KEY) !== undefined),
    [SCHEDULE_KEY],
  );
}
