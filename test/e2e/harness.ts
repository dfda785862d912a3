// The renderer as `vite build` makes it, served on 127.0.0.1, with the REAL api
// behind it (build/dev/real-api.ts, shared with `npm run dev`): createApi on a real
// SQLite archive in a temp folder. The page gets window.api from the same
// makeApiBridge the preload uses; the OS dialogs are answered from queues the
// test fills; shell.showInFolder is recorded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, pageScript, startRealApi } from '../../build/dev/real-api';
import { callApi, type Api, type Dialogs } from '../../electron/api';
import type { Archive } from '../../electron/archive/types';

export { ROOT };
export const SCREENS = path.join(ROOT, 'test/output/screens');
/** copies of the seed text and seed report (test/fixtures/shared) */
export const SHARED = path.resolve(ROOT, 'test/fixtures/shared');

/** where this run's build is: set by playwright's globalSetup (inherited by the workers) or by the bench */
export const DIST_ENV = 'NIANBAO_E2E_DIST';

/**
 * vite build into a fresh folder of this run (once per run): other work in the same
 * checkout may be rebuilding dist/renderer, or another run its own folder, at the same moment.
 */
export function buildRenderer(): string {
  const out = mkdtempSync(path.join(os.tmpdir(), 'nianbao-renderer-'));
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  process.env[DIST_ENV] = out;
  return out;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** A static server of dist/renderer: the page loads only its own files, as from file:// in the app. */
async function serveDist(dist: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(dist, rel === '/' ? 'index.html' : rel);
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/index.html`, close: () => new Promise((r) => server.close(() => r())) };
}

export interface Harness {
  dir: string;
  dbFile: string;
  url: string;
  /** the current api (replaced by restart) */
  api(): Api;
  archive(): Archive;
  /** answers for the next dialogs, in order; an empty queue answers "cancelled" */
  answers: { open: string[]; save: string[]; folder: string[] };
  /** hold every dialog's answer until the returned release is called (to see the busy state of slow actions) */
  holdDialogs(): () => void;
  shownInFolder: string[];
  /** files 打开文档 opened */
  openedDocuments: string[];
  /** give a page window.api and open the app */
  attach(page: Page): Promise<void>;
  /** close the archive and open the same file again, as a restart of the app does */
  restart(): void;
  /** close the archive under the api, so every save fails until restart() */
  breakArchive(): void;
  close(): Promise<void>;
}

export async function startHarness(options: { jobHoldMs?: number } = {}): Promise<Harness> {
  let dist = process.env[DIST_ENV];
  if (!dist || !existsSync(path.join(dist, 'index.html'))) dist = buildRenderer();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-e2e-'));
  const dbFile = path.join(dir, '年报档案.sqlite');
  const answers = { open: [] as string[], save: [] as string[], folder: [] as string[] };
  const shownInFolder: string[] = [];
  const openedDocuments: string[] = [];
  let held: Promise<void> = Promise.resolve();
  const dialogs: Dialogs = {
    openFile: async () => (await held, answers.open.shift() ?? null),
    saveFile: async () => (await held, answers.save.shift() ?? null),
    chooseFolder: async () => (await held, answers.folder.shift() ?? null),
  };
  const real = startRealApi({
    dbFile,
    settingsFile: path.join(dir, 'settings.json'),
    dialogs,
    shell: { showInFolder: (f) => void shownInFolder.push(f), openDocument: async (f) => void openedDocuments.push(f) },
    version: '0.0.0-e2e',
    jobHoldMs: options.jobHoldMs,
  });
  const server = await serveDist(dist);

  return {
    dir,
    dbFile,
    url: server.url,
    answers,
    holdDialogs() {
      let release = () => {};
      held = new Promise<void>((r) => (release = r));
      return () => {
        release();
        held = Promise.resolve();
      };
    },
    shownInFolder,
    openedDocuments,
    api: real.api,
    archive: real.archive,
    async attach(page: Page) {
      page.on('pageerror', (e) => console.error('[page error]', e.message));
      await page.exposeFunction('__nianbaoCall', (key: string, args: unknown[]) => callApi(real.api(), key, args));
      // a plain script string: CDP injects it before the page's own scripts, outside its CSP (no eval needed)
      await page.addInitScript({ content: pageScript(real.keys, '(key, args) => window.__nianbaoCall(key, args)') });
      await page.goto(server.url);
    },
    restart: real.restart,
    breakArchive() {
      real.archive().close();
    },
    async close() {
      real.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
