import { describe, expect, it } from 'vitest';
import { addDays, mondayOf, mondayOnOrAfter, parseDay, weeksBetween } from '../../../src/core/calendar/days';
import { splitLesson } from '../../../src/core/timetable/lesson-cells';
import { protectedSubjectTest } from '../../../src/core/timetable/subjects';
import { iso } from './fixtures';

describe('protected subjects', () => {
  const isProtected = protectedSubjectTest(['Maths', 'English']);

  it.each([
    'Maths',
    'Mathematics',
    'Ma',
    'Math',
    'Maths set 2',
    '7Ma1',
    'MATHS',
    'Further Maths',
    'Eng',
    'English Lit',
    'English Language',
    'Eng. Lit',
    'english',
    'Numeracy',
    'Literacy',
    'Year 7 numeracy',
  ])('recognises %s', (subject) => expect(isProtected(subject)).toBe(true));

  it.each(['Science', 'Media', 'Engineering', 'Mandarin', 'Music', 'Drama', ''])('leaves %s unprotected', (subject) => {
    expect(isProtected(subject)).toBe(false);
  });

  it('treats an unknown lesson as unprotected', () => expect(isProtected(null)).toBe(false));

  it('protects a school-specific subject by its words', () => {
    const science = protectedSubjectTest(['Science']);
    expect(science('Combined Science')).toBe(true);
    expect(science('Maths')).toBe(false);
  });

  it('knows the aliases whichever spelling the settings use', () => {
    expect(protectedSubjectTest(['Mathematics'])('Ma')).toBe(true);
    expect(protectedSubjectTest(['Eng'])('English Language')).toBe(true);
  });
});

describe('lesson cells that name the teacher', () => {
  it.each([
    ['Science (Mr Jones)', 'Science', 'Mr Jones'],
    ["Science - Mrs O'Neill", 'Science', "Mrs O'Neill"],
    ['History / JON', 'History', 'JON'],
    ['Geography: Dr Ahmed', 'Geography', 'Dr Ahmed'],
    ['Art Miss Lee', 'Art', 'Miss Lee'],
  ])('reads %s as the subject and its teacher', (cell, subject, teacher) => {
    expect(splitLesson(cell)).toEqual({ subject, teacher });
  });

  it.each(['English (Lit)', 'Maths - Set 2', 'PE (BOYS)', 'Art'])('keeps %s whole as the subject', (cell) => {
    expect(splitLesson(cell)).toEqual({ subject: cell, teacher: null });
  });
});

describe('week dates', () => {
  it('finds Mondays', () => {
    expect(mondayOf(iso('2026-11-08'))).toBe('2026-11-02');
    expect(mondayOf(iso('2026-11-02'))).toBe('2026-11-02');
    expect(mondayOnOrAfter(iso('2026-11-03'))).toBe('2026-11-09');
    expect(mondayOnOrAfter(iso('2026-11-02'))).toBe('2026-11-02');
  });

  it('counts weeks across a clock change and a year end', () => {
    expect(weeksBetween(iso('2026-10-19'), iso('2026-11-02'))).toBe(2);
    expect(addDays(iso('2026-12-28'), 7)).toBe('2027-01-04');
  });

  it('reads dd/mm/yyyy and rejects impossible days', () => {
    expect(parseDay('09/11/2026')).toBe('2026-11-09');
    expect(parseDay('2026-11-09')).toBe('2026-11-09');
    expect(parseDay('31/02/2026')).toBeNull();
    expect(parseDay('next week')).toBeNull();
  });
});
