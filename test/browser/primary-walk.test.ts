/**
 * A busy mentor who only ever presses the one blue button: on a sheet never set up (the example
 * school as the generator writes it, none of the add-in's tabs), the sidebar at 300 × 800 leads from
 * its first screen to the impact summary. At each step exactly one primary button shows and every
 * press changes what it offers next. After Check groups the sidebar stays within two screens and
 * the first problem is in view without scrolling.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exampleWorkbook } from '../../tools/dev/args';
import { ensureBuilt } from '../support/built';
import { artifactPath, describeInChromium, markStale, openHarness, settled, workbookJson, type Harness, type Status } from './support';

/** The sidebar in Google Sheets is 300 px wide; 800 px is a laptop's screen below the toolbars. */
const SCREEN = { width: 300, height: 800 } as const;
/** The most presses the walk may take: a loop that never reaches impact fails rather than hangs. */
const MOST_PRESSES = 10;

/** Where each step's result shows: the status box of the section whose action the primary button runs. */
const RESULT_BOX: Record<string, string> = {
  setup: 'setup-status',
  fields: 'setup-status',
  timetable: 'timetable-status',
  groups: 'groups-status',
  score: 'score-status',
  impact: 'impact-status',
};

interface Primary {
  readonly step: string;
  readonly label: string;
}

/** The primary buttons a user can see now: there should be exactly one, or none when all is done. */
async function visiblePrimaries(harness: Harness): Promise<Primary[]> {
  return harness.sidebar.$$eval('button.primary', (buttons) =>
    buttons
      .filter((button) => (button as HTMLElement).checkVisibility())
      .map((button) => ({ step: (button as HTMLElement).dataset.step ?? '', label: button.textContent ?? '' })),
  );
}

/** Where an element sits in the sidebar's viewport, and how tall that viewport is. */
interface Placement {
  readonly top: number;
  readonly bottom: number;
  readonly screen: number;
}

/** Where the first element matching sits in the sidebar's viewport, and how tall that viewport is; null when none does. */
async function placement(harness: Harness, selector: string): Promise<Placement | null> {
  return harness.sidebar.evaluate((query) => {
    const node = document.querySelector(query);
    if (!node) return null;
    const box = node.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, screen: window.innerHeight };
  }, selector);
}

interface AfterCheck {
  /** The sidebar document's full height. */
  readonly height: number;
  readonly firstProblem: Placement | null;
}

/** The sidebar just after Check groups has reported, before anyone scrolls. */
async function measureAfterCheck(harness: Harness): Promise<AfterCheck> {
  await harness.page.screenshot({ path: artifactPath('primary-walk-groups.png') });
  return {
    height: await harness.sidebar.evaluate(() => document.documentElement.scrollHeight),
    // The example school plants problems (an oversized group, a keep-apart pair together): the first card is one.
    firstProblem: await placement(harness, '#groups-status .findings > li.problem'),
  };
}

describeInChromium('the primary button alone, from a sheet never set up to impact, at 300 × 800', () => {
  let harness: Harness;
  /** Each press: the button's step and words, and the result it led to. */
  const walk: (Primary & { result: Status })[] = [];
  let afterCheck: AfterCheck | null = null;

  beforeAll(async () => {
    await ensureBuilt();
    // The page is the sidebar's height; the workbook pane takes the width left of it.
    harness = await openHarness(exampleWorkbook(), { width: 1000, height: SCREEN.height });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('opens a sheet with none of the add-in’s tabs, in a sidebar of 300 × 800', async () => {
    expect((await workbookJson(harness.dev)).tabs.filter((tab) => tab.generated)).toEqual([]);
    const frame = await harness.page.$eval('iframe#sidebar', (node) => node.getBoundingClientRect());
    expect({ width: frame.width, height: frame.height }).toEqual(SCREEN);
  });

  it('reaches impact pressing only the one primary button, each press offering a new one', async () => {
    for (let press = 0; press < MOST_PRESSES; press++) {
      const primaries = await visiblePrimaries(harness);
      if (primaries.length === 0) break;
      expect(primaries).toHaveLength(1);
      const [primary] = primaries as [Primary];
      // Once the year has been through, what is waiting this week (reviews, sessions to register) is next.
      if (primary.step === 'waiting') break;
      // Every press moves the school on: the button never offers a step already taken.
      expect(walk.map((taken) => taken.step)).not.toContain(primary.step);
      const box = RESULT_BOX[primary.step];
      if (box === undefined)
        throw new Error(`The primary button offers a step the walk does not know: ${primary.step} (“${primary.label}”).`);
      const before = await markStale(harness, box);
      await harness.sidebar.click('button.primary');
      const result = await settled(harness, box, before);
      walk.push({ ...primary, result });
      expect(result.kind, `${primary.label}: ${result.text}`).not.toBe('error');
      if (primary.step === 'groups') afterCheck = await measureAfterCheck(harness);
    }
    // The example school's tabs have no Room, group sizes or Single-sex column, so after set-up the
    // sidebar asks to choose them or carry on; its primary button carries on, and the walk takes it.
    expect(walk.map((taken) => taken.step)).toEqual(['setup', 'fields', 'timetable', 'groups', 'score', 'impact']);
    expect(walk.map((taken) => taken.label)).toEqual([
      'Set up this sheet',
      'Carry on without them',
      'Generate timetables',
      'Check groups',
      'Score questionnaires',
      'Build impact charts',
    ]);
    // Then nothing is left to press and the sidebar says so, or the one button deals with what is waiting.
    const after = await visiblePrimaries(harness);
    if (after.length === 0) expect(await harness.sidebar.innerText('#next-step')).toMatch(/Everything is up to date/);
    else expect(after.map((primary) => primary.step)).toEqual(['waiting']);
  });

  it('after Check groups, is at most two screens tall with the first problem in view without scrolling', () => {
    expect(afterCheck?.height).toBeLessThanOrEqual(2 * SCREEN.height);
    const card = afterCheck?.firstProblem;
    expect(card).toBeDefined();
    expect(card).not.toBeNull();
    expect(card?.top).toBeGreaterThanOrEqual(0);
    expect(card?.bottom).toBeLessThanOrEqual(card?.screen ?? 0);
  });

  it('ends with the impact summary in view', async () => {
    const impact = walk.find((taken) => taken.step === 'impact')?.result;
    // The programme sentences lead, as the Impact tab opens with them; then the headline.
    expect(impact?.text).toMatch(/^Measures for impact\n/);
    expect(impact?.text).toMatch(/\nImpact for \d+ programmes/);
    const summary = await placement(harness, '#impact-status > .headline');
    expect(summary).not.toBeNull();
    expect(summary?.top).toBeGreaterThanOrEqual(0);
    expect(summary?.bottom).toBeLessThanOrEqual(summary?.screen ?? 0);
    await harness.page.screenshot({ path: artifactPath('primary-walk-impact.png') });
  });
});
