/**
 * The local runner: `npm run local -- <action> --in <workbook.xlsx> --out <dir> [--mapping <file>]
 * [--week <yyyy-mm-dd>]`. Opens the workbook in the emulator, runs the built Code.js as Google
 * Sheets would, and writes workbook.xlsx, mapping.json, charts.json, report.html and stats.json.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readWorkbook } from '../xlsx/read';
import { describeStat, writeOutputs } from './outputs';
import { ACTIONS, openSession, runActions, type ActionName, type RunOptions } from './session';

const USAGE =
  'Usage: npm run local -- <setup|timetable|groups|score|impact|all> --in <workbook.xlsx> --out <dir> [--mapping <file.json>] [--week <yyyy-mm-dd>]';

/** A reason the input cannot be used at all: printed as one line, exit code 2. */
class Unusable extends Error {}

interface Command {
  readonly action: ActionName | 'all';
  readonly input: string;
  readonly out: string;
  readonly options: RunOptions;
}

async function parseCommand(argv: readonly string[]): Promise<Command> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      mapping: { type: 'string' },
      week: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    },
  });
  const action = positionals[0];
  if (action !== 'all' && !ACTIONS.includes(action as ActionName)) throw new Unusable(`Unknown action "${action ?? ''}". ${USAGE}`);
  if (!values.in || !values.out) throw new Unusable(USAGE);
  if (!existsSync(values.in)) throw new Unusable(`No workbook at ${values.in}.`);
  const mapping = values.mapping === undefined ? undefined : await readMapping(values.mapping);
  for (const [flag, value] of [
    ['week', values.week],
    ['from', values.from],
    ['to', values.to],
  ] as const) {
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value))
      throw new Unusable(`--${flag} must be a date written yyyy-mm-dd, not "${value}".`);
  }
  const options: RunOptions = {
    ...(mapping === undefined ? {} : { mapping }),
    ...(values.week === undefined ? {} : { week: values.week }),
    ...(values.from === undefined ? {} : { from: values.from }),
    ...(values.to === undefined ? {} : { to: values.to }),
  };
  return { action: action as ActionName | 'all', input: resolve(values.in), out: resolve(values.out), options };
}

async function readMapping(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    throw new Unusable(`Could not read the mapping file ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function run(command: Command): Promise<number> {
  const workbook = await readWorkbook(command.input).catch((error: unknown) => {
    throw new Unusable(
      `${basename(command.input)} is not a workbook that can be opened: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  const session = openSession(workbook);
  const stats = runActions(session, command.action, command.options);
  await writeOutputs(workbook, stats, command.out);
  for (const stat of stats) console.log(describeStat(stat));
  console.log(`Wrote ${command.out}`);
  const failed = stats.find((stat) => !stat.ok);
  if (!failed) return 0;
  // Setup failing means the workbook could not be used at all.
  if (failed.action === 'setup') throw new Unusable(failed.message);
  console.error(`${failed.action}: ${failed.message}`);
  return 1;
}

parseCommand(process.argv.slice(2))
  .then(run)
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(message);
    process.exit(error instanceof Unusable ? 2 : 1);
  });
