// npm run dev (build/dev/server.ts): the renderer from Vite's dev server with the
// real api behind it. Opens the printed URL in Chromium, works through the api
// (a report created in the page, an export answered by the in-page prompt), and
// sees requests without the secret, from another origin or for another host refused.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startDevServer, type DevServer } from '../../build/dev/server';
import { createReport } from './steps';

let dev: DevServer;
let dataDir = '';
test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'nianbao-dev-'));
  dev = await startDevServer({ dataDir, logLevel: 'silent' });
});
test.afterAll(async () => {
  await dev?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** a raw request, so the Host header can be anything */
function request(o: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string }> {
  const { port } = new URL(dev.origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: o.path, method: o.method ?? 'GET', headers: o.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(o.body);
  });
}

test('the page runs on the dev server with the real api; an export is answered in the page', async ({ page }) => {
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  await page.goto(dev.url);
  await expect(page.locator('[data-action="new-report"]')).toBeVisible();
  await createReport(page, { agency: '开发测试局', year: 2024 });
  const listed = await page.evaluate<{ agencyName: string; year: number; id: number }[]>('window.api.listReports()');
  expect(listed.map((r) => [r.agencyName, r.year])).toEqual([['开发测试局', 2024]]);
  // the save dialog is a window.prompt; its answer is a file in the data folder
  page.once('dialog', (d) => void d.accept('导出.json'));
  const out = await page.evaluate<{ file: string } | null>(`window.api.exportReport(${listed[0].id}, { format: 'json' })`);
  expect(out?.file).toBe(path.join(dataDir, '文件', '导出.json'));
  expect(JSON.parse(readFileSync(out!.file, 'utf8')).unit).toBe('开发测试局');
  expect(existsSync(path.join(dataDir, '年报档案.sqlite'))).toBe(true);
});

test('requests without the secret, from another origin or for another host are refused', async () => {
  const host = new URL(dev.origin).host;
  const cookie = `nianbao-dev-${new URL(dev.origin).port}=${dev.secret}`;
  const call = { path: '/__nianbao/api/listAgencies', method: 'POST', body: '[]' };
  const good = { host, cookie, 'x-nianbao-secret': dev.secret, 'content-type': 'application/json' };
  const ok = await request({ ...call, headers: good });
  expect(ok.status).toBe(200);
  expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: [{ name: '开发测试局' }] });
  expect((await request({ ...call, headers: { ...good, 'x-nianbao-secret': 'guess' } })).status).toBe(403);
  expect((await request({ ...call, headers: { host, 'content-type': 'application/json' } })).status).toBe(403);
  expect((await request({ ...call, headers: { ...good, origin: 'http://evil.example' } })).status).toBe(403);
  expect((await request({ ...call, headers: { ...good, host: `evil.example:${new URL(dev.origin).port}` } })).status).toBe(403);
  // the page and Vite's files too
  expect((await request({ path: '/', headers: { host } })).status).toBe(403);
  expect((await request({ path: '/@vite/client', headers: { host } })).status).toBe(403);
  expect((await request({ path: `/?k=${dev.secret}`, headers: { host: `rebound.example:${new URL(dev.origin).port}` } })).status).toBe(403);
  expect((await request({ path: `/?k=${dev.secret}`, headers: { host } })).status).toBe(200);
});

test('close() stops it: the port no longer answers', async () => {
  const { origin } = dev;
  await dev.close();
  await expect(fetch(origin)).rejects.toThrow();
  dev = undefined as unknown as DevServer;
});
