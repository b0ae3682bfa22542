/**
 * `npm run dev -- [--in <workbook.xlsx>] [--port <n>] [--out <file.xlsx>]`: the sidebar in a
 * browser against the emulator. `/` shows the workbook's tabs and the sidebar; `/sidebar` is the
 * built Sidebar.html with a google.script.run shim; `/api/run` runs the built Code.js;
 * `/api/workbook` is the left pane's data. Binds 127.0.0.1 only.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { WorkbookModel } from '../../emulator/model';
import { DIST } from '../local/bundle';
import { openSession, type LocalSession } from '../local/session';
import { writeWorkbook } from '../xlsx/write';
import { parseRunRequest, runCall, selectedRow, type RunAnswer } from './bridge';
import { pageHtml } from './page';
import { injectShim } from './shim';
import { workbookView, type RowSelection } from './workbook-view';

const MAX_BODY = 1_000_000;

export interface DevServerOptions {
  readonly workbook: WorkbookModel;
  /** 0 picks a free port. */
  readonly port: number;
  /** Saves the workbook here after every call. */
  readonly out?: string;
  /** One line per call; silent when absent. */
  readonly log?: (line: string) => void;
}

export interface DevServer {
  readonly url: string;
  readonly session: LocalSession;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json', JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, 'That call is too large.'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Another site's page could post to localhost; JSON content type forces a CORS preflight we never grant. */
async function readJsonCall(req: IncomingMessage): Promise<unknown> {
  if (req.method !== 'POST') throw new HttpError(405, 'Use POST.');
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'Send JSON.');
  try {
    return JSON.parse(await readBody(req)) as unknown;
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, 'That call is not valid JSON.');
  }
}

/** Guards against DNS rebinding: only our own address may be used to reach us. */
function hostAllowed(req: IncomingMessage, port: number): boolean {
  return req.headers.host === `127.0.0.1:${port}` || req.headers.host === `localhost:${port}`;
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const session = openSession(options.workbook);
  const log = options.log ?? (() => undefined);
  let port = options.port;
  // Sheets moves to the row a finding's click selects; the pane follows the selection made last.
  let selection: RowSelection | null = null;

  async function run(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const call = parseRunRequest(await readJsonCall(req));
    if (typeof call === 'string') return sendJson(res, 400, { ok: false, error: call } satisfies RunAnswer);
    const started = Date.now();
    const answer = runCall(session, call);
    const selected = call.name === 'apiSelectRow' ? selectedRow(answer) : null;
    if (selected) selection = { ...selected, serial: (selection?.serial ?? 0) + 1 };
    log(`${call.name} → ${answer.ok ? 'answered' : `failed: ${answer.error}`} (${Date.now() - started} ms)`);
    if (options.out) {
      await writeWorkbook(options.workbook, options.out);
      log(`Saved ${options.out}`);
    }
    sendJson(res, 200, answer);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port)) throw new HttpError(421, 'Use the address the dev server printed.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    switch (url.pathname) {
      case '/':
        return send(res, 200, 'text/html', pageHtml());
      case '/sidebar':
        return send(res, 200, 'text/html', injectShim(readFileSync(join(DIST, 'Sidebar.html'), 'utf8')));
      case '/api/workbook':
        return sendJson(
          res,
          200,
          // Only the page, which says which selection it has shown, follows a new one.
          workbookView(options.workbook, url.searchParams.get('tab'), selection, Number(url.searchParams.get('seen') ?? Infinity)),
        );
      case '/api/run':
        return run(req, res);
      default:
        throw new HttpError(404, 'Not found.');
    }
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500) log(`Error: ${message}`);
      if (!res.headersSent) sendJson(res, status, { ok: false, error: message });
      else res.end();
    });
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => ready());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    session,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

async function main(): Promise<void> {
  const { parseDevArgs, loadWorkbook } = await import('./args');
  const args = parseDevArgs(process.argv.slice(2));
  const { workbook, from } = await loadWorkbook(args);
  const dev = await startDevServer({ workbook, port: args.port, ...(args.out ? { out: args.out } : {}), log: (line) => console.log(line) });
  console.log(`Intervention Planner (local) with ${from}`);
  if (args.out) console.log(`Saving the workbook to ${args.out} after every call.`);
  console.log(`Open ${dev.url} in a browser. Ctrl+C stops it.`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
