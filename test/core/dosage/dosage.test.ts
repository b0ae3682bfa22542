/** Dosage from the Schedule's ticks: sessions planned, delivered and attended per placement, and last week's sessions to register. */
import { describe, expect, it } from 'vitest';
import {
  attendedShare,
  dosageOf,
  isBelowThreshold,
  placementRows,
  readRegisteredRows,
  rowsByPupil,
  sessionsToRegister,
  thresholdPhrase,
} from '../../../src/core/dosage';
import type { TabSnapshot } from '../../../src/core/snapshot';
import { SCHEDULE_HEADERS } from '../../../src/core/timetable';
import type { CellValue, IsoDate } from '../../../src/core/values';
import { school } from '../impact/fixtures';

type Ticks = { delivered?: boolean; attended?: boolean; reason?: string };

/** A Schedule row: week commencing, day, lesson, session, programme, staff, pupil id and the ticks. */
function row(week: string, day: string, lesson: number, session: string, pupil: string, ticks: Ticks = {}): CellValue[] {
  const cells: Record<string, CellValue> = {
    'Week commencing': week,
    Day: day,
    Lesson: lesson,
    Session: session,
    Programme: 'Nurture',
    Staff: 'Ms Bell',
    'Pupil ID': pupil,
    Delivered: ticks.delivered ?? false,
    Attended: ticks.attended ?? false,
    'Not delivered because': ticks.reason ?? '',
  };
  return SCHEDULE_HEADERS.map((header) => cells[header] ?? '');
}

const tab = (rows: CellValue[][]): TabSnapshot => ({
  name: 'Schedule',
  generatedKey: 'schedule',
  values: [[...SCHEDULE_HEADERS], ...rows],
});
const TODAY = '2026-11-23' as IsoDate;

describe('dosage', () => {
  const schedule = tab([
    // Week of 2 November: delivered, ticked on Ava's row only; Ava attended, Ben did not.
    row('02/11/2026', 'Monday', 2, 'Nurture A', 'P1', { delivered: true, attended: true }),
    row('02/11/2026', 'Monday', 2, 'Nurture A', 'P2'),
    // Week of 9 November: Ben's attendance ticked alone still makes the session delivered.
    row('09/11/2026', 'Monday', 2, 'Nurture A', 'P1'),
    row('09/11/2026', 'Monday', 2, 'Nurture A', 'P2', { attended: true }),
    // Week of 16 November: not delivered (staff absent).
    row('16/11/2026', 'Monday', 2, 'Nurture A', 'P1', { reason: 'Staff absent' }),
    row('16/11/2026', 'Monday', 2, 'Nurture A', 'P2'),
    // Week of 30 November: still to come.
    row('30/11/2026', 'Monday', 2, 'Nurture A', 'P1'),
    row('30/11/2026', 'Monday', 2, 'Nurture A', 'P2'),
  ]);
  const data = school([{ name: 'Ava Lee' }, { name: 'Ben Ode' }]);
  const rows = rowsByPupil(readRegisteredRows(schedule));
  const [ava, ben] = data.placements.map((p) => dosageOf(placementRows(rows, p), TODAY));

  it('counts a session delivered when any of its rows is ticked, and each pupil’s own attendance', () => {
    expect(ava).toEqual({ planned: 4, held: 3, delivered: 2, attended: 1, registered: true });
    expect(ben).toEqual({ planned: 4, held: 3, delivered: 2, attended: 1, registered: true });
    expect(ava && attendedShare(ava)).toBe(0.5);
  });

  it('has no share until a session is registered: "no sessions registered yet", never 0 %', () => {
    const none = dosageOf(
      placementRows(rowsByPupil(readRegisteredRows(tab([row('02/11/2026', 'Monday', 2, 'Nurture A', 'P1')]))), data.placements[0]!),
      TODAY,
    );
    expect(none).toEqual({ planned: 1, held: 1, delivered: 0, attended: 0, registered: false });
    expect(attendedShare(none)).toBeNull();
    expect(isBelowThreshold(none, 0.5)).toBe(false);
  });

  it('sets apart a pupil below the share, not one at it', () => {
    const third = { planned: 3, held: 3, delivered: 3, attended: 1, registered: true };
    expect(isBelowThreshold(third, 0.5)).toBe(true);
    expect(isBelowThreshold({ ...third, attended: 2 }, 2 / 3)).toBe(false);
    expect(thresholdPhrase(0.5)).toBe('fewer than half their sessions');
    expect(thresholdPhrase(0.6)).toBe('fewer than 60 % of their sessions');
  });

  it('counts last week’s sessions with neither tick nor reason, each session once, and points at its first row', () => {
    const lastWeek = tab([
      row('16/11/2026', 'Monday', 2, 'Nurture A', 'P1'),
      row('16/11/2026', 'Monday', 2, 'Nurture A', 'P2'),
      row('16/11/2026', 'Tuesday', 3, '1-1: Ava Lee', 'P1'),
      row('16/11/2026', 'Wednesday', 1, 'Nurture A', 'P1', { reason: 'Trip or visit' }),
      row('09/11/2026', 'Monday', 2, 'Nurture A', 'P1'),
      row('23/11/2026', 'Monday', 2, 'Nurture A', 'P1'),
    ]);
    expect(sessionsToRegister(readRegisteredRows(lastWeek), TODAY)).toEqual({ sessions: 2, firstRow: 2 });
    expect(sessionsToRegister(readRegisteredRows(tab([row('09/11/2026', 'Monday', 2, 'Nurture A', 'P1')])), TODAY)).toBeNull();
  });
});
