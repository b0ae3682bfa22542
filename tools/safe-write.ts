/**
 * Writes files so that a run stopped at any moment (Ctrl+C, a full disk, a killed process) leaves
 * each file either as it was or whole and new, never cut short: every file is written to a
 * temporary file in its own folder, and renamed over the old one only once all are complete.
 */
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface OutputFile {
  readonly path: string;
  readonly data: string | Uint8Array;
}

/** Writes one temporary file completely (and to disk), or throws. */
export type Writer = (path: string, data: string | Uint8Array) => Promise<void>;

const writeDurably: Writer = async (path, data) => {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
};

function temporaryName(path: string, pid = process.pid): string {
  return join(dirname(path), `.${basename(path)}.${pid}.tmp`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files of runs that were killed before they could tidy up. */
async function removeLeftovers(path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    const pid = name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length, -'.tmp'.length)) : NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) await rm(join(dirname(path), name), { force: true });
  }
}

/** Writes every file beside its target, then renames each into place; on failure the targets are untouched. */
export async function writeFilesSafely(files: readonly OutputFile[], write: Writer = writeDurably): Promise<void> {
  const written: string[] = [];
  try {
    for (const file of files) {
      await removeLeftovers(file.path);
      const temporary = temporaryName(file.path);
      written.push(temporary);
      await write(temporary, file.data);
    }
  } catch (error) {
    await Promise.all(written.map((temporary) => rm(temporary, { force: true })));
    throw error;
  }
  for (const file of files) await rename(temporaryName(file.path), file.path);
}

export async function writeFileSafely(path: string, data: string | Uint8Array): Promise<void> {
  await writeFilesSafely([{ path, data }]);
}
