/**
 * The kept .xlsx fixtures are the corpus as the generator makes it (regenerate with
 * `npx tsx tools/hostile/cli.ts`), and the add-in reads them as it reads the in-memory corpus.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../tools/hostile/cli';
import { hostileCorpus } from '../../tools/hostile/corpus';
import { openSession, runActions } from '../../tools/local/session';
import { readWorkbook } from '../../tools/xlsx/read';
import { ensureBuilt } from '../support/built';
import { userSheets, userTabState } from './harness';

const corpus = hostileCorpus();

describe('hostile fixtures', () => {
  beforeAll(ensureBuilt);

  it.each(corpus)('$name: the kept .xlsx holds the corpus workbook, every tab and cell', async (entry) => {
    const path = join(FIXTURES, `${entry.name}.xlsx`);
    expect(existsSync(path), `${path} is missing: run npx tsx tools/hostile/cli.ts`).toBe(true);
    const read = await readWorkbook(path);
    expect(userSheets(read).map(userTabState)).toEqual(userSheets(entry.workbook).map(userTabState));
  });

  it.each(corpus)('$name: opened from its .xlsx, setup answers as it does in memory', async (entry) => {
    const session = openSession(await readWorkbook(join(FIXTURES, `${entry.name}.xlsx`)));
    const [setup] = runActions(session, 'setup');
    expect(setup?.ok, setup?.message).toBe(entry.unusable === undefined);
  });
});
