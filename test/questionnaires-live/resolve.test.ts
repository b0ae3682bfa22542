/**
 * Names typed on forms that fit no pupil (or only a similar one): the sidebar lists them, a person
 * chooses, the choice is remembered in document properties, and scoring uses it from then on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RESOLVED_PUPILS_PROPERTY } from '../../src/core/storage-keys';
import type { QuestionnaireState, ChoiceResult, Result } from '../../src/shared/api';
import { runAction } from '../../tools/local/session';
import { ensureBuilt } from '../support/built';
import { call, scoreRows, setUpSchool, state } from './helpers';

function rowAt(rows: Record<string, unknown>[], where: string): Record<string, unknown> {
  const match = /^(.*) row (\d+)$/.exec(where)!;
  return rows.find((r) => r['Source tab'] === match[1] && r['Source row'] === Number(match[2]))!;
}

/** One edit (substitution, insertion or deletion) apart, ignoring case. */
function oneEditApart(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (Math.abs(x.length - y.length) > 1 || x === y) return false;
  let i = 0;
  while (i < Math.min(x.length, y.length) && x[i] === y[i]) i++;
  return x.slice(i + 1) === y.slice(i + 1) || x.slice(i) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i);
}

describe('matching typed names to pupils', () => {
  beforeAll(ensureBuilt);

  it('lists the fuzzy and unmatched names, and a confirmed or chosen pupil sticks', () => {
    const session = setUpSchool();
    expect(runAction(session, 'score').ok).toBe(true);
    const before: QuestionnaireState = state(session);
    const fuzzy = before.toResolve.find((n) => n.kind === 'fuzzy')!;
    const unmatched = before.toResolve.find((n) => n.kind === 'unmatched')!;
    expect(fuzzy.suggestion).not.toBeNull();
    expect(oneEditApart(fuzzy.typedName, fuzzy.suggestion!.name)).toBe(true);
    expect(before.pupils.some((p) => p.name === unmatched.typedName)).toBe(false);
    expect(rowAt(scoreRows(session.workbook), fuzzy.where).Flags).toMatch(/fuzzy-match/);

    // Confirm the suggestion.
    const confirmed = call<ChoiceResult>(session, 'apiResolvePupil', { typedName: fuzzy.typedName, pupilId: fuzzy.suggestion!.id });
    expect(confirmed.report.action).toBe('score');
    expect(confirmed.state.toResolve.map((n) => n.typedName)).not.toContain(fuzzy.typedName);
    const fixed = rowAt(scoreRows(session.workbook), fuzzy.where);
    expect(fixed['Pupil ID']).toBe(fuzzy.suggestion!.id);
    expect(String(fixed.Flags)).not.toMatch(/fuzzy-match/);

    // Choose a pupil for a name on no register; it is remembered under the normalised name.
    const chosen = before.pupils[7]!;
    call<ChoiceResult>(session, 'apiResolvePupil', { typedName: `  ${unmatched.typedName.toUpperCase()} `, pupilId: chosen.id });
    const row = rowAt(scoreRows(session.workbook), unmatched.where);
    expect(row).toMatchObject({ 'Pupil ID': chosen.id, Pupil: chosen.name });
    expect(String(row.Flags)).not.toMatch(/unmatched-pupil/);
    const stored = JSON.parse(session.workbook.documentProperties[RESOLVED_PUPILS_PROPERTY] ?? '{}') as Record<string, string>;
    expect(stored[unmatched.typedName.toLowerCase().replace(/\s+/g, ' ').trim()]).toBe(chosen.id);
    expect(stored[fuzzy.typedName.toLowerCase().replace(/\s+/g, ' ').trim()]).toBe(fuzzy.suggestion!.id);

    // A later full re-score still uses both choices.
    expect(runAction(session, 'score').ok).toBe(true);
    expect(rowAt(scoreRows(session.workbook), unmatched.where)['Pupil ID']).toBe(chosen.id);

    // Forgetting the choice puts the name back on the list.
    const forgot = call<ChoiceResult>(session, 'apiResolvePupil', { typedName: unmatched.typedName, pupilId: null });
    expect(forgot.state.toResolve.map((n) => n.typedName)).toContain(unmatched.typedName);
    expect(rowAt(scoreRows(session.workbook), unmatched.where)['Pupil ID']).toBe('');
  });

  it('refuses a pupil not on the register and arguments the sidebar should never send', () => {
    const session = setUpSchool();
    const bogus = session.script.runFromSidebar('apiResolvePupil', { typedName: 'Someone', pupilId: 'NOT-A-PUPIL' }) as Result<unknown>;
    expect(bogus).toEqual({ ok: false, code: 'user', error: expect.stringMatching(/no longer on the register/) as unknown });
    const malformed = session.script.runFromSidebar('apiResolvePupil', { typedName: 42 }) as Result<unknown>;
    expect(malformed.ok).toBe(false);
    const wrongForm = session.script.runFromSidebar('apiCreateForm', { instrument: 'sdq' }) as Result<unknown>;
    expect(wrongForm.ok).toBe(false);
    expect(session.workbook.forms).toHaveLength(0);
    expect(session.workbook.documentProperties[RESOLVED_PUPILS_PROPERTY]).toBeUndefined();
  });
});
