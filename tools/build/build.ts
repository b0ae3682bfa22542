/**
 * `npm run build`: writes dist/Code.js (webpack + GasPlugin), dist/Sidebar.html (one inlined
 * file) and dist/appsscript.json — exactly the files `clasp push` uploads.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import { buildSidebarHtml } from './sidebar';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);

/** Scopes are listed in appsscript.json; this annotation documents the intent in the code too. */
const HEADER = '/**\n * Intervention Planner — built file, do not edit: the source is in src/.\n * @OnlyCurrentDoc\n */\n';

function runWebpack(): Promise<void> {
  const config = require(join(root, 'webpack.config.cjs')) as webpack.Configuration;
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

export async function buildAll(): Promise<void> {
  await mkdir(dist, { recursive: true });
  await runWebpack();
  const code = await readFile(join(dist, 'Code.js'), 'utf8');
  if (!code.startsWith(HEADER)) await writeFile(join(dist, 'Code.js'), HEADER + code);
  await writeFile(join(dist, 'Sidebar.html'), await buildSidebarHtml(join(root, 'sidebar')));
  await copyFile(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildAll().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
