/**
 * What the example school plants, in the words its workbooks use: group names, and pupils' names
 * as the register writes them (`Forename Surname`). Tests read the same facts back from a
 * workbook's cells; on the generator's own workbooks the two must agree.
 */
import { pupilLookup } from './layouts/parts';
import type { ExamplePupil, ExampleSchool } from './school';

/** The group-check rules a planted problem breaks (the README's rule ids). */
export type PlantedRule =
  | 'size-above-max'
  | 'size-below-min'
  | 'keep-apart'
  | 'gender-balance'
  | 'send-load'
  | 'need-mismatch'
  | 'no-consent'
  | 'no-target'
  | 'target-not-smart';

export interface PlantedFinding {
  readonly group: string;
  readonly rule: PlantedRule;
  /** The pupils the finding names, sorted. */
  readonly pupils: readonly string[];
  /** For a finding about a placement's targets, the placement's last day (`yyyy-mm-dd`): Group check leaves ended placements alone. */
  readonly until?: string;
}

export interface PlantedResponses {
  /** A name typed with one letter missing, and whose it is. */
  readonly misspelt: readonly { readonly typed: string; readonly pupil: string }[];
  /** Names on no register. */
  readonly unknown: readonly string[];
  /** A second submission of the same questionnaire and phase: the later one as typed, and whose it is. */
  readonly duplicates: readonly { readonly typed: string; readonly pupil: string }[];
  /** An item left blank (1-based), and by whom. */
  readonly skipped: readonly { readonly pupil: string; readonly item: number }[];
}

export interface PlantedRecord {
  /** Sorted by group, rule and pupils. */
  readonly findings: readonly PlantedFinding[];
  /** Programmes with exactly one pupil placed (in a group or 1-1), sorted. */
  readonly singlePupilProgrammes: readonly string[];
  readonly responses: PlantedResponses;
}

function displayName(pupil: ExamplePupil): string {
  return `${pupil.forename} ${pupil.surname}`;
}

export function byGroupRuleAndPupils(a: PlantedFinding, b: PlantedFinding): number {
  return a.group.localeCompare(b.group) || a.rule.localeCompare(b.rule) || a.pupils.join('|').localeCompare(b.pupils.join('|'));
}

function groupFindings(school: ExampleSchool): PlantedFinding[] {
  const pupilOf = pupilLookup(school);
  const { planted } = school;
  const membersOf = (name: string): ExamplePupil[] => (school.groups.find((g) => g.name === name)?.pupilIds ?? []).map(pupilOf);
  const finding = (group: string, rule: PlantedRule, pupils: readonly ExamplePupil[]): PlantedFinding => ({
    group,
    rule,
    pupils: pupils.map(displayName).sort(),
  });
  const mixed = membersOf(planted.singleGirlGroup);
  return [
    finding(planted.overFullGroup, 'size-above-max', membersOf(planted.overFullGroup)),
    finding(planted.underFullGroup, 'size-below-min', membersOf(planted.underFullGroup)),
    finding(planted.keepApartGroup, 'keep-apart', planted.keepApartPair.map(pupilOf)),
    finding(
      planted.singleGirlGroup,
      'gender-balance',
      mixed.filter((p) => p.gender === 'F'),
    ),
    finding(
      planted.senLoadGroup,
      'send-load',
      membersOf(planted.senLoadGroup).filter((p) => p.sen !== 'none'),
    ),
    finding(planted.needMismatchGroup, 'need-mismatch', [pupilOf(planted.needMismatchPupil)]),
    ...planted.noConsentPupils.map((id) => finding(planted.noConsentGroup, 'no-consent', [pupilOf(id)])),
    ...targetFindings(school),
  ].sort(byGroupRuleAndPupils);
}

/** The placement without a target and the one whose target has no baseline, while they run. */
function targetFindings(school: ExampleSchool): PlantedFinding[] {
  const pupilOf = pupilLookup(school);
  const { noTarget, noBaseline } = school.cycle.planted;
  return (
    [
      [noTarget, 'no-target'],
      [noBaseline, 'target-not-smart'],
    ] as const
  ).flatMap(([index, rule]) => {
    const placement = school.placements[index];
    if (!placement?.group || !placement.end) return [];
    return [{ group: placement.group, rule, pupils: [displayName(pupilOf(placement.pupilId))], until: placement.end }];
  });
}

/** Programmes with one pupil placed; counted, not planted, so a programme that happens to have one counts too. */
function singlePupilProgrammes(school: ExampleSchool): string[] {
  const pupils = new Map<string, Set<string>>();
  for (const p of school.placements.filter((placement) => placement.type !== 'referred'))
    pupils.set(p.programme, (pupils.get(p.programme) ?? new Set()).add(p.pupilId));
  return [...pupils]
    .filter(([, ids]) => ids.size === 1)
    .map(([programme]) => programme)
    .sort();
}

export function plantedRecord(school: ExampleSchool): PlantedRecord {
  const pupilOf = pupilLookup(school);
  const { planted } = school;
  const nameOf = (id: string): string => displayName(pupilOf(id));
  return {
    findings: groupFindings(school),
    singlePupilProgrammes: singlePupilProgrammes(school),
    responses: {
      misspelt: [{ typed: planted.misspeltResponse.typed, pupil: nameOf(planted.misspeltResponse.pupilId) }],
      unknown: [planted.unknownName],
      duplicates: [{ typed: planted.duplicateSubmission.typed, pupil: nameOf(planted.duplicateSubmission.pupilId) }],
      skipped: [{ pupil: nameOf(planted.skippedItem.pupilId), item: planted.skippedItem.item }],
    },
  };
}
