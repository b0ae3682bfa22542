/** Costs per programme: sessions delivered × minutes × the lead adult's hourly cost + resources, by hand. */
import { describe, expect, it } from 'vitest';
import { buildCosts, programmeCosts, readResources, type CostInput } from '../../../src/core/costs';
import type { Group } from '../../../src/core/domain';
import { readRegisteredRows, rowsByPupil } from '../../../src/core/dosage';
import { staffDetails } from '../../../src/core/impact';
import type { Mapping } from '../../../src/core/mapping/schema';
import { defaultSettings } from '../../../src/core/settings';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import { SCHEDULE_HEADERS } from '../../../src/core/timetable';
import type { CellValue, IsoDate } from '../../../src/core/values';
import { school } from '../impact/fixtures';

const TODAY = '2026-11-23' as IsoDate;

function scheduleRow(week: string, lesson: number, session: string, programme: string, staff: string, pupil: string): CellValue[] {
  const cells: Record<string, CellValue> = {
    'Week commencing': week,
    Day: 'Tuesday',
    Lesson: lesson,
    Session: session,
    Programme: programme,
    Staff: staff,
    'Pupil ID': pupil,
    Delivered: true,
  };
  return SCHEDULE_HEADERS.map((header) => cells[header] ?? '');
}

const group = (name: string, programme: string, staff: string, row: number, startWeek: string): Group => ({
  name,
  programme,
  focus: null,
  staff,
  room: null,
  sessionsPerWeek: 1,
  weeks: 6,
  startWeek: startWeek as IsoDate,
  minSize: null,
  maxSize: null,
  singleSex: false,
  source: { tab: 'Groups', row },
});

function input(settings = defaultSettings()): CostInput {
  const base = school([
    { name: 'Ava', programme: 'Nurture', group: 'Nurture A', start: '2026-09-07' },
    { name: 'Ben', programme: 'Nurture', group: 'Nurture A', start: '2026-09-07' },
    { name: 'Cy', programme: 'Reading', group: 'Reading 1', start: '2026-11-02' },
    { name: 'Di', programme: 'Reading', group: 'Reading 1', start: '2026-11-02' },
  ]);
  const data = {
    ...base,
    groups: [group('Nurture A', 'Nurture', 'Ms Bell', 2, '2026-09-07'), group('Reading 1', 'Reading', 'Mr Shah', 3, '2026-11-02')],
  };
  const snapshot: WorkbookSnapshot = {
    tabs: [
      {
        name: 'Groups',
        generatedKey: null,
        values: [
          ['Group', 'Programme', 'Resources (£)', 'Funding'],
          ['Nurture A', 'Nurture', '£120', 'Pupil premium'],
          ['Reading 1', 'Reading', 'lots', 'Recovery funding'],
        ],
      },
      {
        name: 'Staff',
        generatedKey: null,
        values: [
          ['Staff', 'Role', 'Hourly cost'],
          ['Ms Bell', 'HLTA', 18],
          ['Mr Shah', 'Teacher', ''],
          ['Mx Ray', 'Volunteer', ''],
        ],
      },
    ],
  };
  const mapping = {
    register: { tab: 'Pupils', headerRow: 1, fields: {}, measures: [] },
    groups: { tab: 'Groups', headerRow: 1, fields: {} },
  } as unknown as Mapping;
  const schedule = {
    name: 'Schedule',
    generatedKey: 'schedule',
    values: [
      [...SCHEDULE_HEADERS],
      // Nurture A: two sessions, each on both pupils' rows: counted once each.
      scheduleRow('14/09/2026', 3, 'Nurture A', 'Nurture', 'Ms Bell', 'P1'),
      scheduleRow('14/09/2026', 3, 'Nurture A', 'Nurture', 'Ms Bell', 'P2'),
      scheduleRow('02/11/2026', 3, 'Nurture A', 'Nurture', 'Ms Bell', 'P1'),
      scheduleRow('02/11/2026', 3, 'Nurture A', 'Nurture', 'Ms Bell', 'P2'),
      // Reading 1: one session led by a teacher with no cost on the tab, one by a volunteer.
      scheduleRow('09/11/2026', 4, 'Reading 1', 'Reading', 'Mr Shah', 'P3'),
      scheduleRow('16/11/2026', 4, 'Reading 1', 'Reading', 'Mx Ray', 'P4'),
    ],
  };
  return {
    data,
    rows: rowsByPupil(readRegisteredRows(schedule)),
    staff: staffDetails(snapshot.tabs[1], { tab: 'Staff', headerRow: 1, keyColumn: 'Staff', slots: [] }),
    resources: readResources(snapshot, mapping, data),
    settings,
    today: TODAY,
  };
}

const YEAR = { label: 'Year', from: '2026-09-01' as IsoDate, to: TODAY, undatedResources: true };
const HALF_TERM = { label: 'Autumn 2', from: '2026-10-26' as IsoDate, to: TODAY, undatedResources: false };

describe('programme costs', () => {
  it('adds the staff time of each session delivered at the staff tab’s rate, else the role’s, and the resources', () => {
    const [nurture, reading] = programmeCosts(input(), YEAR);
    // Nurture: 2 sessions × 50/60 h × £18 (Ms Bell's own rate) + £120 of resources = £150.
    expect(nurture).toMatchObject({ programme: 'Nurture', sessions: 2, staffCost: 2 * (50 / 60) * 18, resources: 120, pupils: 2 });
    expect(nurture?.total).toBeCloseTo(150, 10);
    expect(nurture?.funding).toEqual(['Pupil premium']);
    // Reading: Mr Shah at the teacher's £40 for 50 minutes; Mx Ray's session has no known cost.
    expect(reading).toMatchObject({ sessions: 2, resources: 0, uncostedSessions: 1, uncostedStaff: ['Mx Ray'] });
    expect(reading?.staffCost).toBeCloseTo((50 / 60) * 40, 10);
  });

  it('counts in a half-term only its sessions, and resources whose group starts in it', () => {
    const [nurture] = programmeCosts(input(), HALF_TERM);
    expect(nurture).toMatchObject({ sessions: 1, resources: 0 });
    expect(nurture?.total).toBeCloseTo((50 / 60) * 18, 10);
  });

  it('follows the session length and the rates in Settings', () => {
    const settings = defaultSettings();
    const changed = { ...settings, costs: { ...settings.costs, sessionMinutes: 60, teacherHourlyCost: 45 } };
    const [, reading] = programmeCosts(input(changed), YEAR);
    expect(reading?.staffCost).toBe(45);
  });

  it('lists a resource cost that is not an amount on Problems and writes the Costs tab with the uncosted staff named', () => {
    const outcome = buildCosts(input(), [], true);
    expect(outcome.problems).toEqual([
      {
        tab: 'Groups',
        row: 3,
        column: 'Resources (£)',
        reason: '"lots" is not an amount in pounds, so it is not counted in Costs.',
        source: 'costs',
      },
    ]);
    expect(outcome.details).toContain(
      '1 session led by Mx Ray is not costed: their role and hourly cost are not known. Add a Role or Hourly cost column for them on the staff tab.',
    );
    const values = outcome.plan.tabs[0]?.values ?? [];
    expect(values.every((row) => row.length === values[0]?.length)).toBe(true);
    expect(outcome.headline).toMatch(/^Costs of 2 programmes this school year: £\d+\.\d\d for 4 sessions delivered and their resources\.$/);
  });
});
