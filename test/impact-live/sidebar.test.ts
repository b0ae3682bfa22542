/**
 * The impact section in chromium: the term and half-term picker fills the dates, the result leads
 * with the programme sentences, and Help explains intervals and the effect size without Cohen's
 * labels as verdicts.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exampleWorkbook } from '../../tools/dev/args';
import { schoolYear } from '../../src/core/school-terms';
import { isoDateOf } from '../../src/core/values';
import { ensureBuilt } from '../support/built';
import { act, describeInChromium, openHarness, openSection, type Harness } from '../browser/support';

describeInChromium('the impact section of the sidebar', () => {
  let harness: Harness;
  beforeAll(async () => {
    await ensureBuilt();
    harness = await openHarness(exampleWorkbook());
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('fills From and To with the chosen half-term, and clears them for all dates', async () => {
    const { sidebar } = harness;
    await openSection(harness, 'impact');
    const labels = await sidebar.$$eval('#impact-half-term option', (options) => options.map((o) => o.textContent ?? ''));
    // No term weeks in Settings: the usual half-terms.
    const offered = schoolYear([], isoDateOf(new Date())).periods;
    expect(labels).toHaveLength(offered.length + 1);
    const term = offered[1];
    expect(labels[2]).toMatch(new RegExp(`^${term?.label ?? '?'} \\(\\d{2}/\\d{2}/\\d{4} to \\d{2}/\\d{2}/\\d{4}\\)$`));
    await sidebar.selectOption('#impact-half-term', '1');
    expect([await sidebar.inputValue('#impact-from'), await sidebar.inputValue('#impact-to')]).toEqual([term?.from, term?.to]);
    // Changing a date by hand leaves the half-term behind.
    await sidebar.fill('#impact-to', '2026-12-18');
    expect(await sidebar.inputValue('#impact-half-term')).toBe('');
    await sidebar.selectOption('#impact-half-term', '');
    expect([await sidebar.inputValue('#impact-from'), await sidebar.inputValue('#impact-to')]).toEqual(['', '']);
  });

  it('explains intervals, what the figures cannot show, the effect size and "improved", with no Cohen labels', async () => {
    await openSection(harness, 'help');
    const help = await harness.sidebar.innerText('section[aria-labelledby="help-h"]');
    expect(help).toContain('95 % interval');
    expect(help).toContain('no comparison group');
    expect(help).toContain('regression to the mean');
    expect(help).toContain('Hedges’ g');
    expect(help).toContain('d_av is the end mean minus the start mean, divided by the average of the start and end standard deviations');
    expect(help).toContain('g is d_av × (1 − 3 / (4n − 5))');
    expect(help).toMatch(/lower is better[^.]*that means it fell/);
    expect(help).not.toMatch(/0\.2 is small|0\.5 medium|0\.8 large|small, medium|medium and large/i);
  });

  it('shows the programme sentences first when impact is built', async () => {
    await harness.sidebar.selectOption('#impact-half-term', '');
    await act(harness, 'button[data-action="setup"]', 'setup-status');
    await act(harness, 'button[data-action="impact"]', 'impact-status');
    const first = await harness.sidebar.$eval('#impact-status', (box) => box.firstElementChild?.textContent ?? '');
    expect(first).toBe('Measures for impact');
    const sentences = await harness.sidebar.$$eval('#impact-status .sentences li', (items) => items.map((li) => li.textContent ?? ''));
    expect(sentences.length).toBeGreaterThan(5);
    for (const sentence of sentences) expect(sentence).toMatch(/^[^,]+, \d+ pupils?: /);
    expect(sentences.some((s) => /95 % interval −?\d/.test(s))).toBe(true);
    const text = await harness.sidebar.innerText('#impact-status');
    expect(text.indexOf(sentences[0] ?? '?')).toBeLessThan(text.indexOf('Impact for'));
  });
});
