/** A run stopped at any moment leaves each output as it was or whole and new, never cut short. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesSafely } from '../../tools/safe-write';

const ROOT = join(import.meta.dirname, '..', '..');
const OLD = 'the previous run’s output';

function folderWithPreviousOutputs(): string {
  const folder = mkdtempSync(join(tmpdir(), 'ip-safe-write-'));
  writeFileSync(join(folder, 'workbook.xlsx'), OLD);
  writeFileSync(join(folder, 'report.html'), OLD);
  return folder;
}

describe('writeFilesSafely', () => {
  it('replaces every file when all are written', async () => {
    const folder = folderWithPreviousOutputs();
    await writeFilesSafely([
      { path: join(folder, 'workbook.xlsx'), data: new Uint8Array([1, 2, 3]) },
      { path: join(folder, 'report.html'), data: '<p>new</p>' },
    ]);
    expect([...readFileSync(join(folder, 'workbook.xlsx'))]).toEqual([1, 2, 3]);
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toBe('<p>new</p>');
    expect(readdirSync(folder).sort()).toEqual(['report.html', 'workbook.xlsx']);
  });

  it('leaves every file as it was, and no temporary file, when a write fails part way', async () => {
    const folder = folderWithPreviousOutputs();
    let writes = 0;
    const failing = async (path: string, data: string | Uint8Array): Promise<void> => {
      writes += 1;
      writeFileSync(path, typeof data === 'string' ? data.slice(0, 3) : data.slice(0, 3));
      if (writes === 2) throw new Error('ENOSPC: no space left on device');
      await Promise.resolve();
    };
    const files = [
      { path: join(folder, 'workbook.xlsx'), data: 'new workbook' },
      { path: join(folder, 'report.html'), data: 'new report' },
    ];
    await expect(writeFilesSafely(files, failing)).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(join(folder, 'workbook.xlsx'), 'utf8')).toBe(OLD);
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toBe(OLD);
    expect(readdirSync(folder).sort()).toEqual(['report.html', 'workbook.xlsx']);
  });

  it('leaves every file as it was when the process is killed mid-write, and the next run clears its leftovers', async () => {
    const folder = folderWithPreviousOutputs();
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'stalled-write.ts'), folder], {
      cwd: ROOT,
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('half written')) resolve();
      });
      child.on('exit', () => reject(new Error('The writer ended before it was killed')));
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(readFileSync(join(folder, 'workbook.xlsx'), 'utf8')).toBe(OLD);
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toBe(OLD);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toHaveLength(1);

    await writeFilesSafely([{ path: join(folder, 'workbook.xlsx'), data: 'whole and new' }]);
    expect(readFileSync(join(folder, 'workbook.xlsx'), 'utf8')).toBe('whole and new');
    expect(readdirSync(folder).sort()).toEqual(['report.html', 'workbook.xlsx']);
  });
});
