/**
 * `npm run example -- --pupils N --seed S [--out DIR] [--layout tidy|register|both]`: writes the
 * fictional example school as `example-tidy.xlsx` and/or `example-register.xlsx`, into out/examples/
 * unless --out names another folder (`--out examples` refreshes the copies the repository keeps).
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { WorkbookModel } from '../../emulator/model';
import { writeWorkbook } from '../xlsx/write';
import { registerWorkbook } from './layouts/register';
import { tidyWorkbook } from './layouts/tidy';
import { generateSchool, MIN_PUPILS, type ExampleSchool } from './school';

const USAGE = 'Usage: npm run example -- [--pupils N] [--seed S] [--out DIR] [--layout tidy|register|both]';
/** Ignored by git, so trying the generator never changes the workbooks the repository keeps. */
export const DEFAULT_OUT = join(import.meta.dirname, '..', '..', 'out', 'examples');
const LAYOUTS = ['tidy', 'register', 'both'] as const;
type Layout = (typeof LAYOUTS)[number];

export interface ExampleCommand {
  readonly pupils: number;
  readonly seed: number;
  readonly out: string;
  readonly layout: Layout;
}

function wholeNumber(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new Error(`--${flag} must be a whole number, not "${text}". ${USAGE}`);
  return Number(text);
}

export function parseCommand(argv: readonly string[]): ExampleCommand {
  const { values } = parseArgs({
    args: [...argv],
    options: { pupils: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, layout: { type: 'string' } },
  });
  const layout = values.layout ?? 'both';
  if (!(LAYOUTS as readonly string[]).includes(layout))
    throw new Error(`--layout must be tidy, register or both, not "${layout}". ${USAGE}`);
  const pupils = wholeNumber('pupils', values.pupils, 200);
  if (pupils < MIN_PUPILS) throw new Error(`--pupils must be at least ${MIN_PUPILS}, so every planted problem fits.`);
  return {
    pupils,
    seed: wholeNumber('seed', values.seed, 2026),
    out: values.out === undefined ? DEFAULT_OUT : resolve(values.out),
    layout: layout as Layout,
  };
}

/** The files one command writes, by name. */
export function workbooksFor(school: ExampleSchool, layout: Layout): [string, WorkbookModel][] {
  const files: [string, WorkbookModel][] = [];
  if (layout !== 'register') files.push(['example-tidy.xlsx', tidyWorkbook(school)]);
  if (layout !== 'tidy') files.push(['example-register.xlsx', registerWorkbook(school)]);
  return files;
}

async function main(): Promise<void> {
  const command = parseCommand(process.argv.slice(2));
  const school = generateSchool({ pupils: command.pupils, seed: command.seed });
  await mkdir(command.out, { recursive: true });
  for (const [file, model] of workbooksFor(school, command.layout)) {
    const path = join(command.out, file);
    await writeWorkbook(model, path);
    console.log(`Wrote ${path} (${school.pupils.length} pupils, ${school.groups.length} groups, seed ${school.seed})`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
