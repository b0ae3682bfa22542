import { describe, expect, it } from 'vitest';
import { suggestGroups, SUGGESTED_GROUPS_TAB } from '../../../src/core/groups/index';
import { school, settings, type PupilSpec } from './fixtures';
import { referrals } from './referrals';

describe.each([20, 200, 2000])('suggestGroups on %i generated referrals', (n) => {
  const data = referrals(n, n);
  const s = settings();
  const result = suggestGroups(data, s);

  it('makes only valid groups', () => {
    const apart = data.keepApart.map((p) => [p.a, p.b]);
    for (const g of result.suggestions.groups) {
      expect(g.members.length).toBeGreaterThanOrEqual(s.groups.minSize);
      expect(g.members.length).toBeLessThanOrEqual(s.groups.maxSize);
      const years = g.members.map((m) => m.pupil.year ?? 0);
      expect(Math.max(...years) - Math.min(...years)).toBeLessThanOrEqual(s.groups.maxYearSpread);
      expect(new Set(g.members.map((m) => m.placement.programme))).toEqual(new Set([g.programme]));
      expect(g.notes.map((f) => f.rule)).not.toContain('keep-apart');
      const names = new Set(g.members.map((m) => m.pupil.name));
      for (const [a, b] of apart) {
        const [surname, forename] = (a ?? '').split(', ');
        expect(names.has(`${forename} ${surname}`) && names.has(b ?? '')).toBe(false);
      }
    }
  });

  it('accounts for every referral exactly once', () => {
    const ids = [...result.suggestions.groups.flatMap((g) => g.members), ...result.suggestions.ungrouped.map((u) => u.member)].map(
      (m) => m.pupil.id,
    );
    expect(ids.sort()).toEqual(data.pupils.map((p) => p.id).sort());
    if (n >= 200) expect(result.suggestions.ungrouped.length).toBeLessThan(n / 10);
  });

  it('spreads SEN: no suggestion has more EHCPs than it must', () => {
    for (const g of result.suggestions.groups) {
      const ehcp = g.members.filter((m) => m.pupil.sen === 'ehcp').length;
      const window = result.suggestions.groups.filter(
        (o) => o.programme === g.programme && o.name.split(' (')[0] === g.name.split(' (')[0],
      );
      const total = window.reduce((sum, o) => sum + o.members.filter((m) => m.pupil.sen === 'ehcp').length, 0);
      expect(ehcp).toBeLessThanOrEqual(Math.ceil(total / window.length));
    }
  });

  it('is deterministic', () => {
    expect(suggestGroups(data, s)).toEqual(result);
  });
});

describe('suggestGroups', () => {
  const row = (name: string, year: number, extra: Partial<PupilSpec> = {}) => ({
    group: null,
    spec: { name, year, type: 'referred', programme: 'Managing my anger', reason: 'Attitudes to others', ...extra } as PupilSpec,
  });

  it('says why a small year group could not be grouped', () => {
    const data = school([
      row('A One', 11),
      row('B Two', 11),
      row('C Three', 11),
      row('D Four', 7),
      row('E Five', 7),
      row('F Six', 8),
      row('G Seven', 8),
      row('H Eight', 8),
    ]);
    const result = suggestGroups(data, settings());
    expect(result.suggestions.groups.map((g) => [g.name, g.members.length])).toEqual([['Managing my anger Y7-8', 5]]);
    expect(result.suggestions.ungrouped.map((u) => u.reason)).toEqual(
      Array(3).fill('Only 3 Year 11 referrals for Managing my anger (a group needs 5): consider 1-1.'),
    );
    expect(result.headline).toBe('Suggested 1 group for 5 pupils; 3 pupils could not be grouped.');
  });

  it('leaves out pupils already placed on the programme', () => {
    const data = school([
      ...['A', 'B', 'C', 'D', 'E'].map((x) => row(`${x} Pupil`, 9)),
      { group: 'Anger', spec: { name: 'A Pupil', year: 9, programme: 'Managing my anger' } },
    ]);
    // The last row places A Pupil (a different pupil record with the same name, as a new register row).
    const placed = { ...data, placements: data.placements.map((p, i) => (i === 5 ? { ...p, pupilId: data.pupils[0]!.id } : p)) };
    const result = suggestGroups(placed, settings());
    expect(result.suggestions.groups).toEqual([]);
    expect(result.suggestions.ungrouped).toHaveLength(4);
  });

  it('splits a keep-apart pair across two groups and balances the sizes', () => {
    const rows = Array.from({ length: 12 }, (_, i) => row(`P${i} Kid`, 9, { gender: i % 2 === 0 ? 'F' : 'M' }));
    const data = school(rows, { keepApart: [['Kid, P0', 'P2 Kid']] });
    const result = suggestGroups(data, settings());
    const groups = result.suggestions.groups;
    expect(groups.map((g) => g.members.length)).toEqual([6, 6]);
    const together = groups.some(
      (g) => g.members.some((m) => m.pupil.name === 'P0 Kid') && g.members.some((m) => m.pupil.name === 'P2 Kid'),
    );
    expect(together).toBe(false);
    expect(groups.map((g) => g.members.filter((m) => m.pupil.gender === 'F').length)).toEqual([3, 3]);
  });

  it('writes the Suggested groups tab', () => {
    const data = school([row('A One', 11), row('D Four', 7), row('E Five', 7), row('F Six', 8), row('G Seven', 8), row('H Eight', 8)]);
    const tab = suggestGroups(data, settings()).plan.tabs[0]!;
    expect(tab).toMatchObject({ key: 'suggested-groups', name: SUGGESTED_GROUPS_TAB });
    expect(tab.values[0]).toEqual([
      'Suggested group',
      'Programme',
      'Pupil ID',
      'Pupil',
      'Year',
      'Gender',
      'SEN',
      'Reason for referral',
      'Register row',
      'Notes',
    ]);
    expect(tab.values).toHaveLength(7);
    expect(tab.values[6]?.[0]).toBe('Not grouped');
    expect(new Set(tab.values.map((r) => r.length))).toEqual(new Set([10]));
  });
});
