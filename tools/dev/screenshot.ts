/**
 * `npx tsx tools/dev/screenshot.ts [file.png]`: the README's picture of the sidebar's first screen
 * beside the example school, a sheet never set up: where the school is in its year and the next
 * step with its one primary button. Needs a build (`npm run build`) and chromium.
 */
import { join, resolve } from 'node:path';
import { exampleWorkbook } from './args';
import { haveChromium, launchChromium } from './browser';
import { startDevServer } from './server';

const DEFAULT_FILE = join(import.meta.dirname, '..', '..', 'docs', 'sidebar.png');

async function screenshot(file: string): Promise<void> {
  if (!haveChromium()) throw new Error('No chromium at /usr/bin/chromium: install it with apt-get install chromium.');
  const dev = await startDevServer({ workbook: exampleWorkbook(), port: 0 });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 760 }, locale: 'en-GB' });
    await page.goto(dev.url);
    const sidebar = await (await page.waitForSelector('iframe#sidebar')).contentFrame();
    if (!sidebar) throw new Error('The sidebar iframe has no frame.');
    // The first screen is drawn once the sidebar knows the next step and the pane shows the first tab.
    await sidebar.waitForSelector('button.primary[data-step]');
    await page.waitForSelector('#grid tbody tr');
    await page.screenshot({ path: file });
    console.log(`Wrote ${file}`);
  } finally {
    await browser.close();
    await dev.close();
  }
}

screenshot(resolve(process.argv[2] ?? DEFAULT_FILE)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
