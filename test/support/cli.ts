/** Runs the local runner's CLI as a user would (without rebuilding: tests build once first). */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** What the local runner and its build read; the rest of the repository plays no part. */
const CHECKOUT = ['src', 'sidebar', 'tools', 'emulator', 'package.json', 'tsconfig.json', 'appsscript.json'];

/**
 * A copy of the repository as a fresh checkout has it: the sources and the installed packages, but
 * no dist/. A command that built before checking its arguments would say so on stdout and leave a
 * dist/ behind.
 */
export function unbuiltCheckout(): string {
  const root = mkdtempSync(join(tmpdir(), 'ip-unbuilt-'));
  for (const entry of CHECKOUT) cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm run local -- <args>`'s command in `root`: this repository, or a copy of it. */
export function runCli(args: readonly string[], root = ROOT): CliRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'tools', 'local', 'cli.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
