/**
 * The rest of the browser walk: click a group finding's row and see that row selected in the
 * emulated Sheets; match the example school's misspelt and unknown names to pupils and see Scores
 * follow; accept a suggested group and see exactly the cells it listed change; make a form, send a
 * response and see it scored. axe-core after each state; screenshots in test/.artifacts/.
 */
import type { Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import { RangeImpl } from '../../emulator/spreadsheet/range';
import { exampleWorkbook } from '../../tools/dev/args';
import { generateSchool, type ExamplePupil } from '../../tools/example/school';
import { changedCells, referralSchool, userCells } from '../groups-live/support';
import { SLSS_ITEMS, SLSS_SCALE, slssScore } from '../questionnaires-live/facts';
import { ensureBuilt } from '../support/built';
import {
  act,
  artifactPath,
  describeInChromium,
  markStale,
  openHarness,
  refreshes,
  reveal,
  seriousViolations,
  settled,
  workbookJson,
  type Harness,
} from './support';

const REGISTER = 'Pupil register';
const KEEP_APART = 'Keep apart';
/** The questions of the life satisfaction form, as a pupil sees them. */
const PHASE_QUESTION = 'Is this the start or the end of your programme?';
const GRID_QUESTION = 'How much do you agree with each sentence?';

function spreadsheetApp(harness: Harness): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return harness.dev.session.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

function activeSheetName(harness: Harness): string {
  return spreadsheetApp(harness).getActiveSpreadsheet().getActiveSheet().getName();
}

/** The ranges the script activated while the spy watched, as `tab!row:column rows×columns`. */
function activated(spy: { mock: { contexts: unknown[] } }): string[] {
  return spy.mock.contexts.map((context) => {
    const range = context as GoogleAppsScript.Spreadsheet.Range;
    return `${range.getSheet().getName()}!${range.getRow()}:${range.getColumn()} ${range.getNumRows()}×${range.getNumColumns()}`;
  });
}

/** Shows a tab in the workbook pane (a click reloads it from the emulator) and returns its rows as displayed. */
async function paneTab(harness: Harness, tab: string): Promise<string[][]> {
  const before = await refreshes(harness.page);
  await harness.page.click(`#tabs button[data-tab="${tab}"]`);
  await harness.page.waitForFunction((n) => Number(document.getElementById('sheet')?.dataset.refreshes) > n, before);
  await harness.page.waitForSelector(`#tabs button[data-tab="${tab}"][aria-selected="true"]`);
  return harness.page.$$eval('#grid tbody tr', (rows) =>
    rows.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
  );
}

/** Rows of a displayed tab as header → text, the header row first. */
function records(rows: readonly string[][]): Record<string, string>[] {
  const [headers = [], ...body] = rows;
  return body.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? ''])));
}

/** The Scores row scored from one response row. */
function scoreFor(scores: readonly Record<string, string>[], tab: string, row: number): Record<string, string> | undefined {
  return scores.find((s) => s['Source tab'] === tab && s['Source row'] === String(row));
}

/** Responses on every `Form Responses` tab, counted from the workbook itself: rows with a timestamp. */
function responsesHeld(workbook: WorkbookModel): number {
  return workbook.sheets
    .filter((sheet) => /^Form Responses \d+$/.test(sheet.name))
    .reduce((sum, sheet) => sum + sheet.cells.slice(1).filter((row) => row?.[0] !== undefined && row[0].value !== '').length, 0);
}

function fullName(pupil: ExamplePupil): string {
  return `${pupil.forename} ${pupil.surname}`;
}

/** A keyboard user's press: focus the control, then Enter. */
async function pressEnter(harness: Harness, control: Locator): Promise<void> {
  await control.focus();
  await harness.page.keyboard.press('Enter');
}

async function clickAndSettle(
  harness: Harness,
  click: () => Promise<void>,
  statusId: string,
): Promise<Awaited<ReturnType<typeof settled>>> {
  const before = await markStale(harness, statusId);
  await click();
  return settled(harness, statusId, before);
}

describeInChromium('the rest of the walk on the example school, in chromium', () => {
  let harness: Harness;
  const school = generateSchool({ pupils: 200, seed: 2026 });
  const pupilById = new Map(school.pupils.map((p) => [p.id, p]));

  beforeAll(async () => {
    await ensureBuilt();
    harness = await openHarness(exampleWorkbook());
    expect((await act(harness, 'button[data-action="setup"]', 'setup-status')).kind).not.toBe('error');
  });
  afterAll(async () => {
    await harness?.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('selects the register row behind a group finding, and says which', async () => {
    // From the keyboard: Enter on Check groups, and the keyboard is still there afterwards.
    await reveal(harness, 'button[data-action="groups"]');
    const check = harness.sidebar.locator('button[data-action="groups"]');
    const status = await clickAndSettle(harness, () => pressEnter(harness, check), 'groups-status');
    expect(status.kind).toBe('warn');
    expect(await check.evaluate((node) => node === document.activeElement)).toBe(true);
    const register = (await workbookJson(harness.dev, REGISTER)).selected;
    const registerRows = register?.values ?? [];
    const pupilColumn = registerRows[0]?.indexOf('Pupil') ?? -1;
    expect(pupilColumn).toBeGreaterThanOrEqual(0);
    const pair = school.planted.keepApartPair.map((id) => fullName(pupilById.get(id)!));

    // The planted keep-apart pair: one finding, a button per row behind it.
    const finding = harness.sidebar.locator('.finding-item', { hasText: 'keep-apart list' });
    await expect.poll(() => finding.count()).toBe(1);
    // A group beyond the first few is folded behind its count: open it, as a mentor would.
    await reveal(harness, '.finding-item:has-text("keep-apart list")');
    const labels = await finding
      .locator('.row-links button')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    const registerRefs = labels.flatMap((label) => /^Select Pupil register row (\d+)$/.exec(label)?.slice(1).map(Number) ?? []);
    expect(registerRefs).toHaveLength(2);
    // Those rows hold the pair, read from the register as Sheets shows it.
    expect(registerRefs.map((row) => registerRows[row - 1]?.[pupilColumn]).sort()).toEqual([...pair].sort());

    const note = '#groups-select-status';
    for (const row of registerRefs) {
      // Start on another tab each time, so the click must switch tabs.
      spreadsheetApp(harness).getActiveSpreadsheet().getSheetByName(KEEP_APART)?.activate();
      expect(activeSheetName(harness)).toBe(KEEP_APART);
      const spy = vi.spyOn(RangeImpl.prototype, 'activate');
      await finding.locator(`.row-links button[aria-label="Select Pupil register row ${row}"]`).click();
      await harness.sidebar.waitForFunction(
        ([selector, text]) => document.querySelector(selector!)?.textContent === text,
        [note, `Selected ${REGISTER} row ${row}.`],
      );
      expect(activeSheetName(harness)).toBe(REGISTER);
      expect(activated(spy)).toEqual([`${REGISTER}!${row}:1 1×${register?.totalColumns}`]);
      spy.mockRestore();
    }
    expect(await harness.sidebar.getAttribute(note, 'role')).toBe('status');

    // The keep-apart list's own row is offered too, and selects that tab's row.
    const apartLabel = labels.find((label) => label.startsWith(`Select ${KEEP_APART} row `));
    const apartRow = Number(/(\d+)$/.exec(apartLabel ?? '')?.[1]);
    const apart = (await workbookJson(harness.dev, KEEP_APART)).selected?.values[apartRow - 1] ?? [];
    expect(apart.filter((cell) => pair.includes(cell)).sort()).toEqual([...pair].sort());
    spreadsheetApp(harness).getActiveSpreadsheet().getSheetByName(REGISTER)?.activate();
    await finding.locator(`.row-links button[aria-label="${apartLabel}"]`).click();
    await harness.sidebar.waitForFunction(
      ([selector, text]) => document.querySelector(selector!)?.textContent === text,
      [note, `Selected ${KEEP_APART} row ${apartRow}.`],
    );
    expect(activeSheetName(harness)).toBe(KEEP_APART);

    expect(await seriousViolations(harness)).toEqual([]);
    await harness.page.screenshot({ path: artifactPath('walk-4-finding-selected.png') });
  });

  it('matches the misspelt and the unknown name to pupils: Scores follows, and the list empties', async () => {
    const held = responsesHeld(harness.dev.session.workbook);
    expect(held).toBeGreaterThan(100);
    const state = '#questionnaire-state';
    await reveal(harness, state);
    await harness.sidebar.waitForSelector(`${state} p`);
    expect(await harness.sidebar.innerText(state)).toContain(`${held} responses are not scored yet`);

    let status = await act(harness, 'button[data-action="score"]', 'score-status');
    // Two names need a person: amber, each named.
    expect(status.kind).toBe('warn');
    expect(status.text).toContain(`Scored ${held} responses`);
    await harness.sidebar.waitForFunction(
      (s) => document.querySelector(s)?.textContent?.includes('Every form response is on Scores.'),
      state,
    );

    const misspelt = school.planted.misspeltResponse;
    const misspeltPupil = pupilById.get(misspelt.pupilId)!;
    const names = harness.sidebar.locator('ul[aria-label="Names to match to a pupil"] > li');
    const listed = await names.allInnerTexts();
    expect(listed).toHaveLength(2);
    const fuzzyLine = listed.find((line) => line.includes(`“${misspelt.typed}” looks like ${fullName(misspeltPupil)}`));
    const unknownLine = listed.find((line) => line.includes(`“${school.planted.unknownName}” is not on the register`));
    expect(fuzzyLine).toBeDefined();
    expect(unknownLine).toBeDefined();
    const where = (line: string | undefined): { tab: string; row: number } => {
      const match = /\((Form Responses \d+) row (\d+)/.exec(line ?? '');
      return { tab: match?.[1] ?? '', row: Number(match?.[2]) };
    };
    const fuzzyAt = where(fuzzyLine);
    const unknownAt = where(unknownLine);
    // The response rows really hold the names typed.
    const typedAt = async (at: { tab: string; row: number }): Promise<string | undefined> => {
      const rows = (await workbookJson(harness.dev, at.tab)).selected?.values ?? [];
      return rows[at.row - 1]?.[rows[0]?.findIndex((h) => /name/i.test(h)) ?? -1];
    };
    expect(await typedAt(fuzzyAt)).toBe(misspelt.typed);
    expect(await typedAt(unknownAt)).toBe(school.planted.unknownName);

    // Before: the unknown name is on Scores with no pupil behind it.
    let scores = records(await paneTab(harness, 'Scores'));
    expect(scores).toHaveLength(held);
    expect(scoreFor(scores, unknownAt.tab, unknownAt.row)?.['Pupil ID']).toBe('');
    expect(scoreFor(scores, fuzzyAt.tab, fuzzyAt.row)?.Flags).toMatch(/fuzzy/);

    // The similar name: one click on “Yes, <pupil>”.
    status = await clickAndSettle(
      harness,
      () => pressEnter(harness, harness.sidebar.getByRole('button', { name: `Yes, ${fullName(misspeltPupil)}` })),
      'score-status',
    );
    expect(status.kind).toBe('ok');
    // The button pressed is gone with its name: the keyboard lands on the result, not the top of the page.
    expect(await harness.sidebar.evaluate(() => document.activeElement?.id)).toBe('score-status');
    expect(status.text).toContain(`Responses from “${misspelt.typed}” now count for ${fullName(misspeltPupil)}.`);
    expect(await names.allInnerTexts()).toEqual([expect.stringContaining(school.planted.unknownName)]);
    scores = records(await paneTab(harness, 'Scores'));
    expect(scoreFor(scores, fuzzyAt.tab, fuzzyAt.row)).toMatchObject({ 'Pupil ID': misspeltPupil.id, Pupil: fullName(misspeltPupil) });
    expect(scoreFor(scores, fuzzyAt.tab, fuzzyAt.row)?.Flags).not.toMatch(/fuzzy/);

    // The unknown name: choose the pupil from the dropdown, which takes the keyboard.
    const chosen = school.pupils[school.pupils.length - 1]!;
    await names.getByRole('button', { name: 'Choose the pupil' }).click();
    const select = names.getByLabel(`Who wrote “${school.planted.unknownName}”?`);
    await expect.poll(() => select.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await select.locator('option').count()).toBe(school.pupils.length + 1);
    await select.selectOption(chosen.id);
    status = await clickAndSettle(harness, () => names.getByRole('button', { name: 'Use this pupil' }).click(), 'score-status');
    expect(status.kind).toBe('ok');
    expect(status.text).toContain(`Responses from “${school.planted.unknownName}” now count for ${fullName(chosen)}.`);
    expect(await names.count()).toBe(0);
    expect(await harness.sidebar.innerText(state)).not.toContain('Names to match');
    scores = records(await paneTab(harness, 'Scores'));
    expect(scoreFor(scores, unknownAt.tab, unknownAt.row)).toMatchObject({ 'Pupil ID': chosen.id, Pupil: fullName(chosen) });
    await harness.page.screenshot({ path: artifactPath('walk-5-names-matched.png') });

    // Re-scoring keeps both choices, and leaves nothing unscored.
    status = await act(harness, 'button[data-action="score"]', 'score-status');
    expect(status.kind).toBe('ok');
    expect(status.text).toContain(`Scored ${held} responses`);
    await harness.sidebar.waitForFunction(
      (s) => document.querySelector(s)?.textContent?.includes('Every form response is on Scores.'),
      state,
    );
    scores = records(await paneTab(harness, 'Scores'));
    expect(scores).toHaveLength(held);
    expect(scoreFor(scores, unknownAt.tab, unknownAt.row)?.['Pupil ID']).toBe(chosen.id);
    expect(scoreFor(scores, fuzzyAt.tab, fuzzyAt.row)?.['Pupil ID']).toBe(misspeltPupil.id);
    expect(await seriousViolations(harness)).toEqual([]);
  });

  it('builds what each programme cost from Reviews and reports, onto a Costs tab', async () => {
    const status = await act(harness, 'button[data-action="costs"]', 'cycle-status');
    expect(status.kind, status.text).not.toBe('error');
    expect(status.text).not.toBe('');
    expect(harness.dev.session.workbook.sheets.map((sheet) => sheet.name)).toContain('Costs');
  }, 120_000);

  it('says what a form collects before making it, creates it and shows its link; a response sent through a pupil’s own link appears on Scores', async () => {
    const before = records(await paneTab(harness, 'Scores'));
    const tabsBefore = (await workbookJson(harness.dev)).tabs.map((t) => t.name);
    expect(await harness.sidebar.innerText('#form-notice')).toMatch(/What it collects\s+No names\./);
    await harness.sidebar.selectOption('#form-instrument', 'slss');
    const status = await act(harness, 'button[data-action="create-form"]', 'score-status');
    expect(status.kind).toBe('ok');
    expect(status.text).toContain('Created “Life satisfaction questionnaire”');
    const link = harness.sidebar.getByRole('link', { name: 'Open the form' });
    const href = (await link.getAttribute('href')) ?? '';
    const formId = /^https:\/\/docs\.google\.com\/forms\/d\/e\/([^/]+)\/viewform$/.exec(href)?.[1];
    expect(formId).toBeDefined();
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await harness.sidebar.getByRole('link', { name: 'Edit the questions' }).getAttribute('href')).toMatch(
      /^https:\/\/docs\.google\.com\/forms\/d\//,
    );
    await harness.sidebar.waitForFunction(() =>
      document.getElementById('questionnaire-state')?.textContent?.includes('New responses are scored as soon as they arrive.'),
    );
    expect(await seriousViolations(harness)).toEqual([]);
    await harness.page.screenshot({ path: artifactPath('walk-6-form-created.png') });

    // A pupil opens their own link from the Form links tab and sends the form, as Google would
    // deliver it: the trigger scores it at once.
    const links = records(await paneTab(harness, 'Form links'));
    const mine = links.find((link) => school.pupils.some((p) => fullName(p) === link.Pupil))!;
    const pupil = school.pupils.find((p) => fullName(p) === mine.Pupil)!;
    const opened = harness.dev.session.emulator.openPrefilledLink(mine.Link!);
    expect(opened.formId).toBe(formId);
    const answers = SLSS_ITEMS.map((_, i) => SLSS_SCALE[(i * 2 + 1) % SLSS_SCALE.length]!);
    harness.dev.session.emulator.submitForm(
      opened.formId,
      {
        ...opened.answers,
        [PHASE_QUESTION]: 'End of the programme',
        [GRID_QUESTION]: Object.fromEntries(SLSS_ITEMS.map((item, i) => [item, answers[i]!])),
      },
      { timestamp: new Date(2027, 3, 1, 10, 15, 0) },
    );

    const after = records(await paneTab(harness, 'Scores'));
    expect(after).toHaveLength(before.length + 1);
    const newTabs = (await workbookJson(harness.dev)).tabs.map((t) => t.name).filter((name) => !tabsBefore.includes(name));
    expect(newTabs).toEqual([expect.stringMatching(/^Form Responses \d+$/), 'Form links']);
    const added = after.filter((row) => row['Source tab'] === newTabs[0]);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      'Pupil ID': pupil.id,
      Pupil: fullName(pupil),
      Submitted: expect.stringContaining('01/04/2027') as unknown,
    });
    expect(Number(added[0]?.Score)).toBeCloseTo(slssScore(answers).score!, 2);
    // The pane shows the new Form Responses tab too.
    expect(await harness.page.$$eval('#tabs button', (buttons) => buttons.map((b) => (b as HTMLElement).dataset.tab))).toContain(
      newTabs[0],
    );
    await harness.page.screenshot({ path: artifactPath('walk-7-response-scored.png') });
  });
});

describeInChromium('suggesting groups and accepting one, in chromium', () => {
  let harness: Harness;
  const school = referralSchool(40, 40, { years: [9, 10] });

  beforeAll(async () => {
    await ensureBuilt();
    harness = await openHarness(school.workbook);
    expect((await act(harness, 'button[data-action="setup"]', 'setup-status')).kind).not.toBe('error');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('lists every cell before writing, then writes exactly those cells and no others', async () => {
    const status = await act(harness, 'button[data-action="suggest"]', 'suggest-status');
    expect(status.kind).toBe('ok');
    const suggestions = harness.sidebar.locator('ul[aria-label="Suggested groups"] > li');
    expect(await suggestions.count()).toBeGreaterThan(0);
    const first = suggestions.first();
    const name = await first.locator('strong').first().innerText();

    await first.getByRole('button', { name: 'Review and accept…' }).click();
    await expect.poll(() => first.getByRole('button', { name: 'Review and accept…' }).getAttribute('aria-expanded')).toBe('true');
    const listed = await first.locator('ul.changes > li').allInnerTexts();
    const confirm = first.locator('button[data-action="accept"]');
    expect(await confirm.innerText()).toBe(`Write these ${listed.length} cells`);
    expect(listed.length).toBeGreaterThan(0);
    expect(await seriousViolations(harness)).toEqual([]);
    await harness.page.screenshot({ path: artifactPath('walk-8-accept-review.png') });

    // Each listed cell, located by its tab's header row as the pane shows it.
    const headersOf = new Map<string, readonly string[]>();
    const expected = new Map<string, { old: string; new: string }>();
    for (const line of listed) {
      const match = /^(.+) row (\d+), (.+): (.*) → (.*)$/.exec(line.trim());
      expect(match, line).not.toBeNull();
      const [, tab = '', row = '', header = '', old = '', value = ''] = match ?? [];
      if (!headersOf.has(tab)) headersOf.set(tab, (await workbookJson(harness.dev, tab)).selected?.values[0] ?? []);
      const column = (headersOf.get(tab) ?? []).indexOf(header) + 1;
      expect(column, `${tab} has a ${header} column`).toBeGreaterThan(0);
      expected.set(`${tab}!${row}:${column}`, { old: old === '(blank)' ? '' : old, new: value });
    }
    expect([...headersOf.keys()].sort()).toEqual(['Groups', 'Pupils']);

    const before = userCells(harness.dev.session.workbook);
    for (const [key, cell] of expected) expect([key, (JSON.parse(before.get(key) ?? '[""]') as unknown[])[0]]).toEqual([key, cell.old]);

    const accepted = await clickAndSettle(harness, () => confirm.click(), 'suggest-status');
    expect(accepted.kind).toBe('ok');
    expect(accepted.text).toContain(name);

    // Every cell of the user's own tabs, before and after: only the listed cells differ, as listed.
    const changed = changedCells(before, userCells(harness.dev.session.workbook));
    expect(new Map([...changed].map(([key, value]) => [key, value === null ? null : (JSON.parse(value) as unknown[])[0]]))).toEqual(
      new Map([...expected].map(([key, cell]) => [key, cell.new])),
    );
    // The pane shows the new group on the Groups tab, and the suggestion is no longer offered.
    expect((await paneTab(harness, 'Groups')).some((row) => row[0] === name)).toBe(true);
    expect(await suggestions.locator(':scope > strong').allInnerTexts()).not.toContain(name);
    expect(await seriousViolations(harness)).toEqual([]);
    await harness.page.screenshot({ path: artifactPath('walk-9-accepted.png') });
  });
});
