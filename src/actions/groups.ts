/** Check groups: every group and 1-1 against the rules, and clashes once a schedule exists. */
import { checkGroups as check, type Finding } from '../core/groups';
import { readScheduleRows, SCHEDULE_KEY } from '../core/timetable';
import type { ActionReport, FindingView, RowRef } from '../shared/api';
import { generatedTab } from '../core/snapshot';
import { runAction } from './run-action';
import { services } from './services';

export function checkGroups(): ActionReport {
  let findings: readonly Finding[] = [];
  const report = runAction(
    'groups',
    (school) => {
      const schedule = readScheduleRows(generatedTab(school.snapshot, SCHEDULE_KEY));
      const result = check(school.data, school.stored.settings, schedule, school.today);
      findings = result.findings;
      return result;
    },
    [SCHEDULE_KEY],
  );
  return { ...report, findings: findings.map(findingView) };
}

function findingView(finding: Finding): FindingView {
  return {
    group: finding.group,
    status: finding.status,
    rule: finding.rule,
    detail: finding.detail,
    pupils: [...finding.pupils],
    rows: finding.rows.map((ref) => ({ tab: ref.tab, row: ref.row })),
  };
}

/** Selects the row behind a finding (the sidebar's click). */
export function selectFindingRow(ref: RowRef): RowRef {
  return services().workbook.selectRow(ref);
}
