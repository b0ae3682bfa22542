/**
 * Groups: the rows of the groups tab, plus any group the register names that the groups tab does
 * not list (its programme and staff taken from its members' rows).
 */
import { readDate, readNumber, readText, readYesNo } from '../coerce';
import type { Group, Placement } from '../domain';
import type { GroupField, GroupsMapping } from '../mapping/schema';
import type { Problem } from '../problems';
import type { TabSnapshot } from '../snapshot';
import { normaliseText } from '../text';
import type { IsoDate } from '../values';
import { mondayOf } from '../calendar/days';
import { dataRows, mapTab, type RowReader } from './columns';

export function readGroups(
  tab: TabSnapshot | undefined,
  mapping: GroupsMapping | null,
  placements: readonly Placement[],
): { groups: Group[]; problems: Problem[] } {
  const groups: Group[] = [];
  const problems: Problem[] = [];
  if (tab && mapping) {
    const mapped = mapTab<GroupField>(tab, mapping.headerRow, mapping.fields);
    for (const reader of dataRows(mapped)) {
      const group = readGroup(reader);
      problems.push(...reader.problems);
      if (group) groups.push(group);
    }
  }
  const members = membersByGroup(placements);
  const listed = new Set(groups.map((group) => normaliseText(group.name)));
  for (const [key, rows] of members) {
    if (!listed.has(key)) groups.push(groupFromRegister(rows));
  }
  // A groups tab without a start column starts each group when its members' placements start.
  return {
    groups: groups.map((group) =>
      group.startWeek ? group : { ...group, startWeek: earliestStart(members.get(normaliseText(group.name)) ?? []) },
    ),
    problems,
  };
}

function readGroup(reader: RowReader<GroupField>): Group | null {
  const name = readText(reader.raw('group'));
  if (!name) {
    reader.reportRow('This row has no group name, so it was left out.');
    return null;
  }
  const start = reader.read('startWeek', readDate);
  return {
    name,
    programme: readText(reader.raw('programme')),
    focus: readText(reader.raw('focus')),
    staff: readText(reader.raw('staff')),
    room: readText(reader.raw('room')),
    sessionsPerWeek: whole(reader, 'sessionsPerWeek', 1, 10),
    weeks: whole(reader, 'weeks', 1, 52),
    startWeek: start ? mondayOf(start) : null,
    minSize: whole(reader, 'minSize', 1, 40),
    maxSize: whole(reader, 'maxSize', 1, 40),
    singleSex: reader.read('singleSex', readYesNo) ?? false,
    source: { tab: reader.tabName, row: reader.row },
  };
}

function whole(reader: RowReader<GroupField>, field: GroupField, min: number, max: number): number | null {
  const value = reader.read(field, readNumber);
  if (value === null) return null;
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  reader.report(field, `${value} is not a whole number from ${min} to ${max}; the default was used.`);
  return null;
}

function membersByGroup(placements: readonly Placement[]): Map<string, Placement[]> {
  const byGroup = new Map<string, Placement[]>();
  for (const placement of placements) {
    if (placement.type !== 'group' || !placement.group) continue;
    const key = normaliseText(placement.group);
    byGroup.set(key, [...(byGroup.get(key) ?? []), placement]);
  }
  return byGroup;
}

function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function earliestStart(members: readonly Placement[]): IsoDate | null {
  const starts = members
    .map((member) => member.start)
    .filter((start) => start !== null)
    .sort();
  return starts[0] ? mondayOf(starts[0]) : null;
}

function groupFromRegister(members: readonly Placement[]): Group {
  return {
    name: members[0]!.group!,
    programme: mostCommon(members.map((member) => member.programme)),
    focus: mostCommon(members.map((member) => member.outcome)),
    staff: mostCommon(members.map((member) => member.staff)),
    room: null,
    sessionsPerWeek: null,
    weeks: null,
    startWeek: earliestStart(members),
    minSize: null,
    maxSize: null,
    singleSex: false,
    source: null,
  };
}
