// The built main process (dist/electron/main.cjs as esbuild bundles it) run
// under plain Node with a recording stand-in for the 'electron' module: checks
// that main.ts really applies the secure settings, wires the api by its keys,
// opens the real archive in userData, and handles the single-instance lock and
// a damaged data file. It cannot show that Electron itself behaves; the
// _electron e2e test does that where the binary exists.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';
import { windowOptions } from '../../../electron/window-options';

const ROOT = path.resolve(__dirname, '../../..');
let bundleDir = '';
let tmp = '';

/** Runs in the child: fake electron, load main, drive the recorded handlers, print what happened. */
const DRIVER = String.raw`
const Module = require('node:module');
const path = require('node:path');
const fs = require('node:fs');
const { pathToFileURL } = require('node:url');
const ROOT = process.env.ROOT, userData = process.env.UD;
const rec = { windows: [], quit: 0, handles: {}, ons: {}, menu: null, boxes: [], appEvents: {}, session: {}, focused: 0 };
class BrowserWindow {
  constructor(o) { this.options = o; this.events = {}; this.loaded = []; this.webContents = { sent: [], send: (c, a) => this.webContents.sent.push([c, a]) }; rec.windows.push(this); }
  once(e, f) { this.events[e] = f; } on(e, f) { this.events[e] = f; }
  maximize() {} isMinimized() { return true; } restore() {} show() {} focus() { rec.focused++; }
  loadFile(f) { this.loaded.push(f); return Promise.resolve(); }
  getNormalBounds() { return { x: 10, y: 20, width: 1300, height: 900 }; } isMaximized() { return false; }
}
const electron = {
  BrowserWindow,
  app: {
    isPackaged: false, getAppPath: () => ROOT, getVersion: () => '0.1.0',
    getPath: (n) => (n === 'userData' ? userData : path.join(userData, '..', n)), setPath() {},
    requestSingleInstanceLock: () => process.env.LOCK !== 'taken', quit() { rec.quit++; },
    on(e, f) { rec.appEvents[e] = f; }, whenReady: () => Promise.resolve(), setAppUserModelId() {},
  },
  session: { defaultSession: {
    setPermissionRequestHandler(f) { rec.session.permission = f; }, setPermissionCheckHandler(f) { rec.session.check = f; },
    webRequest: { onBeforeRequest(f) { rec.session.before = f; }, onHeadersReceived(f) { rec.session.headers = f; } },
  } },
  ipcMain: { handle(c, f) { rec.handles[c] = f; }, on(c, f) { rec.ons[c] = f; }, removeHandler() {} },
  dialog: {
    showMessageBox: async (o) => { rec.boxes.push({ message: o.message, detail: o.detail, buttons: o.buttons }); return { response: Number(process.env.ANSWER || 1) }; },
    showErrorBox: (t, m) => rec.boxes.push({ message: m }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }),
  },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu(m) { rec.menu = m; } },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  shell: { showItemInFolder() {} },
};
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'electron' ? electron : load.call(this, request, ...rest); };
require(process.env.MAIN);
const answer = (f, ...a) => new Promise((resolve) => f(...a, resolve));
(async () => {
  for (let i = 0; i < 500 && !rec.windows.length && !rec.quit; i++) await new Promise((r) => setTimeout(r, 10));
  const appUrl = pathToFileURL(path.join(ROOT, 'dist/renderer/index.html')).href;
  const out = { quit: rec.quit, boxes: rec.boxes, windows: rec.windows.length };
  if (rec.windows.length) {
    const w = rec.windows[0];
    out.options = w.options; out.loaded = w.loaded;
    out.channels = Object.keys(rec.handles).sort();
    const ev = (url, parent = null) => ({ senderFrame: { url, parent } });
    const keysEvent = ev(appUrl + '#/'); rec.ons['api:keys'](keysEvent); out.keys = keysEvent.returnValue;
    const evilKeys = ev('https://evil.example/'); rec.ons['api:keys'](evilKeys); out.evilKeys = evilKeys.returnValue;
    out.saved = await rec.handles['api:saveAgency'](ev(appUrl), { name: '中卫市应急管理局', level: 'department' });
    out.evilCall = await rec.handles['api:saveAgency'](ev('https://evil.example/'), { name: '坏', level: 'department' });
    out.agencies = await rec.handles['api:listAgencies'](ev(appUrl));
    out.info = await rec.handles['api:getAppInfo'](ev(appUrl));
    out.permission = await answer(rec.session.permission, {}, 'media');
    out.check = rec.session.check({}, 'clipboard-read');
    out.requests = {};
    for (const u of ['https://example.com/x.js', 'http://127.0.0.1/', appUrl, pathToFileURL(path.join(ROOT, 'dist/renderer/assets/a.js')).href, 'file:///etc/passwd'])
      out.requests[u] = (await answer(rec.session.before, { url: u })).cancel;
    out.headers = (await answer(rec.session.headers, { url: appUrl, responseHeaders: { 'Content-Security-Policy': ['default-src *'] } })).responseHeaders;
    const contents = { events: {}, on(e, f) { this.events[e] = f; }, setWindowOpenHandler(f) { this.open = f; } };
    rec.appEvents['web-contents-created']({}, contents);
    out.navigation = {};
    for (const u of ['https://example.com/', appUrl + '#/editor/1', 'file:///etc/passwd']) {
      let prevented = false;
      contents.events['will-navigate']({ preventDefault: () => (prevented = true) }, u);
      out.navigation[u] = prevented;
    }
    out.frameNavigation = {};
    for (const u of ['https://example.com/', 'javascript:alert(1)', appUrl]) {
      let prevented = false;
      contents.events['will-frame-navigate']({ url: u, isMainFrame: false, preventDefault: () => (prevented = true) });
      out.frameNavigation[u] = prevented;
    }
    let webview = false; contents.events['will-attach-webview']({ preventDefault: () => (webview = true) });
    out.webviewPrevented = webview;
    out.windowOpen = contents.open({ url: 'https://example.com/' });
    out.menu = rec.menu.map((m) => [m.label, m.submenu.map((i) => i.label || i.type)]);
    rec.menu[0].submenu[2].click(); out.sent = w.webContents.sent;
    rec.appEvents['second-instance'](); out.focused = rec.focused;
    w.events.close();
    out.windowState = JSON.parse(fs.readFileSync(path.join(userData, 'window-state.json'), 'utf8'));
    rec.appEvents['will-quit']();
  }
  process.stdout.write('\nRESULT ' + JSON.stringify(out) + '\n');
  process.exit(0);
})().catch((e) => { console.error(e); process.exit(3); });
`;

function runMain(env: Record<string, string>): any {
  const ud = env.UD;
  mkdirSync(ud, { recursive: true });
  const out = execFileSync(process.execPath, [path.join(bundleDir, 'driver.cjs')], {
    env: { ...process.env, ROOT, MAIN: path.join(bundleDir, 'main.cjs'), ...env },
    encoding: 'utf8',
  });
  const line = out.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`no result from main: ${out}`);
  return JSON.parse(line.slice(7));
}

beforeAll(() => {
  // inside the project so the bundle's require('better-sqlite3') resolves to node_modules
  mkdirSync(path.join(ROOT, 'node_modules', '.cache'), { recursive: true });
  bundleDir = mkdtempSync(path.join(ROOT, 'node_modules', '.cache', 'nianbao-main-'));
  execFileSync(process.execPath, [path.join(ROOT, 'build', 'build-electron.mjs'), '--out', bundleDir], { cwd: ROOT });
  writeFileSync(path.join(bundleDir, 'driver.cjs'), DRIVER);
  tmp = mkdtempSync(path.join(os.tmpdir(), 'nianbao-main-'));
});
afterAll(() => {
  rmSync(bundleDir, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

describe('main process (bundled, under a recording electron)', () => {
  it('opens one secure window on the app page, wires every api key, locks down the session', () => {
    const ud = path.join(tmp, 'normal');
    const r = runMain({ UD: ud });
    expect(r.windows).toBe(1);
    const expected = windowOptions(path.join(ROOT, 'dist/electron/preload.cjs'), { width: 1280, height: 820 }, path.join(ROOT, 'resources/icon.png'));
    expect(r.options).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(r.loaded).toEqual([path.join(ROOT, 'dist/renderer/index.html')]);
    expect(r.channels).toEqual(r.keys.map((k: string) => `api:${k}`).sort());
    expect(r.keys).toContain('setCell');
    expect(r.evilKeys).toEqual([]);
    expect(r.saved).toEqual({ ok: true, value: { id: 1, name: '中卫市应急管理局', level: 'department', parentId: null } });
    expect(r.evilCall).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(r.agencies.value.map((a: { name: string }) => a.name)).toEqual(['中卫市应急管理局']);
    expect(r.info.value.dataFile).toBe(path.join(ud, 'archive.sqlite'));
    expect(existsSync(path.join(ud, 'archive.sqlite'))).toBe(true);
    expect([r.permission, r.check]).toEqual([false, false]);
    const cancelled = Object.entries(r.requests).filter(([, c]) => c).map(([u]) => u);
    expect(cancelled.sort()).toEqual(['file:///etc/passwd', 'http://127.0.0.1/', 'https://example.com/x.js']);
    expect(r.headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(Object.values(r.navigation)).toEqual([true, false, true]);
    expect(Object.values(r.frameNavigation)).toEqual([true, true, false]);
    expect(r.webviewPrevented).toBe(true);
    expect(r.windowOpen).toEqual({ action: 'deny' });
  });

  it('has the Chinese menu, sends page actions, focuses on a second start, remembers the window', () => {
    const r = runMain({ UD: path.join(tmp, 'menu') });
    expect(r.menu.map((m: [string]) => m[0])).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(r.menu[2][1]).toContain('重新加载'); // not packaged: a development run
    expect(r.sent).toEqual([['menu', 'export']]);
    expect(r.focused).toBe(1);
    expect(r.windowState).toEqual({ x: 10, y: 20, width: 1300, height: 900, maximized: false });
  });

  it('a second copy quits at once without a window', () => {
    const r = runMain({ UD: path.join(tmp, 'second'), LOCK: 'taken' });
    expect(r.windows).toBe(0);
    expect(r.quit).toBe(1);
  });

  it('a damaged data file with no backup: told in Chinese, quits, the file untouched', () => {
    const ud = path.join(tmp, 'damaged');
    mkdirSync(ud, { recursive: true });
    const junk = Buffer.from('这不是数据库'.repeat(2000));
    writeFileSync(path.join(ud, 'archive.sqlite'), junk);
    const r = runMain({ UD: ud, ANSWER: '1' });
    expect(r.windows).toBe(0);
    expect(r.quit).toBe(1);
    expect(r.boxes).toHaveLength(1);
    expect(r.boxes[0].message).toMatch(/数据文件已损坏/);
    expect(readFileSync(path.join(ud, 'archive.sqlite'))).toEqual(junk);
  });
});
