/**
 * Debian's chromium driven by playwright-core: no browser is downloaded at install time. The
 * browser tests and the README screenshot use the same launch.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export function haveChromium(): boolean {
  return existsSync(CHROMIUM);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Date inputs follow the process's locale, not the page's: dd/mm/yyyy as a UK user's browser
    // shows them (with Debian's chromium-l10n installed).
    env: { ...process.env, LANG: 'en_GB.UTF-8' },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=en-GB',
    ],
  });
}
