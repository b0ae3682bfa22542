/**
 * Shared by the browser tests: the dev server started in-process on a free port, Debian's
 * chromium, and helpers that read the sidebar and the workbook pane as a user would.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';

import { startDevServer, type DevServer } from '../../tools/dev/server';
import type { WorkbookView } from '../../tools/dev/workbook-view';

import { CHROMIUM, haveChromium, launchChromium } from '../../tools/dev/browser';

/** What a browser test does: run; skip on a machine without chromium; fail in CI without it. */
export function chromiumVerdict(present: boolean, ci: boolean): 'run' | 'skip' | 'fail' {
  return present ? 'run' : ci ? 'fail' : 'skip';
}

/**
 * `describe` for tests that drive chromium. Where /usr/bin/chromium is missing they are skipped on
 * a developer's machine, but fail under CI=1, so a CI run never passes without its browser tests.
 */
export function describeInChromium(name: string, body: () => void): void {
  const verdict = chromiumVerdict(haveChromium(), Boolean(process.env.CI));
  if (verdict === 'run') describe(name, body);
  else if (verdict === 'skip') describe.skip(name, body);
  else
    describe(name, () => {
      it(`needs Debian's chromium at ${CHROMIUM}`, () => {
        throw new Error(`No chromium at ${CHROMIUM}, so the browser tests cannot run: apt-get install chromium.`);
      });
    });
}

export const ARTIFACTS = join(import.meta.dirname, '..', '.artifacts');

export interface Harness {
  readonly browser: Browser;
  readonly dev: DevServer;
  readonly page: Page;
  /** The sidebar's iframe. */
  readonly sidebar: Frame;
  /** Dialogs (alert, confirm) opened by anything on the page: none should ever be. */
  readonly dialogs: string[];
  close(): Promise<void>;
}

/**
 * How long a browser step may wait. The dev server runs each action in the test's own process, so
 * a click waits for the action before it; on a busy 2-core machine that can take far longer than
 * Playwright's 30 seconds. A wait this long catches a hang, not slowness.
 */
const BROWSER_WAIT = 150_000;

/** The page's size: the sidebar is 300 px wide and as tall as the page. */
export interface Viewport {
  readonly width: number;
  readonly height: number;
}

export async function openHarness(workbook: WorkbookModel, viewport: Viewport = { width: 1280, height: 860 }): Promise<Harness> {
  const dev = await startDevServer({ workbook, port: 0 });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport, locale: 'en-GB' });
  page.setDefaultTimeout(BROWSER_WAIT);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(dev.url);
  const handle = await page.waitForSelector('iframe#sidebar');
  const sidebar = await handle.contentFrame();
  if (!sidebar) throw new Error('The sidebar iframe has no frame.');
  // The sidebar has answered apiGetState once it shows its first section.
  await sidebar.waitForSelector('h2#setup-h');
  await page.waitForSelector('#tabs button');
  return {
    browser,
    dev,
    page,
    sidebar,
    dialogs,
    close: async () => {
      await browser.close();
      await dev.close();
    },
  };
}

export interface Status {
  /** `warn`: the action worked and found problems to look at. */
  readonly kind: 'ok' | 'warn' | 'error';
  readonly text: string;
}

/** Unfolds a section of the sidebar by its heading (`setup`, `timetable`, `groups`, `score`, `impact`, `help`), as a user would. */
export async function openSection(harness: Harness, section: string): Promise<void> {
  const toggle = harness.sidebar.locator(`#${section}-h > button`);
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** Unfolds the section holding a control, so it can be clicked as a user would click it. */
async function openSectionOf(harness: Harness, control: string): Promise<void> {
  const heading = await harness.sidebar.$eval(control, (node) => node.closest('section')?.getAttribute('aria-labelledby') ?? null);
  if (heading?.endsWith('-h')) await openSection(harness, heading.slice(0, -2));
}

/** Unfolds the section and every disclosure holding a control, as a user would before using it. */
export async function reveal(harness: Harness, control: string): Promise<void> {
  await openSectionOf(harness, control);
  await harness.sidebar.$eval(control, (node) => {
    for (let details = node.closest('details'); details; details = details.parentElement?.closest('details') ?? null) details.open = true;
  });
}

/** Clicks a sidebar button (unfolding its section first) and waits for its section's status to settle (no spinner). */
export async function act(harness: Harness, button: string, statusId: string): Promise<Status> {
  await openSectionOf(harness, button);
  const before = await markStale(harness, statusId);
  await harness.sidebar.click(button);
  return settled(harness, statusId, before);
}

/**
 * Marks what a status box shows now as old, so `settled` waits for the next result rather than
 * reading the last one again; returns the pane's refresh count, for `settled`.
 */
export async function markStale(harness: Harness, statusId: string): Promise<number> {
  await harness.sidebar.evaluate((id) => document.querySelector(`#${id} .headline`)?.setAttribute('data-stale', ''), statusId);
  return refreshes(harness.page);
}

/** Waits for a status box to show a (new) result, and for the workbook pane to refresh after it. */
export async function settled(harness: Harness, statusId: string, refreshesBefore: number): Promise<Status> {
  const box = `#${statusId}`;
  const fresh = ' > .headline:not([data-stale])';
  await harness.sidebar.waitForSelector(`${box}.ok${fresh}, ${box}.warn${fresh}, ${box}.error${fresh}`, { timeout: BROWSER_WAIT });
  await harness.page.waitForFunction((n) => Number(document.getElementById('sheet')?.dataset.refreshes) > n, refreshesBefore);
  const classes = (await harness.sidebar.getAttribute(box, 'class'))?.split(' ') ?? [];
  const kind = classes.includes('error') ? 'error' : classes.includes('warn') ? 'warn' : 'ok';
  return { kind, text: (await harness.sidebar.innerText(box)).trim() };
}

export async function refreshes(page: Page): Promise<number> {
  return Number(await page.getAttribute('#sheet', 'data-refreshes'));
}

export async function workbookJson(dev: DevServer, tab?: string): Promise<WorkbookView> {
  const response = await fetch(`${dev.url}api/workbook${tab === undefined ? '' : `?tab=${encodeURIComponent(tab)}`}`);
  return (await response.json()) as WorkbookView;
}

/** The names of the tabs on the page's tab strip marked generated. */
export async function generatedTabsShown(page: Page): Promise<string[]> {
  return page.$$eval('#tabs button[data-generated="true"]', (buttons) => buttons.map((b) => (b as HTMLElement).dataset.tab ?? ''));
}

/** An error is one plain sentence for a member of staff: no stack trace, no code. */
export function expectPlainSentence(text: string): void {
  expect(text).not.toMatch(/\n\s*at |Error:|TypeError|undefined|\[object/);
  expect(text.split('\n')).toHaveLength(1);
  expect(text).toMatch(/[.!]$/);
}

/**
 * For actions still being wired: either it worked and its generated tab is there, on the page
 * and in the workbook, or it said why not in one plain sentence.
 */
export async function expectDoneOrExplained(harness: Harness, status: Status, tab: string): Promise<void> {
  if (status.kind === 'error') return expectPlainSentence(status.text);
  expect(status.text.length).toBeGreaterThan(0);
  expect((await workbookJson(harness.dev)).tabs).toContainEqual({ name: tab, generated: true });
  expect(await generatedTabsShown(harness.page)).toContain(tab);
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** axe-core run over the sidebar as it is now: only the serious and critical violations. */
export async function seriousViolations(harness: Harness): Promise<Violation[]> {
  await harness.sidebar.addScriptTag({ content: AXE });
  const violations = await harness.sidebar.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
          ): Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => String(n.target[0])),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
