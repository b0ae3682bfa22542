/**
 * `npm run build`: writes dist/Code.js, dist/Sidebar.html (one inlined file), dist/Help.html and
 * dist/appsscript.json — exactly the files `clasp push` uploads.
 *
 * Code.js is one plain script, as Apps Script loads it: every entry point a top-level function
 * declaration (see entry-points.ts), then the bundle. Apps Script parses the whole file on every
 * menu click, sidebar call and form submission, so esbuild drops the code nothing uses (most of
 * the validator) and the sidebar's hints (sidebar-only.ts), and terser, which compresses further
 * than esbuild's minifier (about 5 KB here), removes the whitespace and the long local names.
 * Class fields are plain assignments in the constructor (tsconfig's `useDefineForClassFields:
 * false`), not calls to a defineProperty helper. Function names are not kept (keepNames would add
 * about 20 KB): an error the add-in expects is a UserError whose name and sentence are set
 * explicitly, and the log records only an unexpected error's kind.
 */
import { build } from 'esbuild';
import { minify } from 'terser';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELP_FILE } from '../../src/shared/help';
import { entryPointNames, entryPointStubs } from './entry-points';
import { buildHelpHtml } from './help';
import { leaveOutSidebarHints } from './sidebar-only';
import { buildSidebarHtml } from './sidebar';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const ENTRY = join(root, 'src', 'server', 'index.ts');

/** Scopes are listed in appsscript.json; this annotation documents the intent in the code too. */
const HEADER = '/**\n * Intervention Planner — built file, do not edit: the source is in src/.\n * @OnlyCurrentDoc\n */\n';

const USE_STRICT = '"use strict";';

export async function buildCode(): Promise<string> {
  const [bundle, entry] = await Promise.all([
    build({
      entryPoints: [ENTRY],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2020',
      charset: 'utf8',
      legalComments: 'none',
      minifySyntax: true,
      // index.ts assigns the entry points to `global`, which in Apps Script is the global object.
      define: { global: 'globalThis' },
      plugins: [leaveOutSidebarHints],
    }),
    readFile(ENTRY, 'utf8'),
  ]);
  const code = await compress(bundle.outputFiles[0]?.text ?? '');
  // The compiler's strict mode makes esbuild open the file with "use strict": it must stay first,
  // before the stubs, to remain a directive.
  const strict = code.startsWith(USE_STRICT);
  return `${HEADER}${strict ? `${USE_STRICT}\n` : ''}${entryPointStubs(entryPointNames(entry))}${strict ? code.slice(USE_STRICT.length) : code}`;
}

/**
 * Terser over esbuild's bundle. `unsafe_arrows` (about 1.8 KB) turns function expressions that use
 * neither `this` nor `arguments` into arrows, which is unsafe only for a function constructed with
 * `new` or tested with `instanceof`: test/bundle/constructors.test.ts checks the bundle does that
 * only with classes and built-ins.
 */
async function compress(code: string): Promise<string> {
  const result = await minify(code, {
    ecma: 2020,
    compress: { passes: 3, unsafe_arrows: true },
    mangle: true,
    format: { comments: false },
  });
  if (result.code === undefined) throw new Error('terser returned no code');
  return result.code;
}

export async function buildAll(): Promise<void> {
  await mkdir(dist, { recursive: true });
  const [code, sidebar] = await Promise.all([buildCode(), buildSidebarHtml(join(root, 'sidebar'))]);
  await writeFile(join(dist, 'Code.js'), code);
  await writeFile(join(dist, 'Sidebar.html'), sidebar);
  await writeFile(join(dist, `${HELP_FILE}.html`), buildHelpHtml());
  await copyFile(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildAll().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
