/**
 * Tests run against the built artefact. `npm test` builds first; when a test file is run on its
 * own, the build is made here if dist/ has none yet.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../tools/local/bundle';

export async function ensureBuilt(): Promise<void> {
  if (existsSync(join(DIST, 'Code.js')) && existsSync(join(DIST, 'Sidebar.html'))) return;
  const { buildAll } = await import('../../tools/build/build');
  await buildAll();
}
