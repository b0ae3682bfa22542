import { describe, expect, it } from 'vitest';
import { classifyPurpose, majorityPurpose, programmePurpose } from '../../../src/core/groups/purposes';
import { defaultSettings } from '../../../src/core/settings';

const groups = defaultSettings().groups;
const k = groups.purposeKeywords;

describe('classifyPurpose', () => {
  it.each([
    ['Attendance and punctuality', 'attendance'],
    ['Persistent absence', 'attendance'],
    ['Attitudes to learning', 'learning'],
    ['Homework not done', 'learning'],
    ['Attitudes to self', 'self'],
    ['Improving my self-esteem', 'self'],
    ['Managing my mental health', 'self'],
    ['Exam anxiety', 'self'],
    ['Attitudes to others', 'others'],
    ['Managing my anger', 'others'],
    ['Stopping me from bullying', 'others'],
    ['Friendship issues', 'others'],
    ['Low progress in subjects', 'progress'],
    ['Literacy catch-up', 'progress'],
    ['Reading age below chronological', 'progress'],
  ] as const)('%s → %s', (text, purpose) => {
    expect(classifyPurpose(text, k)).toBe(purpose);
  });
  it('returns null for text with no keyword and for blanks', () => {
    expect(classifyPurpose('Boxing group', k)).toBeNull();
    expect(classifyPurpose(null, k)).toBeNull();
  });
  it('takes the keyword that comes first', () => {
    expect(classifyPurpose('Anger affecting attendance', k)).toBe('others');
    expect(classifyPurpose('Attendance affected by anger', k)).toBe('attendance');
  });
  it('matches only at the start of a word', () => {
    expect(classifyPurpose('Fundamental skills', k)).toBeNull();
  });
});

describe('programmePurpose', () => {
  it('prefers the school mapping, matched whatever the case', () => {
    const s = { ...groups, programmePurposes: { 'boxing GROUP': 'others' as const } };
    expect(programmePurpose('Boxing group', s)).toBe('others');
    expect(programmePurpose('Boxing group', groups)).toBeNull();
    expect(programmePurpose('Literacy catch-up', s)).toBe('progress');
  });
});

describe('majorityPurpose', () => {
  it('needs more than half of the classified reasons', () => {
    expect(majorityPurpose(['self', 'self', 'others', null])).toBe('self');
    expect(majorityPurpose(['self', 'others'])).toBeNull();
    expect(majorityPurpose([null, null])).toBeNull();
  });
});
