/**
 * The group rules of issue 4, one function each. Every rule reads a checked group and returns
 * its findings; thresholds come from settings so a school can tune them.
 */
import type { CycleRecords } from '../cycle/records';
import { smartGaps } from '../cycle/smart';
import type { KeepApartPair, MeasureDef, Placement, Pupil, SourceRef } from '../domain';
import type { Settings } from '../settings';
import { finding, type Finding } from './findings';
import type { CheckedGroup, Member } from './members';
import type { PupilNameIndex } from './pupil-names';
import { classifyPurpose, majorityPurpose, measureServes, programmePurpose, PURPOSE_LABELS, type Purpose } from './purposes';
import { andList, plural } from '../text';

export interface RuleContext {
  readonly settings: Settings['groups'];
  readonly names: PupilNameIndex;
  readonly keepApart: readonly KeepApartPair[];
  readonly measures: readonly MeasureDef[];
  /** The SMART targets, once the school keeps a Targets tab; null before (no placement is warned about then). */
  readonly targets: TargetContext | null;
}

export interface TargetContext {
  readonly records: CycleRecords;
  /** Each placement's key on the Passports, Targets and Reviews tabs. */
  readonly keyOf: ReadonlyMap<Placement, string>;
  /** Placements that ended before this day are history: no target is asked of them now. Null: every placement. */
  readonly today: string | null;
}

export type Rule = (group: CheckedGroup, context: RuleContext) => Finding[];

const names = (members: readonly Member[]): string[] => members.map((m) => m.pupil.name);
const rows = (members: readonly Member[]): SourceRef[] => members.map((m) => m.placement.source);

export const sizeRule: Rule = (group) => {
  const n = group.members.length;
  if (n < group.minSize) {
    return [
      finding(
        group.name,
        'size-below-min',
        `${plural(n, 'pupil', 'pupils')}: fewer than the minimum of ${group.minSize}.`,
        names(group.members),
        rows(group.members),
      ),
    ];
  }
  if (n > group.maxSize) {
    return [
      finding(
        group.name,
        'size-above-max',
        `${plural(n, 'pupil', 'pupils')}: more than the maximum of ${group.maxSize}.`,
        names(group.members),
        rows(group.members),
      ),
    ];
  }
  return [];
};

export const yearSpreadRule: Rule = (group, { settings }) => {
  const withYear = group.members.filter((m) => m.pupil.year !== null);
  if (withYear.length < 2) return [];
  const years = withYear.map((m) => m.pupil.year as number);
  const low = Math.min(...years);
  const high = Math.max(...years);
  if (high - low <= settings.maxYearSpread) return [];
  const ends = withYear.filter((m) => m.pupil.year === low || m.pupil.year === high);
  const allowed = plural(settings.maxYearSpread, 'year', 'years');
  return [
    finding(
      group.name,
      'year-spread',
      `Pupils range from Year ${low} to Year ${high}: more than ${allowed} apart.`,
      names(ends),
      rows(ends),
    ),
  ];
};

export const genderBalanceRule: Rule = (group, { settings }) => {
  if (group.singleSex) return [];
  const girls = group.members.filter((m) => m.pupil.gender === 'F');
  const boys = group.members.filter((m) => m.pupil.gender === 'M');
  const known = girls.length + boys.length;
  if (known < 2) return [];
  const [fewer, fewerWord] = girls.length <= boys.length ? [girls, 'girls'] : [boys, 'boys'];
  // A small tolerance so that exactly one third (2 of 6) is not "under" a third.
  if (fewer.length >= settings.minGenderShare * known - 1e-9) return [];
  const detail =
    fewer.length === 0
      ? `All ${known} pupils are ${fewerWord === 'girls' ? 'boys' : 'girls'} and the group is not marked single-sex.`
      : `${plural(girls.length, 'girl', 'girls')} and ${plural(boys.length, 'boy', 'boys')}: ${fewerWord} are under ${shareText(settings.minGenderShare)} of this mixed group.`;
  const concerned = fewer.length === 0 ? group.members : fewer;
  return [finding(group.name, 'gender-balance', detail, names(concerned), rows(concerned))];
};

export const keepApartRule: Rule = (group, { names: index, keepApart }) => {
  const findings: Finding[] = [];
  const inGroup = (pupils: readonly Pupil[]): Member[] => group.members.filter((m) => pupils.some((p) => p.id === m.pupil.id));
  for (const pair of keepApart) {
    const first = inGroup(index.find(pair.a));
    const second = inGroup(index.find(pair.b)).filter((m) => !first.includes(m));
    const a = first[0];
    const b = second[0];
    if (!a || !b) continue;
    const why = pair.reason ? ` (${pair.reason})` : '';
    findings.push(
      finding(
        group.name,
        'keep-apart',
        `${a.pupil.name} and ${b.pupil.name} are on the keep-apart list${why} but are in the same group.`,
        [a.pupil.name, b.pupil.name],
        [a.placement.source, b.placement.source, pair.source],
      ),
    );
  }
  return findings;
};

export const sendLoadRule: Rule = (group, { settings }) => {
  const n = group.members.length;
  const sen = group.members.filter((m) => m.pupil.sen !== 'none');
  const ehcp = group.members.filter((m) => m.pupil.sen === 'ehcp');
  const parts: string[] = [];
  if (n > 0 && sen.length > settings.maxSenShare * n + 1e-9)
    parts.push(`${sen.length} of ${n} pupils have SEN (more than ${shareText(settings.maxSenShare)})`);
  if (ehcp.length > settings.maxEhcp)
    parts.push(`${plural(ehcp.length, 'pupil has', 'pupils have')} an EHCP (more than ${settings.maxEhcp})`);
  if (parts.length === 0) return [];
  return [finding(group.name, 'send-load', `${parts.join('; ')}: check the group can be supported.`, names(sen), rows(sen))];
};

export const focusRule: Rule = (group) => {
  if (group.focus && group.focus.trim() !== '') return [];
  const what = group.kind === '1-1' ? 'this 1-1' : 'this group';
  return [finding(group.name, 'no-focus', `No focus or desired outcome is recorded for ${what}.`, [], sourceRows(group))];
};

export const staffRule: Rule = (group) => {
  if (group.staff && group.staff.trim() !== '') return [];
  const what = group.kind === '1-1' ? 'this 1-1' : 'this group';
  return [finding(group.name, 'no-staff', `No member of staff is named for ${what}.`, [], sourceRows(group))];
};

/** The purpose a group serves: the programme's (settings, then its name), else the group's shared reason. */
export function groupPurpose(group: CheckedGroup, settings: Settings['groups']): { purpose: Purpose; fromProgramme: boolean } | null {
  const fromProgramme = programmePurpose(group.programme, settings);
  if (fromProgramme) return { purpose: fromProgramme, fromProgramme: true };
  const shared = majorityPurpose(group.members.map((m) => classifyPurpose(m.placement.reason, settings.purposeKeywords)));
  return shared ? { purpose: shared, fromProgramme: false } : null;
}

export const needRule: Rule = (group, { settings }) => {
  const served = groupPurpose(group, settings);
  if (!served) return [];
  const findings: Finding[] = [];
  for (const member of group.members) {
    const need = classifyPurpose(member.placement.reason, settings.purposeKeywords);
    if (!need || need === served.purpose) continue;
    const against = served.fromProgramme
      ? `${group.programme ?? group.name} is for ${PURPOSE_LABELS[served.purpose]}`
      : `most of the group were referred for ${PURPOSE_LABELS[served.purpose]}`;
    findings.push(
      finding(
        group.name,
        'need-mismatch',
        `${member.pupil.name} was referred for ${PURPOSE_LABELS[need]}, but ${against}.`,
        [member.pupil.name],
        [member.placement.source],
      ),
    );
  }
  return findings;
};

export const consentRule: Rule = (group) =>
  // null means the register keeps no consent column, which is not the pupil's fault.
  group.members
    .filter((m) => m.placement.consent === false)
    .map((m) =>
      finding(
        group.name,
        'no-consent',
        `No parental consent or parents informed is recorded for ${m.pupil.name}.`,
        [m.pupil.name],
        [m.placement.source],
      ),
    );

/** The measures whose start values the group's outcome needs: by the focus's purpose, else the group's. */
export function baselineMeasures(group: CheckedGroup, settings: Settings['groups'], measures: readonly MeasureDef[]): MeasureDef[] {
  const purpose = classifyPurpose(group.focus, settings.purposeKeywords) ?? groupPurpose(group, settings)?.purpose ?? null;
  return purpose ? measuresForPurpose(purpose, settings, measures) : [];
}

/** The measures a purpose's outcome is judged by (`measureServes`). */
export function measuresForPurpose<M extends { readonly id: string; readonly label: string }>(
  purpose: Purpose,
  settings: Settings['groups'],
  measures: readonly M[],
): M[] {
  return measures.filter((measure) => measureServes(measure, purpose, settings));
}

export const baselineRule: Rule = (group, { settings, measures }) => {
  const needed = baselineMeasures(group, settings, measures);
  if (needed.length === 0) return [];
  const findings: Finding[] = [];
  for (const member of group.members) {
    const missing = needed.filter((measure) => (member.placement.measures[measure.id]?.start ?? null) === null);
    if (missing.length === 0) continue;
    const labels = missing.map((m) => m.label).join(', ');
    findings.push(
      finding(
        group.name,
        'no-baseline',
        `${member.pupil.name} has no start value for ${labels}: record it before the programme starts.`,
        [member.pupil.name],
        [member.placement.source],
      ),
    );
  }
  return findings;
};

export const targetRule: Rule = (group, { targets }) => {
  if (!targets) return [];
  const findings: Finding[] = [];
  for (const member of group.members) {
    const { placement } = member;
    if (targets.today !== null && placement.end !== null && placement.end < targets.today) continue;
    const key = targets.keyOf.get(placement);
    const written = targets.records.targets.filter((t) => t.placement === key && t.target !== '');
    if (written.length === 0) {
      findings.push(
        finding(
          group.name,
          'no-target',
          `No SMART target is recorded for ${member.pupil.name} on the Targets tab: set up to three at the start of the programme.`,
          [member.pupil.name],
          [placement.source],
        ),
      );
      continue;
    }
    for (const target of written) {
      const gaps = smartGaps(target);
      if (gaps.length === 0) continue;
      findings.push(
        finding(
          group.name,
          'target-not-smart',
          `${member.pupil.name}’s target “${target.target.slice(0, 80)}” has ${andList(gaps)}, so it cannot be measured: add what is missing on the Targets tab.`,
          [member.pupil.name],
          [target.source, placement.source],
        ),
      );
    }
  }
  return findings;
};

/** Rules that make sense for a group, and the subset for a 1-1 (issue 4). */
export const GROUP_RULES: readonly Rule[] = [
  sizeRule,
  yearSpreadRule,
  genderBalanceRule,
  keepApartRule,
  sendLoadRule,
  focusRule,
  needRule,
  staffRule,
  consentRule,
  baselineRule,
  targetRule,
];
export const ONE_TO_ONE_RULES: readonly Rule[] = [focusRule, needRule, staffRule, consentRule, baselineRule, targetRule];

function sourceRows(group: CheckedGroup): SourceRef[] {
  return group.source ? [group.source] : rows(group.members);
}

function shareText(share: number): string {
  if (Math.abs(share - 1 / 3) < 1e-9) return 'a third';
  if (Math.abs(share - 1 / 2) < 1e-9) return 'half';
  if (Math.abs(share - 1 / 4) < 1e-9) return 'a quarter';
  return `${Math.round(share * 100)}%`;
}
