/** The local runner's command line: every mistake is one sentence naming the fix, found before anything is built. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_NAMES, actionsFor } from '../../tools/local/actions';
import { ArgumentError, parseCommand, USAGE, type Command } from '../../tools/local/args';

const dir = mkdtempSync(join(tmpdir(), 'ip-args-'));
/** Only the first bytes are checked before the build: a zip's signature is enough here. */
const WORKBOOK = join(dir, 'school.xlsx');
writeFileSync(WORKBOOK, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]));
const OUT = join(dir, 'out');

function command(...argv: string[]): Command {
  const parsed = parseCommand(argv);
  if (parsed.help) throw new Error('Expected a command, not help');
  return parsed.command;
}

function mistake(...argv: string[]): string {
  try {
    parseCommand(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(ArgumentError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return message;
  }
  throw new Error(`parseCommand accepted ${argv.join(' ')}`);
}

describe('dates', () => {
  it('takes --week as dd/mm/yyyy or yyyy-mm-dd, and any day as the Monday of its week', () => {
    expect(command('timetable', '--in', WORKBOOK, '--out', OUT, '--week', '30/11/2026').week).toBe('2026-11-30');
    expect(command('timetable', '--in', WORKBOOK, '--out', OUT, '--week', '2026-12-03').week).toBe('2026-11-30');
    expect(command('all', '--in', WORKBOOK, '--out', OUT, '--week', '6/12/2026').week).toBe('2026-11-30');
  });

  it('refuses a day that does not exist instead of running another week', () => {
    expect(mistake('timetable', '--in', WORKBOOK, '--out', OUT, '--week', '2027-02-30')).toBe(
      '--week 2027-02-30 is not a real date: write it as dd/mm/yyyy (30/11/2026) or yyyy-mm-dd (2026-11-30).',
    );
    expect(mistake('timetable', '--in', WORKBOOK, '--out', OUT, '--week', '11/30/2026')).toMatch(/^--week 11\/30\/2026 is not a real date/);
    expect(mistake('timetable', '--in', WORKBOOK, '--out', OUT, '--week', 'next week')).toMatch(/is not a real date/);
  });

  it('takes --from and --to in either form, and refuses them the wrong way round', () => {
    expect(command('impact', '--in', WORKBOOK, '--out', OUT, '--from', '01/09/2026', '--to', '2027-07-20')).toMatchObject({
      from: '2026-09-01',
      to: '2027-07-20',
    });
    expect(mistake('impact', '--in', WORKBOOK, '--out', OUT, '--from', '20/07/2027', '--to', '01/09/2026')).toBe(
      '--from 20/07/2027 is after --to 01/09/2026: give the earlier date to --from.',
    );
  });
});

describe('the input', () => {
  it.each([
    ['notes.csv', 'is a CSV file'],
    ['register.ods', 'is an OpenDocument spreadsheet'],
    ['old.xls', 'is an Excel 97–2003 workbook'],
    ['school.numbers', 'is a Numbers file'],
  ])('%s: says what it is and how to save it as .xlsx, whether or not it exists', (name, what) => {
    const message = mistake('all', '--in', join(dir, name), '--out', OUT);
    expect(message).toContain(`${name} ${what}`);
    expect(message).toContain('File › Download › Microsoft Excel (.xlsx)');
  });

  it('names a missing file, a folder, and a file that is not an .xlsx inside', () => {
    expect(mistake('all', '--in', join(dir, 'absent.xlsx'), '--out', OUT)).toBe(
      `There is no file at ${join(dir, 'absent.xlsx')}: check the path after --in.`,
    );
    const folder = join(dir, 'folder.xlsx');
    mkdirSync(folder, { recursive: true });
    expect(mistake('all', '--in', folder, '--out', OUT)).toContain('is a folder');
    const text = join(dir, 'text.xlsx');
    writeFileSync(text, 'Surname,Forename\n');
    expect(mistake('all', '--in', text, '--out', OUT)).toMatch(/^text\.xlsx is not an \.xlsx workbook inside/);
    const locked = join(dir, 'locked.xlsx');
    writeFileSync(locked, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(mistake('all', '--in', locked, '--out', OUT)).toMatch(/^locked\.xlsx is protected with a password/);
  });
});

describe('missing and unknown pieces', () => {
  it('says which flag is missing, with an example', () => {
    expect(mistake('all', '--out', OUT)).toBe(
      'Say which workbook to open with --in, as in npm run local -- all --in school.xlsx --out out/school.',
    );
    expect(mistake('all', '--in', WORKBOOK)).toBe(
      'Say which folder to write the results to with --out, as in npm run local -- all --in school.xlsx --out out/school.',
    );
    expect(mistake('all', '--in')).toMatch(/^--in needs a value after it/);
    expect(mistake('--in', WORKBOOK, '--out', OUT)).toMatch(
      /^Say which action to run first \(setup, timetable, groups, score, impact, reviews, forum, reports, letters, costs, forms or all\)/,
    );
  });

  it('names an unknown action or option and the ones there are', () => {
    expect(mistake('sertup', '--in', WORKBOOK, '--out', OUT)).toBe(
      'There is no action "sertup": choose setup, timetable, groups, score, impact, reviews, forum, reports, letters, costs, forms or all.',
    );
    expect(mistake('all', '--in', WORKBOOK, '--out', OUT, '--wek', '1')).toBe(
      'There is no option --wek: the options are --in, --out, --mapping, --week, --from and --to.',
    );
    expect(mistake('setup', 'timetable', '--in', WORKBOOK, '--out', OUT)).toMatch(/^Give one action/);
  });

  it('refuses an option the chosen action would silently ignore', () => {
    expect(mistake('groups', '--in', WORKBOOK, '--out', OUT, '--week', '30/11/2026')).toBe(
      '--week is read by timetable: run timetable or all with it, not groups.',
    );
    expect(mistake('timetable', '--in', WORKBOOK, '--out', OUT, '--mapping', join(dir, 'mapping.json'))).toMatch(
      /^--mapping is read by setup/,
    );
  });

  it('checks the mapping file before anything runs', () => {
    expect(mistake('setup', '--in', WORKBOOK, '--out', OUT, '--mapping', join(dir, 'none.json'))).toMatch(/^There is no mapping file at/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"register": ');
    expect(mistake('setup', '--in', WORKBOOK, '--out', OUT, '--mapping', broken)).toMatch(/^broken\.json is not valid JSON/);
    const good = join(dir, 'good.json');
    writeFileSync(good, '{"version": 1}');
    expect(command('setup', '--in', WORKBOOK, '--out', OUT, '--mapping', good).mapping).toEqual({ version: 1 });
  });

  it('refuses an --out that is a file', () => {
    expect(mistake('all', '--in', WORKBOOK, '--out', WORKBOOK)).toMatch(/^--out must name a folder/);
  });
});

describe('one list of actions', () => {
  it('is what the usage offers, what the check accepts and what all runs', () => {
    expect(USAGE).toContain(`<${[...ACTION_NAMES, 'all'].join('|')}>`);
    for (const action of ACTION_NAMES) expect(command(action, '--in', WORKBOOK, '--out', OUT).action).toBe(action);
    expect(actionsFor('all')).toEqual([
      'setup',
      'timetable',
      'groups',
      'score',
      'impact',
      'reviews',
      'forum',
      'reports',
      'letters',
      'costs',
    ]);
  });

  it('runs forms only when asked for by name: all runs the menu’s actions', () => {
    expect(actionsFor('forms')).toEqual(['forms']);
    expect(actionsFor('all')).not.toContain('forms');
  });

  it('answers --help with the usage', () => {
    expect(parseCommand(['--help'])).toEqual({ help: true });
  });
});
