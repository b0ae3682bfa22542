/**
 * The layers the README describes, as ESLint enforces them: core imports no edge, sheets no action
 * or entry point, actions neither sheets nor entry points, and no shipped file the emulator, tools or tests; only
 * src/sheets names an Apps Script service. Each layer's rule is read from the project's own ESLint
 * configuration for a file in that folder (a later block replaces an earlier one's setting of the
 * same rule, which once left two of these rules switched off) and run on a one-line file.
 */
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/built';

const eslint = new ESLint({ cwd: ROOT });

/** The messages the project's layer rules give `code`, were it the file at `path`. */
async function layerMessages(path: string, code: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(path)) as { rules?: Linter.RulesRecord };
  const rules: Linter.RulesRecord = {};
  for (const name of ['no-restricted-imports', 'no-restricted-globals'])
    if (config.rules?.[name] !== undefined) rules[name] = config.rules[name];
  const messages = new Linter({ configType: 'flat' }).verify(
    code,
    [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules }],
    path,
  );
  return messages.map((message) => message.message);
}

const importing = (from: string): string => `import { x } from '${from}';\nexport const y = x;\n`;

describe('the layers, as lint enforces them', () => {
  it.each([
    ['src/core/new.ts', '../sheets/ui', 'src/core is pure'],
    ['src/core/new.ts', '../actions/services', 'src/core is pure'],
    ['src/core/new.ts', '../../emulator/index', 'never imports the emulator'],
    ['src/sheets/new.ts', '../actions/services', 'src/sheets sits below'],
    ['src/sheets/new.ts', '../server/api', 'src/sheets sits below'],
    ['src/sheets/new.ts', '../../tools/local/bundle', 'never imports the emulator, tools or tests'],
    ['src/actions/new.ts', '../server/menu', 'only the server calls them'],
    ['src/actions/new.ts', '../sheets/services', 'through the services ports'],
    ['src/server/new.ts', '../../test/support/built', 'never imports the emulator, tools or tests'],
    ['sidebar/new.ts', '../emulator/index', 'never imports the emulator, tools or tests'],
    // A folder's index, imported by the folder's name.
    ['src/core/new.ts', '../../emulator', 'never imports the emulator, tools or tests'],
    ['src/core/new.ts', '../server', 'src/core is pure'],
    ['src/actions/new.ts', '../server', 'only the server calls them'],
    ['src/sheets/new.ts', '../server', 'src/sheets sits below'],
    ['sidebar/new.ts', '../emulator', 'never imports the emulator, tools or tests'],
  ])('%s may not import %s', async (path, from, why) => {
    expect((await layerMessages(path, importing(from))).join(' ')).toContain(why);
  });

  it.each([
    ['src/sheets/new.ts', '../core/plan'],
    ['src/actions/new.ts', '../core/plan'],
    ['src/server/new.ts', '../sheets/services'],
    ['sidebar/new.ts', './server'],
    ['src/server/new.ts', '../actions/setup'],
  ])('%s may import %s', async (path, from) => {
    expect(await layerMessages(path, importing(from))).toEqual([]);
  });

  it.each(['src/core/new.ts', 'src/actions/new.ts', 'src/server/new.ts', 'src/shared/new.ts'])(
    '%s may not call SpreadsheetApp',
    async (path) => {
      expect(await layerMessages(path, 'export const book = SpreadsheetApp.getActive();\n')).toEqual([
        expect.stringContaining('Only src/sheets calls Apps Script services') as unknown,
      ]);
    },
  );

  it('src/sheets may', async () => {
    expect(await layerMessages('src/sheets/new.ts', 'export const book = SpreadsheetApp.getActive();\n')).toEqual([]);
  });
});
