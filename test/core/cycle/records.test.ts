/** Reading the Passports, Targets and Reviews tabs: every row matched to its placement, or on Problems saying why. */
import { describe, expect, it } from 'vitest';
import { cyclePlacements } from '../../../src/core/cycle';
import { withConsentReturned } from '../../../src/core/cycle/records';
import { date, inputTab, school, withRecords } from './fixtures';

describe('matching a row to its placement', () => {
  const data = school();
  const keyOf = (pupil: string, programme: string): string =>
    cyclePlacements(data).find((p) => p.pupil.id === pupil && p.programme === programme)?.key ?? 'none';

  it('takes the pupil ID first, then the name in any order and case, and the programme when the pupil has two', () => {
    const read = withRecords(data, [
      inputTab('targets', [
        { 'Pupil ID': 'A1', Target: 'Arrive on time' },
        { Pupil: 'BELL, Ben', Target: 'Walk away from arguments' },
        { Pupil: 'Dan Dyer', Programme: 'literacy  catch-up', Target: 'Read 20 words a minute' },
        { 'Pupil ID': 'D4', Programme: 'Anger Y9', Target: 'Use the calm-down card' },
        { 'Pupil ID': 'C3', Target: 'Talk to a trusted adult' },
      ]),
    ]);
    expect(read.problems).toEqual([]);
    expect(read.cycle?.targets.map((t) => [t.placement, t.target, t.source.row])).toEqual([
      [keyOf('A1', 'Managing my anger'), 'Arrive on time', 2],
      [keyOf('B2', 'Managing my anger'), 'Walk away from arguments', 3],
      [keyOf('D4', 'Literacy catch-up'), 'Read 20 words a minute', 4],
      [keyOf('D4', 'Managing my anger'), 'Use the calm-down card', 5],
      [keyOf('C3', 'Improving my self-esteem'), 'Talk to a trusted adult', 6],
    ]);
  });

  it('puts a row it cannot place on Problems with its tab, row, column and why, and reads the rest', () => {
    const read = withRecords(data, [
      inputTab(
        'targets',
        [
          { Pupil: 'Zed Zebra', Target: 'x' },
          { 'Pupil ID': 'D4', Target: 'Which programme?' },
          { 'Pupil ID': 'A1', Programme: 'Boxing', Target: 'y' },
          { 'Pupil ID': 'E5', Target: 'A referral' },
          { Target: 'Nobody' },
          { 'Pupil ID': 'A1', Target: 'Fine', By: 'next week' },
        ],
        'Our targets',
      ),
    ]);
    expect(read.problems.map((p) => [p.tab, p.row, p.column])).toEqual([
      ['Our targets', 2, 'Pupil'],
      ['Our targets', 3, 'Programme'],
      ['Our targets', 4, 'Programme'],
      ['Our targets', 5, 'Programme'],
      ['Our targets', 6, 'Pupil'],
      ['Our targets', 7, 'By'],
    ]);
    expect(read.problems.map((p) => p.reason)).toEqual([
      '“Zed Zebra” matches no pupil in the register, so this row was not read. Check the spelling or use the pupil’s ID.',
      'Dan Dyer is on more than one programme, so this row was not read. Write which one in the Programme column.',
      'Amy Able is not on “Boxing” in the register, so this row was not read. Use the programme’s name as the register writes it.',
      'Eve Ellis is not placed on a programme in the register, so this row was not read.',
      'This row names no pupil, so it was not read. Fill in the Pupil ID or the name.',
      '"next week" is not a date written as dd/mm/yyyy, so it was not used. Type the date as dd/mm/yyyy.',
    ]);
    // The row with the unreadable date is still read, without a date.
    expect(read.cycle?.targets.map((t) => [t.target, t.by])).toEqual([['Fine', null]]);
    expect(read.problems.every((p) => p.source === 'setup')).toBe(true);
  });

  it('places a review of a pupil on two programmes by its date when the programme is left out', () => {
    const read = withRecords(data, [
      inputTab('reviews', [
        { 'Review date': date('2026-12-01'), 'Pupil ID': 'D4', Status: 'on track' },
        { 'Review date': '15/01/2027', 'Pupil ID': 'D4', Programme: 'Managing my anger', Status: 'OFF TRACK' },
      ]),
    ]);
    expect(read.problems).toEqual([]);
    expect(read.cycle?.reviews.map((r) => [r.placement, r.date, r.status])).toEqual([
      [keyOf('D4', 'Managing my anger'), '2026-12-01', 'On track'],
      [keyOf('D4', 'Managing my anger'), '2027-01-15', 'Off track'],
    ]);
  });
});

describe('reading what staff chose and typed', () => {
  const data = school();

  it('reads dropdown answers in any case, the unambiguous start of one, and refuses anything else', () => {
    const read = withRecords(data, [
      inputTab('reviews', [
        {
          'Review date': date('2027-01-08'),
          'Pupil ID': 'A1',
          'Target 1 progress': 'good progress',
          'Target 2 progress': 'Met',
          'Target 3 progress': 'Brilliant',
          Status: 'at',
          'Next step': 'Practise at lunchtime',
        },
        { 'Pupil ID': 'B2', Status: 'On track' },
      ]),
    ]);
    expect(read.cycle?.reviews.map((r) => [r.progress, r.status, r.nextStep])).toEqual([
      [['Good progress', 'Met', null], 'At risk', 'Practise at lunchtime'],
    ]);
    expect(read.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [
        2,
        'Target 3 progress',
        '“Brilliant” is not one of No progress, Some progress, Good progress, Met, so it was not used. Choose from the dropdown.',
      ],
      [3, 'Review date', 'This review has no date, so it was not counted. Add the day it took place.'],
    ]);
  });

  it('finds columns by their headers wherever the school moved them, under a title row', () => {
    const tab = {
      name: 'Passports',
      generatedKey: null,
      inputKey: 'passports',
      values: [
        ['Our passports 2026-27', '', '', ''],
        ['Consent returned', 'Extra notes', 'Pupil', 'Triggers'],
        [date('2026-11-05'), 'Likes football', 'Amy Able', 'Loud corridors'],
      ],
    };
    const read = withRecords(data, [tab]);
    expect(read.problems).toEqual([]);
    expect(read.cycle?.passports.map((p) => [p.consentReturned, p.triggers, p.source.row])).toEqual([['2026-11-05', 'Loud corridors', 3]]);
  });

  it('says so, once, when a tab has lost the headers that name the pupils', () => {
    const tab = {
      name: 'Targets',
      generatedKey: null,
      inputKey: 'targets',
      values: [
        ['Target', 'Baseline'],
        ['Read more', '3'],
      ],
    };
    const read = withRecords(data, [tab]);
    expect(read.cycle?.targets).toEqual([]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ tab: 'Targets', row: 1, column: '' });
    expect(read.problems[0]?.reason).toContain('no header row with a Pupil ID or Pupil column');
  });

  it('records which tabs the school has, by their names now', () => {
    const read = withRecords(data, [inputTab('reviews', [], 'Fortnightly reviews')]);
    expect(read.cycle?.tabs).toEqual({ passports: null, targets: null, reviews: 'Fortnightly reviews' });
  });
});

describe('consent returned on the Passports tab', () => {
  it('counts as consent where the register says no or nothing, and changes nothing without a date', () => {
    const data = school();
    const noConsent = { ...data, placements: data.placements.map((p) => ({ ...p, consent: p.pupilId === 'A1' ? false : null })) };
    const read = withRecords(noConsent, [
      inputTab('passports', [
        { 'Pupil ID': 'A1', 'Consent returned': date('2026-11-10') },
        { 'Pupil ID': 'B2', 'Consent returned': '' },
      ]),
    ]);
    const consent = withConsentReturned(read, read.cycle!).placements.map((p) => [p.pupilId, p.consent]);
    expect(consent.slice(0, 2)).toEqual([
      ['A1', true],
      ['B2', null],
    ]);
  });
});
