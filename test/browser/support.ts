/**
 * Shared by the browser tests: the dev server started in-process on a free port, Debian's
 * chromium, and helpers that read the sidebar and the workbook pane as a user would.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import { launchChromium } from '../../tools/dev/browser';
import { startDevServer, type DevServer } from '../../tools/dev/server';
import type { WorkbookView } from '../../tools/dev/workbook-view';

export { haveChromium } from '../../tools/dev/browser';

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

export async function openHarness(workbook: WorkbookModel): Promise<Harness> {
  const dev = await startDevServer({ workbook, port: 0 });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
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

/** Clicks a sidebar button and waits for its section's status to settle (no spinner). */
export async function act(harness: Harness, button: string, statusId: string): Promise<Status> {
  const before = await refreshes(harness.page);
  await harness.sidebar.click(button);
  return settled(harness, statusId, before);
}

/** Waits for a status box to show a result, and for the workbook pane to refresh after it. */
export async function settled(harness: Harness, statusId: string, refreshesBefore: number): Promise<Status> {
  const box = `#${statusId}`;
  await harness.sidebar.waitForSelector(`${box}.ok, ${box}.warn, ${box}.error`, { timeout: 25_000 });
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
