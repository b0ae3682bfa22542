import { describe, expect, it } from 'vitest';
import { buildImpact, monthsBetween, NO_CONTEXT, staffDetails } from '../../../src/core/impact';
import { poundsOf, roleOf } from '../../../src/core/impact/lead-adults';
import { defaultSettings } from '../../../src/core/settings';
import type { IsoDate } from '../../../src/core/values';
import { ALL_DATES, BEHAVIOUR, READING, school, type Row } from './fixtures';

const LITERACY = 'Improved academic / progress scores';
const DATES = { start: '2025-09-01', end: '2025-12-08' };

function readers(programme: string, outcome: string, staff: string | null): Row[] {
  return [
    { name: 'Ava', programme, outcome, staff, ...DATES, values: { 'reading-age': [100, 106] } },
    { name: 'Ben', programme, outcome, staff, ...DATES, values: { 'reading-age': [110, 114] } },
    { name: 'Cara', programme, outcome, staff, ...DATES, values: { 'reading-age': [90, 95] } },
    { name: 'Dan', programme, outcome, staff, values: { 'reading-age': [90, 99] } },
  ];
}

describe('the ratio gain', () => {
  it('counts months between placement dates as days / (365.25 / 12)', () => {
    // 1 September to 1 December 2025 is 91 days.
    expect(monthsBetween({ from: '2025-09-01' as IsoDate, to: '2025-12-01' as IsoDate })).toBeCloseTo(91 / 30.4375, 10);
    expect(monthsBetween({ from: null, to: '2025-12-01' as IsoDate })).toBe(0);
  });

  it('compares months gained per month on the programme with the aim for a TA from the staff tab', () => {
    const data = school(readers('Reading Buddies', LITERACY, "Mrs O'Neill"), [READING]);
    const staffTab = {
      name: 'Staff',
      generatedKey: null,
      values: [
        ['Staff', 'Role', 'Mon 1'],
        ["Mrs O'Neill", 'HLTA', ''],
      ],
    };
    const staff = staffDetails(staffTab, { tab: 'Staff', headerRow: 1, keyColumn: 'Staff', slots: [] });
    const result = buildImpact(data, defaultSettings(), ALL_DATES, [], { ...NO_CONTEXT, staff });
    // Dated pupils only: gains 6, 4 and 5 months over 98 days = 3.22 months; ratio gains 1.86, 1.24, 1.55
    // (mean 1.55, SD 0.31); t(2) = 4.303 (Fisher and Yates' table).
    const months = 98 / 30.4375;
    const ratios = [6 / months, 4 / months, 5 / months];
    const mean = ratios.reduce((s, r) => s + r, 0) / 3;
    const sd = Math.sqrt(ratios.reduce((s, r) => s + (r - mean) ** 2, 0) / 2);
    const margin = (4.302652729749 * sd) / Math.sqrt(3);
    expect(mean).toBeCloseTo(1.5529, 3);
    const note = result.details.find((d) => d.startsWith('Reading Buddies'));
    expect(note).toBe(
      `Reading Buddies, reading age, 3 pupils: 5.0 months gained in 3.2 months on the programme, a ratio gain of 1.6 (95 % interval ${(mean - margin).toFixed(1)} to ${(mean + margin).toFixed(1)}). Led by a teaching assistant, Mrs O'Neill (HLTA), it should reach 1.5: the interval is too wide to tell whether it reached that.`,
    );
    const impact = result.plan.tabs[0];
    expect(impact?.values.some((r) => r[0] === note)).toBe(true);
  });

  it('gives both aims when the lead adult is neither a TA nor a teacher, and notes a short window', () => {
    const data = school(
      readers('Reading Buddies', LITERACY, 'Mr Adeyemi').map((r) => ({ ...r, end: r.end === undefined ? undefined : '2025-10-13' })),
      [READING],
    );
    const [note] = buildImpact(data, defaultSettings(), ALL_DATES, []).details;
    expect(note).toContain('The lead adult, Mr Adeyemi, is not recorded as a teaching assistant or a teacher');
    expect(note).toContain('led by a TA it should reach 1.5, led by a teacher 2.');
    expect(note).toContain('Over less than 3 months a test’s own error of a few months can swamp the gain.');
  });

  it('is left out for a programme whose purpose is not progress, and for measures that are not ages', () => {
    const anger = school(readers('Managing my anger', 'Reductions in challenging behaviour incidents', 'Miss Clarke (teacher)'), [
      READING,
      BEHAVIOUR,
    ]);
    expect(buildImpact(anger, defaultSettings(), ALL_DATES, []).details.some((d) => d.includes('ratio gain'))).toBe(false);
  });

  it('reads a role written in the register’s staff cell', () => {
    expect(roleOf('Miss Clarke (SENDCo)')).toBe('teacher');
    expect(roleOf('Mrs Jones, TA')).toBe('TA');
    expect(roleOf('Learning Mentor')).toBe('mentor');
    expect(roleOf('Youth Worker')).toBe('mentor');
    expect(roleOf('Teaching Assistant')).toBe('TA');
    expect(roleOf('School Counsellor')).toBe('external');
    expect(roleOf('External speech therapist')).toBe('external');
    expect(roleOf('Receptionist')).toBeNull();
  });

  it('says no rate-of-progress aim applies when a mentor leads, naming the rule that does for teaching staff', () => {
    const data = school(readers('Reading Buddies', LITERACY, 'Mr Adeyemi (Learning Mentor)'), [READING]);
    const [note] = buildImpact(data, defaultSettings(), ALL_DATES, []).details;
    expect(note).toContain(
      'Led by a mentor, Mr Adeyemi (Learning Mentor), no rate-of-progress aim applies: the 1.5× (TA) and 2× (teacher) aims are for programmes led by teaching staff',
    );
    expect(note).not.toContain('it should reach');
  });

  it('reads the staff tab’s hourly cost in pounds beside the role', () => {
    const tab = {
      name: 'Staff',
      generatedKey: null,
      values: [
        ['Staff', 'Role', 'Hourly cost (£)', 'Mon 1'],
        ["Mrs O'Neill", 'HLTA', '£16.50', ''],
        ['Mr Shah', '', 38, ''],
        ['Ms Bell', 'Mentor', 'ask finance', ''],
      ],
    };
    const staff = staffDetails(tab, { tab: 'Staff', headerRow: 1, keyColumn: 'Staff', slots: [] });
    expect(staff.get("mrs o'neill")).toEqual({ role: 'HLTA', hourlyCost: 16.5 });
    expect(staff.get('mr shah')).toEqual({ role: null, hourlyCost: 38 });
    expect(staff.get('ms bell')).toEqual({ role: 'Mentor', hourlyCost: null });
    expect(poundsOf('£15 per hour')).toBe(15);
    expect(poundsOf('-3')).toBeNull();
  });
});
