/**
 * Create questionnaire form, end to end in the emulator: the built script makes a form that asks
 * no names through FormApp, publishes and links it, installs one trigger, writes each pupil's own
 * link on Form links, and a pupil's submission through their link lands as a scored row.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import { FORMS_PROPERTY } from '../../src/core/storage-keys';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool, type ExampleSchool } from '../../tools/example/school';
import { storedMapping } from '../../tools/local/session';
import { ensureBuilt } from '../support/built';
import { SLSS_ITEMS, SLSS_NAME, SLSS_SCALE, slssScore, SRS_NAME, srsItems, srsScore } from './facts';
import { call, createForm, formLinks, linkFor, scoreRows, setUpSchool, sheetNamed, state, submitThroughLink, values } from './helpers';

const PHASE = 'Is this the start or the end of your programme?';
const CODE = 'Your personal code';

interface ItemModel {
  type: string;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  rows: string[];
  columns: string[];
}

const itemsOf = (workbook: WorkbookModel, index: number): ItemModel[] => workbook.forms[index]!.items as unknown as ItemModel[];
const fullName = (p: { forename: string; surname: string }): string => `${p.forename} ${p.surname}`;

/** Pupils with a group or a 1-1 (not only a referral), by name. */
function onProgrammes(school: ExampleSchool): Set<string> {
  const ids = new Set(school.placements.filter((p) => p.type !== 'referred').map((p) => p.pupilId));
  return new Set(school.pupils.filter((p) => ids.has(p.id)).map(fullName));
}

describe('Create questionnaire form', () => {
  beforeAll(ensureBuilt);

  it('makes a life satisfaction form that asks no names: a personal code, the start/end question, the items as a grid', () => {
    const school = generateSchool({ pupils: 200, seed: 5 });
    const session = setUpSchool(tidyWorkbook(school));
    const tabsBefore = session.workbook.sheets.map((s) => s.name);
    const created = createForm(session, 'slss');

    expect(session.workbook.forms).toHaveLength(1);
    const form = session.workbook.forms[0]!;
    const items = itemsOf(session.workbook, 0);
    expect(form.title).toBe('Life satisfaction questionnaire');
    expect(items.map((i) => i.type)).toEqual(['TEXT', 'MULTIPLE_CHOICE', 'GRID']);
    expect(items[0]).toMatchObject({ title: CODE, required: true, choices: [] });
    expect(items[1]).toMatchObject({ title: PHASE, choices: ['Start of the programme', 'End of the programme'], required: true });
    expect(items[2]!.rows).toEqual(SLSS_ITEMS);
    expect(items[2]!.columns).toEqual(SLSS_SCALE);
    // No pupil's name anywhere a pupil could see it.
    const seen = JSON.stringify(form);
    for (const pupil of school.pupils) expect(seen).not.toContain(fullName(pupil));

    // Linked to this spreadsheet: a new Form Responses tab, which the stored mapping now lists, and the links tab.
    const added = session.workbook.sheets.map((s) => s.name).filter((n) => !tabsBefore.includes(n));
    expect(added).toEqual([created.responsesTab, 'Form links']);
    expect(created.linksTab).toBe('Form links');
    expect((storedMapping(session.workbook)?.responses as { tab: string }[]).map((r) => r.tab)).toContain(created.responsesTab);
    expect(created.publishedUrl).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform$/);
    expect(created.triggerInstalled).toBe(true);
    expect(session.workbook.triggers).toEqual([expect.objectContaining({ handler: 'onFormSubmit', eventType: 'ON_FORM_SUBMIT' })]);
    expect(state(session).triggerInstalled).toBe(true);
  });

  it('lists one personal link per pupil on a programme, none carrying a UPN, each filling in that pupil’s own code', () => {
    const school = generateSchool({ pupils: 200, seed: 6 });
    const session = setUpSchool(tidyWorkbook(school));
    createForm(session, 'slss');
    const links = formLinks(session.workbook);
    expect(links.map((l) => l.Pupil).sort()).toEqual([...onProgrammes(school)].sort());
    const codes = new Set<string>();
    for (const link of links) {
      expect(link.Link).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[^/]+\/viewform\?usp=pp_url&entry\.\d+=[0-9a-z-]+$/);
      for (const pupil of school.pupils) expect(link.Link!.toUpperCase()).not.toContain(pupil.id.toUpperCase());
      const code = session.emulator.openPrefilledLink(link.Link!).answers[CODE]!;
      expect(code).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/);
      codes.add(code);
    }
    expect(codes.size).toBe(links.length);
    // The secret behind the codes stays in the spreadsheet's own properties; the forms are remembered there too.
    expect(JSON.parse(session.workbook.documentProperties[FORMS_PROPERTY]!)).toHaveLength(1);
  });

  it('keeps the one form when asked again, so links already given out keep working', () => {
    const session = setUpSchool();
    const first = createForm(session, 'slss');
    const before = formLinks(session.workbook);
    const again = createForm(session, 'slss');
    expect(session.workbook.forms).toHaveLength(1);
    expect(again.publishedUrl).toBe(first.publishedUrl);
    expect(again.headline).toMatch(/was made before, so no second form was made/);
    expect(formLinks(session.workbook)).toEqual(before);
    expect(session.workbook.sheets.filter((s) => s.name.startsWith('Form links'))).toHaveLength(1);
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
    const grids = itemsOf(session.workbook, 1).filter((i) => i.type === 'GRID');
    const asked = grids.flatMap((grid) => grid.rows.map((row) => ({ title: grid.title, text: row, columns: grid.columns })));
    const published = srsItems();
    expect(asked.map((a) => a.text)).toEqual(published.map((p) => p.text));
    asked.forEach((a, i) => {
      if (published[i]!.stem !== '') expect(a.title).toBe(published[i]!.stem);
      expect(a.columns[0]).toBe('Never');
      expect(a.columns.at(-1)).toBe('Always');
    });
    expect(values(sheetNamed(session.workbook, created.responsesTab!))[0]).toHaveLength(3 + 41);
    // Both forms' links on the one tab.
    expect(new Set(formLinks(session.workbook).map((l) => l.Form))).toEqual(
      new Set(['Life satisfaction questionnaire', 'Resilience questionnaire']),
    );
  });

  it('a submission through a pupil’s own link fires the trigger and lands one scored row for that pupil', () => {
    const school = generateSchool({ pupils: 200, seed: 8 });
    const session = setUpSchool(tidyWorkbook(school));
    const created = createForm(session, 'slss');
    const grid = itemsOf(session.workbook, 0)[2]!;
    const name = [...onProgrammes(school)][17]!;
    const pupil = school.pupils.find((p) => fullName(p) === name)!;
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
    submitThroughLink(session, linkFor(session.workbook, created.title, name), {
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

  it('scores a resilience submission by its subscales, its total apart as not validated', () => {
    const school = generateSchool({ pupils: 200, seed: 9 });
    const session = setUpSchool(tidyWorkbook(school));
    const created = createForm(session, 'srs');
    const grids = itemsOf(session.workbook, 0).filter((i) => i.type === 'GRID');
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
    const name = [...onProgrammes(school)][3]!;
    submitThroughLink(session, linkFor(session.workbook, created.title, name), { [PHASE]: 'Start of the programme', ...byGrid });
    const [row] = scoreRows(session.workbook);
    const expected = srsScore(published, answers);
    expect(row).toMatchObject({ Instrument: SRS_NAME, Phase: 'pre', Answered: '39 of 41', Pupil: name, Score: '' });
    expect(row!['Total (not validated)'] as number).toBeCloseTo(expected.score!, 10);
    for (const [subscale, value] of Object.entries(expected.subscales)) expect(row![subscale] as number).toBeCloseTo(value!, 10);
  });

  it('where pupils sign in with school accounts, collects the verified email and matches the register’s pupil email column', () => {
    const school = generateSchool({ pupils: 200, seed: 10 });
    const workbook = tidyWorkbook(school);
    const register = workbook.sheets[0]!;
    const emailOf = (upn: string): string => `${upn.toLowerCase()}@pupils.school.example`;
    const column = register.cells[0]!.length;
    register.cells[0]![column] = { value: 'Pupil email' };
    register.cells.slice(1).forEach((row) => {
      const upn = String(row[0]?.value ?? '');
      if (upn) row[column] = { value: emailOf(upn) };
    });
    register.maxColumns = Math.max(register.maxColumns, column + 1);
    const session = setUpSchool(workbook);
    call(session, 'apiSaveSettings', { questionnaires: { pupilsSignIn: true } });
    expect(state(session).notice.collects).toMatch(/verified/);
    const created = createForm(session, 'slss');

    const form = session.workbook.forms[0] as unknown as { collectEmail: boolean; requireLogin: boolean };
    expect([form.collectEmail, form.requireLogin]).toEqual([true, true]);
    expect(itemsOf(session.workbook, 0).map((i) => i.title)).not.toContain(CODE);
    expect(created.linksTab).toBeNull();
    const pupil = school.pupils[4]!;
    const grid = itemsOf(session.workbook, 0)[1]!;
    session.emulator.submitForm(
      created.formId,
      { [PHASE]: 'Start of the programme', [grid.title]: Object.fromEntries(grid.rows.map((r) => [r, 'Mildly agree'])) },
      { email: emailOf(pupil.id).toUpperCase() },
    );
    expect(scoreRows(session.workbook)[0]).toMatchObject({ 'Pupil ID': pupil.id, Pupil: fullName(pupil), Flags: '' });
  });
});
