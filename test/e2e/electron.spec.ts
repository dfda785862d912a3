// The real desktop app: Playwright starts Electron on the built main process
// (dist/electron/main.cjs) with a temporary data folder and sees the archive
// screen; the page has window.api from the preload and no Node. Needs the
// Electron binary, which this build machine cannot download: skipped then.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The Electron binary's path, or why there is none. */
function electronBinary(): { path?: string; reason?: string } {
  try {
    const p = createRequire(import.meta.url)('electron') as unknown;
    if (typeof p !== 'string' || !existsSync(p)) return { reason: `Electron 可执行文件不存在（${String(p)}）` };
    return { path: p };
  } catch (e) {
    return { reason: `没有安装 Electron 可执行文件（${(e as Error).message.split('\n')[0]}）；本机无法下载，跳过真实程序测试` };
  }
}
const binary = electronBinary();
// the list reporter does not show skip reasons: say it where the run's output shows it
if (!binary.path) console.log(`[electron.spec] 跳过：${binary.reason}`);

test.describe('the desktop app', () => {
  test.skip(!binary.path, binary.reason ?? '');

  let userData = '';
  test.beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, 'build', 'build-electron.mjs')], { cwd: ROOT, stdio: 'inherit' });
    userData = mkdtempSync(path.join(os.tmpdir(), 'nianbao-electron-'));
  });
  test.afterAll(() => rmSync(userData, { recursive: true, force: true }));

  test('starts, opens the archive screen, exposes only the api', async () => {
    const app = await electron.launch({
      executablePath: binary.path,
      args: [ROOT],
      cwd: ROOT,
      env: { ...process.env, NIANBAO_USER_DATA: userData },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.locator('[data-action="new-report"]')).toBeVisible({ timeout: 30_000 });
      // what a page script can reach: the api object, no Node, no generic invoke
      const surface = await page.evaluate(() => {
        const w = globalThis as unknown as Record<string, Record<string, unknown> | undefined>;
        return { api: typeof w.api, require: typeof w.require, process: typeof w.process, invoke: typeof w.api?.invoke };
      });
      expect(surface).toEqual({ api: 'object', require: 'undefined', process: 'undefined', invoke: 'undefined' });
      const info = await page.evaluate(() => (globalThis as unknown as { api: { getAppInfo(): Promise<{ dataFile: string }> } }).api.getAppInfo());
      expect(info.dataFile).toBe(path.join(userData, 'archive.sqlite'));
      await page.screenshot({ path: path.join(ROOT, 'test/output/screens/electron-archive.png') });
    } finally {
      await app.close();
    }
    expect(existsSync(path.join(userData, 'archive.sqlite'))).toBe(true);
  });
});
