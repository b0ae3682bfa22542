/**
 * The Questionnaires section in a real browser against the dev server and the built Code.js:
 * the unscored count, creating a form (its link shown), and confirming a fuzzy name.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exampleWorkbook } from '../../tools/dev/args';
import { ensureBuilt } from '../support/built';
import { act, describeInChromium, openHarness, type Harness } from '../browser/support';

describeInChromium('the Questionnaires section, in chromium', () => {
  let harness: Harness;

  beforeAll(async () => {
    await ensureBuilt();
    harness = await openHarness(exampleWorkbook());
    await act(harness, 'button[data-action="setup"]', 'setup-status');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows how many responses are not scored yet, and re-score clears it', async () => {
    await harness.sidebar.waitForFunction(() => /not scored yet/.test(document.getElementById('questionnaire-state')?.textContent ?? ''));
    const text = await harness.sidebar.innerText('#questionnaire-state');
    expect(text).toMatch(/^\d+ responses are not scored yet — Re-score\./);
    await act(harness, 'button[data-action="score"]', 'score-status');
    await harness.sidebar.waitForFunction(() =>
      /Every form response is on Scores/.test(document.getElementById('questionnaire-state')?.textContent ?? ''),
    );
  });

  it('creates a form and shows its link', async () => {
    const status = await act(harness, 'button[data-action="create-form"]', 'score-status');
    expect(status.kind).toBe('ok');
    expect(status.text).toMatch(/^Created “Life satisfaction questionnaire”/);
    const href = await harness.sidebar.getAttribute('#score-status a', 'href');
    expect(href).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\//);
    expect(harness.dev.session.workbook.triggers).toHaveLength(1);
    await harness.sidebar.waitForFunction(() =>
      /scored as soon as they arrive/.test(document.getElementById('questionnaire-state')?.textContent ?? ''),
    );
  });

  it('confirms a name that looks like a pupil’s', async () => {
    const confirm = harness.sidebar.locator('#questionnaire-state button', { hasText: /^Yes, / }).first();
    const who = (await confirm.innerText()).replace(/^Yes, /, '');
    await confirm.click();
    await harness.sidebar.waitForSelector('#score-status.ok, #score-status.error');
    expect(await harness.sidebar.innerText('#score-status')).toContain(`now count for ${who}.`);
    expect(harness.dialogs).toEqual([]);
  });
});
