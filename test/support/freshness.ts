/**
 * Whether dist/ was built from today's source: the bundle is stale when any file it is built from
 * is newer than the oldest file the build writes, or when one of those files is missing.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What `npm run build` reads (package-lock.json too: the bundle carries its dependencies). */
export const BUILD_INPUTS: readonly string[] = [
  'src',
  'sidebar',
  'tools/build',
  'appsscript.json',
  'webpack.config.cjs',
  'package-lock.json',
];
/** What it writes. */
export const BUILD_OUTPUTS: readonly string[] = ['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json'];

export interface Freshness {
  readonly stale: boolean;
  /** One sentence: which output is missing or which input is newer, for the log. */
  readonly reason: string;
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => filesUnder(join(path, entry.name)));
}

export function bundleFreshness(root: string): Freshness {
  const missing = BUILD_OUTPUTS.find((output) => !existsSync(join(root, output)));
  if (missing !== undefined) return { stale: true, reason: `${missing} does not exist.` };
  const built = Math.min(...BUILD_OUTPUTS.map((output) => statSync(join(root, output)).mtimeMs));
  const newer = BUILD_INPUTS.flatMap((input) => filesUnder(join(root, input))).find((file) => statSync(file).mtimeMs > built);
  if (newer !== undefined) return { stale: true, reason: `${relative(root, newer)} is newer than dist/.` };
  return { stale: false, reason: 'dist/ is newer than every file it is built from.' };
}
