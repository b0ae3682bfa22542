/**
 * Which sessions must be placed: every group with members, and every 1-1 placement, each over the
 * weeks of its programme. Referrals are not scheduled.
 */
import type { Group, Placement, PupilId, SchoolData } from '../domain';
import type { Settings } from '../settings';
import { normaliseText } from '../text';
import type { IsoDate } from '../values';
import { addDays, mondayOf, mondayOnOrAfter } from './dates';
import type { Learner, SessionSeries } from './types';

/** A programme never runs longer than a school year. */
const MAX_WEEKS = 39;

export function buildSeries(data: SchoolData, settings: Settings, today: IsoDate): SessionSeries[] {
  const names = new Map(data.pupils.map((pupil) => [pupil.id, pupil.name] as const));
  const known = (placement: Placement): boolean => names.has(placement.pupilId);
  const groupSeries = groupsWithMembers(data)
    .map(({ group, members }) => seriesForGroup(group, members, settings, today))
    .filter((series) => series.learners.length > 0 && series.weeks.length > 0);
  const oneToOnes = data.placements
    .filter((placement) => placement.type === '1-1' && known(placement))
    .map((placement) => seriesForOneToOne(placement, names.get(placement.pupilId) ?? placement.pupilId, settings, today));
  const seen = new Set<string>();
  return [...groupSeries, ...oneToOnes]
    .filter((series) => {
      if (seen.has(series.id) || series.weeks.length === 0) return false;
      seen.add(series.id);
      return true;
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  function groupsWithMembers(school: SchoolData): { group: Group; members: Placement[] }[] {
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

function seriesForGroup(group: Group, members: readonly Placement[], settings: Settings, today: IsoDate): SessionSeries {
  const starts = members
    .map((member) => member.start)
    .filter((start): start is IsoDate => start !== null)
    .sort();
  const start = group.startWeek ?? starts[0] ?? null;
  const firstMonday = start === null ? mondayOnOrAfter(today) : mondayOf(start);
  const perWeek = group.sessionsPerWeek ?? settings.timetable.sessionsPerWeekDefault;
  const firstMember = members[0];
  const ref = group.source ?? firstMember?.source ?? null;
  return {
    id: `group:${normaliseText(group.name)}`,
    kind: 'group',
    name: group.name,
    group: group.name,
    programme: group.programme ?? firstMember?.programme ?? null,
    staff: group.staff ?? members.find((member) => member.staff !== null)?.staff ?? null,
    room: group.room,
    roomChecked: group.room !== null,
    learners: members.map(learnerOf).sort((a, b) => (a.pupil < b.pupil ? -1 : a.pupil > b.pupil ? 1 : 0)),
    perWeek: Math.max(1, Math.min(5, perWeek)),
    weeks: programmeWeeks(firstMonday, group.weeks ?? settings.timetable.weeksDefault, null, settings),
    source: ref === null ? null : { ref, column: 'Group' },
  };
}

function seriesForOneToOne(placement: Placement, pupilName: string, settings: Settings, today: IsoDate): SessionSeries {
  const firstMonday = placement.start === null ? mondayOnOrAfter(today) : mondayOf(placement.start);
  const lastMonday = placement.end === null ? null : mondayOf(placement.end);
  const room = settings.timetable.oneToOneRoomDefault;
  return {
    id: `1-1:${placement.pupilId}`,
    kind: '1-1',
    name: `1-1: ${pupilName}`,
    group: null,
    programme: placement.programme,
    staff: placement.staff ?? settings.timetable.oneToOneStaffDefault,
    room,
    roomChecked: false,
    learners: [learnerOf(placement)],
    perWeek: 1,
    weeks: programmeWeeks(firstMonday, settings.timetable.weeksDefault, lastMonday, settings),
    source: { ref: placement.source, column: 'Pupil' },
  };
}

function learnerOf(placement: Placement): Learner {
  return { pupil: placement.pupilId as PupilId, reason: placement.reason, outcome: placement.outcome };
}

/**
 * The programme's weeks from its first Monday: up to `lastMonday` when the end is known, otherwise
 * `count` weeks. With a term-week list, holiday weeks are skipped and do not count.
 */
export function programmeWeeks(firstMonday: IsoDate, count: number, lastMonday: IsoDate | null, settings: Settings): IsoDate[] {
  const termWeeks = [...new Set(settings.timetable.termWeeks.map((week) => mondayOf(week as IsoDate)))].sort();
  const wanted = (week: IsoDate, taken: number): boolean =>
    taken < MAX_WEEKS && (lastMonday === null ? taken < count : week <= lastMonday || taken === 0);
  const weeks: IsoDate[] = [];
  if (termWeeks.length > 0) {
    for (const week of termWeeks) {
      if (week < firstMonday) continue;
      if (!wanted(week, weeks.length)) break;
      weeks.push(week);
    }
    return weeks;
  }
  for (let week = firstMonday; wanted(week, weeks.length); week = addDays(week, 7)) weeks.push(week);
  return weeks;
}
