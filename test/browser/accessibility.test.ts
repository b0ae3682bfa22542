/**
 * The sidebar passes axe-core with no serious or critical violation, in each state a user sees
 * (before set-up, set up with the mapping open, after an action reports), and shows keyboard focus.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exampleWorkbook } from '../../tools/dev/args';
import { ensureBuilt } from '../support/built';
import { act, artifactPath, describeInChromium, openHarness, reveal, seriousViolations, type Harness } from './support';

describeInChromium('sidebar accessibility in chromium', () => {
  let harness: Harness;

  beforeAll(async () => {
    await ensureBuilt();
    harness = await openHarness(exampleWorkbook());
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('has no serious or critical axe violation before set-up', async () => {
    expect(await seriousViolations(harness)).toEqual([]);
  });

  it('has none once set up, with the mapping table open and statuses shown', async () => {
    await act(harness, 'button[data-action="setup"]', 'setup-status');
    await reveal(harness, 'select#map-register-reason');
    await act(harness, 'button[data-action="groups"]', 'groups-status');
    await act(harness, 'button[data-action="impact"]', 'impact-status');
    expect(await seriousViolations(harness)).toEqual([]);
    await harness.page.screenshot({ path: artifactPath('accessibility-checked.png') });
  });

  it('shows where keyboard focus is', async () => {
    // Start from the heading, as a keyboard user arriving in the sidebar would, then Tab once.
    await harness.sidebar.click('h1');
    await harness.page.keyboard.press('Tab');
    const focused = await harness.sidebar.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      const style = active ? getComputedStyle(active) : null;
      return { tag: active?.tagName ?? '', outline: style?.outlineStyle ?? 'none', width: style?.outlineWidth ?? '0px' };
    });
    expect(['BUTTON', 'SUMMARY', 'SELECT', 'INPUT', 'A']).toContain(focused.tag);
    expect(focused.outline).not.toBe('none');
    expect(focused.width).not.toBe('0px');
  });
});
