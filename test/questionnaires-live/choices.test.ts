/**
 * What the add-in will not guess, chosen in the sidebar through the built script: a response that
 * does not say start or end, and a questionnaire item whose column was reworded out of
 * recognition. Each is listed, the choice is remembered, and every later score uses it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SheetModel } from '../../emulator/model';
import { ITEM_CHOICES_PROPERTY, PHASE_CHOICES_PROPERTY } from '../../src/core/storage-keys';
import type { ChoiceResult, Result } from '../../src/shared/api';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool } from '../../tools/example/school';
import { runAction } from '../../tools/local/session';
import { ensureBuilt } from '../support/built';
import { call, scoreRows, setUpSchool, sheetNamed, state } from './helpers';

const TAB = 'Form Responses 1';
const RENAMED = 'How much do you agree with each statement? [Life right now]';

function schoolWithTroubles() {
  const workbook = tidyWorkbook(generateSchool({ pupils: 200, seed: 12 }));
  const responses: SheetModel = sheetNamed(workbook, TAB);
  // One pupil was not sure whether it was the start or the end.
  responses.cells[2]![2] = { value: 'Not sure' };
  // The form's owner reworded an item beyond recognition.
  const header = responses.cells[0]!.findIndex((cell) => String(cell?.value).includes('[My life is just right]'));
  responses.cells[0]![header] = { value: RENAMED };
  return setUpSchool(workbook);
}

describe('choices the add-in will not make', () => {
  beforeAll(ensureBuilt);

  it('lists a response that says neither start nor end, and counts it as a person chooses', () => {
    const session = schoolWithTroubles();
    expect(runAction(session, 'score').ok).toBe(true);
    const listed = state(session).phasesToChoose.find((p) => p.where === `${TAB} row 3`);
    expect(listed).toMatchObject({ answer: 'Not sure', sent: expect.stringMatching(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/) as unknown });
    const row = () => scoreRows(session.workbook).find((r) => r['Source tab'] === TAB && r['Source row'] === 3)!;
    expect([row().Phase, row().Flags]).toEqual(['', expect.stringContaining('no-phase')]);

    const chosen = call<ChoiceResult>(session, 'apiResolvePhase', { key: listed!.key, phase: 'post' });
    expect(chosen.state.phasesToChoose.map((p) => p.where)).not.toContain(`${TAB} row 3`);
    expect(row().Phase).toBe('post');
    expect(String(row().Flags)).not.toMatch(/no-phase/);
    expect(JSON.parse(session.workbook.documentProperties[PHASE_CHOICES_PROPERTY]!)).toEqual({ [listed!.key]: 'post' });
    // A later re-score still uses it.
    expect(runAction(session, 'score').ok).toBe(true);
    expect(row().Phase).toBe('post');
  });

  it('scores the tab from the other items, lists the reworded one, and reads it from the column a person chooses', () => {
    const session = schoolWithTroubles();
    expect(runAction(session, 'score').ok).toBe(true);
    const rows = () => scoreRows(session.workbook).filter((r) => r['Source tab'] === TAB);
    expect(rows().length).toBeGreaterThan(100);
    expect(rows().every((r) => /^\d of 7$/.test(String(r.Answered)) && !String(r.Answered).startsWith('7'))).toBe(true);
    const [item] = state(session).itemsToPlace;
    expect(item).toMatchObject({
      tab: TAB,
      instrument: 'slss',
      item: 1,
      text: 'My life is just right',
      reason: 'none',
      headers: [RENAMED],
    });

    const placed = call<ChoiceResult>(session, 'apiPlaceItem', { tab: TAB, instrument: 'slss', item: 1, header: RENAMED });
    expect(placed.state.itemsToPlace).toEqual([]);
    expect(rows().some((r) => r.Answered === '7 of 7')).toBe(true);
    expect(JSON.parse(session.workbook.documentProperties[ITEM_CHOICES_PROPERTY]!)).toEqual({ [TAB]: { 'slss#1': RENAMED } });
  });

  it('refuses a choice for a response, a tab or a column that is not there', () => {
    const session = schoolWithTroubles();
    const refused = (name: string, argument: unknown): string => {
      const result = session.script.runFromSidebar(name, argument) as Result<unknown>;
      return result.ok ? 'accepted' : result.error;
    };
    expect(refused('apiResolvePhase', { key: JSON.stringify(['Nowhere', 3, null]), phase: 'pre' })).toMatch(
      /no longer on a form responses tab/,
    );
    expect(refused('apiResolvePhase', { key: 'not a key', phase: 'pre' })).toMatch(/no longer on a form responses tab/);
    expect(refused('apiPlaceItem', { tab: TAB, instrument: 'slss', item: 1, header: 'A header nobody wrote' })).toMatch(
      /no longer on the tab/,
    );
    expect(refused('apiPlaceItem', { tab: TAB, instrument: 'slss', item: 9, header: RENAMED })).toMatch(/not known/);
    expect(refused('apiPlaceItem', { tab: 'Pupil register', instrument: 'slss', item: 1, header: RENAMED })).toMatch(/no longer linked/);
    expect(session.workbook.documentProperties[PHASE_CHOICES_PROPERTY]).toBeUndefined();
    expect(session.workbook.documentProperties[ITEM_CHOICES_PROPERTY]).toBeUndefined();
  });
});
