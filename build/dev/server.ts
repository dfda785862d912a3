// `npm run dev`: the renderer from Vite's dev server (hot reload) with the real
// api behind it (build/dev/real-api.ts, as the end-to-end tests have it). Only
// for this machine's browser: bound to 127.0.0.1 on a free port, every request
// needs this run's secret (in the printed URL, then a same-site cookie; the api
// calls also in a header), and a foreign Host (DNS rebinding) or Origin is refused.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { callApi } from '../../electron/api';
import { promptDialogs } from './dialogs';
import { ROOT, pageScript, startRealApi } from './real-api';

export interface DevServer {
  /** the URL to open, with this run's secret */
  url: string;
  origin: string;
  secret: string;
  dataDir: string;
  close(): Promise<void>;
}

export interface DevOptions {
  /** the archive, settings and the dialogs' files live here */
  dataDir: string;
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
  /** Vite's cache of pre-bundled dependencies (default node_modules/.vite) */
  cacheDir?: string;
}

const PREFIX = '/__nianbao/';

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

function readBody(req: IncomingMessage, limit = 64 * 1024 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) req.destroy(new Error('too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
}

export async function startDevServer(o: DevOptions): Promise<DevServer> {
  const dataDir = path.resolve(o.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(24).toString('base64url');
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origins = new Set([origin, `http://localhost:${port}`]);
  const cookie = `nianbao-dev-${port}`;
  const prompts = promptDialogs(path.join(dataDir, '文件'));
  const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const real = startRealApi({
    dbFile: path.join(dataDir, '年报档案.sqlite'),
    settingsFile: path.join(dataDir, 'settings.json'),
    dialogs: prompts.dialogs,
    shell: { showInFolder: (f) => console.log(`[dev] 在文件夹中显示：${f}`) },
    version: `${version}-dev`,
  });

  // the page's window.api: each call a POST with the secret; dialogs answered by window.prompt
  const call = `(() => {
  const headers = { 'content-type': 'application/json', 'x-nianbao-secret': ${JSON.stringify(secret)} };
  let inFlight = 0, polling = false;
  async function poll() {
    if (polling) return;
    polling = true;
    try {
      while (inFlight > 0) {
        const r = await fetch('${PREFIX}dialog', { headers });
        if (r.status !== 200) continue;
        const q = await r.json();
        const answer = window.prompt(q.text, q.suggestion);
        await fetch('${PREFIX}dialog', { method: 'POST', headers, body: JSON.stringify({ id: q.id, answer }) });
      }
    } finally { polling = false; }
  }
  return async (key, args) => {
    inFlight++;
    void poll();
    try {
      const r = await fetch('${PREFIX}api/' + encodeURIComponent(key), { method: 'POST', headers, body: JSON.stringify(args) });
      if (!r.ok) return { ok: false, error: { message: '开发服务器拒绝了这次调用（' + r.status + '）', code: 'error' } };
      return await r.json();
    } finally { inFlight--; }
  };
})()`;
  const script = pageScript(real.keys, call);

  /** why a request is refused, or null */
  function refusal(req: IncomingMessage, url: URL): string | null {
    if (!hosts.has(req.headers.host ?? '')) return 'foreign host';
    const from = req.headers.origin;
    if (from !== undefined && !origins.has(from)) return 'foreign origin';
    if (req.headers['sec-fetch-site'] === 'cross-site') return 'cross-site';
    const cookies = Object.fromEntries((req.headers.cookie ?? '').split(';').map((c) => c.trim().split('=')));
    if (url.searchParams.get('k') !== secret && cookies[cookie] !== secret) return 'no secret';
    if (url.pathname.startsWith(`${PREFIX}api/`) || url.pathname === `${PREFIX}dialog`) {
      if (req.headers['x-nianbao-secret'] !== secret) return 'no secret';
    }
    return null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === `${PREFIX}page.js`) return send(res, 200, script, 'text/javascript; charset=utf-8');
    if (url.pathname === `${PREFIX}dialog` && req.method === 'GET') {
      const q = await prompts.next(2000);
      return q ? send(res, 200, JSON.stringify(q), 'application/json') : void res.writeHead(204).end();
    }
    if (url.pathname === `${PREFIX}dialog` && req.method === 'POST') {
      const { id, answer } = JSON.parse(await readBody(req)) as { id: number; answer: string | null };
      return send(res, prompts.answer(id, typeof answer === 'string' ? answer : null) ? 200 : 404, '');
    }
    if (url.pathname.startsWith(`${PREFIX}api/`) && req.method === 'POST') {
      const key = decodeURIComponent(url.pathname.slice(`${PREFIX}api/`.length));
      const args: unknown = JSON.parse(await readBody(req));
      const envelope = await callApi(real.api(), key, Array.isArray(args) ? args : []);
      return send(res, 200, JSON.stringify(envelope), 'application/json');
    }
    send(res, 404, '');
  }

  const gate: Plugin = {
    name: 'nianbao-dev-api',
    configureServer(server) {
      // before Vite's own middlewares: nothing of the page or the api without the secret
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', origin);
        const why = refusal(req, url);
        if (why) return send(res, 403, `请用 npm run dev 打印的地址打开（${why}）`);
        if (url.searchParams.get('k') === secret) res.setHeader('set-cookie', `${cookie}=${secret}; Path=/; HttpOnly; SameSite=Strict`);
        if (!url.pathname.startsWith(PREFIX)) return next();
        handle(req, res, url).catch((e) => send(res, 500, String(e)));
      });
    },
    transformIndexHtml(html) {
      // window.api before the page's scripts; the CSP lets the page reach this server (and Vite's hot reload)
      return html
        .replace("connect-src 'none'", `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`)
        .replace('</head>', `  <script src="${PREFIX}page.js"></script>\n  </head>`);
    },
  };

  let vite: ViteDevServer;
  try {
    vite = await createServer({
      configFile: path.join(ROOT, 'vite.config.ts'),
      logLevel: o.logLevel ?? 'info',
      clearScreen: false,
      ...(o.cacheDir ? { cacheDir: o.cacheDir } : {}),
      plugins: [gate],
      server: { host: '127.0.0.1', port, strictPort: true, cors: false },
    });
    await vite.listen();
  } catch (e) {
    real.close();
    throw e;
  }

  return {
    url: `${origin}/?k=${secret}`,
    origin,
    secret,
    dataDir,
    async close() {
      await vite.close();
      real.close();
    },
  };
}
