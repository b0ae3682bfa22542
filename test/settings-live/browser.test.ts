/**
 * Settings in the real sidebar: open the closed Settings section from the keyboard, find every
 * setting of the table labelled as the table labels it, raise the largest group size to one above
 * the over-full group, save, and see Check groups stop reporting it; a bad value is refused by the
 * sidebar itself, in the server's sentence, and stored nowhere; Restore defaults brings 10 back.
 * axe-core finds no serious or critical violation with the settings open and after a refusal.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { settingEntries } from '../../src/core/settings';
import { readWorkbook } from '../../tools/xlsx/read';
import { ensureBuilt } from '../support/built';
import { plantedFacts } from '../support/example-facts';
import { EXAMPLES } from '../support/examples';
import {
  act,
  artifactPath,
  expectPlainSentence,
  describeInChromium,
  markStale,
  openHarness,
  refreshes,
  seriousViolations,
  settled,
  type Harness,
} from '../browser/support';

const OVER_MAX = /more than the maximum/;

describeInChromium('settings in the sidebar, in chromium', () => {
  let harness: Harness;
  /** One above the planted over-full group's size. */
  let roomForAll: number;

  const stored = (): {
    groups?: { maxSize?: number; minSize?: number; programmePurposes?: Record<string, string> };
    timetable?: { cycleWeekAStart?: string | null };
    impact?: { directions?: Record<string, string> };
  } => JSON.parse(harness.dev.session.workbook.documentProperties['ip.settings'] ?? '{}') as ReturnType<typeof stored>;

  const save = async (button = 'button[data-action="settings-save"]') => {
    const before = await markStale(harness, 'settings-status');
    await harness.sidebar.click(button);
    return settled(harness, 'settings-status', before);
  };

  /** A refusal the sidebar gives itself: the status shows the sentence and the server is never called. */
  const refusedBySidebar = async (): Promise<string> => {
    const calls = await refreshes(harness.page);
    await markStale(harness, 'settings-status');
    await harness.sidebar.click('button[data-action="settings-save"]');
    await harness.sidebar.waitForSelector('#settings-status.error > .headline:not([data-stale])');
    expect(await refreshes(harness.page)).toBe(calls);
    return (await harness.sidebar.innerText('#settings-status')).trim();
  };

  beforeAll(async () => {
    await ensureBuilt();
    const workbook = await readWorkbook(EXAMPLES.tidy.path);
    const overFull = plantedFacts(workbook, EXAMPLES.tidy.layout).findings.find((f) => f.rule === 'size-above-max');
    roomForAll = (overFull?.pupils.length ?? NaN) + 1;
    harness = await openHarness(workbook);
    await act(harness, 'button[data-action="setup"]', 'setup-status');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('is closed at first and opens from the keyboard, every control labelled', async () => {
    expect(await harness.sidebar.$eval('#settings-details', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await harness.sidebar.focus('#settings-details > summary');
    await harness.page.keyboard.press('Enter');
    await harness.sidebar.waitForSelector('#set-groups-maxSize');
    expect(await harness.sidebar.inputValue('#set-groups-maxSize')).toBe('10');
    expect(await harness.sidebar.inputValue('#set-groups-minGenderShare')).toBe('33.3');
    const legends = await harness.sidebar.$$eval('#settings-body > fieldset > legend', (nodes) => nodes.map((n) => n.textContent));
    expect(legends).toEqual(['Timetable', 'Groups', 'Questionnaires', 'Impact', 'Costs', 'Reviews and letters']);
    const unlabelled = await harness.sidebar.$$eval('#settings-body input, #settings-body select, #settings-body textarea', (controls) =>
      controls.filter((c) => !(c as HTMLInputElement).labels?.length).map((c) => c.id),
    );
    expect(unlabelled).toEqual([]);
    // A row per programme on the register, with its purpose to choose.
    expect(await harness.sidebar.$$eval('#set-groups-programmePurposes select', (rows) => rows.length)).toBeGreaterThan(0);
    expect(await seriousViolations(harness)).toEqual([]);
    await harness.page.screenshot({ path: artifactPath('settings-open.png') });
  });

  it('shows every setting of the table, labelled as the table labels it', async () => {
    for (const { section, field, descriptor } of settingEntries()) {
      const id = `set-${section}-${field}`;
      // A group of controls (a dropdown per programme, a term or half-term per row) is named by its legend.
      const grouped = descriptor.kind === 'choice-map' || (descriptor.kind === 'dates' && descriptor.weeks);
      const shown = grouped
        ? await harness.sidebar.innerText(`#${id} > legend`)
        : descriptor.kind === 'keyed-words'
          ? await harness.sidebar.innerText(`#${id} > summary`)
          : await harness.sidebar.innerText(`label[for="${id}"]`);
      expect(shown.startsWith(descriptor.label), `${id} shows "${shown}"`).toBe(true);
      if (descriptor.kind === 'keyed-words')
        for (const key of descriptor.keys)
          expect(await harness.sidebar.$eval(`label[for="${id}-${key}"]`, (label) => label.textContent)).toBe(descriptor.keyLabels[key]);
    }
  });

  it('raising the largest group size above the over-full group stops Check groups reporting it', async () => {
    const first = await act(harness, 'button[data-action="groups"]', 'groups-status');
    expect(first.text).toMatch(OVER_MAX);

    await harness.sidebar.fill('#set-groups-maxSize', String(roomForAll));
    // Week A picked with the date picker as any day of its week (a Wednesday): stored as its Monday.
    await harness.sidebar.fill('#set-timetable-cycleWeekAStart', '2026-09-09');
    expect(await harness.sidebar.innerText('#set-timetable-cycleWeekAStart-said')).toBe('The week commencing Monday 07/09/2026.');
    const programme = await harness.sidebar.innerText('label[for="set-groups-programmePurposes-0"]');
    await harness.sidebar.selectOption('#set-groups-programmePurposes-0', 'learning');
    const measure = await harness.sidebar.innerText('label[for="set-impact-directions-0"]');
    await harness.sidebar.selectOption('#set-impact-directions-0', 'lower');
    const saved = await save();
    expect(saved.kind).toBe('ok');
    expect(stored().groups?.maxSize).toBe(roomForAll);
    expect(stored().timetable?.cycleWeekAStart).toBe('2026-09-07');
    expect(stored().groups?.programmePurposes).toEqual({ [programme]: 'learning' });
    expect(measure).toBe('Attendance %');
    expect(stored().impact?.directions).toEqual({ attendance: 'lower' });
    // Redrawn from what the server kept: the picker holds the Monday (shown dd/mm/yyyy in an en-GB browser).
    expect(await harness.sidebar.inputValue('#set-timetable-cycleWeekAStart')).toBe('2026-09-07');
    expect(await harness.sidebar.inputValue('#set-groups-maxSize')).toBe(String(roomForAll));

    const again = await act(harness, 'button[data-action="groups"]', 'groups-status');
    expect(again.text).not.toMatch(OVER_MAX);
  });

  it('refuses a smallest size above the largest in one sentence, before asking the server, and keeps what was stored', async () => {
    const before = harness.dev.session.workbook.documentProperties['ip.settings'];
    await harness.sidebar.fill('#set-groups-minSize', String(roomForAll + 1));
    const refused = await refusedBySidebar();
    expect(refused).toBe(`The smallest group size (${roomForAll + 1}) cannot be larger than the largest group size (${roomForAll}).`);
    expectPlainSentence(refused);
    expect(harness.dev.session.workbook.documentProperties['ip.settings']).toBe(before);

    await harness.sidebar.fill('#set-groups-minSize', '');
    expect(await refusedBySidebar()).toMatch(/^Smallest group size must be a whole number from 1 to 30\.$/);
    await harness.sidebar.fill('#set-groups-minSize', '5');
    await harness.sidebar.fill('#set-groups-minGenderShare', '60');
    expect(await refusedBySidebar()).toBe('Smallest gender share must be a percentage from 0 to 50.');
    await harness.sidebar.fill('#set-groups-minGenderShare', '33.3');
    expect(harness.dev.session.workbook.documentProperties['ip.settings']).toBe(before);
    expect(await seriousViolations(harness)).toEqual([]);
  });

  it('Restore defaults asks first, then puts every default back', async () => {
    await harness.sidebar.click('button[data-action="settings-reset"]');
    expect(await harness.sidebar.isVisible('#settings-reset-confirm')).toBe(true);
    const reset = await save('button[data-action="settings-reset-confirm"]');
    expect(reset.kind).toBe('ok');
    expect(stored().groups?.maxSize).toBe(10);
    expect(stored().timetable?.cycleWeekAStart).toBeNull();
    expect(stored().groups?.programmePurposes).toEqual({});
    expect(await harness.sidebar.inputValue('#set-groups-programmePurposes-0')).toBe('');
    expect(await harness.sidebar.inputValue('#set-groups-maxSize')).toBe('10');
    expect(await harness.sidebar.inputValue('#set-groups-minSize')).toBe('5');
    const groups = await act(harness, 'button[data-action="groups"]', 'groups-status');
    expect(groups.text).toMatch(OVER_MAX);
  });
});
