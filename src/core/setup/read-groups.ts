/**
 * Groups: the rows of the groups tab, plus any group the register names that the groups tab does
 * not list (its programme and staff taken from its members' rows). A group's dates come from the
 * groups tab, else from most of its members, never from one member: a member whose date is far from
 * the group's is reported and that date is not used.
 */
import { readDate, readNumber, readYesNo, type DateOrder } from '../coerce';
import type { Group, Placement } from '../domain';
import type { GroupField, GroupsMapping } from '../mapping/schema';
import { problem, type Problem } from '../problems';
import type { TabSnapshot } from '../snapshot';
import { normaliseText } from '../text';
import { ukDate, type IsoDate } from '../values';
import { mondayOf } from '../calendar/days';
import { mapTab, readRows, type RowReader } from './columns';
import { dateOrders } from './date-columns';
import type { SkippedRow } from './layout-rows';
import { schoolYearOf } from '../impact/half-terms';
import { implausibleReason, isPlausible, type DateHeaders, type DateWindow } from './plausible-dates';

/** Further apart than a half-term, a member's date is not the group's: it is a slip. */
const FAR_WEEKS = 6;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface GroupsRead {
  readonly groups: Group[];
  /** The register's placements, without the member dates found far from their group's. */
  readonly placements: Placement[];
  readonly problems: Problem[];
  readonly skipped: SkippedRow[];
}

export function readGroups(
  tab: TabSnapshot | undefined,
  mapping: GroupsMapping | null,
  placements: readonly Placement[],
  window: DateWindow | null,
  headers: DateHeaders,
): GroupsRead {
  const listed: Group[] = [];
  const problems: Problem[] = [];
  const skipped: SkippedRow[] = [];
  if (tab && mapping) {
    const { rows, skipped: layout } = readRows(mapTab<GroupField>(tab, mapping.headerRow, mapping.fields));
    const orders = dateOrders(rows, ['startWeek']);
    skipped.push(...layout);
    for (const reader of rows) {
      const group = readGroup(reader, orders.startWeek ?? 'day-first', window);
      problems.push(...reader.problems);
      if (group) listed.push(group);
    }
  }
  const members = membersByGroup(placements);
  const names = new Set(listed.map((group) => normaliseText(group.name)));
  const groups = [...listed];
  for (const [key, rows] of members) if (!names.has(key)) groups.push(groupFromRegister(rows));
  const dated = new Map<Placement, Placement>();
  const weeks = new Weeks();
  const withDates = groups.map((group) => {
    const own = members.get(normaliseText(group.name)) ?? [];
    const agreed = agreeDates(group, own, { window, headers, weeks });
    problems.push(...agreed.problems);
    for (const [before, after] of agreed.changed) dated.set(before, after);
    return agreed.group;
  });
  return { groups: withDates, placements: placements.map((p) => dated.get(p) ?? p), problems, skipped };
}

function readGroup(reader: RowReader<GroupField>, order: DateOrder, window: DateWindow | null): Group | null {
  const name = reader.text('group');
  if (!name) {
    reader.reportRow('This row has no group name, so it was left out.');
    return null;
  }
  let start = reader.read('startWeek', (value) => readDate(value, order));
  if (start !== null && window !== null && !isPlausible(start, window)) {
    reader.report('startWeek', implausibleReason('start', start, window));
    start = null;
  }
  return {
    name,
    programme: reader.text('programme'),
    focus: reader.text('focus'),
    staff: reader.text('staff'),
    room: reader.text('room'),
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

function groupFromRegister(members: readonly Placement[]): Group {
  return {
    name: members[0]!.group!,
    programme: mostCommon(members.map((member) => member.programme)),
    focus: mostCommon(members.map((member) => member.outcome)),
    staff: mostCommon(members.map((member) => member.staff)),
    room: null,
    sessionsPerWeek: null,
    weeks: null,
    startWeek: null,
    minSize: null,
    maxSize: null,
    singleSex: false,
    source: null,
  };
}

/** Each date's week, worked out once: a register repeats a few dates over thousands of rows. */
class Weeks {
  private readonly mondays = new Map<IsoDate, IsoDate>();

  of(date: IsoDate): IsoDate {
    let monday = this.mondays.get(date);
    if (monday === undefined) this.mondays.set(date, (monday = mondayOf(date)));
    return monday;
  }

  /** Whole weeks between the weeks two dates fall in. */
  apart(a: IsoDate, b: IsoDate): number {
    const [from, to] = [this.of(a), this.of(b)];
    return from === to ? 0 : Math.abs(Date.parse(`${from}T00:00:00Z`) - Date.parse(`${to}T00:00:00Z`)) / (7 * DAY_MS);
  }
}

/**
 * The week most of `dates` fall in; a tie goes to a week in the school year in view, then to the
 * earlier week (as a group starts with its first members).
 */
function majorityWeek(dates: readonly IsoDate[], window: DateWindow | null, weeks: Weeks): IsoDate | null {
  const counts = new Map<IsoDate, number>();
  for (const date of dates) counts.set(weeks.of(date), (counts.get(weeks.of(date)) ?? 0) + 1);
  const inView = (week: IsoDate): number => (window !== null && schoolYearOf(week) === window.year ? 0 : 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || inView(a[0]) - inView(b[0]) || (a[0] < b[0] ? -1 : 1));
  return ranked[0]?.[0] ?? null;
}

interface Agreed {
  readonly group: Group;
  readonly changed: Map<Placement, Placement>;
  readonly problems: Problem[];
}

interface DateContext {
  readonly window: DateWindow | null;
  readonly headers: DateHeaders;
  readonly weeks: Weeks;
}

/** The group's start (groups tab, else most members') and the members whose own dates are far from the group's. */
function agreeDates(group: Group, members: readonly Placement[], { window, headers, weeks }: DateContext): Agreed {
  const problems: Problem[] = [];
  const changed = new Map<Placement, Placement>();
  const starts = members.flatMap((m) => (m.start === null ? [] : [m.start]));
  const majority = majorityWeek(starts, window, weeks);
  const startWeek = group.startWeek ?? majority;
  const far = (date: IsoDate | null, week: IsoDate | null): boolean =>
    date !== null && week !== null && weeks.apart(date, week) > FAR_WEEKS;
  const farStarts = members.filter((m) => far(m.start, startWeek));
  if (group.startWeek !== null && group.source !== null && farStarts.length * 2 > starts.length) {
    // Most members disagree with the groups tab: one row to check, not one per pupil.
    problems.push(
      problem(
        'setup',
        group.source.tab,
        group.source.row,
        '',
        `This group starts in the week commencing ${ukDate(group.startWeek)} here, but most of its members’ start dates in the register are around ${ukDate(majority ?? group.startWeek)}. The date here was used; correct whichever is wrong.`,
      ),
    );
  } else {
    const whose = group.startWeek !== null ? 'on the groups tab' : `when most of “${group.name}” start`;
    for (const member of farStarts) {
      problems.push(
        problem(
          'setup',
          member.source.tab,
          member.source.row,
          headers.start,
          `The start date ${ukDate(member.start!)} is far from the group’s (the week commencing ${ukDate(startWeek!)}, ${whose}), so it was not used. Correct it if this pupil starts with the group.`,
        ),
      );
      changed.set(member, { ...member, start: null });
    }
  }
  const ends = members.flatMap((m) => (m.end === null ? [] : [m.end]));
  const endWeek = majorityWeek(ends, window, weeks);
  for (const member of members.filter((m) => far(m.end, endWeek))) {
    problems.push(
      problem(
        'setup',
        member.source.tab,
        member.source.row,
        headers.end,
        `The end date ${ukDate(member.end!)} is far from the group’s (most of “${group.name}” end in the week commencing ${ukDate(endWeek!)}), so it was not used. Correct it if this pupil ends with the group.`,
      ),
    );
    changed.set(member, { ...(changed.get(member) ?? member), end: null });
  }
  return { group: { ...group, startWeek }, changed, problems };
}
