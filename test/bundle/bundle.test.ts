import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { DIST, loadScript, readBuiltFiles } from '../../tools/local/bundle';
import type { ServerFunctionName } from '../../src/shared/api';
import { MENU_ITEMS } from '../../src/server/menu';
import { ensureBuilt } from '../support/built';

const ENDPOINTS: readonly ServerFunctionName[] = [
  'apiGetState',
  'apiRunSetup',
  'apiCorrectMapping',
  'apiSaveMapping',
  'apiGenerateTimetables',
  'apiCheckGroups',
  'apiScoreQuestionnaires',
  'apiBuildImpact',
];

function blankSession() {
  const workbook = emptyWorkbook('Blank');
  workbook.sheets.push(emptySheet(0, 'Sheet1'));
  const { code, files } = readBuiltFiles();
  const emulator = createEmulator(workbook, { files });
  return { emulator, script: loadScript(code, emulator) };
}

describe('dist/Code.js as Apps Script loads it', () => {
  beforeAll(ensureBuilt);

  it('is one plain script: no import or export, the @OnlyCurrentDoc annotation at the top', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    expect(code.slice(0, 200)).toContain('@OnlyCurrentDoc');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toContain('__webpack_exports__ is not defined');
  });

  it('exposes every entry point as a top-level function declaration', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    const declared = [...code.matchAll(/^function (\w+)\(/gm)].map((match) => match[1]);
    const { script } = blankSession();
    for (const name of ['onOpen', 'onInstall', 'showSidebar', ...ENDPOINTS]) {
      expect(declared).toContain(name);
      expect(script.functions).toContain(name);
    }
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

  it('answers a sidebar call on a sheet with no register with a plain sentence, not a stack trace', () => {
    const { script } = blankSession();
    const result = script.runFromSidebar('apiRunSetup') as { ok: boolean; error?: string };
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/could not find your intervention register/);
    expect(result.error).not.toMatch(/\bat \w+ \(|Error:/);
  });

  it('rejects malformed arguments from the browser', () => {
    const { script } = blankSession();
    const result = script.runFromSidebar('apiGenerateTimetables', { week: '=IMPORTXML("x")' }) as { ok: boolean; error?: string };
    expect(result).toEqual({ ok: false, error: expect.stringContaining('did not understand') });
  });
});
