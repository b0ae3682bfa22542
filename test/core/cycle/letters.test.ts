/** Letters home: the Settings template filled in for each pupil on a programme, a page each with the reply slip at its foot. */
import { describe, expect, it } from 'vitest';
import { buildLetters } from '../../../src/core/cycle';
import { fillTemplate, PLACEHOLDERS } from '../../../src/core/cycle/letters';
import { PAGE_ROWS, PAGE_WIDTH } from '../../../src/core/cycle/printable';
import { isOwnFormula, type PlanCell } from '../../../src/core/plan';
import { defaultSettings, type Settings } from '../../../src/core/settings';
import { planCellText } from '../../support/plan-text';
import type { IsoDate } from '../../../src/core/values';
import { date, inputTab, school, SPECS, TODAY, withRecords } from './fixtures';

const settings = defaultSettings();

function pages(values: readonly (readonly PlanCell[])[]): string[][] {
  const text = values.map((row) => planCellText(row[0] ?? ''));
  return Array.from({ length: text.length / PAGE_ROWS }, (_, i) => text.slice(i * PAGE_ROWS, (i + 1) * PAGE_ROWS));
}

describe('letters home', () => {
  const data = withRecords(school(), [
    inputTab('passports', [{ 'Pupil ID': 'B2', 'Letter home sent': date('2026-10-20'), 'Consent returned': date('2026-10-27') }]),
  ]);
  const outcome = buildLetters(data, settings, TODAY, null);
  const tab = outcome.plan.tabs[0]!;
  const [summary, ...letters] = pages(tab.values);

  it('lists each pupil on a programme that has not ended, with when the letter went and consent came back', () => {
    const listed = tab.values.findIndex((row) => planCellText(row[0] ?? '').startsWith('Pupil: programme'));
    expect(tab.values.slice(listed, listed + 5).map((row) => row.map((cell) => planCellText(cell)))).toEqual([
      ['Pupil: programme, when it starts; letter sent; consent returned'],
      ['Amy Able: Managing my anger, starts 02/11/2026; letter sent not yet; consent returned not yet'],
      ['Ben Bell: Managing my anger, starts 02/11/2026; letter sent 20/10/2026; consent returned 27/10/2026'],
      ['Dan Dyer: Literacy catch-up, starts 04/01/2027; letter sent not yet; consent returned not yet'],
      ['Dan Dyer: Managing my anger, starts 02/11/2026; letter sent not yet; consent returned not yet'],
    ]);
    expect(Object.values(tab.format.columnWidths ?? {})).toEqual([PAGE_WIDTH]);
    expect(summary).toHaveLength(PAGE_ROWS);
    expect(outcome.headline).toBe(
      '4 letters home on Letters, one page each, for every placement that has not ended; consent returned for 1 of 4.',
    );
  });

  it('fills in the template: why, how often and for how long, who leads it and whom to contact', () => {
    expect(letters).toHaveLength(4);
    const amy = (letters[0] ?? []).join('\n');
    expect(amy).toContain('Dear parent or carer of Amy Able,');
    expect(amy).toContain('We would like Amy to take part in Managing my anger, starting 02/11/2026.');
    expect(amy).toContain('Why we are offering it: Attitudes to others.');
    expect(amy).toMatch(/Amy will have 1 session a week for 15 weeks, led by Ms Patel,/);
    expect(amy).toContain('please contact Ms Patel.');
    // The reply slip sits at the foot of the page, whole.
    expect(letters[0]?.slice(-3)).toEqual(['', 'Signed: ______________________________   Parent or carer', 'Date: ____________________']);
    expect(letters[0]).toContain('I am happy for Amy Able to take part in Managing my anger.');
  });

  it('uses the contact from Settings, and cuts a template too long for the page but never the slip', () => {
    const long: Settings = {
      ...settings,
      cycle: {
        ...settings.cycle,
        letterContact: 'Mrs Ahmed, SENDCo',
        letterTemplate: `Please contact {contact}.\n\n${'A long paragraph. '.repeat(400)}`,
      },
    };
    const cut = buildLetters(data, long, TODAY, null);
    const [, first] = pages(cut.plan.tabs[0]!.values);
    expect(first).toContain('Please contact Mrs Ahmed, SENDCo.');
    expect(first?.slice(-1)).toEqual(['Date: ____________________']);
    expect(cut.details).toEqual(['The letter template is too long for one page, so 4 letters were cut short: shorten it in Settings.']);
  });

  it('writes people’s text as text, never as a formula', () => {
    const hostile = withRecords(
      school(
        SPECS.map((spec) => (spec.id === 'A1' ? { ...spec, name: '=HYPERLINK("http://x.example","Amy")', programme: '+SUM(1)' } : spec)),
      ),
      [],
    );
    const values = buildLetters(hostile, settings, TODAY, null).plan.tabs[0]!.values.flat();
    expect(values.some((cell) => typeof cell === 'string' && cell.includes('=HYPERLINK'))).toBe(true);
    expect(values.filter((cell) => isOwnFormula(cell))).toEqual([]);
  });
});

describe('letters for the half-term', () => {
  const spring1 = { from: '2027-01-04' as IsoDate, to: '2027-02-12' as IsoDate, label: 'Spring 1 2027' };
  /** `Pupil: programme` of each letter, from the list on the first page. */
  const pupilsOn = (outcome: ReturnType<typeof buildLetters>): string[] =>
    outcome.plan.tabs[0]!.values.flatMap((row) => {
      const line = planCellText(row[0] ?? '');
      return /; consent returned /.test(line) ? [line.split(',')[0] ?? ''] : [];
    });

  it('writes letters for the placements starting in it, and says so on the tab and in the result', () => {
    const outcome = buildLetters(school(), settings, TODAY, spring1);
    expect(pupilsOn(outcome)).toEqual(['Dan Dyer: Literacy catch-up']);
    const scope = 'placements starting in Spring 1 2027 (04/01/2027 to 12/02/2027), and any still waiting for consent';
    expect(
      outcome.plan.tabs[0]!.values.slice(1, 4)
        .map((row) => planCellText(row[0] ?? ''))
        .join(' '),
    ).toContain(scope);
    expect(outcome.headline).toBe(`1 letter home on Letters, one page each, for ${scope}; consent returned for 0 of 1.`);
  });

  it('adds a placement started earlier and still waiting for consent, but never one that has ended', () => {
    const waiting = school(SPECS.map((spec) => (spec.id === 'A1' || spec.id === 'C3' ? { ...spec, consent: false } : spec)));
    expect(pupilsOn(buildLetters(waiting, settings, TODAY, spring1))).toEqual([
      'Amy Able: Managing my anger',
      'Dan Dyer: Literacy catch-up',
    ]);
  });
});

describe('the template', () => {
  it('fills every placeholder in any case, and leaves an unknown one as written', () => {
    const values = Object.fromEntries(PLACEHOLDERS.map((p) => [p, `<${p}>`])) as Record<(typeof PLACEHOLDERS)[number], string>;
    expect(fillTemplate('{Pupil} {HOW OFTEN} {how long} {nickname}', values)).toBe('<pupil> <how often> <how long> {nickname}');
  });
});
