import { describe, expect, it } from 'vitest';
import type { PupilId } from '../../../src/core/domain';
import { pupilIdentities, scoreQuestionnaires } from '../../../src/core/questionnaires';
import { pupilEmailColumn } from '../../../src/core/questionnaires/identities';
import { personalCodes } from '../../../src/core/questionnaires/personal-codes';
import type { TabSnapshot } from '../../../src/core/snapshot';
import { at, inputs, PUPILS, responseTab, school, SLSS_HEADERS } from './fixtures';

const SECRET = '5f0c1e9a7b3d4c2e8f6a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4';
const REGISTER: TabSnapshot = {
  name: 'Pupils',
  generatedKey: null,
  values: [
    ['Pupil', 'UPN', 'Parent email', 'Pupil email'],
    ...PUPILS.map((p) => [p.name, p.id, `parent.of.${p.id}@home.example`, `${p.id.toLowerCase()}@school.example`]),
  ],
};
const ANSWERS = Array<string | number>(7).fill('Mildly agree');
const PHASE = 'Is this the start or the end of your programme?';

function identities() {
  return pupilIdentities(PUPILS, { secret: SECRET, register: { tab: REGISTER, headerRow: 1 } });
}

describe('who answered, without a name', () => {
  it('finds the pupil’s own email column, never a parent’s', () => {
    expect(pupilEmailColumn(['Pupil', 'Parent email', 'Email'])).toBe(2);
    expect(pupilEmailColumn(['Parent/carer e-mail', 'School email address', 'Email'])).toBe(1);
    expect(pupilEmailColumn(['Pupil', 'Mum’s email'])).toBeNull();
  });

  it('matches a personal code exactly, however it is typed, and lists a code that is nobody’s', () => {
    const code = personalCodes(SECRET)('P003' as PupilId);
    const tab = responseTab(
      'Form Responses 1',
      ['Timestamp', 'Your personal code', PHASE, ...SLSS_HEADERS],
      [
        [at(9), code, 'Start of the programme', ...ANSWERS],
        [at(10), ` ${code.toUpperCase().replace(/-/g, '')} `, 'End of the programme', ...ANSWERS],
        [at(11), 'zzzz-zzzz-zzzz', 'Start of the programme', ...ANSWERS],
      ],
    );
    const result = scoreQuestionnaires(inputs(school([tab]), { identities: identities() }));
    expect(result.rows.map((r) => [r.pupilId, r.pupil, r.identifiedBy, r.flags])).toEqual([
      ['P003', 'Sophia Patel', 'code', []],
      ['P003', 'Sophia Patel', 'code', []],
      [null, 'zzzz-zzzz-zzzz', 'code', ['unmatched-pupil']],
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'Your personal code',
        reason: expect.stringContaining('The personal code "zzzz-zzzz-zzzz" belongs to no pupil') as unknown,
      }),
    ]);
  });

  it('never matches a code one symbol off to a pupil', () => {
    const code = personalCodes(SECRET)('P001' as PupilId);
    const near = `${code.slice(0, -1)}${code.endsWith('a') ? 'b' : 'a'}`;
    const tab = responseTab(
      'Form Responses 1',
      ['Timestamp', 'Your personal code', PHASE, ...SLSS_HEADERS],
      [[at(9), near, 'Start', ...ANSWERS]],
    );
    const [row] = scoreQuestionnaires(inputs(school([tab]), { identities: identities() })).rows;
    expect([row!.pupilId, row!.flags]).toEqual([null, ['unmatched-pupil']]);
  });

  it('matches a verified school email to the register’s pupil email column', () => {
    const tab = responseTab(
      'Form Responses 2',
      ['Timestamp', 'Email Address', PHASE, ...SLSS_HEADERS],
      [
        [at(9), 'P002@School.example', 'Start of the programme', ...ANSWERS],
        [at(10), 'parent.of.P002@home.example', 'Start of the programme', ...ANSWERS],
      ],
    );
    const result = scoreQuestionnaires(inputs(school([tab]), { identities: identities() }));
    expect(result.rows.map((r) => [r.pupilId, r.identifiedBy, r.flags])).toEqual([
      ['P002', 'email', []],
      [null, 'email', ['unmatched-pupil']],
    ]);
    expect(result.problems[0]?.reason).toContain('"parent.of.P002@home.example" is no pupil\'s email address on the register');
  });

  it('uses a person’s choice for a code nobody has', () => {
    const tab = responseTab(
      'Form Responses 1',
      ['Timestamp', 'Your personal code', PHASE, ...SLSS_HEADERS],
      [[at(9), 'zzzz-zzzz-zzzz', 'Start', ...ANSWERS]],
    );
    const [row] = scoreQuestionnaires(inputs(school([tab]), { identities: identities(), pupils: { 'zzzz-zzzz-zzzz': 'P006' } })).rows;
    expect([row!.pupilId, row!.flags]).toEqual(['P006', []]);
  });
});
