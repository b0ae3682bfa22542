/** The half-term picker's dates, worked out by hand from the calendar, and impact run for one half-term. */
import { beforeAll, describe, expect, it } from 'vitest';
import { easterSunday, halfTermsOf, recentHalfTerms } from '../../src/core/impact/half-terms';
import { openSession, runAction } from '../../tools/local/session';
import { readWorkbook } from '../../tools/xlsx/read';
import { ensureBuilt } from '../support/built';
import { haveSharedExamples, TIDY_EXAMPLE } from '../support/shared-examples';

describe('half-terms', () => {
  it('finds Easter Sunday', () => {
    // Published dates of Easter Sunday.
    const known: [number, string][] = [
      [2019, '2019-04-21'],
      [2024, '2024-03-31'],
      [2025, '2025-04-20'],
      [2026, '2026-04-05'],
      [2027, '2027-03-28'],
      [2038, '2038-04-25'],
    ];
    for (const [year, date] of known) expect(easterSunday(year).toISOString().slice(0, 10)).toBe(date);
  });

  it('gives the six half-terms of 2026–27', () => {
    // October half-term w/c 26/10/2026, February w/c 15/02/2027, Easter 28/03/2027, late May bank holiday 31/05/2027.
    expect(halfTermsOf(2026)).toEqual([
      { label: 'Autumn 1 2026', from: '2026-09-01', to: '2026-10-25' },
      { label: 'Autumn 2 2026', from: '2026-10-26', to: '2026-12-31' },
      { label: 'Spring 1 2027', from: '2027-01-01', to: '2027-02-14' },
      { label: 'Spring 2 2027', from: '2027-02-15', to: '2027-03-28' },
      { label: 'Summer 1 2027', from: '2027-03-29', to: '2027-05-30' },
      { label: 'Summer 2 2027', from: '2027-05-31', to: '2027-08-31' },
    ]);
  });

  it('covers every day of the year, with no gaps and no overlaps', () => {
    for (const year of [2024, 2025, 2026, 2030]) {
      const terms = halfTermsOf(year);
      expect(terms[0]?.from).toBe(`${year}-09-01`);
      expect(terms.at(-1)?.to).toBe(`${year + 1}-08-31`);
      for (let i = 1; i < terms.length; i += 1) {
        const dayAfter = new Date(`${terms[i - 1]?.to ?? ''}T00:00:00Z`);
        dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
        expect(terms[i]?.from).toBe(dayAfter.toISOString().slice(0, 10));
        expect((terms[i]?.from ?? '') < (terms[i]?.to ?? '')).toBe(true);
      }
    }
  });

  it('offers the half-terms that have started, most recent first, then last year', () => {
    const offered = recentHalfTerms(new Date(2027, 0, 20));
    expect(offered.map((t) => t.label)).toEqual([
      'Spring 1 2027',
      'Autumn 2 2026',
      'Autumn 1 2026',
      'Summer 2 2026',
      'Summer 1 2026',
      'Spring 2 2026',
      'Spring 1 2026',
      'Autumn 2 2025',
      'Autumn 1 2025',
    ]);
    expect(recentHalfTerms(new Date(2026, 8, 1))[0]?.label).toBe('Autumn 1 2026');
  });
});

describe.skipIf(!haveSharedExamples)('impact for one half-term of the example school', () => {
  beforeAll(ensureBuilt);

  async function impactFor(label: string | null): Promise<string> {
    const term = halfTermsOf(2026).find((t) => t.label === label);
    const session = openSession(await readWorkbook(TIDY_EXAMPLE), { now: () => new Date(2027, 6, 1) });
    const stat = runAction(session, 'impact', term ? { from: term.from, to: term.to } : {});
    expect(stat.ok, stat.message).toBe(true);
    return stat.message;
  }

  it('counts the placements that overlap the half-term and none that do not', async () => {
    // Every placement runs from 30/11/2026 to between 08/01/2027 and 05/02/2027.
    const everyone = await impactFor(null);
    expect(everyone).toMatch(/\d+ pupils counted/);
    expect(await impactFor('Autumn 2 2026')).toBe(everyone);
    expect(await impactFor('Spring 1 2027')).toBe(everyone);
    expect(await impactFor('Spring 2 2027')).toBe(
      'No pupil has both a start and an end value for 15/02/2027 to 28/03/2027, so there is no impact to show yet.',
    );
  });
});
