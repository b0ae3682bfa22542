/**
 * Suggest groups (issue 4): from referred pupils not yet placed, per programme, groups of the
 * allowed size with year groups close together, keep-apart pairs split, and gender and SEN spread
 * evenly. Pupils who cannot be grouped are listed with the reason. Deterministic: same input,
 * same suggestions.
 */
import type { Pupil, PupilId, SchoolData } from '../domain';
import type { Settings } from '../settings';
import { normaliseText } from '../text';
import type { Finding } from './findings';
import type { CheckedGroup, Member } from './members';
import { indexPupilNames, type PupilNameIndex } from './pupil-names';
import { genderBalanceRule, keepApartRule, sendLoadRule, sizeRule, yearSpreadRule, type RuleContext } from './rules';

export interface SuggestedGroup {
  readonly name: string;
  readonly programme: string;
  readonly members: readonly Member[];
  /** Warnings the suggestion could not avoid (for example an all-boys referral list). */
  readonly notes: readonly Finding[];
}

export interface Ungrouped {
  readonly programme: string;
  readonly member: Member;
  readonly reason: string;
}

export interface Suggestions {
  readonly groups: readonly SuggestedGroup[];
  readonly ungrouped: readonly Ungrouped[];
}

export function suggestionsFor(data: SchoolData, settings: Settings): Suggestions {
  const names = indexPupilNames(data.pupils);
  const apart = keepApartIds(data, names);
  // Referred pupils have no targets yet: a suggestion is not warned about them.
  const context: RuleContext = { settings: settings.groups, names, keepApart: data.keepApart, measures: data.measures, targets: null };
  const groups: SuggestedGroup[] = [];
  const ungrouped: Ungrouped[] = [];
  for (const [programme, members] of referralsByProgramme(data)) {
    const result = suggestForProgramme(programme, members, settings.groups, apart);
    groups.push(...result.groups.map((g) => ({ ...g, notes: notesFor(g, context) })));
    ungrouped.push(...result.ungrouped);
  }
  return { groups, ungrouped };
}

/** Referred pupils not already placed on the same programme, by programme in register order. */
function referralsByProgramme(data: SchoolData): Map<string, Member[]> {
  const pupils = new Map<PupilId, Pupil>(data.pupils.map((p) => [p.id, p]));
  const placed = new Set(
    data.placements.filter((p) => p.type !== 'referred').map((p) => `${p.pupilId}\u0000${normaliseText(p.programme ?? '')}`),
  );
  const byProgramme = new Map<string, { name: string; members: Member[] }>();
  for (const placement of data.placements) {
    if (placement.type !== 'referred' || !placement.programme) continue;
    const key = normaliseText(placement.programme);
    const pupil = pupils.get(placement.pupilId);
    if (!pupil || placed.has(`${placement.pupilId}\u0000${key}`)) continue;
    const entry = byProgramme.get(key) ?? { name: placement.programme.trim(), members: [] };
    if (!entry.members.some((m) => m.pupil.id === pupil.id)) entry.members.push({ pupil, placement });
    byProgramme.set(key, entry);
  }
  return new Map([...byProgramme.values()].map((e) => [e.name, e.members]));
}

/** Each pupil's keep-apart partners, by id, with names resolved once. */
function keepApartIds(data: SchoolData, index: PupilNameIndex): Map<PupilId, Set<PupilId>> {
  const apart = new Map<PupilId, Set<PupilId>>();
  const link = (a: PupilId, b: PupilId): void => {
    const set = apart.get(a) ?? new Set<PupilId>();
    set.add(b);
    apart.set(a, set);
  };
  for (const pair of data.keepApart) {
    for (const a of index.find(pair.a)) {
      for (const b of index.find(pair.b)) {
        if (a.id === b.id) continue;
        link(a.id, b.id);
        link(b.id, a.id);
      }
    }
  }
  return apart;
}

const byYearThenName = (a: Member, b: Member): number =>
  (a.pupil.year ?? 99) - (b.pupil.year ?? 99) || a.pupil.name.localeCompare(b.pupil.name) || a.pupil.id.localeCompare(b.pupil.id);

function suggestForProgramme(
  programme: string,
  members: readonly Member[],
  settings: Settings['groups'],
  apart: ReadonlyMap<PupilId, ReadonlySet<PupilId>>,
): { groups: Omit<SuggestedGroup, 'notes'>[]; ungrouped: Ungrouped[] } {
  const groups: Omit<SuggestedGroup, 'notes'>[] = [];
  const ungrouped: Ungrouped[] = [];
  const noYear = members.filter((m) => m.pupil.year === null);
  for (const member of noYear)
    ungrouped.push({
      programme,
      member,
      reason: 'No year group is recorded in the register, so the pupil could not be matched to a group.',
    });
  let remaining = members.filter((m) => m.pupil.year !== null).sort(byYearThenName);
  while (remaining.length > 0) {
    const low = remaining[0]!.pupil.year as number;
    const high = low + settings.maxYearSpread;
    const window = remaining.filter((m) => (m.pupil.year as number) <= high);
    const span = yearsText(window);
    if (window.length < settings.minSize) {
      // Nobody younger is left, so this year's pupils can be in no larger window than this one.
      const stranded = window.filter((m) => m.pupil.year === low);
      for (const member of stranded) {
        ungrouped.push({
          programme,
          member,
          reason: `Only ${window.length} ${span} referral${window.length === 1 ? '' : 's'} for ${programme} (a group needs ${settings.minSize}): consider 1-1.`,
        });
      }
      remaining = remaining.filter((m) => !stranded.includes(m));
      continue;
    }
    const split = distribute(window, settings, apart);
    split.groups.forEach((g, i) => {
      groups.push({ name: `${programme} ${yearsLabel(g)}${split.groups.length > 1 ? ` (${i + 1})` : ''}`, programme, members: g });
    });
    for (const member of split.left) ungrouped.push({ programme, member, reason: split.why.get(member) ?? 'Could not be placed.' });
    remaining = remaining.filter((m) => !window.includes(m));
  }
  return { groups, ungrouped };
}

/**
 * Deals a window of pupils into as few groups as the maximum size allows: EHCP first, then SEN
 * support, then the rest, each into the group with fewest of their gender and SEN status that
 * holds nobody they must be kept apart from.
 */
function distribute(
  window: readonly Member[],
  settings: Settings['groups'],
  apart: ReadonlyMap<PupilId, ReadonlySet<PupilId>>,
): { groups: Member[][]; left: Member[]; why: Map<Member, string> } {
  const count = Math.ceil(window.length / settings.maxSize);
  const capacity = Math.ceil(window.length / count);
  const groups: Member[][] = Array.from({ length: count }, () => []);
  const left: Member[] = [];
  const why = new Map<Member, string>();
  const senRank = { ehcp: 0, support: 1, none: 2 } as const;
  const order = [...window].sort((a, b) => senRank[a.pupil.sen] - senRank[b.pupil.sen] || byYearThenName(a, b));
  for (const member of order) {
    const enemies = apart.get(member.pupil.id);
    const open = groups
      .map((g, i) => ({ g, i }))
      .filter(({ g }) => g.length < capacity && !g.some((other) => enemies?.has(other.pupil.id)));
    const score = (g: Member[]): number[] => [
      g.filter((o) => o.pupil.sen === member.pupil.sen && member.pupil.sen !== 'none').length,
      g.filter((o) => o.pupil.gender === member.pupil.gender).length,
      g.length,
    ];
    const best = open.sort((a, b) => compareScores(score(a.g), score(b.g)) || a.i - b.i)[0];
    if (best) best.g.push(member);
    else {
      left.push(member);
      why.set(member, 'Must be kept apart from a pupil in every suggested group, or every group is full.');
    }
  }
  // A group left under the minimum (keep-apart pupils moved out) cannot run: its pupils go back.
  const kept = groups.filter((g) => g.length >= settings.minSize);
  for (const g of groups.filter((g) => g.length < settings.minSize)) {
    for (const member of g) {
      left.push(member);
      why.set(member, `Too few pupils left for another group (a group needs ${settings.minSize}).`);
    }
  }
  return { groups: kept.map((g) => [...g].sort(byYearThenName)), left, why };
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function yearsOf(members: readonly Member[]): number[] {
  return [...new Set(members.map((m) => m.pupil.year as number))].sort((a, b) => a - b);
}

function yearsLabel(members: readonly Member[]): string {
  const years = yearsOf(members);
  return years.length === 1 ? `Y${years[0]}` : `Y${years[0]}-${years[years.length - 1]}`;
}

function yearsText(members: readonly Member[]): string {
  const years = yearsOf(members);
  return years.length === 1 ? `Year ${years[0]}` : `Year ${years[0]}–${years[years.length - 1]}`;
}

/** The warnings the checker would raise on the suggestion, so the user sees them before accepting. */
function notesFor(group: Omit<SuggestedGroup, 'notes'>, context: RuleContext): Finding[] {
  const checked: CheckedGroup = {
    name: group.name,
    kind: 'group',
    programme: group.programme,
    focus: null,
    staff: null,
    minSize: context.settings.minSize,
    maxSize: context.settings.maxSize,
    singleSex: false,
    members: group.members,
    source: null,
  };
  return [sizeRule, yearSpreadRule, genderBalanceRule, keepApartRule, sendLoadRule].flatMap((rule) => rule(checked, context));
}
