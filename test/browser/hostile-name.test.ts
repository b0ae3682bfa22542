/**
 * A pupil called `<img src=x onerror=alert(1)>` and a column headed with markup: both are shown
 * as text, in the workbook pane and in the sidebar, and no script of theirs ever runs.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import { exampleWorkbook } from '../../tools/dev/args';
import { generateSchool } from '../../tools/example/school';
import { ensureBuilt } from '../support/built';
import { act, describeInChromium, markStale, openHarness, refreshes, reveal, settled, type Harness } from './support';

const HOSTILE_PUPIL = '<img src=x onerror=alert(1)>';
const HOSTILE_HEADER = '<img src=y onerror=alert(2)>';
/** Typed on a questionnaire form in place of the example school's unknown name. */
const HOSTILE_TYPED = '<svg onload=alert(3)>';

/** The example school with its first pupil renamed and one extra, hostile, register column. */
function hostileWorkbook(): WorkbookModel {
  const workbook = exampleWorkbook();
  const register = workbook.sheets.find((sheet) => sheet.name === 'Pupil register');
  const header = register?.cells[0];
  const firstPupil = register?.cells[1];
  if (!register || !header || !firstPupil || header[1]?.value !== 'Pupil') throw new Error('The example register has changed shape.');
  firstPupil[1] = { value: HOSTILE_PUPIL };
  header[header.length] = { value: HOSTILE_HEADER, bold: true };
  const unknown = generateSchool({ pupils: 200, seed: 2026 }).planted.unknownName;
  const typed = workbook.sheets.flatMap((sheet) => sheet.cells.flatMap((row) => row ?? [])).filter((cell) => cell?.value === unknown);
  if (typed.length !== 1) throw new Error('The example responses have changed shape.');
  typed[0]!.value = HOSTILE_TYPED;
  return workbook;
}

describeInChromium('hostile names in chromium', () => {
  let harness: Harness;

  beforeAll(async () => {
    await ensureBuilt();
    harness = await openHarness(hostileWorkbook());
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows the pupil literally in the workbook pane', async () => {
    const texts = await harness.page.$$eval('#grid td', (cells) => cells.map((c) => c.textContent));
    expect(texts).toContain(HOSTILE_PUPIL);
    expect(texts).toContain(HOSTILE_HEADER);
    expect(await harness.page.$$('img')).toHaveLength(0);
  });

  it('offers the hostile header as text in the mapping dropdowns, and saves it as text', async () => {
    await act(harness, 'button[data-action="setup"]', 'setup-status');
    await reveal(harness, 'select#map-register-reason');
    const options = await harness.sidebar.$$eval('select#map-register-reason option', (list) => list.map((o) => o.textContent));
    expect(options).toContain(HOSTILE_HEADER);

    const before = await refreshes(harness.page);
    await harness.sidebar.selectOption('select#map-register-reason', HOSTILE_HEADER);
    const status = await settled(harness, 'setup-status', before);
    expect(status).toEqual({ kind: 'ok', text: `Reason for referral now reads “${HOSTILE_HEADER}”.` });
    expect(await harness.sidebar.inputValue('select#map-register-reason')).toBe(HOSTILE_HEADER);
  });

  it('runs the other actions with no image element and no dialog anywhere', async () => {
    await act(harness, 'button[data-action="groups"]', 'groups-status');
    await act(harness, 'button[data-action="timetable"]', 'timetable-status');
    expect(await harness.sidebar.$$('img')).toHaveLength(0);
    expect(await harness.page.$$('img')).toHaveLength(0);
    expect(harness.dialogs).toEqual([]);
  });

  it('lists a hostile name typed on a form as text, and matches it to the hostile pupil as text', async () => {
    await act(harness, 'button[data-action="score"]', 'score-status');
    const item = harness.sidebar.locator('ul[aria-label="Names to match to a pupil"] > li', { hasText: HOSTILE_TYPED });
    expect(await item.innerText()).toContain(`“${HOSTILE_TYPED}” is not on the register`);
    await item.getByRole('button', { name: 'Choose the pupil' }).click();
    const select = item.getByLabel(`Who wrote “${HOSTILE_TYPED}”?`);
    expect(await select.locator('option').allInnerTexts()).toContain(HOSTILE_PUPIL);
    await select.selectOption({ label: HOSTILE_PUPIL });
    const before = await markStale(harness, 'score-status');
    await item.getByRole('button', { name: 'Use this pupil' }).click();
    const status = await settled(harness, 'score-status', before);
    expect(status.text).toContain(`Responses from “${HOSTILE_TYPED}” now count for ${HOSTILE_PUPIL}.`);
    expect(await harness.sidebar.$$('img, svg')).toHaveLength(0);
    expect(await harness.page.$$('img, svg')).toHaveLength(0);
    expect(harness.dialogs).toEqual([]);
  });
});
