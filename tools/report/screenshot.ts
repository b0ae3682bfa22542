/**
 * `node --import tsx tools/report/screenshot.ts [report.html] [file.png]`: the README's picture of
 * report.html, its contents list and first tab (by default the demo's report, into docs/). Run
 * `npm run demo` first; needs chromium.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { haveChromium, launchChromium } from '../dev/browser';

const ROOT = resolve(import.meta.dirname, '..', '..');

async function screenshot(report: string, file: string): Promise<void> {
  if (!haveChromium()) throw new Error('No chromium at /usr/bin/chromium: install it with apt-get install chromium.');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 760 }, locale: 'en-GB' });
    await page.goto(pathToFileURL(report).href);
    await page.screenshot({ path: file });
    console.log(`Wrote ${file}`);
  } finally {
    await browser.close();
  }
}

const [report = resolve(ROOT, 'out', 'demo', 'report.html'), file = resolve(ROOT, 'docs', 'report.png')] = process.argv.slice(2);
screenshot(resolve(report), resolve(file)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
