/**
 * What a school does between two runs, locally: the output workbook saved as .xlsx and opened
 * again. Running `all` on it must change nothing: not the generated tabs (a stamp aside), not the
 * user's tabs, not what setup remembered.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import { hostileCorpus } from '../../tools/hostile/corpus';
import { openSession, runActions } from '../../tools/local/session';
import { readWorkbook } from '../../tools/xlsx/read';
import { writeWorkbook } from '../../tools/xlsx/write';
import { ensureBuilt } from '../support/built';
import { cachedRun, generatedContent, NOW, userSheets, userTabState } from './harness';

const corpus = hostileCorpus();
let dir = '';

beforeAll(async () => {
  await ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), 'ip-hostile-'));
});

afterAll(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

async function roundTripped(workbook: WorkbookModel, name: string): Promise<WorkbookModel> {
  const path = join(dir, `${name}.xlsx`);
  await writeWorkbook(workbook, path);
  return readWorkbook(path);
}

describe('hostile workbooks: all again on the saved and reopened output', () => {
  it.each(corpus)('$name: changes nothing in generated tabs, user tabs or document properties', async (entry) => {
    const first = cachedRun(entry, 'all').session.workbook;
    const reopened = await roundTripped(first, entry.name);
    const generatedBefore = generatedContent(reopened);
    const userBefore = userSheets(reopened).map(userTabState);
    const propertiesBefore = { ...reopened.documentProperties };

    const session = openSession(reopened, { now: () => new Date(NOW) });
    const outcomes = runActions(session, 'all');
    expect(outcomes.map((o) => o.ok)).toEqual(cachedRun(entry, 'all').outcomes.map((o) => o.ok));

    const after = session.workbook;
    // The round trip itself lost nothing the add-in or the school wrote.
    expect(generatedBefore).toEqual(generatedContent(first));
    expect(userBefore).toEqual(userSheets(entry.workbook).map(userTabState));
    // And the second run changed nothing.
    expect(generatedContent(after)).toEqual(generatedBefore);
    expect(userSheets(after).map(userTabState)).toEqual(userBefore);
    expect(after.documentProperties).toEqual(propertiesBefore);
  });
});
