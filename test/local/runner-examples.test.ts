import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gridCells } from '../../emulator/model';
import { readWorkbook } from '../../tools/xlsx/read';
import { ensureBuilt } from '../support/built';
import { runCli } from '../support/cli';
import { EXAMPLES } from '../support/examples';

function outDir(): string {
  return mkdtempSync(join(tmpdir(), 'ip-runner-'));
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

interface MappingFile {
  register: {
    tab: string;
    headerRow: number;
    fields: Record<string, string>;
    measures: { id: string; start: string; end: string; betterWhen: string }[];
  };
  groups: { tab: string } | null;
  keepApart: { tab: string } | null;
  lessonTimetable: { tab: string } | null;
  staffAvailability: { tab: string } | null;
  responses: { tab: string }[];
}

interface StatsFile {
  actions: {
    action: string;
    ok: boolean;
    ms: number;
    calls: Record<string, number>;
    googleSeconds: number;
    cells: number;
    tabs: number;
  }[];
}

describe(`the local runner on the ${EXAMPLES.origin} example workbooks`, () => {
  beforeAll(ensureBuilt);

  it.each([EXAMPLES.tidy, EXAMPLES.messy])(
    'sets up $file with no mapping file, finding every tab and mapping every column',
    async ({ path, layout }) => {
      const out = outDir();
      const run = runCli(['setup', '--in', path, '--out', out]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const mapping = readJson<MappingFile>(join(out, 'mapping.json'));
      expect(mapping.register.tab).toBe(layout.register);
      expect(mapping.register.headerRow).toBe(layout.headerRow);
      expect(mapping.register.fields).toEqual(layout.columns);
      expect(mapping.register.measures.map((m) => [m.id, m.start, m.end, m.betterWhen])).toEqual(
        layout.measures.map((m) => [m.id, m.start, m.end, m.better]),
      );
      expect([mapping.groups?.tab, mapping.keepApart?.tab, mapping.lessonTimetable?.tab, mapping.staffAvailability?.tab ?? null]).toEqual([
        layout.groups,
        layout.keepApart,
        layout.lessons,
        layout.staff,
      ]);
      expect(mapping.responses.map((r) => r.tab)).toEqual(layout.responses);

      const stats = readJson<StatsFile>(join(out, 'stats.json'));
      expect(stats.actions.map((a) => [a.action, a.ok])).toEqual([['setup', true]]);
      expect(stats.actions[0]?.calls['Range.getValues']).toBeGreaterThan(0);
      // The estimate in Google, and the spreadsheet's size after the action as the saved workbook has it.
      const saved = await readWorkbook(join(out, 'workbook.xlsx'));
      expect(stats.actions[0]?.googleSeconds).toBeGreaterThan(0);
      expect(stats.actions[0]?.cells).toBe(gridCells(saved));
      expect(stats.actions[0]?.tabs).toBe(saved.sheets.length);
      for (const file of ['workbook.xlsx', 'charts.json', 'report.html']) expect(readFileSync(join(out, file)).length).toBeGreaterThan(0);
    },
  );

  it('gives the same result when the mapping file is passed back with --mapping', async () => {
    const first = outDir();
    expect(runCli(['setup', '--in', EXAMPLES.messy.path, '--out', first]).status).toBe(0);
    const second = outDir();
    const again = runCli(['setup', '--in', EXAMPLES.messy.path, '--out', second, '--mapping', join(first, 'mapping.json')]);
    expect(again.status).toBe(0);
    expect(readFileSync(join(second, 'mapping.json'), 'utf8')).toBe(readFileSync(join(first, 'mapping.json'), 'utf8'));
    const problems = async (dir: string) =>
      (await readWorkbook(join(dir, 'workbook.xlsx'))).sheets
        .find((s) => s.name === 'Problems')
        ?.cells.map((row) => row.map((cell) => cell?.value));
    expect(await problems(second)).toEqual(await problems(first));
  });

  it('runs again on its own output as a second run in Sheets would: the same tabs, none duplicated, user tabs untouched', async () => {
    const first = outDir();
    expect(runCli(['setup', '--in', EXAMPLES.tidy.path, '--out', first]).status).toBe(0);
    const second = outDir();
    expect(runCli(['setup', '--in', join(first, 'workbook.xlsx'), '--out', second]).status).toBe(0);
    const [original, once, twice] = await Promise.all([
      readWorkbook(EXAMPLES.tidy.path),
      readWorkbook(join(first, 'workbook.xlsx')),
      readWorkbook(join(second, 'workbook.xlsx')),
    ]);
    expect(twice.sheets.map((s) => s.name)).toEqual(once.sheets.map((s) => s.name));
    expect(once.sheets.map((s) => s.name)).toEqual([...original.sheets.map((s) => s.name), 'Problems']);
    expect(twice.documentProperties).toEqual(once.documentProperties);
    for (const sheet of original.sheets) {
      const values = (s: typeof sheet | undefined) => s?.cells.map((row) => row.map((cell) => cell?.value ?? ''));
      expect(values(twice.sheets.find((s) => s.name === sheet.name))).toEqual(values(sheet));
    }
  });

  it('stops with a one-line reason when the input cannot be used at all', () => {
    const dir = outDir();
    const notAWorkbook = join(dir, 'notes.xlsx');
    writeFileSync(notAWorkbook, 'these are not spreadsheet bytes');
    const run = runCli(['setup', '--in', notAWorkbook, '--out', join(dir, 'out')]);
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('notes.xlsx');
  });
});
