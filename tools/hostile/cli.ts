/**
 * `npx tsx tools/hostile/cli.ts [--out DIR]`: writes every hostile workbook as `<name>.xlsx`
 * (default test/fixtures/hostile/), the files the hostile tests and `npm run local` can open.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeWorkbook } from '../xlsx/write';
import { hostileWorkbooks } from './corpus';

export const FIXTURES = resolve(import.meta.dirname, '..', '..', 'test', 'fixtures', 'hostile');

export async function writeCorpus(out: string): Promise<string[]> {
  await mkdir(out, { recursive: true });
  const written: string[] = [];
  for (const { name, workbook } of hostileWorkbooks()) {
    const path = join(out, `${name}.xlsx`);
    await writeWorkbook(workbook, path);
    written.push(path);
  }
  return written;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' } } });
  for (const path of await writeCorpus(resolve(values.out ?? FIXTURES))) console.log(`Wrote ${path}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
