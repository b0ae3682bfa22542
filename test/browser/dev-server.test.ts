/** The dev server over HTTP, without a browser: its routes, the bridge's checks and --out. */
import { existsSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleWorkbook } from '../../tools/dev/args';
import { startDevServer, type DevServer } from '../../tools/dev/server';
import { readWorkbook } from '../../tools/xlsx/read';
import { ensureBuilt } from '../support/built';
import { workbookJson } from './support';

async function post(
  dev: DevServer,
  body: unknown,
  type = 'application/json',
): Promise<{ status: number; json: { ok: boolean; value?: unknown; error?: string } }> {
  const response = await fetch(`${dev.url}api/run`, { method: 'POST', headers: { 'Content-Type': type }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as { ok: boolean; value?: unknown; error?: string } };
}

function statusWithHost(dev: DevServer, host: string): Promise<number> {
  const url = new URL(dev.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: '/api/workbook', headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the dev server', () => {
  let dev: DevServer;
  const out = join(mkdtempSync(join(tmpdir(), 'ip-dev-')), 'saved.xlsx');

  beforeAll(async () => {
    await ensureBuilt();
    dev = await startDevServer({ workbook: exampleWorkbook(), port: 0, out });
  });
  afterAll(async () => {
    await dev?.close();
  });

  it('binds 127.0.0.1 on the port it was given (0: a free one)', () => {
    expect(dev.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the page, and the built sidebar with the google.script.run shim first', async () => {
    const page = await (await fetch(dev.url)).text();
    expect(page).toContain('<iframe id="sidebar" title="Intervention Planner sidebar" src="/sidebar">');
    const sidebar = await (await fetch(`${dev.url}sidebar`)).text();
    expect(sidebar.indexOf('window.google')).toBeGreaterThan(0);
    expect(sidebar.indexOf('window.google')).toBeLessThan(sidebar.indexOf('id="app"'));
  });

  it('runs an endpoint of the built Code.js as google.script.run would', async () => {
    const { status, json } = await post(dev, { name: 'apiGetState', args: [] });
    expect(status).toBe(200);
    expect(json.ok).toBe(true);
    expect(json.value).toMatchObject({
      ok: true,
      data: { setUp: false, spreadsheetName: expect.stringContaining('interventions') as unknown },
    });
  });

  it('saves the workbook to --out after a call', async () => {
    const { json } = await post(dev, { name: 'apiRunSetup', args: [] });
    expect(json.value).toMatchObject({ ok: true });
    expect(existsSync(out)).toBe(true);
    const saved = await readWorkbook(out);
    expect(saved.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Pupil register', 'Problems']));
  });

  it('lists the workbook for the pane, marking the tabs the add-in wrote', async () => {
    const view = await workbookJson(dev, 'Groups');
    expect(view.tabs).toContainEqual({ name: 'Pupil register', generated: false });
    expect(view.tabs).toContainEqual({ name: 'Problems', generated: true });
    expect(view.selected?.name).toBe('Groups');
    expect(view.selected?.values[0]?.[0]).toBe('Group');
  });

  it('refuses what google.script.run could not send', async () => {
    expect((await post(dev, { name: 'noSuchFunction', args: [] })).json).toEqual({
      ok: false,
      error: 'Script function not found: noSuchFunction',
    });
    expect((await post(dev, { name: 'apiGetState', args: 'x' })).status).toBe(400);
    expect((await post(dev, { name: 'a.b', args: [] })).status).toBe(400);
    // A form post from another site cannot reach the bridge.
    expect((await post(dev, { name: 'apiGetState', args: [] }, 'text/plain')).status).toBe(415);
    expect((await fetch(`${dev.url}api/run`)).status).toBe(405);
    expect((await fetch(`${dev.url}nothing-here`)).status).toBe(404);
  });

  it('answers only to its own address (no DNS rebinding)', async () => {
    expect(await statusWithHost(dev, 'evil.example:80')).toBe(421);
    expect(await statusWithHost(dev, new URL(dev.url).host)).toBe(200);
  });
});
