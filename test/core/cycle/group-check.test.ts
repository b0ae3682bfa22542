/** Group check asks for SMART targets once the school keeps a Targets tab: none set, or one that cannot be measured. */
import { describe, expect, it } from 'vitest';
import { withConsentReturned } from '../../../src/core/cycle/records';
import { checkGroups } from '../../../src/core/groups';
import { defaultSettings } from '../../../src/core/settings';
import { date, inputTab, school, TODAY, withRecords } from './fixtures';

const settings = defaultSettings();

function targetFindings(data: Parameters<typeof checkGroups>[0], today: string | null = TODAY) {
  return checkGroups(data, settings, null, today)
    .findings.filter((f) => f.rule === 'no-target' || f.rule === 'target-not-smart')
    .map((f) => ({ group: f.group, rule: f.rule, status: f.status, detail: f.detail, rows: f.rows.map((r) => `${r.tab}!${r.row}`) }));
}

describe('SMART targets in Group check', () => {
  it('warns about nothing before the school keeps a Targets tab, or while nobody has written a target on it', () => {
    expect(targetFindings(withRecords(school(), []))).toEqual([]);
    expect(targetFindings(withRecords(school(), [inputTab('targets', [{ 'Pupil ID': 'B2', Programme: 'Managing my anger' }])]))).toEqual(
      [],
    );
  });

  it('warns about each current placement with no target written, pointing at its register row', () => {
    const data = withRecords(school(), [
      inputTab('targets', [
        {
          'Pupil ID': 'A1',
          Target: 'Walk away from arguments',
          Baseline: '4 incidents a week',
          'Target value': '1 a week',
          By: date('2027-02-12'),
        },
        // The row the add-in filled in for Ben, with no target written yet.
        { 'Pupil ID': 'B2', Programme: 'Managing my anger' },
      ]),
    ]);
    const findings = targetFindings(data);
    expect(findings.map((f) => [f.group, f.rule, f.rows])).toEqual([
      ['Anger Y9', 'no-target', ['Register!3']],
      ['Anger Y9', 'no-target', ['Register!6']],
      ['Literacy Y7', 'no-target', ['Register!5']],
    ]);
    expect(findings[0]?.detail).toBe(
      'No SMART target is recorded for Ben Bell on the Targets tab: set up to three at the start of the programme.',
    );
    expect(findings.every((f) => f.status === 'Warning')).toBe(true);
  });

  it('does not ask a placement that ended before today for targets, unless no day is given', () => {
    const data = withRecords(school(), [inputTab('targets', [{ 'Pupil ID': 'A1', Target: 'Walk away from arguments' }])]);
    expect(targetFindings(data).some((f) => f.group === '1-1: Cara Cole')).toBe(false);
    expect(targetFindings(data, null).some((f) => f.group === '1-1: Cara Cole')).toBe(true);
  });

  it('warns about a target with no baseline, no target value or no date, pointing at its Targets row first', () => {
    const data = withRecords(school(), [
      inputTab('targets', [
        { 'Pupil ID': 'A1', Target: 'Be calmer', 'Target value': 'Calm', By: 'whenever' },
        { 'Pupil ID': 'B2', Target: 'Fewer detentions', Baseline: '3 a week', 'Target value': 'None', By: date('2027-02-12') },
        { 'Pupil ID': 'D4', Programme: 'Managing my anger', Target: 'Use the calm-down card', Baseline: 'Never' },
        {
          'Pupil ID': 'D4',
          Programme: 'Literacy catch-up',
          Target: 'Read 20 words a minute',
          Baseline: '12',
          'Target value': '20',
          By: date('2027-03-26'),
        },
      ]),
    ]);
    expect(targetFindings(data).map((f) => [f.rule, f.detail, f.rows])).toEqual([
      [
        'target-not-smart',
        'Amy Able’s target “Be calmer” has no baseline and no date, so it cannot be measured: add what is missing on the Targets tab.',
        ['Targets!2', 'Register!2'],
      ],
      [
        'target-not-smart',
        'Dan Dyer’s target “Use the calm-down card” has no target value and no date, so it cannot be measured: add what is missing on the Targets tab.',
        ['Targets!4', 'Register!6'],
      ],
    ]);
  });

  it('takes consent returned on the Passports tab as consent', () => {
    const base = school();
    const data = withRecords(
      { ...base, placements: base.placements.map((p) => ({ ...p, consent: p.pupilId === 'A1' ? false : p.consent })) },
      [],
    );
    const noConsent = (d: typeof data) =>
      checkGroups(d, settings, null, TODAY)
        .findings.filter((f) => f.rule === 'no-consent')
        .map((f) => f.pupils);
    expect(noConsent(data)).toEqual([['Amy Able']]);
    // As setup reads it: the passport's date turns the register's No into consent.
    const withPassport = withRecords(data, [inputTab('passports', [{ 'Pupil ID': 'A1', 'Consent returned': date('2026-11-04') }])]);
    expect(noConsent({ ...withConsentReturned(withPassport, withPassport.cycle!), problems: [] })).toEqual([]);
  });
});
