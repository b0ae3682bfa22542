/**
 * Tests run against the built artefact, and the global set-up (test/support/global-setup.ts)
 * builds it before any test when a source is newer. A test file that loads the bundle checks
 * again, so a bundle gone stale during the run fails the test rather than passing on old code.
 */
import { join } from 'node:path';
import { bundleFreshness } from './freshness';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Resolves when dist/ is fresh; a promise so that it can stand as a `beforeAll` hook. */
export function ensureBuilt(): Promise<void> {
  const { stale, reason } = bundleFreshness(ROOT);
  if (!stale) return Promise.resolve();
  return Promise.reject(new Error(`The built bundle is out of date: ${reason}. Run the tests through vitest, whose set-up builds it.`));
}
