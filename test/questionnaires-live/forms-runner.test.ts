/**
 * `npm run local -- forms --in <workbook> --out <folder>`: the built-in forms made in the emulator,
 * forms.json saying what a pupil sees (no item offers pupils' names), and the staff's Form links
 * tab with one personal link per pupil on a programme, none carrying a UPN. Run on the example set
 * in use (shared or generated) and on a larger school the project generates.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool } from '../../tools/example/school';
import type { FormJson } from '../../tools/local/forms-json';
import { readWorkbook } from '../../tools/xlsx/read';
import { writeWorkbook } from '../../tools/xlsx/write';
import { ensureBuilt } from '../support/built';
import { runCli } from '../support/cli';
import { readRegister } from '../support/example-facts';
import { EXAMPLES, exampleSet, type WorkbookLayout } from '../support/examples';
import { sheetNamed, textOf, values } from './helpers';

interface Register {
  /** Every pupil's name and UPN, as the register writes them. */
  readonly pupils: { name: string; upn: string }[];
  /** Names of pupils with a group or a 1-1 (not only a referral). */
  readonly onProgrammes: Set<string>;
}

function registerOf(workbook: WorkbookModel, layout: WorkbookLayout): Register {
  const rows = readRegister(workbook, layout);
  const pupils = rows.map((r) => ({ name: r.name, upn: r.pupilId }));
  const onProgrammes = new Set(rows.filter((r) => r.type !== 'referred').map((r) => r.name));
  return { pupils, onProgrammes };
}

async function generatedExample(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'ip-forms-in-')), 'school.xlsx');
  await writeWorkbook(tidyWorkbook(generateSchool({ pupils: 200, seed: 31 })), path);
  return path;
}

const CASES: [string, () => Promise<string>, WorkbookLayout][] = [
  ['a generated school of 200 pupils', generatedExample, exampleSet('generated').tidy.layout],
  [`the ${EXAMPLES.origin} example (${EXAMPLES.tidy.file})`, () => Promise.resolve(EXAMPLES.tidy.path), EXAMPLES.tidy.layout],
];

describe.each(CASES)('npm run local -- forms, on %s', (_name, input, layout) => {
  let forms: FormJson[] = [];
  let register: Register;
  let links: Record<string, string>[] = [];
  let stdout = '';

  beforeAll(async () => {
    await ensureBuilt();
    const path = await input();
    const out = mkdtempSync(join(tmpdir(), 'ip-forms-'));
    const run = runCli(['forms', '--in', path, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    stdout = run.stdout;
    forms = (JSON.parse(readFileSync(join(out, 'forms.json'), 'utf8')) as { forms: FormJson[] }).forms;
    register = registerOf(await readWorkbook(path), layout);
    const [headers, ...rows] = values(sheetNamed(await readWorkbook(join(out, 'workbook.xlsx')), 'Form links'));
    links = rows.map((row) => Object.fromEntries((headers ?? []).map((h, i) => [String(h), textOf(row[i])])));
  }, 180_000);

  it('writes both built-in forms: title, description, email collection, and each item’s title, type and choices', () => {
    expect(forms.map((f) => [f.title, f.collectsEmail])).toEqual([
      ['Life satisfaction questionnaire', false],
      ['Resilience questionnaire', false],
    ]);
    for (const form of forms) {
      expect(form.description).toMatch(/own link/);
      expect(form.items[0]).toMatchObject({ title: 'Your personal code', type: 'TEXT', required: true, choices: [] });
      expect(form.items[1]).toMatchObject({ type: 'MULTIPLE_CHOICE', choices: ['Start of the programme', 'End of the programme'] });
      expect(form.items.slice(2).every((item) => item.type === 'GRID' && item.choices.length >= 5 && (item.rows?.length ?? 0) > 0)).toBe(
        true,
      );
    }
    expect(stdout).toMatch(/^forms: Created “Life satisfaction questionnaire”/m);
  });

  it('offers no pupil’s name anywhere on any form', () => {
    const everything = JSON.stringify(forms).toLowerCase();
    expect(register.pupils.length).toBeGreaterThan(10);
    for (const pupil of register.pupils) expect(everything, pupil.name).not.toContain(pupil.name.toLowerCase());
  });

  it('lists one link per pupil on a programme for each form, none containing a UPN', () => {
    for (const form of forms) {
      const mine = links.filter((l) => l.Form === form.title);
      expect(new Set(mine.map((l) => l.Pupil))).toEqual(register.onProgrammes);
      expect(mine).toHaveLength(register.onProgrammes.size);
      expect(new Set(mine.map((l) => l.Link)).size).toBe(mine.length);
    }
    for (const link of links) {
      expect(link.Link).toMatch(
        /^https:\/\/docs\.google\.com\/forms\/d\/e\/[^/?]+\/viewform\?usp=pp_url&entry\.\d+=[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/,
      );
      for (const pupil of register.pupils) expect(link.Link!.toUpperCase()).not.toContain(pupil.upn.toUpperCase());
    }
  });
});
