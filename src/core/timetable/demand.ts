/**
 * Which sessions must be placed: every group with members, and every 1-1 placement, each over the
 * school weeks of its programme. Referrals are not scheduled.
 */
import { addDays, mondayOf, mondayOnOrAfter } from '../calendar/days';
import type { SchoolCalendar } from '../calendar/school-calendar';
import type { Group, Placement, PupilId, SchoolData } from '../domain';
import { problem, type Problem } from '../problems';
import type { Settings } from '../settings';
import { normaliseText, plural } from '../text';
import { ukDate, type IsoDate } from '../values';
import type { Learner, SeriesId, SessionSeries } from './types';

/** A programme never runs longer than a school year. */
const MAX_WEEKS = 39;
/** Calendar weeks looked through for a programme's school weeks: a school year and its holidays. */
const MAX_CALENDAR_WEEKS = 60;

export interface Demand {
  readonly series: SessionSeries[];
  /** Programmes the term dates cut short. */
  readonly problems: Problem[];
}

export function buildSeries(data: SchoolData, settings: Settings, calendar: SchoolCalendar, today: IsoDate): Demand {
  const names = new Map(data.pupils.map((pupil) => [pupil.id, pupil.name] as const));
  const known = (placement: Placement): boolean => names.has(placement.pupilId);
  const problems: Problem[] = [];
  const weeksFor = (name: string, source: SessionSeries['source'], first: IsoDate, count: number, last: IsoDate | null): IsoDate[] => {
    const { weeks, cutShort } = programmeWeeks(calendar, first, count, last);
    if (cutShort && source !== null && calendar.lastTermDay !== null) {
      problems.push(
        problem(
          'timetable',
          source.ref.tab,
          source.ref.row,
          source.column,
          `${name} runs past the last term date (${ukDate(calendar.lastTermDay)}), so only ${plural(weeks.length, 'week')} of it could be planned. Add the next term's dates and generate again.`,
        ),
      );
    }
    return weeks;
  };
  const groupSeries = groupsWithMembers(data, known)
    .map(({ group, members }) => seriesForGroup(group, members, settings, today, weeksFor))
    .filter((series) => series.learners.length > 0);
  const oneToOnes = data.placements
    .filter((placement) => placement.type === '1-1' && known(placement))
    .map((placement) => seriesForOneToOne(placement, names.get(placement.pupilId) ?? placement.pupilId, settings, today, weeksFor));
  const seen = new Set<string>();
  const series = [...groupSeries, ...oneToOnes]
    .filter((s) => {
      if (seen.has(s.id) || s.weeks.length === 0) return false;
      seen.add(s.id);
      return true;
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { series, problems };
}

type WeeksFor = (name: string, source: SessionSeries['source'], first: IsoDate, count: number, last: IsoDate | null) => IsoDate[];

function groupsWithMembers(school: SchoolData, known: (placement: Placement) => boolean): { group: Group; members: Placement[] }[] {
  const byName = new Map<string, { group: Group; members: Placement[] }>();
  for (const group of school.groups) {
    const key = normaliseText(group.name);
    if (!byName.has(key)) byName.set(key, { group, members: [] });
  }
  for (const placement of school.placements) {
    if (placement.type !== 'group' || placement.group === null || !known(placement)) continue;
    const key = normaliseText(placement.group);
    let entry = byName.get(key);
    if (!entry) {
      // A group named only on the register: defaults for everything.
      entry = { group: registerOnlyGroup(placement), members: [] };
      byName.set(key, entry);
    }
    if (!entry.members.some((member) => member.pupilId === placement.pupilId)) entry.members.push(placement);
  }
  return [...byName.values()];
}

function registerOnlyGroup(placement: Placement): Group {
  return {
    name: placement.group ?? '',
    programme: placement.programme,
    focus: null,
    staff: placement.staff,
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

export function groupSeriesId(name: string): SeriesId {
  return `group:${normaliseText(name)}` as SeriesId;
}

export function oneToOneSeriesId(pupil: PupilId | string): SeriesId {
  return `1-1:${pupil}` as SeriesId;
}

function seriesForGroup(
  group: Group,
  members: readonly Placement[],
  settings: Settings,
  today: IsoDate,
  weeksFor: WeeksFor,
): SessionSeries {
  const starts = members
    .map((member) => member.start)
    .filter((start): start is IsoDate => start !== null)
    .sort();
  const start = group.startWeek ?? starts[0] ?? null;
  const firstMonday = start === null ? mondayOnOrAfter(today) : mondayOf(start);
  const perWeek = group.sessionsPerWeek ?? settings.timetable.sessionsPerWeekDefault;
  const firstMember = members[0];
  const ref = group.source ?? firstMember?.source ?? null;
  const source = ref === null ? null : { ref, column: 'Group' };
  return {
    id: groupSeriesId(group.name),
    kind: 'group',
    name: group.name,
    group: group.name,
    programme: group.programme ?? firstMember?.programme ?? null,
    staff: group.staff ?? members.find((member) => member.staff !== null)?.staff ?? null,
    room: group.room,
    learners: members.map(learnerOf).sort((a, b) => (a.pupil < b.pupil ? -1 : a.pupil > b.pupil ? 1 : 0)),
    perWeek: Math.max(1, Math.min(5, perWeek)),
    weeks: weeksFor(group.name, source, firstMonday, group.weeks ?? settings.timetable.weeksDefault, null),
    source,
  };
}

function seriesForOneToOne(placement: Placement, pupilName: string, settings: Settings, today: IsoDate, weeksFor: WeeksFor): SessionSeries {
  const firstMonday = placement.start === null ? mondayOnOrAfter(today) : mondayOf(placement.start);
  const lastMonday = placement.end === null ? null : mondayOf(placement.end);
  const name = `1-1: ${pupilName}`;
  const source = { ref: placement.source, column: 'Pupil' };
  return {
    id: oneToOneSeriesId(placement.pupilId),
    kind: '1-1',
    name,
    group: null,
    programme: placement.programme,
    staff: placement.staff ?? settings.timetable.oneToOneStaffDefault,
    room: placement.room ?? null,
    learners: [learnerOf(placement)],
    perWeek: 1,
    weeks: weeksFor(name, source, firstMonday, settings.timetable.weeksDefault, lastMonday),
    source,
  };
}

function learnerOf(placement: Placement): Learner {
  return { pupil: placement.pupilId, reason: placement.reason, outcome: placement.outcome };
}

/**
 * The programme's school weeks from its first Monday: up to `lastMonday` when the end is known,
 * otherwise `count` of them. Holiday weeks are skipped and do not count. `cutShort` when the
 * calendar ran out of school weeks first.
 */
export function programmeWeeks(
  calendar: SchoolCalendar,
  firstMonday: IsoDate,
  count: number,
  lastMonday: IsoDate | null,
): { weeks: IsoDate[]; cutShort: boolean } {
  const wanted = (week: IsoDate, taken: number): boolean =>
    taken < MAX_WEEKS && (lastMonday === null ? taken < count : week <= lastMonday || taken === 0);
  const weeks: IsoDate[] = [];
  let week = firstMonday;
  for (let looked = 0; wanted(week, weeks.length); week = addDays(week, 7), looked += 1) {
    if (looked >= MAX_CALENDAR_WEEKS || (calendar.lastTermDay !== null && week > calendar.lastTermDay)) {
      return { weeks, cutShort: true };
    }
    if (calendar.isSchoolWeek(week)) weeks.push(week);
  }
  return { weeks, cutShort: false };
}
