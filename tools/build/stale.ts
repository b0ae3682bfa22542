/**
 * Whether dist/ is older than what it is built from, and a build made only then. The local runner
 * and the tests share this one check, so nothing runs an out-of-date bundle and nobody waits for
 * the build when nothing changed. Concurrent callers (test files run in parallel) build once: the
 * first takes a lock, the others wait for it and find dist/ fresh.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface BuildLayout {
  /** The folder the build writes. */
  readonly dist: string;
  /** The files the build writes; the oldest of them is the build's age. */
  readonly outputs: readonly string[];
  /** Files and folders the build reads (folders are walked). */
  readonly sources: readonly string[];
}

/**
 * What `npm run build` reads, from the project's root (folders are walked; package-lock.json too:
 * the bundle carries its dependencies; the help page borrows the report's HTML escaping).
 */
export const BUILD_INPUTS: readonly string[] = [
  'src',
  'sidebar',
  join('tools', 'build'),
  join('tools', 'report', 'escape.ts'),
  'appsscript.json',
  // The compiler options esbuild reads (class fields, strict mode).
  'tsconfig.json',
  'package-lock.json',
];

/** What it writes into dist/: exactly the files `clasp push` uploads. */
export const BUILD_OUTPUTS: readonly string[] = ['Code.js', 'Sidebar.html', 'Help.html', 'appsscript.json'];

/** The build of the project at `root`. */
export function layoutOf(root: string): BuildLayout {
  return { dist: join(root, 'dist'), outputs: BUILD_OUTPUTS, sources: BUILD_INPUTS.map((path) => join(root, path)) };
}

export const BUILD: BuildLayout = layoutOf(ROOT);

/** A lock older than this was left by a build that died; a real build takes well under a minute. */
const LOCK_EXPIRY_MS = 10 * 60_000;
const LOCK_POLL_MS = 250;

function newestFile(path: string): { path: string; mtimeMs: number } | null {
  if (!existsSync(path)) return null;
  const stat = statSync(path);
  if (!stat.isDirectory()) return { path, mtimeMs: stat.mtimeMs };
  let newest: { path: string; mtimeMs: number } | null = null;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    const found = newestFile(join(path, entry));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/**
 * Why dist/ must be rebuilt, as a phrase (`src/core/plan.ts changed since the last build`), or
 * null when every output is newer than every source.
 */
export function staleReason(layout: BuildLayout = BUILD): string | null {
  const ages = layout.outputs.map((file) => join(layout.dist, file)).map((path) => (existsSync(path) ? statSync(path).mtimeMs : null));
  if (ages.some((age) => age === null)) return 'there is no complete build in dist/ yet';
  const built = Math.min(...(ages as number[]));
  for (const source of layout.sources) {
    const newest = newestFile(source);
    if (newest && newest.mtimeMs > built) return `${relative(dirname(layout.dist), newest.path)} changed since the last build`;
  }
  return null;
}

async function withLock<T>(lock: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lock, { recursive: false });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > LOCK_EXPIRY_MS) rmSync(lock, { recursive: true, force: true });
      else await sleep(LOCK_POLL_MS);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface BuildIfStaleOptions {
  /** Told why a build is needed, before it starts. */
  readonly log?: (line: string) => void;
  readonly layout?: BuildLayout;
  /** The build itself (esbuild, terser and the sidebar, loaded only when needed). */
  readonly build?: () => Promise<void>;
}

async function buildAll(): Promise<void> {
  const build = await import('./build');
  await build.buildAll();
}

/** Builds when dist/ is stale and returns whether it built. Safe to call from several processes at once. */
export async function buildIfStale(options: BuildIfStaleOptions = {}): Promise<boolean> {
  const layout = options.layout ?? BUILD;
  if (staleReason(layout) === null) return false;
  mkdirSync(layout.dist, { recursive: true });
  return withLock(join(layout.dist, '.build-lock'), async () => {
    const reason = staleReason(layout);
    if (reason === null) return false;
    options.log?.(`Building the add-in first: ${reason}.`);
    await (options.build ?? buildAll)();
    return true;
  });
}

// `node --import tsx tools/build/stale.ts`: the build for scripts that only need dist/ to be current.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  buildIfStale({ log: (line) => console.log(line) }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
