/**
 * The setup answers of the hostile corpus, as a person sees them in the sidebar (in chromium): the
 * register named with a dropdown to switch to the other tab that could be it, each field not found
 * with a dropdown of its tab's columns, and an accept dialog that shows the formulas it would
 * overwrite and writes nothing until each is ticked.
 */
import { afterEach, beforeAll, expect, it } from 'vitest';
import { hostileCorpus } from '../../tools/hostile/corpus';
import { storedMapping } from '../../tools/local/session';
import { act, describeInChromium, markStale, openHarness, settled, type Harness } from '../browser/support';
import { ensureBuilt } from '../support/built';

function workbookNamed(name: string) {
  const entry = hostileCorpus().find((e) => e.name === name);
  if (!entry) throw new Error(`the corpus lost ${name}`);
  return structuredClone(entry.workbook);
}

describeInChromium('hostile workbooks in the sidebar', () => {
  let harness: Harness | undefined;

  beforeAll(ensureBuilt);
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it('two registers: names the one chosen and switches to the other from its dropdown', async () => {
    harness = await openHarness(workbookNamed('two-registers'));
    // Amber, not green: the register has no 1-1 room column, which setup lists as not found.
    expect((await act(harness, 'button[data-action="setup"]', 'setup-status')).kind).toBe('warn');
    expect(await harness.sidebar.textContent('ul.summary')).toContain('Register: “Pupils 2026-27”');
    const select = 'select#register-tab';
    expect(await harness.sidebar.$$eval(`${select} option`, (options) => options.map((o) => o.textContent))).toEqual([
      'Pupils 2026-27',
      'Pupils 2025-26',
    ]);
    const before = await markStale(harness, 'setup-status');
    await harness.sidebar.selectOption(select, 'Pupils 2025-26');
    const status = await settled(harness, 'setup-status', before);
    expect(status.text).toContain('The register is now “Pupils 2025-26”.');
    expect(await harness.sidebar.textContent('ul.summary')).toContain('Register: “Pupils 2025-26”');
    expect((storedMapping(harness.dev.session.workbook)?.register as { tab: string }).tab).toBe('Pupils 2025-26');
    expect(await harness.sidebar.evaluate(() => document.activeElement?.id)).toBe('register-tab');
  });

  it('fields not found: each is listed with a dropdown of its tab’s columns, and choosing one maps it', async () => {
    harness = await openHarness(workbookNamed('own-words'));
    await act(harness, 'button[data-action="setup"]', 'setup-status');
    const listed = await harness.sidebar.$$eval('.not-found th label', (labels) => labels.map((l) => l.textContent));
    expect(listed).toEqual(['Room', 'Minimum size (Groups)', 'Maximum size (Groups)', 'Single-sex (Groups)']);
    const select = 'select#missing-groups-maxSize';
    expect(await harness.sidebar.$$eval(`${select} option`, (options) => options.map((o) => o.textContent))).toContain('x per wk');
    const before = await markStale(harness, 'setup-status');
    await harness.sidebar.selectOption(select, 'Dur.');
    await settled(harness, 'setup-status', before);
    const mapping = storedMapping(harness.dev.session.workbook) as { groups: { fields: Record<string, string> } };
    expect(mapping.groups.fields.maxSize).toBe('Dur.');
    expect(await harness.sidebar.$$eval('.not-found th label', (labels) => labels.map((l) => l.textContent))).toEqual([
      'Room',
      'Minimum size (Groups)',
      'Single-sex (Groups)',
    ]);
  });

  it('accepting a suggestion shows each formula it would overwrite and writes only once every one is ticked', async () => {
    harness = await openHarness(workbookNamed('formula-group-cells'));
    await act(harness, 'button[data-action="suggest"]', 'suggest-status');
    await harness.sidebar.click('button[data-action="review"]');
    const formulas = harness.sidebar.locator('ul.changes li.formula');
    expect(await formulas.count()).toBe(6);
    expect(await formulas.first().innerText()).toMatch(
      /Group: the formula =IFERROR\(VLOOKUP\(A14,Groups!A:A,1,FALSE\),""\) \(showing nothing\) → /,
    );
    const accept = harness.sidebar.locator('button[data-action="accept"]');
    expect(await accept.isDisabled()).toBe(true);
    const boxes = formulas.locator('input[type="checkbox"]');
    for (let i = 0; i < 5; i += 1) await boxes.nth(i).check();
    expect(await accept.isDisabled()).toBe(true);
    await boxes.nth(5).check();
    expect(await accept.isDisabled()).toBe(false);
    const before = await markStale(harness, 'suggest-status');
    await accept.click();
    expect((await settled(harness, 'suggest-status', before)).text).toMatch(/Added 6 pupils to/);
    const register = harness.dev.session.workbook.sheets.find((s) => s.name === 'Pupils');
    const groupCells = [14, 15, 16, 17, 18, 19].map((row) => register?.cells[row - 1]?.[12]);
    for (const cell of groupCells) expect(cell?.formula).toBeUndefined();
  });
});
