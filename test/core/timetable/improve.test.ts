import { describe, expect, it } from 'vitest';
import type { LessonSlot, SchoolData } from '../../../src/core/domain';
import type { Settings } from '../../../src/core/settings';
import { buildTimetables, checkSchedule } from '../../../src/core/timetable';
import { Board } from '../../../src/core/timetable/board';
import { buildSeries } from '../../../src/core/timetable/demand';
import { improveProgramme } from '../../../src/core/timetable/improve';
import { SchoolWeek, type WeekSlot } from '../../../src/core/timetable/school-week';
import { COST, scheduleSoftCost, SoftCost } from '../../../src/core/timetable/soft-cost';
import { solve } from '../../../src/core/timetable/solver';
import type { ScheduledSession } from '../../../src/core/timetable/types';
import { WeekPlan } from '../../../src/core/timetable/week-plan';
import { generatedSchool } from '../../../tools/bench/timetable-quality';
import { group, lessonTimetable, MONDAY, placement, pupil, school, settingsWith, weekSlots } from './fixtures';

const at = (day: number, lesson: number) => (slot: LessonSlot) => slot.day === day && slot.lesson === lesson;

/**
 * A two-week timetable where looking one week ahead matters: in week A the group may miss Art
 * (Mon 1) or History (Tue 1), in week B only Art (Mon 1). Both are free of cost in week A, so a
 * week-by-week greedy takes the first, Art, and week B then repeats Art in the very next week.
 */
function lookAhead(): { data: SchoolData; settings: Settings } {
  const slots = [...weekSlots(5, 'A'), ...weekSlots(5, 'B')];
  const subject = (s: LessonSlot): string => {
    if (at(1, 1)(s)) return 'Art';
    if (s.cycleWeek === 'A' && at(2, 1)(s)) return 'History';
    return s.cycleWeek === 'A' ? 'Maths' : 'English';
  };
  const lessons = lessonTimetable(slots, [{ key: { kind: 'year', year: 7 }, subject }]);
  const pupils = [pupil('P1', 'Ava Khan'), pupil('P2', 'Ben Ng')];
  const placements = pupils.map((p) => placement(p.id, { group: 'G' }));
  const data = school({ pupils, placements, groups: [group('G', { weeks: 2 })], lessons });
  return { data, settings: settingsWith({ cycleWeekAStart: MONDAY }) };
}

/** The two weeks on a board with the group placed as the greedy places it (Mon 1 both weeks). */
function greedyBoard(data: SchoolData, settings: Settings): { school: SchoolWeek; board: Board } {
  const weekSchool = new SchoolWeek(data, settings);
  const [series] = buildSeries(data, settings, weekSchool.calendar, MONDAY).series;
  if (!series) throw new Error('no series');
  const plans = series.weeks.map((week, ordinal) => {
    const plan = new WeekPlan(weekSchool, week, ordinal, weekSchool.slotsOf(week), false);
    plan.add(series, ordinal + 1);
    return plan;
  });
  const board = new Board(weekSchool, plans, SoftCost.forSettings(weekSchool, settings, plans.length));
  for (const plan of plans) board.move(plan.occurrences[0]!, plan.slots.find((s) => s.day === 1 && s.lesson === 1) as WeekSlot);
  return { school: weekSchool, board };
}

function sessionsOf(board: Board): ScheduledSession[] {
  return board.weeks.flatMap((plan) =>
    plan.occurrences.flatMap((o) => {
      if (!o.slot) return [];
      const s = o.series;
      return [
        {
          seriesId: s.id,
          kind: s.kind,
          name: s.name,
          group: s.group,
          programme: s.programme,
          staff: s.staff,
          room: s.room,
          week: plan.week,
          weekNumber: o.weekNumber,
          day: o.slot.day,
          lesson: o.slot.lesson,
          pupils: o.pupils,
          locked: o.locked,
        },
      ];
    }),
  );
}

describe('the improvement phase', () => {
  it('moves an earlier week’s session so a later week does not repeat a subject the next week', () => {
    const { data, settings } = lookAhead();
    const { school: weekSchool, board } = greedyBoard(data, settings);
    // Two pupils each miss Art twice, in consecutive weeks: a repeat and a consecutive miss each.
    const greedyCost = 2 * (COST.repeat + COST.consecutive);
    expect(scheduleSoftCost(weekSchool, settings, sessionsOf(board))).toBe(greedyCost);
    expect(board.cost.total).toBe(greedyCost);

    const result = improveProgramme(board);

    expect(result.before).toBe(greedyCost);
    expect(result.after).toBe(0);
    const sessions = sessionsOf(board);
    expect(scheduleSoftCost(weekSchool, settings, sessions)).toBe(0);
    expect(sessions.map((s) => `${s.week} ${s.day}/${s.lesson}`)).toEqual(['2026-11-02 2/1', '2026-11-09 1/1']);
    expect(checkSchedule(data, settings, sessions)).toEqual([]);
  });

  it('never moves a session a person fixed', () => {
    const { data, settings } = lookAhead();
    const { board } = greedyBoard(data, settings);
    const first = board.weeks[0]?.occurrences[0];
    if (first) first.fixed = true;
    const result = improveProgramme(board);
    expect(result.after).toBe(result.before);
    expect(sessionsOf(board).map((s) => `${s.day}/${s.lesson}`)).toEqual(['1/1', '1/1']);
  });

  it('gives buildTimetables the look-ahead: History in week A, Art in week B', () => {
    const { data, settings } = lookAhead();
    const result = buildTimetables(data, settings, { week: 'programme', today: MONDAY }, undefined);
    expect(checkSchedule(data, settings, result.sessions)).toEqual([]);
    expect(result.sessions.map((s) => `${s.week} ${s.day}/${s.lesson}`)).toEqual(['2026-11-02 2/1', '2026-11-09 1/1']);
  });

  it('lowers the cost of a generated programme, keeps its own count honest, breaks no rule and repeats itself exactly', () => {
    const shape = {
      pupils: 200,
      forms: 10,
      lessons: 6,
      groups: 12,
      groupSize: 6,
      oneToOnes: 15,
      staff: 6,
      rooms: 4,
      weeks: 4,
      protectedShare: 0.33,
      busyShare: 0.3,
    };
    const data = generatedSchool(shape, 11);
    const settings = settingsWith();
    const run = () => {
      const weekSchool = new SchoolWeek(data, settings);
      const series = buildSeries(data, settings, weekSchool.calendar, MONDAY).series.map((s) =>
        s.staff === null ? s : { ...s, staff: weekSchool.staffName(s.staff) },
      );
      const weeks = [...new Set(series.flatMap((s) => s.weeks))].sort();
      return { weekSchool, solution: solve(weekSchool, settings, { series, weeks, allWeeks: weeks, pins: [], earlier: [], kept: [] }) };
    };
    const { weekSchool, solution } = run();
    expect(solution.improvement.after).toBeLessThan(solution.improvement.before);
    // The phase's running total agrees with the cost counted afresh from the schedule.
    expect(scheduleSoftCost(weekSchool, settings, solution.sessions)).toBe(solution.improvement.after);
    expect(checkSchedule(data, settings, solution.sessions)).toEqual([]);
    const again = run().solution;
    expect(again.sessions).toEqual(solution.sessions);
  });
});
