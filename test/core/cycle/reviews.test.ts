/** Reviews due: every fortnight from the last review (or the start), by member of staff; off track twice running calls a Review Meeting. */
import { describe, expect, it } from 'vitest';
import { buildReviewsDue, reviewsDueThisWeek } from '../../../src/core/cycle';
import { defaultSettings, type Settings } from '../../../src/core/settings';
import type { CellValue } from '../../../src/core/values';
import { date, inputTab, school, TODAY, withRecords } from './fixtures';

const settings = defaultSettings();

/** The tab's table under its header row (row 4), as text. */
function table(values: readonly (readonly unknown[])[]): string[][] {
  return values.slice(4).map((row) => row.map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell))));
}

function review(id: string, iso: string, status: string, programme = ''): Record<string, CellValue> {
  return { 'Review date': date(iso), 'Pupil ID': id, Programme: programme, Status: status };
}

describe('Reviews due', () => {
  it('lists, by member of staff, each current placement due in the coming fortnight, the overdue first', () => {
    // Amy was reviewed on 06/01 (due 20/01, today); Ben on 30/12 (overdue by 7 days); Dan's anger placement on 15/01 (due 29/01).
    // Dan's literacy started 04/01 with no review (due 18/01) and names no staff. Cara's 1-1 has ended.
    const data = withRecords(school(), [
      inputTab('reviews', [
        review('A1', '2027-01-06', 'On track'),
        review('B2', '2026-12-30', 'At risk'),
        review('D4', '2027-01-15', 'On track', 'Managing my anger'),
      ]),
    ]);
    const outcome = buildReviewsDue(data, settings, TODAY);
    const rows = table(outcome.plan.tabs[0]!.values).map((row) => [row[0], row[1], row[4], row[5], row[6], row[7], row[8]]);
    expect(rows).toEqual([
      ['Ms Patel', 'Ben Bell', '2026-12-30', 'At risk', '2027-01-13', 'Overdue by 7 days', ''],
      ['Ms Patel', 'Amy Able', '2027-01-06', 'On track', '2027-01-20', 'Today', ''],
      ['Ms Patel', 'Dan Dyer', '2027-01-15', 'On track', '2027-01-29', 'In 9 days', ''],
      ['No member of staff named', 'Dan Dyer', 'No review yet', '', '2027-01-18', 'Overdue by 2 days', ''],
    ]);
    expect(outcome.headline).toBe('4 reviews due by 02/02/2027 (2 overdue).');
    expect(outcome.plan.replaces).toEqual(['reviews-due']);
  });

  it('flags a pupil off track at the last two reviews for a Review Meeting, even when no review is due', () => {
    const data = withRecords(school(), [
      inputTab('reviews', [
        review('A1', '2026-12-02', 'Off track'),
        review('A1', '2026-12-16', 'Off track'),
        review('A1', '2027-01-20', 'Off track'),
        // Ben was off track twice, but on track since: no meeting.
        review('B2', '2026-12-02', 'Off track'),
        review('B2', '2026-12-16', 'Off track'),
        review('B2', '2027-01-20', 'On track'),
      ]),
    ]);
    const outcome = buildReviewsDue(data, settings, TODAY);
    const rows = table(outcome.plan.tabs[0]!.values);
    const amy = rows.find((row) => row[1] === 'Amy Able');
    expect(amy?.[7]).toBe('Not due yet');
    expect(amy?.[8]).toBe('Call a Review Meeting with parents: off track at the last 2 reviews');
    expect(rows.some((row) => row[1] === 'Ben Bell')).toBe(false);
    expect(outcome.details).toEqual(['Amy Able (Managing my anger): off track at the last 2 reviews. Call a Review Meeting with parents.']);
    expect(outcome.headline).toContain('1 pupil needs a Review Meeting with parents');
  });

  it('follows the settings: reviews every 7 days, and a meeting after three off-track reviews', () => {
    const weekly: Settings = { ...settings, cycle: { ...settings.cycle, reviewEveryDays: 7, offTrackReviewsForMeeting: 3 } };
    const data = withRecords(school(), [
      inputTab('reviews', [review('A1', '2027-01-05', 'Off track'), review('A1', '2027-01-12', 'Off track')]),
    ]);
    const rows = table(buildReviewsDue(data, weekly, TODAY).plan.tabs[0]!.values);
    const amy = rows.find((row) => row[1] === 'Amy Able');
    expect(amy?.[6]).toBe('2027-01-19');
    expect(amy?.[8]).toBe('');
  });

  it('leaves out reviews dated after today when working out the next one', () => {
    const data = withRecords(school(), [
      inputTab('reviews', [review('A1', '2027-01-06', 'On track'), review('A1', '2027-03-01', 'On track')]),
    ]);
    const amy = table(buildReviewsDue(data, settings, TODAY).plan.tabs[0]!.values).find((row) => row[1] === 'Amy Able');
    expect(amy?.[4]).toBe('2027-01-06');
  });

  it('says so in one row when nothing is due', () => {
    const data = withRecords(school([]), [inputTab('reviews', [])]);
    const outcome = buildReviewsDue(data, settings, TODAY);
    expect(table(outcome.plan.tabs[0]!.values)).toEqual([['', '', '', '', '', '', '', 'No reviews are due in the coming fortnight.', '']]);
    expect(outcome.headline).toBe('0 reviews due by 02/02/2027.');
  });
});

describe('what the sidebar shows when it opens', () => {
  it('counts reviews due by Sunday, once the school keeps a Reviews tab', () => {
    // Wednesday 20/01: Ben overdue, Amy due today, Dan's literacy overdue; Dan's anger (29/01) is next week.
    const data = withRecords(school(), [
      inputTab('reviews', [
        review('A1', '2027-01-06', 'On track'),
        review('B2', '2026-12-30', 'Off track'),
        review('D4', '2027-01-15', 'On track', 'Managing my anger'),
      ]),
    ]);
    expect(reviewsDueThisWeek(data, settings, TODAY)).toEqual({ due: 3, overdue: 2, meetings: 0 });
    expect(reviewsDueThisWeek(withRecords(school(), []), settings, TODAY)).toBeNull();
  });
});
