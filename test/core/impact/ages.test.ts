/** Reading and spelling ages, read the many ways schools write them (the ratio gain depends on it). */
import { describe, expect, it } from 'vitest';
import { isUnreadable, readAge } from '../../../src/core/coerce';
import { defaultSettings } from '../../../src/core/settings';
import { detectMapping, readSchool } from '../../../src/core/setup';
import type { TabSnapshot } from '../../../src/core/snapshot';

describe('reading and spelling ages', () => {
  it.each([
    [9.04, 112],
    ['9.04', 112],
    ['9:04', 112],
    ['9:4', 112],
    ['9y 4m', 112],
    ['9y4m', 112],
    ['9 years 4 months', 112],
    ['9 yrs 4 mths', 112],
    ['9-4', 112],
    ['112 months', 112],
    ['112m', 112],
    [112, 112],
    ['112', 112],
    [9.11, 119],
    ['9.10', 118],
    ['9y', 108],
    [9, 108],
    ['9.0', 108],
  ])('%s → %s months', (input, months) => {
    expect(readAge(input)).toBe(months);
  });

  it.each([
    [9.1, '9 years 1 month or 9 years 10 months'],
    [9.5, '9 years 5 months or 9.5 years'],
    ['9.5', '9 years 5 months or 9.5 years'],
    [30, '30 years or 30 months'],
  ])('%s could be read two ways, so it is refused', (input, readings) => {
    const read = readAge(input);
    expect(isUnreadable(read) && read.unreadable).toContain(readings);
  });

  it.each(['abc', '15+', 0, 9.12, '9:12', -3, 400])('%s is not an age', (input) => {
    expect(isUnreadable(readAge(input))).toBe(true);
  });

  it('reads a register’s reading age column and puts the ambiguous cells on Problems', () => {
    const register: TabSnapshot = {
      name: 'Pupils',
      generatedKey: null,
      values: [
        ['Pupil', 'Year', 'Programme', 'Group', 'Reading age (start)', 'Reading age (end)'],
        ['Ava Brown', 7, 'Literacy', 'L1', 9.04, '9y 10m'],
        ['Ben Cole', 7, 'Literacy', 'L1', '9:04', '10:01'],
        ['Cara Dunn', 7, 'Literacy', 'L1', '9y 4m', 9.5],
      ],
    };
    const mapping = detectMapping({ tabs: [register] });
    expect(mapping.register?.measures.map((m) => [m.id, m.kind, m.betterWhen])).toEqual([['reading-age', 'months', 'higher']]);
    const { data, problems } = readSchool({ tabs: [register] }, mapping, defaultSettings());
    expect(data.placements.map((p) => p.measures['reading-age' as never])).toEqual([
      { start: 112, end: 118 },
      { start: 112, end: 121 },
      { start: 112, end: null },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ tab: 'Pupils', row: 4, column: 'Reading age (end)' });
    expect(problems[0]?.reason).toContain('"9.5" could be 9 years 5 months or 9.5 years');
  });
});
