/**
 * Check groups (issue 4): every group and 1-1 against the seed's rules for the right mix, written
 * to the `Group check` tab. Keep-apart rows that name nobody go to `Problems`.
 */
import { cyclePlacements } from '../cycle/placements';
import type { PupilId, Pupil, SchoolData } from '../domain';
import type { WritePlan } from '../plan';
import { problem, type Problem } from '../problems';
import type { Settings } from '../settings';
import { clashFindings, type ScheduledSession } from './clashes';
import { groupCheckTab, GROUP_CHECK_KEY } from './check-tab';
import { byRuleOrder, okFinding, type Finding } from './findings';
import { checkedGroups, groupKey, type CheckedGroup } from './members';
import { indexPupilNames, type PupilNameIndex } from './pupil-names';
import { GROUP_RULES, ONE_TO_ONE_RULES, type RuleContext } from './rules';
import { suggestionsFor, type Suggestions } from './suggest';
import { NO_REFERRALS, SUGGESTED_GROUPS_KEY, suggestedGroupsTab } from './suggest-tab';

export type { Finding, FindingStatus, RuleId } from './findings';
export { RULE_IDS, RULE_STATUS } from './findings';
export type { ScheduledSession } from './clashes';
export { GROUP_CHECK_KEY, GROUP_CHECK_TAB } from './check-tab';
export { indexPupilNames, normalisePupilName, type PupilNameIndex } from './pupil-names';
export { classifyPurpose, PURPOSES, type Purpose } from './purposes';
export type { SuggestedGroup, Suggestions, Ungrouped } from './suggest';
export { NOT_GROUPED, SUGGESTED_GROUPS_KEY, SUGGESTED_GROUPS_TAB } from './suggest-tab';

export interface GroupCheckResult {
  plan: WritePlan;
  problems: Problem[];
  headline: string;
  details: string[];
  findings: Finding[];
}

/** `today`: placements that ended before it are not asked for targets; null asks every placement. */
export function checkGroups(
  data: SchoolData,
  settings: Settings,
  schedule: readonly ScheduledSession[] | null,
  today: string | null = null,
): GroupCheckResult {
  const names = indexPupilNames(data.pupils);
  const context: RuleContext = {
    settings: settings.groups,
    names,
    keepApart: data.keepApart,
    measures: data.measures,
    // A Targets tab where nobody has written a target yet (as the add-in makes it) means the school
    // has not started keeping targets: asking for one per placement then would bury the real findings.
    targets:
      data.cycle && data.cycle.tabs.targets !== null && data.cycle.targets.some((target) => target.target !== '')
        ? { records: data.cycle, keyOf: new Map(cyclePlacements(data).map((p) => [p.placement, p.key] as const)), today }
        : null,
  };
  const groups = checkedGroups(data, settings);
  const pupils = new Map<PupilId, Pupil>(data.pupils.map((p) => [p.id, p]));
  const clashes = schedule ? clashFindings(schedule, pupils, data.placements) : [];
  const findings = groups.flatMap((group) => findingsFor(group, context, clashes));
  const known = new Set(groups.map((g) => groupKey(g.name)));
  // Clashes in sessions the register no longer names still need reporting.
  findings.push(...clashes.filter((f) => !known.has(groupKey(f.group))));
  return {
    plan: { tabs: [groupCheckTab(findings)], replaces: [GROUP_CHECK_KEY] },
    problems: keepApartProblems(data, names),
    headline: headlineOf(groups, findings),
    details: findings.filter((f) => f.status !== 'OK').map((f) => `${f.group}: ${f.detail}`),
    findings,
  };
}

export interface SuggestResult {
  plan: WritePlan;
  problems: Problem[];
  headline: string;
  details: string[];
  suggestions: Suggestions;
}

/** Proposes groups for referred pupils not yet placed, written to the `Suggested groups` tab. */
export function suggestGroups(data: SchoolData, settings: Settings): SuggestResult {
  const suggestions = suggestionsFor(data, settings);
  const grouped = suggestions.groups.reduce((n, g) => n + g.members.length, 0);
  const left = suggestions.ungrouped.length;
  const headline =
    grouped + left === 0
      ? NO_REFERRALS
      : `Suggested ${count(suggestions.groups.length, 'group', 'groups')} for ${count(grouped, 'pupil', 'pupils')}; ${count(left, 'pupil', 'pupils')} could not be grouped.`;
  return {
    plan: { tabs: [suggestedGroupsTab(suggestions)], replaces: [SUGGESTED_GROUPS_KEY] },
    problems: keepApartProblems(data, indexPupilNames(data.pupils)),
    headline,
    details: suggestions.ungrouped.map((u) => `${u.member.pupil.name}: ${u.reason}`),
    suggestions,
  };
}

function findingsFor(group: CheckedGroup, context: RuleContext, clashes: readonly Finding[]): Finding[] {
  const rules = group.kind === '1-1' ? ONE_TO_ONE_RULES : GROUP_RULES;
  const own = clashes.filter((f) => groupKey(f.group) === groupKey(group.name)).map((f) => ({ ...f, group: group.name }));
  const found = byRuleOrder([...rules.flatMap((rule) => rule(group, context)), ...own]);
  if (found.length > 0) return found;
  const rows = group.source ? [group.source] : group.members.map((m) => m.placement.source);
  return [okFinding(group.name, rows)];
}

function keepApartProblems(data: SchoolData, names: PupilNameIndex): Problem[] {
  const problems: Problem[] = [];
  for (const pair of data.keepApart) {
    for (const written of [pair.a, pair.b]) {
      if (names.find(written).length > 0) continue;
      problems.push(
        problem(
          'groups',
          pair.source.tab,
          pair.source.row,
          '',
          `“${written}” matches no pupil in the register, so this keep-apart pair could not be checked. Check the spelling or use the pupil's ID.`,
        ),
      );
    }
  }
  return problems;
}

function headlineOf(groups: readonly CheckedGroup[], findings: readonly Finding[]): string {
  const groupCount = groups.filter((g) => g.kind === 'group').length;
  const oneToOnes = groups.length - groupCount;
  const problems = findings.filter((f) => f.status === 'Problem').length;
  const warnings = findings.filter((f) => f.status === 'Warning').length;
  const checked = `Checked ${count(groupCount, 'group', 'groups')} and ${count(oneToOnes, '1-1', '1-1s')}`;
  if (problems === 0 && warnings === 0) return `${checked}: everything is OK.`;
  return `${checked}: ${count(problems, 'problem', 'problems')} and ${count(warnings, 'warning', 'warnings')}.`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
