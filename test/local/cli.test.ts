/**
 * The local runner as a person uses it: mistakes are answered before any build, British dates
 * work, a run in the input's own folder never loses the input, and a workbook with features the
 * emulator does not model opens and says what it kept.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { BUILD, staleReason } from '../../tools/build/stale';
import { generateSchool } from '../../tools/example/school';
import { main, type CliSteps } from '../../tools/local/cli';
import { readWorkbook } from '../../tools/xlsx/read';
import { writeWorkbook } from '../../tools/xlsx/write';
import { ensureBuilt } from '../support/built';
import { runCli, unbuiltCheckout } from '../support/cli';
import { addChart, richWorkbook } from '../xlsx/packages';

const dir = mkdtempSync(join(tmpdir(), 'ip-cli-'));
const SCHOOL = join(dir, 'school.xlsx');

function recordingSteps(): CliSteps & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    build: () => {
      calls.push('build');
      return Promise.resolve();
    },
    run: () => {
      calls.push('run');
      return Promise.resolve(0);
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the order of the steps', () => {
  beforeAll(() => writeWorkbook(tidyWorkbook(generateSchool({ pupils: 60, seed: 5 })), SCHOOL));

  it('answers a mistake without building or running anything', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const steps = recordingSteps();
    expect(await main(['all', '--in', join(dir, 'notes.csv'), '--out', join(dir, 'x')], steps)).toBe(2);
    expect(steps.calls).toEqual([]);
    expect(errors.mock.calls).toEqual([[expect.stringMatching(/^notes\.csv is a CSV file/)]]);
  });

  it('builds before it runs a good command', async () => {
    const steps = recordingSteps();
    expect(await main(['groups', '--in', SCHOOL, '--out', join(dir, 'x')], steps)).toBe(0);
    expect(steps.calls).toEqual(['build', 'run']);
  });
});

describe('a mistake on the command line, in a checkout never built', () => {
  let root: string;
  beforeAll(() => {
    root = unbuiltCheckout();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    ['a .csv input', ['all', '--in', 'notes.csv', '--out', 'out/x'], /^notes\.csv is a CSV file.*save it as \.xlsx from Google Sheets/],
    ['a missing --in', ['all', '--out', 'out/x'], /^Say which workbook to open with --in/],
  ])('%s: one sentence naming the fix and a non-zero exit, before any build', (_, args, sentence) => {
    const run = runCli(args, root);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(sentence)]);
    // A build would have said "Building the add-in first" on stdout and written dist/.
    expect(run.stdout).toBe('');
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('has no build, so a command it accepted would build first and leave dist/ behind', () => {
    expect(staleReason({ ...BUILD, dist: join(root, 'dist') })).toBe('there is no complete build in dist/ yet');
  });
});

describe('the command line, run as a person runs it', () => {
  beforeAll(ensureBuilt);

  it('generates the timetable for the week of a British date (--week 30/11/2026)', async () => {
    const out = join(dir, 'week');
    const run = runCli(['timetable', '--in', SCHOOL, '--out', out, '--week', '30/11/2026']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const sheets = (await readWorkbook(join(out, 'workbook.xlsx'))).sheets;
    const printed = sheets.find((s) => s.name === 'Staff timetables');
    expect(String(printed?.cells[0]?.[0]?.value)).toMatch(/^Intervention timetable for week commencing 30\/11\/2026: /);
    // One printed week, never a tab per week.
    expect(sheets.some((s) => /w\/c \d/.test(s.name))).toBe(false);
  });

  it('run in the input’s own folder on its own output, replaces it whole and keeps the school’s tabs', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ip-cli-in-place-'));
    const input = join(folder, 'workbook.xlsx');
    copyFileSync(SCHOOL, input);
    const before = await readWorkbook(input);
    const run = runCli(['setup', '--in', input, '--out', folder]);
    expect(run.status).toBe(0);
    const after = await readWorkbook(input);
    expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), 'Problems']);
    expect(JSON.parse(readFileSync(join(folder, 'stats.json'), 'utf8'))).toMatchObject({ actions: [{ action: 'setup', ok: true }] });
  });

  it('opens a workbook with a table, notes, links, images and a chart, and says in a line each what it kept and what it could not', async () => {
    const path = join(dir, 'rich.xlsx');
    await richWorkbook(path);
    await addChart(path);
    const run = runCli(['setup', '--in', path, '--out', join(dir, 'rich')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^setup: Found 6 pupils/m);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^Kept as it was, though the add-in does not read it: Register: the table Pupils, /),
      'Not kept in the output (the local runner cannot carry it): Register: 1 chart.',
    ]);
  });
});
