import { describe, expect, it } from 'vitest';
import { pupilMatcher, pupilNameKey } from '../../../src/core/questionnaires';
import { editDistanceWithin } from '../../../src/core/questionnaires/pupil-match';
import { PUPILS } from './fixtures';

const matcher = pupilMatcher(PUPILS, {});
const summary = (name: string, id?: string): string => {
  const m = matcher.match(name, id);
  return m.kind === 'unmatched' ? `unmatched:${m.reason}` : `${m.kind}:${m.pupil.id}`;
};

describe('matching typed names to pupils', () => {
  it.each([
    ['Keira Kaur', 'exact:P001'],
    ['KEIRA KAUR ', 'exact:P001'],
    ['  keira   kaur', 'exact:P001'],
    ['Kaur, Keira', 'exact:P001'],
    ['Kaur Keira', 'exact:P001'],
    ['p002', 'exact:P002'],
    ['Sophia Patel (P003)', 'exact:P003'],
    ['Keira Kaur.', 'exact:P001'],
  ])('%j → %s', (name, expected) => {
    expect(summary(name)).toBe(expected);
  });

  it('matches one small typo to the only pupil it could be', () => {
    expect(summary('Thomas Clark')).toBe('fuzzy:P002'); // surname missing its last letter
    expect(summary('Tomas Clarke')).toBe('fuzzy:P002');
    expect(summary('Keria Kaur')).toBe('fuzzy:P001'); // swapped letters
  });

  it('never guesses between two pupils or beyond one edit', () => {
    expect(summary('Amy Hell')).toBe('unmatched:ambiguous');
    expect(summary('Jordan Smith')).toBe('unmatched:unknown');
    expect(summary('Thom Clark')).toBe('unmatched:unknown');
    expect(summary('')).toBe('unmatched:blank');
  });

  it('prefers the id column, and a person’s earlier choice over everything', () => {
    expect(summary('Someone', 'P004')).toBe('exact:P004');
    const remembered = pupilMatcher(PUPILS, { 'Tom C': 'P002', 'Amy Hell': 'P005' });
    expect(remembered.match('tom c')).toEqual({ kind: 'resolved', pupil: PUPILS[1] });
    expect(remembered.match('AMY HELL ')).toEqual({ kind: 'resolved', pupil: PUPILS[4] });
    expect(pupilNameKey('Clarke,  Thomas ')).toBe('thomas clarke');
  });

  it('measures edits with swaps counted once', () => {
    expect(editDistanceWithin('clarke', 'clark', 1)).toBe(1);
    expect(editDistanceWithin('keira', 'kiera', 1)).toBe(1);
    expect(editDistanceWithin('abc', 'abc', 1)).toBe(0);
    expect(editDistanceWithin('kitten', 'sitting', 1)).toBe(2);
  });
});
