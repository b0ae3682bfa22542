/**
 * What a group check finds: one finding per rule broken, with the pupils concerned and the
 * register rows to select when the user clicks it.
 */
import type { SourceRef } from '../domain';

export const RULE_IDS = [
  'size-below-min',
  'size-above-max',
  'year-spread',
  'gender-balance',
  'keep-apart',
  'send-load',
  'no-focus',
  'need-mismatch',
  'no-staff',
  'no-consent',
  'no-baseline',
  'timetable-clash',
  'no-target',
  'target-not-smart',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
export type FindingStatus = 'OK' | 'Warning' | 'Problem';

/** How serious each rule is (issue 4): a Problem stops a group working, a Warning needs a look. */
export const RULE_STATUS: Record<RuleId, Exclude<FindingStatus, 'OK'>> = {
  'size-below-min': 'Problem',
  'size-above-max': 'Problem',
  'year-spread': 'Warning',
  'gender-balance': 'Warning',
  'keep-apart': 'Problem',
  'send-load': 'Warning',
  'no-focus': 'Problem',
  'need-mismatch': 'Warning',
  'no-staff': 'Problem',
  'no-consent': 'Warning',
  'no-baseline': 'Warning',
  'timetable-clash': 'Problem',
  'no-target': 'Warning',
  'target-not-smart': 'Warning',
};

export interface Finding {
  readonly group: string;
  readonly status: FindingStatus;
  readonly rule: RuleId | null;
  readonly detail: string;
  /** Pupils' display names. */
  readonly pupils: string[];
  /** Register (or groups / keep-apart tab) rows behind the finding. */
  readonly rows: SourceRef[];
}

export function finding(group: string, rule: RuleId, detail: string, pupils: readonly string[], rows: readonly SourceRef[]): Finding {
  return { group, status: RULE_STATUS[rule], rule, detail, pupils: [...pupils], rows: [...rows] };
}

export function okFinding(group: string, rows: readonly SourceRef[]): Finding {
  return { group, status: 'OK', rule: null, detail: 'No problems found.', pupils: [], rows: [...rows] };
}

/** Findings in the order of the rule table, keeping each rule's own order. */
export function byRuleOrder(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding): number => (f.rule === null ? -1 : RULE_IDS.indexOf(f.rule));
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}
