/**
 * Why a session could not be placed, in words a mentor can act on: the lessons its member of staff
 * is free, and what blocks each of them (a pupil's Maths or English, a pupil or the room elsewhere,
 * the group already meeting that day).
 */
import type { PupilId } from '../domain';
import { orList } from '../text';
import { ukDate } from '../values';
import type { Board } from './board';
import { lessonLabel, type SchoolWeek } from './school-week';
import type { Occurrence } from './week-plan';

const MAX_LISTED = 8;

export function explainUnplaced(board: Board, occurrence: Occurrence, protectedSubjects: readonly string[]): string {
  const { school } = board;
  const state = board.weekOf(occurrence);
  const { staff, room, name } = occurrence.series;
  const lead = `${name}, week ${occurrence.weekNumber} (w/c ${ukDate(occurrence.week)})`;
  const free = state.slots.filter((slot) => staff === null || school.staffBusy(staff, slot) === null);
  if (free.length === 0) {
    const busy = state.slots
      .slice(0, MAX_LISTED)
      .map((slot) => `${lessonLabel(slot.day, slot.lesson)} ${school.staffBusy(staff ?? '', slot) ?? ''}`);
    return `${lead}: ${staff ?? ''} is not free in any lesson that week (${busy.join(', ')}${state.slots.length > MAX_LISTED ? ', …' : ''}).`;
  }
  const protectedBy = new Map<PupilId, { label: string; blockers: number; order: number }[]>();
  const elsewhere: string[] = [];
  const staffBusy: string[] = [];
  const roomBusy: string[] = [];
  const sameDay: string[] = [];
  // Each free lesson is put down to its first reason: a protected subject, then the group already
  // meeting that day, then whoever or whatever is elsewhere.
  for (const slot of free) {
    const label = lessonLabel(slot.day, slot.lesson);
    if (!board.fitsStatically(occurrence, slot)) {
      const blocking = occurrence.pupils.filter((pupil) => school.protectedMiss(pupil, slot) !== null);
      for (const pupil of blocking) {
        listFor(protectedBy, pupil).push({
          label: `${label} ${school.protectedMiss(pupil, slot) ?? ''}`,
          blockers: blocking.length,
          order: slot.index,
        });
      }
      continue;
    }
    const blockers = state.blockers(occurrence, slot);
    if (blockers.some((blocker) => blocker.kind === 'same-day')) {
      sameDay.push(label);
      continue;
    }
    for (const blocker of blockers) {
      const other = blocker.by.series.name;
      if (blocker.kind === 'pupil') elsewhere.push(`${label} ${school.pupilName(blocker.pupil)} in ${other}`);
      else if (blocker.kind === 'staff') staffBusy.push(`${label} ${other}`);
      else if (blocker.kind === 'room') roomBusy.push(`${label} ${other}`);
    }
  }
  const reasons: string[] = [];
  if (protectedBy.size > 0)
    reasons.push(`at least one pupil has ${orList(protectedSubjects, 'a protected subject')} (${protectedDetail(school, protectedBy)})`);
  const unknown = occurrence.pupils.filter((pupil) => protectedBy.has(pupil) && school.unknownLessons(pupil) !== null);
  if (unknown.length > 0)
    reasons.push(
      `the lessons of ${unknownDetail(school, unknown)} are not known, so they are kept out of every lesson where any class has one`,
    );
  if (elsewhere.length > 0) reasons.push(`a pupil is already in another session (${capped(elsewhere)})`);
  if (staffBusy.length > 0) reasons.push(`${staff ?? ''} already leads another session (${capped(staffBusy)})`);
  if (roomBusy.length > 0) reasons.push(`${room ?? ''} is in use (${capped(roomBusy)})`);
  if (sameDay.length > 0) reasons.push(`the group already meets that day (${capped(sameDay)})`);
  const freeList =
    free.length === state.slots.length
      ? 'all week'
      : capped(
          free.map((slot) => lessonLabel(slot.day, slot.lesson)),
          2 * MAX_LISTED,
        );
  const who = staff === null ? 'in every lesson' : `every lesson ${staff} is free (${freeList})`;
  return `${lead}: ${who}, ${reasons.join(', or ') || 'no lesson is left'}.`;
}

/** `Ava Khan, Ben Ng: Mon 1 Maths, …; Cara Lee: …`: pupils with the same blocked lessons listed together. */
function protectedDetail(
  school: SchoolWeek,
  protectedBy: ReadonlyMap<PupilId, readonly { label: string; blockers: number; order: number }[]>,
): string {
  const byLessons = new Map<string, string[]>();
  for (const [pupil, lessons] of protectedBy) {
    // Lessons only this pupil (or few pupils) block come first: they are the near misses.
    const sorted = [...lessons].sort((a, b) => a.blockers - b.blockers || a.order - b.order).map((lesson) => lesson.label);
    const key = capped(sorted, MAX_LISTED);
    const names = byLessons.get(key) ?? [];
    names.push(school.pupilName(pupil));
    byLessons.set(key, names);
  }
  const parts = [...byLessons].map(([lessons, names]) => `${capped(names, 4)}: ${lessons}`);
  return parts.length > MAX_LISTED ? `${parts.slice(0, MAX_LISTED).join('; ')}; …` : parts.join('; ');
}

/** `Ava Khan (Year 11 is not on the lesson timetable)`, a few at most. */
function unknownDetail(school: SchoolWeek, pupils: readonly PupilId[]): string {
  return capped(
    pupils.map((pupil) => `${school.pupilName(pupil)} (${school.unknownLessons(pupil) ?? ''})`),
    4,
  );
}

function listFor<T>(map: Map<PupilId, T[]>, pupil: PupilId): T[] {
  let list = map.get(pupil);
  if (!list) {
    list = [];
    map.set(pupil, list);
  }
  return list;
}

function capped(items: readonly string[], limit = MAX_LISTED): string {
  return items.length > limit ? `${items.slice(0, limit).join(', ')}, … (${items.length} in all)` : items.join(', ');
}
