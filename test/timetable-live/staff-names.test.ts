import { describe, expect, it } from 'vitest';
import { StaffNames } from '../../src/core/timetable/staff-names';

describe('one member of staff however the sheets spell them', () => {
  it('joins case, curly apostrophes, a surname alone and title with surname to the one fuller name', () => {
    const names = new StaffNames(["Mrs O'Neill", 'O\u2019Neill', "mrs o'neill", 'Mr Hughes', 'Hughes']);
    const id = names.id("Mrs O'Neill");
    expect(names.id('O\u2019Neill')).toBe(id);
    expect(names.id("MRS O'NEILL")).toBe(id);
    expect(names.id("o'neill")).toBe(id);
    expect(names.name("o'neill")).toBe("Mrs O'Neill");
    expect(names.id('Hughes')).toBe(names.id('Mr Hughes'));
    expect(names.id('Hughes')).not.toBe(id);
  });

  it('keeps a surname alone apart when two people could be meant', () => {
    const names = new StaffNames(['Mr Patel', 'Ms Patel', 'Patel']);
    expect(names.id('Mr Patel')).not.toBe(names.id('Ms Patel'));
    expect(names.id('Patel')).not.toBe(names.id('Mr Patel'));
    expect(names.id('Patel')).not.toBe(names.id('Ms Patel'));
  });

  it('lets a title and surname follow a full name only when the titles agree', () => {
    // "Dr Ahmed Khan" cannot be "Mrs Khan"; "Sarah Khan" can, and is the only one.
    const names = new StaffNames(['Sarah Khan', 'Mrs Khan', 'Dr Ahmed Khan']);
    expect(names.id('Mrs Khan')).toBe(names.id('Sarah Khan'));
    expect(names.id('Dr Ahmed Khan')).not.toBe(names.id('Sarah Khan'));
    // Two full names share the surname: "Mrs Khan" could be either, so it stays apart.
    const two = new StaffNames(['Sarah Khan', 'Aisha Khan', 'Mrs Khan']);
    expect(two.id('Mrs Khan')).not.toBe(two.id('Sarah Khan'));
    expect(two.id('Mrs Khan')).not.toBe(two.id('Aisha Khan'));
    const one = new StaffNames(['Mrs Sarah Khan', 'Mrs Khan', 'Mr Khan']);
    expect(one.id('Mrs Khan')).toBe(one.id('Mrs Sarah Khan'));
    expect(one.id('Mr Khan')).not.toBe(one.id('Mrs Sarah Khan'));
    expect(one.name('Mrs Khan')).toBe('Mrs Sarah Khan');
  });

  it('leaves names it has never seen as they are, compared case-blind', () => {
    const names = new StaffNames(['Mr Hughes']);
    expect(names.id('  Miss   Clarke ')).toBe('miss clarke');
    expect(names.name('Miss Clarke')).toBe('Miss Clarke');
  });
});
