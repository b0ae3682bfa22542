/**
 * Create questionnaire form, end to end in the emulator: the built script makes the form through
 * FormApp, links it, installs one trigger, and a pupil's submission lands as a scored row.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool } from '../../tools/example/school';
import { storedMapping } from '../../tools/local/session';
import { ensureBuilt } from '../support/built';
import { SLSS_ITEMS, SLSS_NAME, SLSS_SCALE, slssScore, SRS_NAME, srsItems, srsScore } from './facts';
import { createForm, scoreRows, setUpSchool, sheetNamed, state, values } from './helpers';

const PHASE = 'Is this the start or the end of your programme?';

interface ItemModel {
  type: string;
  title: string;
  required: boolean;
  choices: string[];
  rows: string[];
  columns: string[];
}

describe('Create questionnaire form', () => {
  beforeAll(ensureBuilt);

  it('makes the life satisfaction form: pupils from the register, the start/end question, the items as a grid', () => {
    const school = generateSchool({ pupils: 200, seed: 5 });
    const session = setUpSchool(tidyWorkbook(school));
    const tabsBefore = session.workbook.sheets.map((s) => s.name);
    const created = createForm(session, 'slss');

    expect(session.workbook.forms).toHaveLength(1);
    const form = session.workbook.forms[0]!;
    const items = form.items as unknown as ItemModel[];
    expect(form.title).toBe('Life satisfaction questionnaire');
    expect(items.map((i) => i.type)).toEqual(['LIST', 'MULTIPLE_CHOICE', 'GRID']);
    // Every pupil on the register, by name (the generator gives each pupil a distinct name).
    const names = school.pupils.map((p) => `${p.forename} ${p.surname}`);
    expect(new Set(names).size).toBe(names.length);
    expect([...items[0]!.choices].sort()).toEqual([...names].sort());
    expect(items[0]!.required).toBe(true);
    expect(items[1]).toMatchObject({ title: PHASE, choices: ['Start of the programme', 'End of the programme'], required: true });
    expect(items[2]!.rows).toEqual(SLSS_ITEMS);
    expect(items[2]!.columns).toEqual(SLSS_SCALE);

    // Linked to this spreadsheet: a new Form Responses tab, which the stored mapping now lists.
    const added = session.workbook.sheets.map((s) => s.name).filter((n) => !tabsBefore.includes(n));
    expect(added).toEqual([created.responsesTab]);
    expect((storedMapping(session.workbook)?.responses as { tab: string }[]).map((r) => r.tab)).toContain(created.responsesTab);
    expect(created.publishedUrl).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform$/);
    expect(created.triggerInstalled).toBe(true);
    expect(session.workbook.triggers).toEqual([expect.objectContaining({ handler: 'onFormSubmit', eventType: 'ON_FORM_SUBMIT' })]);
    expect(state(session).triggerInstalled).toBe(true);
  });

  it('makes the resilience form with every item under its stem, in the published order', () => {
    const session = setUpSchool();
    createForm(session, 'slss');
    const created = createForm(session, 'srs');
    // A second form keeps the one trigger (a second add-on trigger of the same kind would throw).
    expect(created.triggerInstalled).toBe(false);
    expect(session.workbook.triggers).toHaveLength(1);

    const form = session.workbook.forms[1]!;
    expect(form.title).toBe('Resilience questionnaire');
    const grids = (form.items as unknown as ItemModel[]).filter((i) => i.type === 'GRID');
    const asked = grids.flatMap((grid) => grid.rows.map((row) => ({ title: grid.title, text: row, columns: grid.columns })));
    const published = srsItems();
    expect(asked.map((a) => a.text)).toEqual(published.map((p) => p.text));
    asked.forEach((a, i) => {
      if (published[i]!.stem !== '') expect(a.title).toBe(published[i]!.stem);
      expect(a.columns[0]).toBe('Never');
      expect(a.columns.at(-1)).toBe('Always');
    });
    expect(values(sheetNamed(session.workbook, created.responsesTab!))[0]).toHaveLength(3 + 41);
  });

  it('a submission fires the trigger and lands one scored row on Scores', () => {
    const school = generateSchool({ pupils: 200, seed: 8 });
    const session = setUpSchool(tidyWorkbook(school));
    const created = createForm(session, 'slss');
    const form = session.workbook.forms[0]!;
    const grid = (form.items as unknown as ItemModel[])[2]!;
    const pupil = school.pupils[17]!;
    const name = `${pupil.forename} ${pupil.surname}`;
    // Item 5 skipped: 6 of 7 answered is enough.
    const answers = [
      'Mildly agree',
      'Strongly agree',
      'Moderately agree',
      'Strongly disagree',
      '',
      'Moderately disagree',
      'Mildly disagree',
    ];
    session.emulator.submitForm(created.formId, {
      'Your name': name,
      [PHASE]: 'End of the programme',
      [grid.title]: Object.fromEntries(grid.rows.flatMap((row, i) => (answers[i] ? [[row, answers[i]]] : []))),
    });

    const rows = scoreRows(session.workbook);
    expect(rows).toHaveLength(1);
    const expected = slssScore(answers);
    // By hand: 4, 6, 7−5=2, 7−1=6, –, 2, 3 → 23/6.
    expect(expected.score).toBeCloseTo(23 / 6, 12);
    expect(rows[0]).toMatchObject({
      'Pupil ID': pupil.id,
      Pupil: name,
      Instrument: SLSS_NAME,
      Phase: 'post',
      Answered: '6 of 7',
      Flags: '',
      'Source tab': created.responsesTab,
      'Source row': 2,
    });
    expect(rows[0]!.Score as number).toBeCloseTo(expected.score!, 10);
    expect(session.emulator.host.logs).toEqual([]);
  });

  it('scores a resilience submission with its subscales', () => {
    const school = generateSchool({ pupils: 200, seed: 9 });
    const session = setUpSchool(tidyWorkbook(school));
    const created = createForm(session, 'srs');
    const grids = (session.workbook.forms[0]!.items as unknown as ItemModel[]).filter((i) => i.type === 'GRID');
    const published = srsItems();
    const labels = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'];
    // A fixed pattern with two peer-support items skipped.
    const answers = published.map((_, i) => (i === 20 || i === 22 ? '' : labels[(i * 7) % 5]!));
    let k = 0;
    const byGrid: Record<string, Record<string, string>> = {};
    for (const grid of grids) {
      byGrid[grid.title] = {};
      for (const row of grid.rows) {
        const answer = answers[k++]!;
        if (answer) byGrid[grid.title]![row] = answer;
      }
    }
    const pupil = school.pupils[3]!;
    session.emulator.submitForm(created.formId, {
      'Your name': `${pupil.forename} ${pupil.surname}`,
      [PHASE]: 'Start of the programme',
      ...byGrid,
    });
    const [row] = scoreRows(session.workbook);
    const expected = srsScore(published, answers);
    expect(row).toMatchObject({ Instrument: SRS_NAME, Phase: 'pre', Answered: '39 of 41', 'Pupil ID': pupil.id });
    expect(row!.Score as number).toBeCloseTo(expected.score!, 10);
    for (const [subscale, value] of Object.entries(expected.subscales)) expect(row![subscale] as number).toBeCloseTo(value!, 10);
  });
});
