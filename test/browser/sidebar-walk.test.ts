/**
 * Every section of the sidebar, in a real browser against the dev server and the built Code.js
 * in the emulator, on the example school: what the sidebar shows and what the workbook now holds.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exampleWorkbook } from '../../tools/dev/args';
import { storedMapping } from '../../tools/local/session';
import { generateSchool } from '../../tools/example/school';
import { ensureBuilt } from '../support/built';
import {
  act,
  artifactPath,
  expectDoneOrExplained,
  expectPlainSentence,
  generatedTabsShown,
  describeInChromium,
  openHarness,
  reveal,
  refreshes,
  settled,
  workbookJson,
  type Harness,
} from './support';

describeInChromium('the sidebar on the example school, in chromium', () => {
  let harness: Harness;
  const school = generateSchool({ pupils: 200, seed: 2026 });

  beforeAll(async () => {
    await ensureBuilt();
    harness = await openHarness(exampleWorkbook());
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows the workbook on the left and the sidebar on the right, 300 px wide', async () => {
    const tabs = await harness.page.$$eval('#tabs button', (buttons) => buttons.map((b) => (b as HTMLElement).dataset.tab));
    expect(tabs).toEqual(expect.arrayContaining(['Pupil register', 'Groups', 'Lesson timetable']));
    expect(await harness.page.$eval('iframe#sidebar', (frame) => frame.getBoundingClientRect().width)).toBe(300);
    // The first tab's header row, as display strings.
    expect(await harness.page.$$eval('#grid tbody tr:first-child td', (cells) => cells.map((c) => c.textContent))).toEqual(
      expect.arrayContaining(['UPN', 'Pupil', 'Start date']),
    );
    // Dates are shown dd/mm/yyyy.
    const pane = await workbookJson(harness.dev, 'Pupil register');
    const startColumn = pane.selected?.values[0]?.indexOf('Start date') ?? -1;
    expect(pane.selected?.values[1]?.[startColumn]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(await harness.sidebar.textContent('h1')).toBe('Intervention Planner');
  });

  it('sets up: the summary counts pupils and groups, and the mapping is stored', async () => {
    const status = await act(harness, 'button[data-action="setup"]', 'setup-status');
    // The summary first; amber exactly when some rows went to the Problems tab.
    expect(status.text).toMatch(/^Found \d+ pupils, \d+ groups and \d+ 1-1s\./);
    const problems = harness.dev.session.workbook.sheets.find((sheet) => sheet.name === 'Problems');
    expect(status.kind).toBe((problems?.cells.length ?? 0) > 1 ? 'warn' : 'ok');
    // The counts head the folded list of what setup found.
    const summary = await harness.sidebar.$eval('details.found', (found) => found.textContent ?? '');
    const counts = /(\d+) pupils, (\d+) groups/.exec(summary);
    expect(Number(counts?.[1])).toBeGreaterThan(0);
    expect(Number(counts?.[2])).toBe(school.groups.length);
    expect(summary).toContain('Lesson timetable found');
    expect(summary).toMatch(/Form responses: .*Form Responses 1/);
    const mapping = storedMapping(harness.dev.session.workbook) as { register: { tab: string } } | null;
    expect(mapping?.register.tab).toBe('Pupil register');
    await harness.page.screenshot({ path: artifactPath('1-set-up.png') });
  });

  it('corrects one mapping field with its dropdown and the correction is saved', async () => {
    const select = 'select#map-register-reason';
    await reveal(harness, select);
    expect(await harness.sidebar.inputValue(select)).toBe('Reason for referral');

    let before = await refreshes(harness.page);
    await harness.sidebar.selectOption(select, '');
    let status = await settled(harness, 'setup-status', before);
    expect(status).toEqual({ kind: 'ok', text: 'Reason for referral now reads “nothing”.' });
    let fields = (storedMapping(harness.dev.session.workbook) as { register: { fields: Record<string, string> } }).register.fields;
    expect(fields.reason).toBeUndefined();
    expect(fields.surname ?? fields.name).toBeDefined();

    // The redrawn sidebar keeps the mapping open and the keyboard on the dropdown just changed.
    expect(await harness.sidebar.$eval('details.columns', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await harness.sidebar.evaluate(() => document.activeElement?.id)).toBe('map-register-reason');

    before = await refreshes(harness.page);
    await harness.sidebar.selectOption(select, 'Reason for referral');
    status = await settled(harness, 'setup-status', before);
    expect(status.kind).toBe('ok');
    expect(await harness.sidebar.inputValue(select)).toBe('Reason for referral');
    fields = (storedMapping(harness.dev.session.workbook) as { register: { fields: Record<string, string> } }).register.fields;
    expect(fields.reason).toBe('Reason for referral');
  });

  it('generates timetables for the whole programme and shows the new tabs', async () => {
    const status = await act(harness, 'button[data-action="timetable"]', 'timetable-status');
    expect(status.kind).not.toBe('error');
    expect(status.text).toMatch(/Placed \d+ sessions/);
    expect(status.text.length).toBeGreaterThan(10);
    const generated = await generatedTabsShown(harness.page);
    expect(generated).toContain('Schedule');
    expect(generated.some((tab) => tab.startsWith('Where pupils are'))).toBe(true);
    // The Schedule tab holds placed sessions, readable in the pane.
    await harness.page.click('#tabs button[data-tab="Schedule"]');
    await harness.page.waitForSelector('#tabs button[data-tab="Schedule"][aria-selected="true"]');
    expect(await harness.page.$$eval('#grid tbody tr', (rows) => rows.length)).toBeGreaterThan(1);
    await harness.page.screenshot({ path: artifactPath('2-timetable.png') });
  });

  it('checks groups and writes the Group check tab', async () => {
    const status = await act(harness, 'button[data-action="groups"]', 'groups-status');
    await expectDoneOrExplained(harness, status, 'Group check');
    // The example school has planted problems (an oversized group, a keep-apart pair together…): amber, each listed.
    expect(status.kind).toBe('warn');
    const findings = await harness.sidebar.$$eval('#groups-status .details li', (items) => items.map((li) => li.textContent ?? ''));
    expect(findings.some((line) => /keep-apart/.test(line))).toBe(true);
    const check = await workbookJson(harness.dev, 'Group check');
    expect(check.selected?.values.length).toBeGreaterThan(findings.length);
  });

  it('re-scores questionnaires: the scores, or one plain sentence saying why not', async () => {
    const status = await act(harness, 'button[data-action="score"]', 'score-status');
    await expectDoneOrExplained(harness, status, 'Scores');
  });

  it('builds impact: the charts, or one plain sentence saying why not', async () => {
    const status = await act(harness, 'button[data-action="impact"]', 'impact-status');
    await expectDoneOrExplained(harness, status, 'Impact');
    await harness.page.screenshot({ path: artifactPath('3-every-section.png'), fullPage: true });
  });

  it('refuses a badly formed date with one plain sentence, and no dialog ever opened', async () => {
    // A date the server cannot use: the browser's date input only lets whole dates through, so post directly.
    const response = await fetch(`${harness.dev.url}api/run`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'apiGenerateTimetables', args: [{ week: 'next tuesday' }] }),
    });
    const answer = (await response.json()) as { ok: boolean; value: { ok: boolean; error: string } };
    expect(answer.ok).toBe(true);
    expect(answer.value.ok).toBe(false);
    expectPlainSentence(answer.value.error);
    expect(harness.dialogs).toEqual([]);
  });
});
