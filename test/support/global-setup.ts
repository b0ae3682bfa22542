/**
 * Vitest's global set-up, run once before any test: build dist/ from today's source when it is
 * stale, and write the project's own example workbooks (or stop here, naming the file, when CI
 * lacks the shared examples).
 */
import { existsSync } from 'node:fs';
import { writeExampleSet } from '../../tools/example/example-set';
import { buildAll } from '../../tools/build/build';
import { ROOT } from './built';
import { chooseOrigin, GENERATED_EXAMPLES, GENERATED_SCHOOL } from './examples';
import { bundleFreshness } from './freshness';

async function buildWhenStale(): Promise<void> {
  const before = bundleFreshness(ROOT);
  if (!before.stale) return;
  console.log(`Building dist/ for the tests: ${before.reason}`);
  await buildAll();
  const after = bundleFreshness(ROOT);
  if (after.stale) throw new Error(`The build left dist/ stale: ${after.reason}`);
}

export default async function setup(): Promise<void> {
  const origin = chooseOrigin(process.env, existsSync);
  await buildWhenStale();
  // Written every run: the cycle's tests run on the generated school beside the shared examples.
  await writeExampleSet(GENERATED_EXAMPLES, GENERATED_SCHOOL);
  if (origin === 'generated') {
    const why = process.env.IP_EXAMPLES === 'generated' ? 'IP_EXAMPLES=generated' : '../shared/examples is not there';
    console.log(`The acceptance tests run on the project's own examples in ${GENERATED_EXAMPLES} (${why}).`);
  }
}
