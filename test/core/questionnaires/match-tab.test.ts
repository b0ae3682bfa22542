import { describe, expect, it } from 'vitest';
import { builtinInstruments, matchResponseTab } from '../../../src/core/questionnaires';
import { responseTab, SLSS_HEADERS, SLSS_LEAD, SLSS_TEXTS, SRS_HEADERS, SRS_LEAD, SRS_PAIRS } from './fixtures';

const instruments = builtinInstruments();

function matched(headers: string[], rows: (string | number | Date)[][] = []) {
  const result = matchResponseTab(responseTab('Form Responses 1', headers, rows), instruments);
  if (result.kind !== 'matched') throw new Error(result.reason);
  return result.match;
}

describe('recognising a response tab', () => {
  it('finds the SLSS grid and the name, timestamp and phase columns', () => {
    const match = matched([...SLSS_LEAD, 'Email address', ...SLSS_HEADERS]);
    expect(match.instrument.id).toBe('slss');
    expect(match.itemColumns).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect([match.timestampColumn, match.nameColumn, match.phaseColumn, match.idColumn, match.emailColumn]).toEqual([0, 1, 2, null, 3]);
  });

  it('tolerates curly quotes, case, punctuation, numbering and any order', () => {
    const curly = SLSS_TEXTS.map((t, i) => (i === 0 ? `Q1. ${t.toUpperCase()}!` : i === 6 ? '“My life is better than most kids”' : t));
    const shuffled = [6, 2, 0, 5, 1, 4, 3];
    const headers = ['Pupil name', ...shuffled.map((i) => curly[i]!)];
    const match = matched(headers);
    expect(match.instrument.id).toBe('slss');
    // Item i sits in the column where `shuffled` put it (+1 for the name column).
    expect(match.itemColumns).toEqual(SLSS_TEXTS.map((_, item) => shuffled.indexOf(item) + 1));
    expect(match.nameColumn).toBe(0);
  });

  it('tells apart items with the same words under different stems, wherever the columns are', () => {
    const order = SRS_HEADERS.map((_, i) => i).reverse();
    const headers = ['Name', ...order.map((i) => SRS_HEADERS[i]!.replace('...', '…').replace("you're", 'you’re'))];
    const match = matched(headers);
    expect(match.instrument.id).toBe('srs');
    match.itemColumns.forEach((column, item) => expect(headers[column!]).toContain(SRS_PAIRS[item]![1].replace("you're", 'you’re')));
    // "listens to me when I have something to say": item 4 at home, item 7 at school.
    expect(headers[match.itemColumns[3]!]).toMatch(/^At home/);
    expect(headers[match.itemColumns[6]!]).toMatch(/^At school/);
    // "believes that I will be a success" away from school is not the school one.
    expect(headers[match.itemColumns[10]!]).toMatch(/^Away from school, there is an adult/);
  });

  it('accepts one column per item written in full with its stem', () => {
    const headers = [...SRS_LEAD, ...SRS_PAIRS.map(([stem, item]) => `${stem} ${item}`)];
    const match = matched(headers);
    expect(match.instrument.id).toBe('srs');
    expect(match.itemColumns).toEqual(SRS_PAIRS.map((_, i) => i + 3));
  });

  it('finds a phase column from its answers when its header says nothing', () => {
    const match = matched(
      ['Timestamp', 'Name', 'Which one?', ...SLSS_HEADERS],
      [
        [new Date(2026, 2, 2), 'Keira Kaur', 'Start of the programme'],
        [new Date(2026, 2, 3), 'Keira Kaur', 'End of the programme'],
      ],
    );
    expect(match.phaseColumn).toBe(2);
  });

  it('scores a tab that lacks an item from the others, listing the item; a tab with too few is not a questionnaire', () => {
    const match = matched([...SLSS_LEAD, ...SLSS_HEADERS.slice(0, 6)]);
    expect(match.instrument.id).toBe('slss');
    expect(match.itemColumns).toEqual([3, 4, 5, 6, 7, 8, null]);
    expect(match.unresolved).toEqual([{ item: 6, reason: 'none', candidates: [] }]);
    const three = matchResponseTab(responseTab('Form Responses 3', [...SLSS_LEAD, ...SLSS_HEADERS.slice(0, 3)], []), instruments);
    expect(three.kind).toBe('unmatched');
    expect(three.kind === 'unmatched' && three.reason).toContain('"I wish I had a different kind of life"');
    const other = matchResponseTab(responseTab('Trip feedback', ['Timestamp', 'Name', 'Did you enjoy the trip?'], []), instruments);
    expect(other.kind).toBe('unmatched');
  });

  it('finds the personal code and email columns the add-in’s forms have', () => {
    const match = matched([
      'Timestamp',
      'Email Address',
      'Your personal code',
      'Is this the start or the end of your programme?',
      ...SLSS_HEADERS,
    ]);
    expect([match.timestampColumn, match.emailColumn, match.codeColumn, match.phaseColumn, match.nameColumn]).toEqual([0, 1, 2, 3, null]);
  });

  it('takes the column that asks start or end, whatever share of its answers say neither', () => {
    const answers = ['Start of the programme', 'Not sure', 'Mid-point', '1', '', 'End of the programme', 'Not sure'];
    const match = matched(
      ['Timestamp', 'Name', 'Is this the start or the end of your programme?', 'Start date', ...SLSS_HEADERS],
      answers.map((phase, i) => [new Date(2026, 2, 2 + i), 'Keira Kaur', phase, new Date(2026, 1, 1)]),
    );
    expect(match.phaseColumn).toBe(2);
  });
});
