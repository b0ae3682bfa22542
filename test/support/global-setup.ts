/** Vitest's global set-up: build dist/ from today's source before any test, when it is stale. */
import { buildAll } from '../../tools/build/build';
import { ROOT } from './built';
import { bundleFreshness } from './freshness';

export default async function setup(): Promise<void> {
  const before = bundleFreshness(ROOT);
  if (!before.stale) return;
  console.log(`Building dist/ for the tests: ${before.reason}`);
  await buildAll();
  const after = bundleFreshness(ROOT);
  if (after.stale) throw new Error(`The build left dist/ stale: ${after.reason}`);
}
