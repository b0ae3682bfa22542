import { describe, expect, it } from 'vitest';
import {
  isUnreadable,
  readDate,
  readGender,
  readPercent,
  readPersonName,
  readPlacementType,
  readSen,
  readYear,
  readYesNo,
} from '../../../src/core/coerce';

describe('reading values the way schools write them', () => {
  it.each([
    [7, 7],
    ['7', 7],
    ['Y7', 7],
    ['y 7', 7],
    ['Yr 7', 7],
    ['Year 7', 7],
    ['NC Yr 11', 11],
    ['Year 13', 13],
  ])('year %s → %s', (input, year) => {
    expect(readYear(input)).toBe(year);
  });

  it.each(['Year Seven?', 'Y14', 0, 7.5, 'Reception'])('year %s is unreadable', (input) => {
    expect(isUnreadable(readYear(input))).toBe(true);
  });

  it('blank is null, not a problem', () => {
    expect(readYear('')).toBeNull();
    expect(readYear('   ')).toBeNull();
  });

  it.each([
    ['M', 'M'],
    ['Male', 'M'],
    ['boy', 'M'],
    ['F', 'F'],
    ['Female ', 'F'],
    ['Girl', 'F'],
    ['X', 'other'],
  ])('gender %s → %s', (input, gender) => {
    expect(readGender(input)).toBe(gender);
  });

  it.each([
    ['', 'none'],
    ['N', 'none'],
    ['K', 'support'],
    ['SEN Support', 'support'],
    ['E', 'ehcp'],
    ['EHCP', 'ehcp'],
  ])('SEN %s → %s', (input, sen) => {
    expect(readSen(input)).toBe(sen);
  });

  it.each([
    ['Yes', true],
    ['Y', true],
    ['✓', true],
    [true, true],
    ['No', false],
    ['n', false],
    [false, false],
  ])('yes/no %s → %s', (input, value) => {
    expect(readYesNo(input)).toBe(value);
  });

  it('an unknown consent word is unreadable rather than guessed', () => {
    expect(isUnreadable(readYesNo('maybe'))).toBe(true);
  });

  it.each([
    ['1-1', '1-1'],
    ['1:1', '1-1'],
    ['One to one', '1-1'],
    ['group', 'group'],
    ['Group', 'group'],
    ['Referred', 'referred'],
  ])('type %s → %s', (input, type) => {
    expect(readPlacementType(input)).toBe(type);
  });

  it('reads date cells by their calendar day and dd/mm/yyyy text', () => {
    expect(readDate(new Date(2026, 10, 30))).toBe('2026-11-30');
    expect(readDate('30/11/2026')).toBe('2026-11-30');
    expect(readDate('8/1/27')).toBe('2027-01-08');
    expect(readDate('2027-01-08')).toBe('2027-01-08');
    expect(isUnreadable(readDate('31/02/2027'))).toBe(true);
    expect(isUnreadable(readDate('next week'))).toBe(true);
  });

  it('reads 85, 85% and 0.85 as the same percentage', () => {
    expect(readPercent(85)).toBe(85);
    expect(readPercent('85%')).toBe(85);
    expect(readPercent(0.85)).toBe(85);
    expect(readPercent('92.5')).toBe(92.5);
    expect(isUnreadable(readPercent('high'))).toBe(true);
    expect(isUnreadable(readPercent(140))).toBe(true);
  });

  it('reads "Surname, Forename" and tidies stray spaces', () => {
    expect(readPersonName('Begum, Ethan')).toEqual({ forename: 'Ethan', surname: 'Begum', display: 'Ethan Begum' });
    expect(readPersonName('  Sophia   Patel ')).toEqual({ forename: 'Sophia', surname: 'Patel', display: 'Sophia Patel' });
    expect(readPersonName('')).toBeNull();
  });
});
