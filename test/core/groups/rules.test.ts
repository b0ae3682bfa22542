import { describe, expect, it } from 'vitest';
import { checkGroups, type Finding, type RuleId } from '../../../src/core/groups/index';
import { group, measure, members, school, settings } from './fixtures';

const rulesOf = (findings: readonly Finding[], name?: string): (RuleId | null)[] =>
  findings.filter((f) => name === undefined || f.group === name).map((f) => f.rule);
const run = (data: ReturnType<typeof school>, s = settings()) => checkGroups(data, s, null).findings;

describe('size', () => {
  it.each([
    [4, ['size-below-min']],
    [5, [null]],
    [10, [null]],
    [11, ['size-above-max']],
  ] as const)('%i pupils → %j', (n, expected) => {
    expect(rulesOf(run(school(members('G', n), { groups: [group('G')] })))).toEqual(expected);
  });
  it('honours a per-group size and settings', () => {
    expect(rulesOf(run(school(members('G', 4), { groups: [group('G', { minSize: 4 })] })))).toEqual([null]);
    expect(
      rulesOf(
        run(
          school(members('G', 7), { groups: [group('G')] }),
          settings((s) => (s.groups.maxSize = 6)),
        ),
      ),
    ).toEqual(['size-above-max']);
  });
  it('counts a group from the groups tab with nobody in it', () => {
    const [f] = run(school([], { groups: [group('Empty')] }));
    expect(f?.rule).toBe('size-below-min');
    expect(f?.detail).toBe('0 pupils: fewer than the minimum of 5.');
  });
  it('counts groups named only in the register, matching names loosely', () => {
    const data = school([...members('Anger Y9', 3), ...members('  anger y9 ', 3)]);
    const findings = run(data);
    expect(findings.map((f) => f.group)).toEqual(['Anger Y9']);
    expect(findings[0]?.status).toBe('OK');
  });
  it('reports the size with the pupils and rows concerned', () => {
    const [f] = run(school(members('G', 11), { groups: [group('G')] }));
    expect(f).toMatchObject({ status: 'Problem', detail: '11 pupils: more than the maximum of 10.' });
    expect(f?.pupils).toHaveLength(11);
    expect(f?.rows[0]).toEqual({ tab: 'Pupils', row: 2 });
  });
});

describe('year-spread', () => {
  const years = (list: number[]) => members('G', list.length).map((m, i) => ({ ...m, spec: { ...m.spec, year: list[i] } }));
  it('allows one year apart and warns at two', () => {
    expect(rulesOf(run(school(years([9, 9, 10, 10, 9]), { groups: [group('G')] })))).toEqual([null]);
    const f = run(school(years([7, 8, 9, 8, 8]), { groups: [group('G')] }));
    expect(rulesOf(f)).toEqual(['year-spread']);
    expect(f[0]?.status).toBe('Warning');
    expect(f[0]?.pupils).toHaveLength(2);
  });
  it('ignores pupils with no year', () => {
    expect(
      rulesOf(
        run(
          school(
            years([9, 9, 10, 10, 9]).map((m, i) => (i === 0 ? { ...m, spec: { ...m.spec, year: null } } : m)),
            { groups: [group('G')] },
          ),
        ),
      ),
    ).toEqual([null]);
  });
});

describe('gender-balance', () => {
  const genders = (list: ('F' | 'M' | null)[]) =>
    members('G', list.length).map((m, i) => ({ ...m, spec: { ...m.spec, gender: list[i] ?? null } }));
  it('accepts exactly one third', () => {
    expect(rulesOf(run(school(genders(['F', 'F', 'M', 'M', 'M', 'M']), { groups: [group('G')] })))).toEqual([null]);
    expect(rulesOf(run(school(genders(['F', 'F', 'F', 'M', 'M', 'M', 'M', 'M', 'M']), { groups: [group('G')] })))).toEqual([null]);
  });
  it('warns just under one third, naming the fewer gender', () => {
    const f = run(school(genders(['F', 'M', 'M', 'M', 'M', 'M']), { groups: [group('G')] }));
    expect(rulesOf(f)).toEqual(['gender-balance']);
    expect(f[0]?.detail).toBe('1 girl and 5 boys: girls are under a third of this mixed group.');
    expect(f[0]?.pupils).toHaveLength(1);
  });
  it('warns for an all-boys group unless it is marked single-sex', () => {
    const data = (singleSex: boolean) => school(genders(['M', 'M', 'M', 'M', 'M']), { groups: [group('G', { singleSex })] });
    const f = run(data(false));
    expect(rulesOf(f)).toEqual(['gender-balance']);
    expect(f[0]?.detail).toBe('All 5 pupils are boys and the group is not marked single-sex.');
    expect(rulesOf(run(data(true)))).toEqual([null]);
  });
  it('ignores unknown genders', () => {
    expect(rulesOf(run(school(genders(['F', 'M', null, null, null]), { groups: [group('G')] })))).toEqual([null]);
  });
});

describe('keep-apart', () => {
  const named = (names: string[], g = 'G') => names.map((name) => ({ group: g, spec: { name } }));
  const five = ['Ethan Begum', 'Mia Nowak', 'Liam Moore', 'Harry Wright', 'Keira Murphy'];
  it.each([
    ['Ethan Begum', 'Mia Nowak'],
    ['Begum, Ethan', 'Nowak, Mia'],
    ['  BEGUM ,ethan ', 'mia  nowak'],
    ['Mia Nowak', 'Ethan Begum'],
    ['UPN0002', 'Nowak Mia'],
  ])('finds %s / %s in the same group', (a, b) => {
    const f = run(school(named(five), { groups: [group('G')], keepApart: [[a, b]] }));
    expect(rulesOf(f)).toEqual(['keep-apart']);
    expect(f[0]?.status).toBe('Problem');
    expect(f[0]?.pupils.sort()).toEqual(['Ethan Begum', 'Mia Nowak']);
    expect(f[0]?.rows).toContainEqual({ tab: 'Keep apart', row: 2 });
  });
  it('is silent when the pair are in different groups', () => {
    const data = school([...named(five.slice(0, 5)), ...named(['Zara Ali', 'Tom Ng', 'Sam Poe', 'Jo Ray', 'Al Fox'], 'H')], {
      groups: [group('G'), group('H')],
      keepApart: [['Ethan Begum', 'Zara Ali']],
    });
    expect(rulesOf(run(data))).toEqual([null, null]);
  });
  it('lists a keep-apart name that matches nobody on Problems', () => {
    const result = checkGroups(school(named(five), { groups: [group('G')], keepApart: [['Ethan Begum', 'Mia Nowac']] }), settings(), null);
    expect(rulesOf(result.findings)).toEqual([null]);
    expect(result.problems).toEqual([expect.objectContaining({ source: 'groups', tab: 'Keep apart', row: 2 })]);
    expect(result.problems[0]?.reason).toContain('Mia Nowac');
  });
});

describe('send-load', () => {
  const sen = (list: ('none' | 'support' | 'ehcp')[]) =>
    members('G', list.length).map((m, i) => ({ ...m, spec: { ...m.spec, sen: list[i] } }));
  it('accepts exactly half with SEN and warns above half', () => {
    expect(rulesOf(run(school(sen(['support', 'support', 'support', 'none', 'none', 'none']), { groups: [group('G')] })))).toEqual([null]);
    const f = run(school(sen(['support', 'support', 'support', 'ehcp', 'none', 'none']), { groups: [group('G')] }));
    expect(rulesOf(f)).toEqual(['send-load']);
    expect(f[0]?.detail).toContain('4 of 6 pupils have SEN');
    expect(f[0]?.pupils).toHaveLength(4);
  });
  it('accepts two EHCPs and warns at three', () => {
    const base: ('none' | 'ehcp')[] = ['ehcp', 'ehcp', 'none', 'none', 'none', 'none', 'none'];
    expect(rulesOf(run(school(sen(base), { groups: [group('G')] })))).toEqual([null]);
    const f = run(school(sen(['ehcp', 'ehcp', 'ehcp', 'none', 'none', 'none', 'none']), { groups: [group('G')] }));
    expect(rulesOf(f)).toEqual(['send-load']);
    expect(f[0]?.detail).toContain('3 pupils have an EHCP (more than 2)');
  });
});

describe('focus and staff', () => {
  it('uses the register outcome when the groups tab has no focus', () => {
    expect(rulesOf(run(school(members('G', 5), { groups: [group('G', { focus: null })] })))).toEqual([null]);
    expect(rulesOf(run(school(members('G', 5, { outcome: null }), { groups: [group('G', { focus: null })] })))).toEqual(['no-focus']);
  });
  it('needs a member of staff', () => {
    const f = run(school(members('G', 5, { staff: null }), { groups: [group('G', { staff: null })] }));
    expect(rulesOf(f)).toEqual(['no-staff']);
    expect(f[0]).toMatchObject({ status: 'Problem', rows: [{ tab: 'Groups', row: 2 }] });
  });
});

describe('need-mismatch', () => {
  const reasons = (list: string[], programme: string) =>
    members('G', list.length).map((m, i) => ({ ...m, spec: { ...m.spec, reason: list[i] ?? null, programme } }));
  it('judges against the programme purpose', () => {
    const data = school(
      reasons(['Low progress', 'Low progress', 'Attendance and punctuality', 'Low progress', 'Low progress'], 'Literacy catch-up'),
      {
        groups: [group('G', { programme: 'Literacy catch-up' })],
      },
    );
    const f = run(data);
    expect(rulesOf(f)).toEqual(['need-mismatch']);
    expect(f[0]?.detail).toMatch(/referred for attendance and punctuality, but Literacy catch-up is for low progress\.$/);
    expect(f[0]?.rows).toEqual([{ tab: 'Pupils', row: 4 }]);
  });
  it('falls back to the reason most of the group share', () => {
    const list = ['Attitudes to learning', 'Attitudes to learning', 'Attitudes to learning', 'Attitudes to self', 'Attitudes to learning'];
    const f = run(school(reasons(list, 'Boxing group'), { groups: [group('G', { programme: 'Boxing group' })] }));
    expect(rulesOf(f)).toEqual(['need-mismatch']);
    expect(f[0]?.detail).toContain('most of the group were referred for attitudes to learning');
  });
  it('says nothing without a clear majority or with unclassified reasons', () => {
    const list = ['Attitudes to learning', 'Attitudes to learning', 'Attitudes to self', 'Attitudes to self', 'Something else'];
    expect(rulesOf(run(school(reasons(list, 'Boxing group'), { groups: [group('G', { programme: 'Boxing group' })] })))).toEqual([null]);
  });
  it('uses the school mapping of programmes', () => {
    const list = [
      'Attitudes to learning',
      'Attitudes to learning',
      'Attitudes to learning',
      'Attitudes to learning',
      'Attitudes to learning',
    ];
    const s = settings((x) => (x.groups.programmePurposes = { 'Boxing group': 'others' }));
    expect(rulesOf(run(school(reasons(list, 'Boxing group'), { groups: [group('G', { programme: 'Boxing group' })] }), s))).toEqual(
      Array(5).fill('need-mismatch'),
    );
  });
});

describe('no-consent', () => {
  it('warns per pupil with consent recorded as missing, not where the sheet keeps none', () => {
    const list = members('G', 6).map((m, i) => ({ ...m, spec: { ...m.spec, consent: i < 2 ? false : i === 2 ? null : true } }));
    const f = run(school(list, { groups: [group('G')] }));
    expect(rulesOf(f)).toEqual(['no-consent', 'no-consent']);
    expect(f.map((x) => x.status)).toEqual(['Warning', 'Warning']);
  });
});

describe('no-baseline', () => {
  const attendance = measure('attendance', 'Attendance %');
  const reading = measure('reading-age-months', 'Reading age months');
  const att = (starts: (number | null)[]) =>
    members('G', starts.length, {
      programme: 'Improving my attendance',
      reason: 'Attendance and punctuality',
      outcome: 'Improved attendance',
    }).map((m, i) => ({
      ...m,
      spec: { ...m.spec, measures: { attendance: starts[i] ?? null } },
    }));
  it('warns where the measure exists but a start value is blank', () => {
    const f = run(
      school(att([90, 80, null, 85, 70]), {
        groups: [group('G', { programme: 'Improving my attendance', focus: 'Improved attendance' })],
        measures: [attendance, reading],
      }),
    );
    expect(rulesOf(f)).toEqual(['no-baseline']);
    expect(f[0]?.detail).toContain('no start value for Attendance %');
    expect(f[0]?.rows).toEqual([{ tab: 'Pupils', row: 4 }]);
  });
  it('is silent when the register has no measure the outcome needs', () => {
    const f = run(
      school(att([90, 80, null, 85, 70]), {
        groups: [group('G', { programme: 'Improving my attendance', focus: 'Improved attendance' })],
        measures: [reading],
      }),
    );
    expect(rulesOf(f)).toEqual([null]);
  });
});

describe('1-1 placements', () => {
  it('get focus, staff, consent, baseline and need rules but not size', () => {
    const data = school([
      {
        group: null,
        spec: { name: 'Riley Ahmed', outcome: null, staff: null, consent: false, programme: 'Managing my anger', reason: 'Attendance' },
      },
    ]);
    const f = run(data);
    expect(f.every((x) => x.group === '1-1: Riley Ahmed')).toBe(true);
    expect(rulesOf(f)).toEqual(['no-focus', 'need-mismatch', 'no-staff', 'no-consent']);
  });
  it('is OK when complete', () => {
    const f = run(school([{ group: null, spec: { name: 'Riley Ahmed' } }]));
    expect(f).toEqual([expect.objectContaining({ group: '1-1: Riley Ahmed', status: 'OK', rule: null })]);
  });
  it('uses the default 1-1 staff from settings', () => {
    const s = settings((x) => (x.timetable.oneToOneStaffDefault = 'Miss Clarke'));
    expect(rulesOf(run(school([{ group: null, spec: { name: 'Riley Ahmed', staff: null } }]), s))).toEqual([null]);
  });
});

describe('timetable-clash', () => {
  it('reports a pupil booked in two sessions at once, once per distinct clash', () => {
    const data = school([...members('G', 5), { group: null, spec: { name: 'Solo Pupil' } }], { groups: [group('G')] });
    const clashing = data.pupils[0]!;
    const schedule = ['2026-11-30', '2026-12-07'].flatMap((week) => [
      { week, day: 1, lesson: 2, pupilId: clashing.id, session: 'G' },
      { week, day: 1, lesson: 2, pupilId: clashing.id, session: '1-1: Solo Pupil' },
      { week, day: 2, lesson: 3, pupilId: data.pupils[1]!.id, session: 'G' },
    ]);
    const f = checkGroups(data, settings(), schedule).findings;
    const clashes = f.filter((x) => x.rule === 'timetable-clash');
    expect(clashes.map((x) => x.group)).toEqual(['G', '1-1: Solo Pupil']);
    expect(clashes[0]?.detail).toBe(
      `${clashing.name} is booked into 1-1: Solo Pupil and G at the same time: Monday lesson 2, w/c 30/11/2026 (and 1 more time).`,
    );
    expect(clashes[0]?.status).toBe('Problem');
  });
  it('finds nothing without a schedule', () => {
    expect(rulesOf(run(school(members('G', 5), { groups: [group('G')] })))).toEqual([null]);
  });
});
