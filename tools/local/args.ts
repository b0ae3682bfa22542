/**
 * The local runner's command line, checked before anything is built or loaded: each mistake is
 * one sentence that names the fix.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mondayOf, parseDay } from '../../src/core/calendar/days';
import type { IsoDate } from '../../src/core/values';
import { DOWNLOAD_XLSX, SAVE_AGAIN } from '../xlsx/save-as';
import { ACTION_NAMES, actionChoices, ALL, isActionChoice, listOf, type ActionChoice } from './actions';

export const USAGE = [
  `Usage: npm run local -- ${actionChoices()} --in <workbook.xlsx> --out <folder> [--mapping <file.json>] [--week <date>] [--from <date>] [--to <date>]`,
  '  Dates as dd/mm/yyyy or yyyy-mm-dd; --week takes the week the date falls in.',
].join('\n');

/** A mistake on the command line, said in one sentence. */
export class ArgumentError extends Error {}

export interface Command {
  readonly action: ActionChoice;
  /** Absolute paths. */
  readonly input: string;
  readonly out: string;
  /** The `--mapping` file's content. */
  readonly mapping?: unknown;
  /** The Monday of the week `--week` names. */
  readonly week?: IsoDate;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
}

export type Parsed = { readonly help: true } | { readonly help: false; readonly command: Command };

const OPTIONS = {
  in: { type: 'string' },
  out: { type: 'string' },
  mapping: { type: 'string' },
  week: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const EXAMPLE = 'npm run local -- all --in school.xlsx --out out/school';

/** Spreadsheet formats people save by mistake, and how to get an .xlsx from each. */
const OTHER_FORMATS: Record<string, string> = {
  '.csv': `is a CSV file, which holds one tab and no formats: save it as .xlsx from Google Sheets: ${DOWNLOAD_XLSX}`,
  '.tsv': `is a tab-separated text file: save it as .xlsx from Google Sheets: ${DOWNLOAD_XLSX}`,
  '.txt': `is a text file: save the spreadsheet as .xlsx from Google Sheets: ${DOWNLOAD_XLSX}`,
  '.ods': `is an OpenDocument spreadsheet: save it as .xlsx from Google Sheets: ${DOWNLOAD_XLSX}`,
  '.xls': `is an Excel 97–2003 workbook: save it as .xlsx from Google Sheets: ${DOWNLOAD_XLSX}`,
  '.numbers': `is a Numbers file: export it with File › Export To › Excel, or save it as .xlsx from Google Sheets: ${DOWNLOAD_XLSX}`,
};
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

function optionName(error: Error): string {
  return /'(-{1,2}[^' ]+)/.exec(error.message)?.[1] ?? 'an option';
}

function readArgs(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = optionName(error as Error);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new ArgumentError(`There is no option ${option}: the options are --in, --out, --mapping, --week, --from and --to.`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new ArgumentError(`${option} needs a value after it, as in ${EXAMPLE}.`);
    throw error;
  }
}

function actionOf(positionals: readonly string[]): ActionChoice {
  const choices = `${listOf(ACTION_NAMES)} or ${ALL}`;
  const [action, ...extra] = positionals;
  if (action === undefined) throw new ArgumentError(`Say which action to run first (${choices}), as in ${EXAMPLE}.`);
  if (!isActionChoice(action)) throw new ArgumentError(`There is no action "${action}": choose ${choices}.`);
  if (extra.length > 0) throw new ArgumentError(`Give one action, not "${positionals.join(' ')}": ${ALL} runs every action in turn.`);
  return action;
}

/** The first bytes of a file: an .xlsx is a zip (`PK`); Office's encrypted and 97–2003 files are OLE documents. */
function signature(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(4);
    const read = readSync(fd, bytes, 0, 4, 0);
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

function checkInput(path: string | undefined): string {
  if (path === undefined) throw new ArgumentError(`Say which workbook to open with --in, as in ${EXAMPLE}.`);
  const name = basename(path);
  const extension = extname(path).toLowerCase();
  const other = OTHER_FORMATS[extension];
  if (other !== undefined) throw new ArgumentError(`${name} ${other}, and pass that file to --in.`);
  if (!WORKBOOK_EXTENSIONS.has(extension))
    throw new ArgumentError(`--in needs an .xlsx workbook, not ${name}: save the spreadsheet from Google Sheets with ${DOWNLOAD_XLSX}.`);
  if (!existsSync(path)) throw new ArgumentError(`There is no file at ${path}: check the path after --in.`);
  if (statSync(path).isDirectory()) throw new ArgumentError(`${path} is a folder: give --in the .xlsx file inside it.`);
  const start = signature(path);
  if (start.equals(OLE))
    throw new ArgumentError(
      `${name} is protected with a password or saved in the Excel 97–2003 format: remove the password, or ${SAVE_AGAIN}.`,
    );
  if (!start.equals(ZIP)) throw new ArgumentError(`${name} is not an .xlsx workbook inside: ${SAVE_AGAIN}.`);
  return resolve(path);
}

function checkOut(path: string | undefined): string {
  if (path === undefined) throw new ArgumentError(`Say which folder to write the results to with --out, as in ${EXAMPLE}.`);
  if (existsSync(path) && !statSync(path).isDirectory())
    throw new ArgumentError(`--out must name a folder, and ${path} is a file: give a folder such as out/school.`);
  return resolve(path);
}

function readMapping(path: string): unknown {
  if (!existsSync(path)) throw new ArgumentError(`There is no mapping file at ${path}: check the path after --mapping.`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    throw new ArgumentError(
      `${basename(path)} is not valid JSON: pass the mapping.json an earlier run wrote, edited with care, to --mapping.`,
    );
  }
}

/** A day typed as `dd/mm/yyyy` or `yyyy-mm-dd`, checked to be a real day. */
function dayOf(flag: string, text: string): IsoDate {
  const day = parseDay(text);
  if (day === null)
    throw new ArgumentError(`--${flag} ${text} is not a real date: write it as dd/mm/yyyy (30/11/2026) or yyyy-mm-dd (2026-11-30).`);
  return day;
}

/** Options that only one action reads: given with another, they would silently do nothing. */
function checkApplies(action: ActionChoice, flag: string, given: boolean, readBy: 'setup' | 'timetable' | 'impact'): void {
  if (given && action !== ALL && action !== readBy)
    throw new ArgumentError(`--${flag} is read by ${readBy}: run ${readBy} or ${ALL} with it, not ${action}.`);
}

export function parseCommand(argv: readonly string[]): Parsed {
  const { values, positionals } = readArgs(argv);
  if (values.help) return { help: true };
  const action = actionOf(positionals);
  const input = checkInput(values.in);
  const out = checkOut(values.out);
  checkApplies(action, 'mapping', values.mapping !== undefined, 'setup');
  checkApplies(action, 'week', values.week !== undefined, 'timetable');
  checkApplies(action, 'from', values.from !== undefined, 'impact');
  checkApplies(action, 'to', values.to !== undefined, 'impact');
  const week = values.week === undefined ? undefined : mondayOf(dayOf('week', values.week));
  const from = values.from === undefined ? undefined : dayOf('from', values.from);
  const to = values.to === undefined ? undefined : dayOf('to', values.to);
  if (from !== undefined && to !== undefined && from > to)
    throw new ArgumentError(`--from ${values.from} is after --to ${values.to}: give the earlier date to --from.`);
  const mapping = values.mapping === undefined ? undefined : readMapping(values.mapping);
  return {
    help: false,
    command: {
      action,
      input,
      out,
      ...(mapping === undefined ? {} : { mapping }),
      ...(week === undefined ? {} : { week }),
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
    },
  };
}
