/**
 * The groups to check and who is in each: groups from the groups tab, groups named only in the
 * register's group column, and each 1-1 placement as a group of one.
 */
import type { Group, Placement, Pupil, PupilId, SchoolData, SourceRef } from '../domain';
import type { Settings } from '../settings';
import { normaliseText } from '../text';

export interface Member {
  readonly pupil: Pupil;
  readonly placement: Placement;
}

export interface CheckedGroup {
  readonly name: string;
  readonly kind: 'group' | '1-1';
  readonly programme: string | null;
  readonly focus: string | null;
  readonly staff: string | null;
  readonly minSize: number;
  readonly maxSize: number;
  readonly singleSex: boolean;
  readonly members: readonly Member[];
  /** The groups tab row, or null for groups named only in the register and for 1-1s. */
  readonly source: SourceRef | null;
}

export function groupKey(name: string): string {
  return normaliseText(name);
}

export function oneToOneName(pupil: Pupil): string {
  return `1-1: ${pupil.name}`;
}

export function checkedGroups(data: SchoolData, settings: Settings): CheckedGroup[] {
  const pupils = new Map<PupilId, Pupil>(data.pupils.map((p) => [p.id, p]));
  const memberOf = (placement: Placement): Member => ({ pupil: pupils.get(placement.pupilId) ?? stubPupil(placement), placement });
  const byGroup = membersByGroup(data.placements, memberOf);
  const result: CheckedGroup[] = [];
  const seen = new Set<string>();
  for (const group of data.groups) {
    const key = groupKey(group.name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(fromGroupsTab(group, byGroup.get(key)?.members ?? [], settings));
  }
  for (const [key, entry] of byGroup) {
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(fromRegisterOnly(entry.name, entry.members, settings));
  }
  for (const placement of data.placements) {
    if (placement.type !== '1-1') continue;
    const member = memberOf(placement);
    result.push({
      name: oneToOneName(member.pupil),
      kind: '1-1',
      programme: placement.programme,
      focus: placement.outcome,
      staff: placement.staff ?? settings.timetable.oneToOneStaffDefault,
      minSize: 1,
      maxSize: 1,
      singleSex: true,
      members: [member],
      source: null,
    });
  }
  return result;
}

/** Members by normalised group name, in register order, each pupil once; the first spelling names the group. */
function membersByGroup(
  placements: readonly Placement[],
  memberOf: (p: Placement) => Member,
): Map<string, { name: string; members: Member[] }> {
  const byGroup = new Map<string, { name: string; members: Member[] }>();
  for (const placement of placements) {
    if (!placement.group) continue;
    const key = groupKey(placement.group);
    if (key === '') continue;
    const entry = byGroup.get(key) ?? { name: placement.group.trim(), members: [] };
    if (!entry.members.some((m) => m.placement.pupilId === placement.pupilId)) entry.members.push(memberOf(placement));
    byGroup.set(key, entry);
  }
  return byGroup;
}

function fromGroupsTab(group: Group, members: readonly Member[], settings: Settings): CheckedGroup {
  return {
    name: group.name.trim(),
    kind: 'group',
    programme: group.programme ?? mostCommon(members.map((m) => m.placement.programme)),
    focus: group.focus ?? mostCommon(members.map((m) => m.placement.outcome)),
    staff: group.staff ?? mostCommon(members.map((m) => m.placement.staff)),
    minSize: group.minSize ?? settings.groups.minSize,
    maxSize: group.maxSize ?? settings.groups.maxSize,
    singleSex: group.singleSex,
    members,
    source: group.source,
  };
}

function fromRegisterOnly(name: string, members: readonly Member[], settings: Settings): CheckedGroup {
  return {
    name,
    kind: 'group',
    programme: mostCommon(members.map((m) => m.placement.programme)),
    focus: mostCommon(members.map((m) => m.placement.outcome)),
    staff: mostCommon(members.map((m) => m.placement.staff)),
    minSize: settings.groups.minSize,
    maxSize: settings.groups.maxSize,
    singleSex: false,
    members,
    source: null,
  };
}

/** The value written most often (the first written on a tie), ignoring blanks. */
export function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const value of values) {
    if (value === null || value.trim() === '') continue;
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (best === null || count > (counts.get(best) ?? 0)) best = value;
  }
  return best;
}

/** A pupil the register row names but the pupil list lacks: known by id only. */
function stubPupil(placement: Placement): Pupil {
  return {
    id: placement.pupilId,
    name: placement.pupilId,
    forename: null,
    surname: null,
    year: null,
    form: null,
    gender: null,
    sen: 'none',
    primaryNeed: null,
    pupilPremium: null,
    source: placement.source,
  };
}
