/**
 * The local runner: `npm run local -- <action> --in <workbook.xlsx> --out <folder> …` (see ./args).
 * Checks the command line first, builds dist/ only when a source is newer, then opens the workbook
 * in the emulator, runs the built Code.js as Google Sheets would, and writes workbook.xlsx,
 * mapping.json, charts.json, report.html and stats.json.
 */
import { resolve } from 'node:path';
import { buildIfStale } from '../build/stale';
import { ArgumentError, parseCommand, USAGE, type Command } from './args';

/** A reason the input cannot be used at all: printed as one line, exit code 2. */
class Unusable extends Error {}

export interface CliSteps {
  /** Makes dist/ current; `log` says why when it builds. */
  build(log: (line: string) => void): Promise<unknown>;
  /** Runs the command on a current build and gives the exit code. */
  run(command: Command): Promise<number>;
}

async function runCommand(command: Command): Promise<number> {
  // Loaded only now, so a mistake on the command line never waits for them.
  const [{ openWorkbook }, { openSession, runActions }, { describeStat, writeOutputs }, { formsJsonFile }] = await Promise.all([
    import('../xlsx/read'),
    import('./session'),
    import('./outputs'),
    import('./forms-json'),
  ]);
  const opened = await openWorkbook(command.input).catch((error: unknown) => {
    throw new Unusable(error instanceof Error ? error.message : String(error));
  });
  for (const line of opened.notes) console.error(line);
  const stats = runActions(openSession(opened.model), command.action, command);
  const extra = command.action === 'forms' ? [formsJsonFile(opened.model, command.out)] : [];
  await writeOutputs(opened.model, stats, command.out, opened.carried, extra);
  for (const stat of stats) console.log(describeStat(stat));
  console.log(`Wrote ${command.out}`);
  const failed = stats.find((stat) => !stat.ok);
  if (!failed) return 0;
  // Setup failing means the workbook could not be used at all.
  if (failed.action === 'setup') throw new Unusable(failed.message);
  console.error(`${failed.action}: ${failed.message}`);
  return 1;
}

const STEPS: CliSteps = { build: (log) => buildIfStale({ log }), run: runCommand };

/** The whole command, as an exit code: 2 for a mistake or an unusable input, 1 for an action that failed. */
export async function main(argv: readonly string[], steps: CliSteps = STEPS): Promise<number> {
  try {
    const parsed = parseCommand(argv);
    if (parsed.help) {
      console.log(USAGE);
      return 0;
    }
    await steps.build((line) => console.log(line));
    return await steps.run(parsed.command);
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    console.error(message);
    return error instanceof ArgumentError || error instanceof Unusable ? 2 : 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
