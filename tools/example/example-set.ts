/**
 * Writes the example school as the set of workbooks the acceptance tests run on when the shared
 * examples are not there: the tidy workbook, the messy register, and `planted.json`, the
 * generator's record of every problem it planted, in the workbooks' own words.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeWorkbook } from '../xlsx/write';
import { workbooksFor } from './cli';
import { plantedRecord } from './planted';
import { generateSchool, type SchoolOptions } from './school';

export const PLANTED_FILE = 'planted.json';

/** Each file is written beside its final name and then renamed, so no reader sees half a file. */
export async function writeExampleSet(dir: string, options: SchoolOptions): Promise<string[]> {
  const school = generateSchool(options);
  await mkdir(dir, { recursive: true });
  const files: [string, (path: string) => Promise<void>][] = [
    ...workbooksFor(school, 'both').map(([file, model]): [string, (path: string) => Promise<void>] => [
      file,
      (path) => writeWorkbook(model, path),
    ]),
    [PLANTED_FILE, (path) => writeFile(path, `${JSON.stringify(plantedRecord(school), null, 2)}\n`)],
  ];
  for (const [file, write] of files) {
    const partial = join(dir, `.${file}.partial`);
    await write(partial);
    await rename(partial, join(dir, file));
  }
  return files.map(([file]) => join(dir, file));
}
