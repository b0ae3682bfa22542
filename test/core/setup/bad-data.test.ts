/**
 * What setup does with bad data (issue 8): overlong headers, stale `Copy of` tabs, negative counts,
 * one id under two names, "Prefer not to say", and commas in text that is not a name.
 */
import { describe, expect, it } from 'vitest';
import { isUnreadable, readCount, readGender, readPersonName } from '../../../src/core/coerce';
import { defaultSettings } from '../../../src/core/settings';
import { detectMapping, readSchool } from '../../../src/core/setup';
import type { TabSnapshot } from '../../../src/core/snapshot';
import type { CellValue } from '../../../src/core/values';

function tab(name: string, values: CellValue[][]): TabSnapshot {
  const width = Math.max(...values.map((row) => row.length));
  return {
    name,
    values: values.map((row) => [...row, ...Array<CellValue>(width - row.length).fill('')]),
    generatedKey: null,
  };
}

const HEADERS = [
  'UPN',
  'Name',
  'Year',
  'Gender',
  'Intervention',
  'Group',
  'Behaviour points (start)',
  'Behaviour points (end)',
  'Maths score (start)',
  'Maths score (end)',
];

function pupilRow(upn: string, name: string, extra: Partial<Record<'gender' | 'behaviour' | 'maths', CellValue>> = {}): CellValue[] {
  return [upn, name, 8, extra.gender ?? 'F', 'Nurture', 'Nurture 8', extra.behaviour ?? 4, 2, extra.maths ?? 40, 45];
}

function setUp(tabs: TabSnapshot[]) {
  const snapshot = { tabs };
  const mapping = detectMapping(snapshot);
  return { mapping, ...readSchool(snapshot, mapping, defaultSettings()) };
}

describe('headers too long to be column names', () => {
  const note = 'Please remember that these figures come from the behaviour log and must be checked. '.repeat(30);
  const register = tab('Pupils', [
    [...HEADERS, `${note} (start)`, `${note} (end)`],
    [...pupilRow('A1', 'Ava Khan'), 1, 2],
    [...pupilRow('A2', 'Leo Smith'), 3, 4],
    [...pupilRow('A3', 'Mia Jones'), 5, 6],
  ]);
  const { mapping, data, problems } = setUp([register]);

  it('are passed over by detection, so the mapping never stores them', () => {
    expect(mapping.register?.tab).toBe('Pupils');
    expect(JSON.stringify(mapping)).not.toContain('Please remember');
    expect(mapping.register?.measures.map((m) => m.start)).toEqual(['Behaviour points (start)', 'Maths score (start)']);
    expect(data.pupils).toHaveLength(3);
  });

  it('are each listed on Problems against the header row, quoted short', () => {
    const long = problems.filter((p) => p.reason.includes('too long to be a column name'));
    expect(long.map((p) => [p.tab, p.row])).toEqual([
      ['Pupils', 1],
      ['Pupils', 1],
    ]);
    for (const p of long) {
      expect(p.column.startsWith('Please remember')).toBe(true);
      expect(p.column.length).toBeLessThan(100);
    }
  });

  it('a header of ordinary length is still read, however wordy', () => {
    const wordy = 'Attendance'.padEnd(150, ' ').concat('(start)');
    const { mapping: ok } = setUp([
      tab('Pupils', [[...HEADERS, wordy, 'Attendance (end)'], pupilRow('A1', 'Ava Khan'), pupilRow('A2', 'Leo Smith')]),
    ]);
    expect(ok.register?.measures.map((m) => m.id)).toContain('attendance');
  });
});

describe('a stale "Copy of" tab that repeats the register', () => {
  const real = tab('Pupils', [HEADERS, pupilRow('A1', 'Ava Khan'), pupilRow('A2', 'Leo Smith'), pupilRow('A3', 'Mia Jones')]);
  const copy = tab('Copy of Pupils', [HEADERS, pupilRow('A1', 'Ava Khan')]);

  it('loses to the real register even when it comes first', () => {
    expect(detectMapping({ tabs: [copy, real] }).register?.tab).toBe('Pupils');
  });

  it('is taken when nothing else qualifies', () => {
    expect(detectMapping({ tabs: [copy] }).register?.tab).toBe('Copy of Pupils');
  });

  it('loses even when it holds more rows; between equal tabs the one with more rows wins', () => {
    const bigCopy = tab('Copy of Pupils', [HEADERS, ...Array.from({ length: 9 }, (_, i) => pupilRow(`C${i}`, `Pupil ${i}`))]);
    expect(detectMapping({ tabs: [bigCopy, real] }).register?.tab).toBe('Pupils');
    const older = tab('Pupils 2025', [HEADERS, pupilRow('A1', 'Ava Khan')]);
    expect(detectMapping({ tabs: [older, real] }).register?.tab).toBe('Pupils');
    expect(detectMapping({ tabs: [real, older] }).register?.tab).toBe('Pupils');
  });

  it('of a form-response tab is not scored a second time', () => {
    const responses = tab('Form Responses 1', [
      ['Timestamp', 'Name', 'Q1'],
      [new Date(2026, 11, 1), 'Ava Khan', 'Yes'],
    ]);
    const copied = tab(
      'Copy of Form Responses 1',
      responses.values.map((row) => [...row]),
    );
    expect(detectMapping({ tabs: [real, copied, responses] }).responses).toEqual([{ tab: 'Form Responses 1', headerRow: 1 }]);
    expect(detectMapping({ tabs: [real, copied] }).responses).toEqual([{ tab: 'Copy of Form Responses 1', headerRow: 1 }]);
  });
});

describe('counts and months cannot be negative; scores can', () => {
  const { data, problems } = setUp([
    tab('Pupils', [
      HEADERS,
      pupilRow('A1', 'Ava Khan', { behaviour: -3, maths: -2 }),
      pupilRow('A2', 'Leo Smith'),
      pupilRow('A3', 'Mia Jones'),
    ]),
  ]);

  it('reports a negative count against its cell and leaves it out', () => {
    expect(problems.map((p) => [p.tab, p.row, p.column])).toEqual([['Pupils', 2, 'Behaviour points (start)']]);
    expect(problems[0]?.reason).toContain('"-3"');
    expect(data.placements[0]?.measures['behaviour-points' as never]).toEqual({ start: null, end: 2 });
  });

  it('keeps a negative score', () => {
    expect(data.placements[0]?.measures['maths-score' as never]).toEqual({ start: -2, end: 45 });
  });

  it.each([
    [0, 0],
    [3, 3],
    ['12', 12],
    ['', null],
  ])('count %s → %s', (input, expected) => {
    expect(readCount(input)).toBe(expected);
  });

  it.each([-1, '-0.5', 'lots'])('count %s is unreadable', (input) => {
    expect(isUnreadable(readCount(input))).toBe(true);
  });
});

describe('one pupil id under two names', () => {
  const { data, problems } = setUp([
    tab('Pupils', [
      HEADERS,
      pupilRow('A1', 'Ava Khan'),
      pupilRow('A2', 'Leo Smith'),
      pupilRow('A1', 'Zara Ahmed'),
      [...pupilRow('A2', 'Smith, Leo').slice(0, 4), 'Anger', '', 1, 1, 30, 31],
    ]),
  ]);

  it('reports the later row, naming both rows, and leaves it out instead of merging', () => {
    expect(problems.map((p) => [p.tab, p.row, p.column])).toEqual([['Pupils', 4, 'UPN']]);
    expect(problems[0]?.reason).toMatch(/\brow 2\b/i);
    expect(problems[0]?.reason).toMatch(/\brow 4\b/i);
    expect(data.pupils.map((p) => p.name)).toEqual(['Ava Khan', 'Leo Smith']);
    expect(data.placements.map((p) => p.source.row)).toEqual([2, 3, 5]);
  });

  it('still treats the same id under the same name (written either way) as one pupil on two programmes', () => {
    expect(data.placements.filter((p) => p.pupilId === 'A2').map((p) => p.programme)).toEqual(['Nurture', 'Anger']);
  });
});

describe('gender', () => {
  it.each(['Prefer not to say', 'prefer not to say.', 'Not stated', 'Unknown'])(
    '"%s" is a legitimate answer: no gender recorded, no problem',
    (input) => {
      expect(readGender(input)).toBeNull();
    },
  );

  it('is read from the register without a problem', () => {
    const { data, problems } = setUp([
      tab('Pupils', [HEADERS, pupilRow('A1', 'Ava Khan', { gender: 'Prefer not to say' }), pupilRow('A2', 'Leo Smith')]),
    ]);
    expect(problems).toEqual([]);
    expect(data.pupils[0]?.gender).toBeNull();
  });

  it('an answer that is not a gender is still reported', () => {
    expect(isUnreadable(readGender('Purple'))).toBe(true);
  });
});

describe('names with a comma', () => {
  it.each([
    ['Begum, Ethan', 'Ethan', 'Begum'],
    ["O'Neill-Smith, Siobhán Mary", 'Siobhán Mary', "O'Neill-Smith"],
    ['العلي, مريم', 'مريم', 'العلي'],
  ])('"%s" is Surname, Forename', (input, forename, surname) => {
    expect(readPersonName(input)).toEqual({ forename, surname, display: `${forename} ${surname}` });
  });

  it.each(['@SUM(1,2)', '=HYPERLINK("http://evil.example/x","Click me")', 'Smith, 3', 'Smith, <b>Jo</b>'])(
    '"%s" is kept as written',
    (input) => {
      expect(readPersonName(input)?.display).toBe(input);
    },
  );
});
