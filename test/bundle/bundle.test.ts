import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { entryPointNames } from '../../tools/build/entry-points';
import { DIST, loadScript, readBuiltFiles } from '../../tools/local/bundle';
import { SCRIPT_GLOBALS } from '../../src/server/globals';
import { MENU_ITEMS } from '../../src/server/menu';
import { ENDPOINT_NAMES } from '../../src/shared/endpoints';
import { HELP, HELP_TITLE } from '../../src/shared/help';
import { settingEntries } from '../../src/core/settings';
import { escapeHtml } from '../../tools/report/escape';
import type { CallFailure } from '../../src/shared/api';
import { ensureBuilt } from '../support/built';

/** Apps Script parses the whole file on every call: the bundle must stay small. */
const MAX_CODE_BYTES = 300 * 1000;
const SERVER_FAILURES: readonly CallFailure[] = ['user', 'invalid-argument', 'busy', 'limit', 'unexpected'];

function blankSession() {
  const workbook = emptyWorkbook('Blank');
  workbook.sheets.push(emptySheet(0, 'Sheet1'));
  const { code, files } = readBuiltFiles();
  const emulator = createEmulator(workbook, { files });
  return { emulator, script: loadScript(code, emulator) };
}

const sorted = (names: readonly string[]): string[] => [...names].sort();

/** Whether a minified script holds `text` as a string literal, written as it is or with its quotes escaped. */
const inScript = (script: string, text: string): boolean => script.includes(text) || script.includes(JSON.stringify(text).slice(1, -1));

describe('the entry points Apps Script calls, as the code declares them', () => {
  it('are the triggers, every menu item and every declared endpoint, each once', () => {
    const menuFunctions = MENU_ITEMS.flatMap((item) => (item === null ? [] : [item[1]]));
    expect(sorted(SCRIPT_GLOBALS)).toEqual(sorted(['onOpen', 'onInstall', 'onFormSubmit', ...menuFunctions, ...ENDPOINT_NAMES]));
    expect(new Set(SCRIPT_GLOBALS).size).toBe(SCRIPT_GLOBALS.length);
  });

  it('src/server/index.ts assigns exactly those as globals, one statement each', () => {
    const source = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'server', 'index.ts'), 'utf8');
    expect(sorted(entryPointNames(source))).toEqual(sorted(SCRIPT_GLOBALS));
  });
});

describe('dist/Code.js as Apps Script loads it', () => {
  beforeAll(ensureBuilt);

  it(`is at most ${MAX_CODE_BYTES / 1000} KB, so Apps Script parses it quickly on every call`, () => {
    expect(statSync(join(DIST, 'Code.js')).size).toBeLessThanOrEqual(MAX_CODE_BYTES);
  });

  it('is one plain script: no import or export, the @OnlyCurrentDoc annotation at the top', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    expect(code.slice(0, 200)).toContain('@OnlyCurrentDoc');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('declares exactly the entry points as top-level functions, and each is defined when it loads', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    const declared = [...code.matchAll(/^function (\w+)\(/gm)].map((match) => match[1]);
    expect(sorted(declared as string[])).toEqual(sorted(SCRIPT_GLOBALS));
    const { script } = blankSession();
    expect(sorted(script.functions)).toEqual(sorted(SCRIPT_GLOBALS));
    // A declaration whose assignment was lost would stay the empty stub and answer nothing.
    for (const name of ENDPOINT_NAMES) expect(script.runFromSidebar(name)).toHaveProperty('ok');
  });

  it('onOpen builds the Extensions › Intervention Planner menu', () => {
    const { emulator, script } = blankSession();
    script.run('onOpen', { authMode: 'NONE' });
    expect(emulator.host.ui.menus).toHaveLength(1);
    const [menu] = emulator.host.ui.menus;
    expect(menu?.addon).toBe(true);
    expect(menu?.items.map((item) => (item.kind === 'separator' ? null : [item.caption, item.functionName]))).toEqual(
      MENU_ITEMS.map((item) => (item === null ? null : [...item])),
    );
    for (const item of menu?.items ?? []) if (item.functionName) expect(script.functions).toContain(item.functionName);
  });

  it('onInstall builds the same menu', () => {
    const { emulator, script } = blankSession();
    script.run('onInstall', { authMode: 'FULL' });
    expect(emulator.host.ui.menus[0]?.items.length).toBe(MENU_ITEMS.length);
  });

  it('showSidebar shows the one-file sidebar, with nothing fetched from elsewhere', () => {
    const { emulator, script } = blankSession();
    script.run('showSidebar');
    const [sidebar] = emulator.host.ui.sidebars;
    expect(sidebar?.title).toBe('Intervention Planner');
    expect(sidebar?.html).toContain('<style');
    expect(sidebar?.html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\//);
    // An inlined script must not close itself early: every </script belongs to a <script.
    const html = sidebar?.html ?? '';
    expect((html.match(/<\/script/gi) ?? []).length).toBe((html.match(/<script/gi) ?? []).length);
  });

  it('leaves out what only the sidebar and the Help dialog show: the settings’ hints and the help', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    const sidebar = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
    const hints = settingEntries().map((entry) => entry.descriptor.hint);
    expect(hints.length).toBeGreaterThan(30);
    for (const hint of hints) {
      expect(code).not.toContain(hint);
      expect(inScript(sidebar, hint)).toBe(true);
    }
    const help = HELP.flatMap((section) => section.entries.map((entry) => entry.text));
    for (const text of help) {
      expect(code).not.toContain(text);
      expect(inScript(sidebar, text)).toBe(true);
    }
  });

  it('menuHelp opens the Help dialog: every help entry, escaped, and nothing fetched from elsewhere', () => {
    const { emulator, script } = blankSession();
    script.run('menuHelp');
    const [dialog] = emulator.host.ui.dialogs;
    expect(dialog).toMatchObject({ title: HELP_TITLE, modal: true });
    const html = dialog?.html ?? '';
    for (const section of HELP) {
      expect(html).toContain(escapeHtml(section.heading));
      for (const { term, text } of section.entries) expect(html).toContain(`<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(text)}</dd>`);
    }
    expect(html).not.toMatch(/<script|<link|https?:\/\//);
  });

  it('answers a sidebar call on a sheet with no register with a code and a plain sentence, not a stack trace', () => {
    const { script } = blankSession();
    const result = script.runFromSidebar('apiRunSetup') as { ok: boolean; code?: string; error?: string };
    expect(result).toMatchObject({ ok: false, code: 'user' });
    expect(result.error).toMatch(/could not find your intervention register/);
    expect(result.error).not.toMatch(/\bat \w+ \(|Error:/);
  });

  it('refuses malformed arguments from the browser as invalid, whatever the endpoint', () => {
    const { script } = blankSession();
    expect(script.runFromSidebar('apiGenerateTimetables', { week: '=IMPORTXML("x")' })).toEqual({
      ok: false,
      code: 'invalid-argument',
      error: expect.stringContaining('did not understand') as unknown,
    });
    for (const name of ENDPOINT_NAMES) {
      const result = script.runFromSidebar(name, 'not what any endpoint takes') as { ok: boolean; code?: CallFailure };
      if (result.ok) continue;
      expect(SERVER_FAILURES).toContain(result.code);
    }
  });
});
