/** The dev server's command line, and the workbook it opens. */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { WorkbookModel } from '../../emulator/model';
import { tidyWorkbook } from '../example/layouts/tidy';
import { generateSchool } from '../example/school';
import { readWorkbook } from '../xlsx/read';

export const USAGE = 'Usage: npm run dev -- [--in <workbook.xlsx>] [--port <n>] [--out <file.xlsx>]';
export const DEFAULT_PORT = 8787;

export interface DevArgs {
  readonly input: string | null;
  readonly port: number;
  readonly out: string | null;
}

export function parseDevArgs(argv: readonly string[]): DevArgs {
  const { values } = parseArgs({ args: [...argv], options: { in: { type: 'string' }, port: { type: 'string' }, out: { type: 'string' } } });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || port > 65535)
    throw new Error(`--port must be a whole number up to 65535, not "${values.port ?? ''}". ${USAGE}`);
  if (values.in !== undefined && !existsSync(values.in)) throw new Error(`No workbook at ${values.in}. ${USAGE}`);
  if (values.out !== undefined && !values.out.toLowerCase().endsWith('.xlsx'))
    throw new Error(`--out must name an .xlsx file, not "${values.out}". ${USAGE}`);
  return { input: values.in === undefined ? null : resolve(values.in), port, out: values.out === undefined ? null : resolve(values.out) };
}

/** The example school when no --in is given: 200 pupils, the same every time. */
export function exampleWorkbook(): WorkbookModel {
  return tidyWorkbook(generateSchool({ pupils: 200, seed: 2026 }));
}

export async function loadWorkbook(args: DevArgs): Promise<{ workbook: WorkbookModel; from: string }> {
  if (args.input === null) return { workbook: exampleWorkbook(), from: 'the example school (200 pupils, seed 2026)' };
  const workbook = await readWorkbook(args.input).catch((error: unknown) => {
    throw new Error(
      `${basename(args.input ?? '')} is not a workbook that can be opened: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  return { workbook, from: basename(args.input) };
}
