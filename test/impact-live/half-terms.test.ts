/** The half-term picker's dates, worked out by hand from the calendar, and impact run for one half-term. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelValue } from '../../emulator/model';
import { easterSunday, halfTermsOf } from '../../src/core/impact/half-terms';
import { openSession, runAction } from '../../tools/local/session';
import { readWorkbook } from '../../tools/xlsx/read';
import { ensureBuilt } from '../support/built';
import { EXAMPLES } from '../support/examples';
import { placements, reference } from './reference';

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
});

/** `yyyy-mm-dd` of a register date: a date cell (local midnight) or `dd/mm/yyyy` text. */
function isoDay(value: ModelValue): string | null {
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  const uk = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(String(value).trim());
  return uk ? `${uk[3]}-${uk[2]}-${uk[1]}` : null;
}

describe(`impact for one half-term of the ${EXAMPLES.origin} example school`, () => {
  const { path, layout } = EXAMPLES.tidy;
  beforeAll(ensureBuilt);

  async function impactFor(term: { from: string; to: string } | null): Promise<string> {
    const session = openSession(await readWorkbook(path), { now: () => new Date(2027, 6, 1) });
    const stat = runAction(session, 'impact', term ?? {});
    expect(stat.ok, stat.message).toBe(true);
    return stat.message;
  }

  /** Pupils with a start and an end value on a placement whose dates overlap the term (all of them when null). */
  async function pupilsIn(term: { from: string; to: string } | null): Promise<number> {
    const workbook = await readWorkbook(path);
    const overlapping = new Set(
      placements(workbook, layout)
        .filter((p) => {
          const start = isoDay(p.row.cell(layout.columns.start));
          const end = isoDay(p.row.cell(layout.columns.end));
          return term === null || !((start !== null && start > term.to) || (end !== null && end < term.from));
        })
        .map((p) => p.row.row),
    );
    const counted = reference(workbook, layout, null).observations.filter((o) =>
      placements(workbook, layout).some((p) => overlapping.has(p.row.row) && p.pupilId === o.pupilId && p.programme === o.programme),
    );
    return new Set(counted.map((o) => o.pupilId)).size;
  }

  it('counts the placements that overlap the half-term and none that do not', async () => {
    const everyone = await impactFor(null);
    expect(everyone).toContain(`${await pupilsIn(null)} pupils counted`);
    const ukDate = (iso: string) => iso.split('-').reverse().join('/');
    const outcomes: string[] = [];
    for (const term of halfTermsOf(2026)) {
      const pupils = await pupilsIn(term);
      const message = await impactFor(term);
      outcomes.push(pupils === 0 ? 'none' : 'some');
      if (pupils === 0)
        expect(message).toBe(
          `No pupil has both a start and an end value for ${ukDate(term.from)} to ${ukDate(term.to)}, so there is no impact to show yet.`,
        );
      else expect(message, term.label).toMatch(new RegExp(`: ${pupils} pupils? counted`));
    }
    // The example's programmes fall in some half-terms and not others, so both branches were checked.
    expect(new Set(outcomes)).toEqual(new Set(['none', 'some']));
  });
});
