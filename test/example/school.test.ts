import { describe, expect, it } from 'vitest';
import { readYear, isUnreadable } from '../../src/core/coerce';
import { classifyPurpose, programmePurpose } from '../../src/core/groups/purposes';
import { defaultSettings } from '../../src/core/settings';
import { registerWorkbook } from '../../tools/example/layouts/register';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { SLSS_ITEMS } from '../../tools/example/questionnaires';
import { createRandom } from '../../tools/example/random';
import { RECORDS_READ_ON, RECORDS_UP_TO } from '../../tools/example/cycle';
import { addDays, generateSchool, type ExampleGroup, type ExamplePupil, type ExampleSchool } from '../../tools/example/school';

const settings = defaultSettings();
const cache = new Map<number, ExampleSchool>();
function school(pupils: number): ExampleSchool {
  const made = cache.get(pupils) ?? generateSchool({ pupils, seed: 2026 });
  cache.set(pupils, made);
  return made;
}

function pupilsOf(s: ExampleSchool, group: ExampleGroup): ExamplePupil[] {
  return group.pupilIds.map((id) => s.pupils.find((p) => p.id === id) as ExamplePupil);
}

function groupNamed(s: ExampleSchool, name: string): ExampleGroup {
  const group = s.groups.find((g) => g.name === name);
  if (!group) throw new Error(`No group ${name}`);
  return group;
}

const fullName = (p: ExamplePupil): string => `${p.forename} ${p.surname}`;

describe('random', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const first = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('keeps int within bounds and shuffle a permutation', () => {
    const r = createRandom(1);
    const ints = Array.from({ length: 500 }, () => r.int(3, 6));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5, 6]));
    const items = Array.from({ length: 30 }, (_, i) => i);
    const shuffled = r.shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
  });
});

describe('generateSchool', () => {
  it('gives identical schools and workbooks for the same seed, different ones for another seed', () => {
    const a = generateSchool({ pupils: 120, seed: 99 });
    const b = generateSchool({ pupils: 120, seed: 99 });
    expect(b).toEqual(a);
    expect(tidyWorkbook(b)).toEqual(tidyWorkbook(a));
    expect(registerWorkbook(b)).toEqual(registerWorkbook(a));
    expect(generateSchool({ pupils: 120, seed: 100 }).pupils).not.toEqual(a.pupils);
  });

  it('refuses a school too small for the planted problems', () => {
    expect(() => generateSchool({ pupils: 59, seed: 1 })).toThrow(RangeError);
  });

  it.each([60, 200, 2000])('has the sizes and proportions asked for (%i pupils)', (n) => {
    const s = school(n);
    expect(s.pupils).toHaveLength(n);
    expect(new Set(s.pupils.map((p) => p.id)).size).toBe(n);
    expect(new Set(s.pupils.map(fullName)).size).toBe(n);
    expect(s.pupils.every((p) => /^[A-Z]\d{12}$/.test(p.id) && p.form === `${p.year}${p.form.slice(-1)}`)).toBe(true);
    // Every pupil is on the register at least once; a few are there twice.
    expect(new Set(s.placements.map((p) => p.pupilId)).size).toBe(n);
    expect(s.placements.length).toBeGreaterThanOrEqual(n);
    expect(s.placements.length).toBeLessThan(n * 1.2);
    expect(s.placements.filter((p) => p.type === '1-1')).toHaveLength(Math.round(n * 0.1));
    expect(s.staff.length).toBe(Math.max(6, Math.round(n / 50)));
    if (n >= 200) {
      expect(s.groups.length).toBeGreaterThan(n / 8 - 4);
      expect(s.groups.length).toBeLessThanOrEqual(Math.round(n / 8));
      const sen = s.pupils.filter((p) => p.sen !== 'none').length / n;
      expect(sen).toBeGreaterThan(0.1);
      expect(sen).toBeLessThan(0.3);
      const pp = s.pupils.filter((p) => p.pupilPremium).length / n;
      expect(pp).toBeGreaterThan(0.2);
      expect(pp).toBeLessThan(0.4);
      const groupPupils = new Set(s.groups.flatMap((g) => g.pupilIds));
      const slssPupils = new Set(s.slss.map((r) => r.pupilId));
      expect(slssPupils.size / groupPupils.size).toBeGreaterThan(0.35);
      expect(s.srs.length).toBeGreaterThan(0);
    }
  });

  it.each([60, 200, 2000])('starts every programme on a Monday and ends it on a Friday (%i pupils)', (n) => {
    for (const g of school(n).groups) {
      expect(new Date(`${g.start}T00:00:00Z`).getUTCDay()).toBe(1);
      expect(new Date(`${g.end}T00:00:00Z`).getUTCDay()).toBe(5);
    }
  });

  it.each([60, 200, 2000])('puts every group in years the lesson timetable covers, one year apart at most (%i pupils)', (n) => {
    const s = school(n);
    const yearRows = new Set(s.lessons.filter((row) => row.form === null).map((row) => row.year));
    for (const g of s.groups) {
      const years = pupilsOf(s, g).map((p) => p.year);
      expect(years.every((y) => yearRows.has(y))).toBe(true);
      expect(Math.max(...years) - Math.min(...years)).toBeLessThanOrEqual(1);
    }
    for (const row of s.lessons) expect(row.subjects).toHaveLength(30);
  });

  it.each([60, 200, 2000])('classifies every programme and every reason under the seed purposes (%i pupils)', (n) => {
    const s = school(n);
    for (const programme of s.programmes) {
      expect(programmePurpose(programme.name, settings.groups)).toBe(programme.purpose);
      for (const reason of programme.reasons) expect(classifyPurpose(reason, settings.groups.purposeKeywords)).toBe(programme.purpose);
    }
  });
});

describe.each([200, 2000, 60])('planted problems at %i pupils', (n) => {
  const s = school(n);
  const planted = s.planted;
  const plantedGroups = new Set([
    planted.overFullGroup,
    planted.underFullGroup,
    planted.keepApartGroup,
    planted.needMismatchGroup,
    planted.singleGirlGroup,
    planted.senLoadGroup,
    planted.noConsentGroup,
  ]);
  const normal = s.groups.filter((g) => !plantedGroups.has(g.name));

  it('has one over-full (11) and one under-full (4) group, every other group 5–10', () => {
    expect(groupNamed(s, planted.overFullGroup).pupilIds).toHaveLength(11);
    expect(groupNamed(s, planted.underFullGroup).pupilIds).toHaveLength(4);
    const others = s.groups.filter((g) => g.name !== planted.overFullGroup && g.name !== planted.underFullGroup);
    expect(others.every((g) => g.pupilIds.length >= 5 && g.pupilIds.length <= 10)).toBe(true);
  });

  it('places one keep-apart pair together, and only that one', () => {
    const [a, b] = planted.keepApartPair;
    expect(s.keepApart.some((pair) => pair.a === a && pair.b === b)).toBe(true);
    const together = s.groups.filter((g) => s.keepApart.some((pair) => g.pupilIds.includes(pair.a) && g.pupilIds.includes(pair.b)));
    expect(together.map((g) => g.name)).toEqual([planted.keepApartGroup]);
  });

  it('has one pupil whose reason does not match the group purpose', () => {
    const mismatched = s.placements.filter(
      (p) =>
        p.type === 'group' && classifyPurpose(p.reason, settings.groups.purposeKeywords) !== programmePurpose(p.programme, settings.groups),
    );
    expect(mismatched.map((p) => [p.pupilId, p.group])).toEqual([[planted.needMismatchPupil, planted.needMismatchGroup]]);
  });

  it('has exactly two placed pupils without consent', () => {
    const refused = s.placements.filter((p) => p.consent === false).map((p) => p.pupilId);
    expect(refused).toEqual([...planted.noConsentPupils]);
    expect(groupNamed(s, planted.noConsentGroup).pupilIds).toEqual(expect.arrayContaining(refused));
  });

  it('has one mixed group with a single girl; every other group is balanced', () => {
    expect(pupilsOf(s, groupNamed(s, planted.singleGirlGroup)).filter((p) => p.gender === 'F')).toHaveLength(1);
    for (const g of s.groups.filter((x) => x.name !== planted.singleGirlGroup)) {
      const members = pupilsOf(s, g);
      const girls = members.filter((p) => p.gender === 'F').length;
      expect(Math.min(girls, members.length - girls) * 3).toBeGreaterThanOrEqual(members.length);
    }
  });

  it('has one group with 4 of 6 pupils on the SEN register; every other group at most half', () => {
    const heavy = pupilsOf(s, groupNamed(s, planted.senLoadGroup));
    expect(heavy).toHaveLength(6);
    expect(heavy.filter((p) => p.sen !== 'none')).toHaveLength(4);
    for (const g of s.groups.filter((x) => x.name !== planted.senLoadGroup)) {
      const members = pupilsOf(s, g);
      expect(members.filter((p) => p.sen !== 'none').length * 2).toBeLessThanOrEqual(members.length);
      expect(members.filter((p) => p.sen === 'ehcp').length).toBeLessThanOrEqual(2);
    }
  });

  it('keeps normal groups free of every planted problem', () => {
    expect(normal.length).toBeGreaterThanOrEqual(n >= 200 ? 10 : 0);
    for (const g of normal) expect(new Set(g.pupilIds).size).toBe(g.pupilIds.length);
  });

  it('plants a misspelt name, a skipped item, a double submission and a stranger in the SLSS responses', () => {
    const names = new Set(s.pupils.map((p) => fullName(p).toLowerCase()));
    const misspelt = s.pupils.find((p) => p.id === planted.misspeltResponse.pupilId) as ExamplePupil;
    const typed = planted.misspeltResponse.typed;
    expect(typed.length).toBe(fullName(misspelt).length - 1);
    expect(names.has(typed.toLowerCase())).toBe(false);
    expect([...fullName(misspelt)].some((_, i) => fullName(misspelt).slice(0, i) + fullName(misspelt).slice(i + 1) === typed)).toBe(true);
    expect(s.slss.filter((r) => r.name === typed)).toHaveLength(1);

    const skipped = s.slss.filter((r) => r.pupilId === planted.skippedItem.pupilId && r.phase === 'start');
    expect(skipped[0]?.answers[planted.skippedItem.item - 1]).toBeNull();
    expect(s.slss.filter((r) => r.answers.includes(null))).toHaveLength(1);
    expect(s.slss.every((r) => r.answers.length === SLSS_ITEMS.length)).toBe(true);

    const twice = s.pupils.find((p) => p.id === planted.duplicateSubmission.pupilId) as ExamplePupil;
    const starts = s.slss.filter((r) => r.pupilId === twice.id && r.phase === 'start');
    expect(starts.map((r) => r.name)).toEqual([fullName(twice), `${fullName(twice).toUpperCase()} `]);

    expect(names.has(planted.unknownName.toLowerCase())).toBe(false);
    expect(s.slss.filter((r) => r.pupilId === null).map((r) => r.name)).toEqual([planted.unknownName]);
  });

  it('writes one register year nobody can read, on a pupil in no group', () => {
    expect(s.groups.some((g) => g.pupilIds.includes(planted.unreadableYearPupil))).toBe(false);
    const tidy = tidyWorkbook(s).sheets[0]!;
    const years = tidy.cells.map((row) => row[2]?.value).filter((v) => typeof v === 'string' && v !== 'Year');
    expect(years).toEqual(['Year Seven?']);
    expect(isUnreadable(readYear('Year Seven?'))).toBe(true);
  });
});

describe('planted problems hold for any seed', () => {
  it.each([60, 75, 150])('leaves exactly the planted findings at %i pupils, seeds 1–25', (n) => {
    for (let seed = 1; seed <= 25; seed += 1) {
      const s = generateSchool({ pupils: n, seed });
      const { planted } = s;
      const mismatched = s.placements.filter(
        (p) =>
          p.type === 'group' &&
          classifyPurpose(p.reason, settings.groups.purposeKeywords) !== programmePurpose(p.programme, settings.groups),
      );
      expect(mismatched.map((p) => p.pupilId)).toEqual([planted.needMismatchPupil]);
      const together = s.groups.filter((g) => s.keepApart.some((pair) => g.pupilIds.includes(pair.a) && g.pupilIds.includes(pair.b)));
      expect(together.map((g) => g.name)).toEqual([planted.keepApartGroup]);
      const unbalanced = s.groups.filter((g) => {
        const members = pupilsOf(s, g);
        const girls = members.filter((p) => p.gender === 'F').length;
        return Math.min(girls, members.length - girls) * 3 < members.length;
      });
      expect(unbalanced.map((g) => g.name)).toEqual([planted.singleGirlGroup]);
      const heavy = s.groups.filter((g) => pupilsOf(s, g).filter((p) => p.sen !== 'none').length * 2 > g.pupilIds.length);
      expect(heavy.map((g) => g.name)).toEqual([planted.senLoadGroup]);
      const badSize = s.groups.filter((g) => g.pupilIds.length < 5 || g.pupilIds.length > 10);
      expect(badSize.map((g) => g.name).sort()).toEqual([planted.overFullGroup, planted.underFullGroup].sort());
      expect(s.placements.filter((p) => p.consent === false)).toHaveLength(2);
      expect(s.slss.filter((r) => r.pupilId === null)).toHaveLength(1);
    }
  });
});

describe('the cycle’s records hold for any seed', () => {
  /** The statuses of a placement's reviews, in date order. */
  const statuses = (s: ExampleSchool, placement: number): string[] =>
    s.cycle.reviews.filter((r) => r.placement === placement).map((r) => r.status);

  it.each([60, 80, 150])(
    'one placement without a target, one target without a baseline, one pupil off track twice running and, from 80 pupils, some overdue and some ended, at %i pupils, seeds 1–25',
    (n) => {
      for (let seed = 1; seed <= 25; seed += 1) {
        const s = generateSchool({ pupils: n, seed });
        const { noTarget, noBaseline, offTrackTwice, overdue, ended } = s.cycle.planted;
        const placed = s.placements.flatMap((p, i) => (p.type === 'referred' ? [] : [i]));
        const targeted = new Set(s.cycle.targets.map((t) => t.placement));
        expect(placed.filter((i) => !targeted.has(i))).toEqual([noTarget]);
        expect(s.placements[noTarget]?.type).toBe('group');
        expect(s.cycle.targets.filter((t) => t.baseline === '').map((t) => t.placement)).toEqual([noBaseline]);
        expect(s.cycle.targets.every((t) => t.target !== '' && t.targetValue !== '' && t.by !== '')).toBe(true);
        const twiceRunning = placed.filter((i) =>
          statuses(s, i).some((status, j, all) => status === 'Off track' && all[j + 1] === 'Off track'),
        );
        expect(twiceRunning).toEqual([offTrackTwice]);
        expect(statuses(s, offTrackTwice).slice(-2)).toEqual(['Off track', 'Off track']);
        // A school of 60 may have too few programmes by the records' date for one to be overdue or to have ended.
        if (n >= 80) expect(overdue.length, `seed ${seed}`).toBeGreaterThan(0);
        for (const i of overdue) {
          const last = s.cycle.reviews.filter((r) => r.placement === i).at(-1)?.date ?? s.placements[i]?.start ?? '';
          expect(addDays(last, 14) < RECORDS_UP_TO, `seed ${seed}: placement ${i} is overdue`).toBe(true);
          expect((s.placements[i]?.end ?? '') >= RECORDS_READ_ON).toBe(true);
        }
        if (n >= 80) expect(ended.length, `seed ${seed}`).toBeGreaterThan(0);
        expect(ended.every((i) => (s.placements[i]?.end ?? '') < RECORDS_UP_TO)).toBe(true);
      }
    },
  );

  it('reviews fortnightly from each placement’s start, never after the records’ date or the placement’s end', () => {
    const s = generateSchool({ pupils: 200, seed: 7 });
    for (const review of s.cycle.reviews) {
      const placement = s.placements[review.placement];
      expect(review.date <= RECORDS_UP_TO).toBe(true);
      expect(review.date <= (placement?.end ?? '')).toBe(true);
      const days = (Date.parse(review.date) - Date.parse(placement?.start ?? '')) / 86_400_000;
      expect(days % 14).toBe(0);
      expect(days).toBeGreaterThan(0);
    }
  });
});
