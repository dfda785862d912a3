// Security regression tests: the window's settings, the CSP (constant, header
// and index.html), navigation/new-window/network/permission decisions, the
// preload's exposed surface, and malformed api calls refused before the archive.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { callApi, createApi, type Api } from '../../../electron/api';
import type { Archive } from '../../../electron/archive/types';
import { makeApiBridge, makeMenuBridge } from '../../../electron/bridge';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isAllowedRequest,
  isAppSender,
  permissionDecision,
  windowOpenDecision,
  withCsp,
} from '../../../electron/security';
import { windowOptions } from '../../../electron/window-options';
import { appPaths } from '../../../electron/paths';

const root = path.resolve(__dirname, '../../..');
const app = appPaths('/opt/nianbao');
const url = (f: string) => pathToFileURL(f).href;

/** An archive that records every call: a refused api call must not reach it. */
function recordingArchive(): { archive: Archive; calls: string[] } {
  const calls: string[] = [];
  const archive = new Proxy({ file: '/tmp/x.sqlite' } as unknown as Archive, {
    get(target, prop) {
      if (prop === 'file') return (target as { file: string }).file;
      if (typeof prop !== 'string' || prop === 'then') return undefined;
      return (...args: unknown[]) => {
        calls.push(`${prop}(${JSON.stringify(args)})`);
        return {};
      };
    },
  });
  return { archive, calls };
}
function apiOver(archive: Archive): Api {
  const never = async () => {
    throw new Error('a dialog must not open here');
  };
  return createApi({ archive, dialogs: { openFile: never, saveFile: never, chooseFolder: never }, shell: { showInFolder() {} }, settingsFile: '/nonexistent/settings.json', version: '0.0.0' });
}

describe('window options', () => {
  const o = windowOptions('/opt/nianbao/dist/electron/preload.cjs');
  const w = o.webPreferences!;
  it('isolate the page from Node and Electron', () => {
    expect(w.contextIsolation).toBe(true);
    expect(w.sandbox).toBe(true);
    expect(w.nodeIntegration).toBe(false);
    expect(w.nodeIntegrationInWorker).toBe(false);
    expect(w.nodeIntegrationInSubFrames).toBe(false);
  });
  it('keep web security on and refuse insecure content, webviews and experimental features', () => {
    expect(w.webSecurity).toBe(true);
    expect(w.allowRunningInsecureContent).toBe(false);
    expect(w.webviewTag).toBe(false);
    expect(w.experimentalFeatures).toBe(false);
    expect(w.navigateOnDragDrop).toBe(false);
  });
  it('use the given preload and nothing that loads remote content', () => {
    expect(w.preload).toBe('/opt/nianbao/dist/electron/preload.cjs');
    const keys = Object.keys(w).sort();
    // a new webPreferences key must be looked at here before it ships
    expect(keys).toEqual(
      ['allowRunningInsecureContent', 'contextIsolation', 'devTools', 'experimentalFeatures', 'navigateOnDragDrop', 'nodeIntegration', 'nodeIntegrationInSubFrames', 'nodeIntegrationInWorker', 'preload', 'safeDialogs', 'sandbox', 'spellcheck', 'webSecurity', 'webviewTag'].sort(),
    );
  });
  it('never go below a usable size, whatever was remembered', () => {
    const small = windowOptions('p', { width: 300, height: 200 });
    expect(small.width).toBeGreaterThanOrEqual(1024);
    expect(small.height).toBeGreaterThanOrEqual(640);
    expect(small.title).toBe('政府信息公开年报');
  });
});

describe('Content-Security-Policy', () => {
  const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
  it('allows only the app itself and no network, no inline script, no eval', () => {
    expect(directives['default-src']).toBe("'self'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['connect-src']).toBe("'none'");
    expect(directives['object-src']).toBe("'none'");
    expect(directives['base-uri']).toBe("'none'");
    expect(directives['form-action']).toBe("'none'");
    expect(directives['frame-ancestors']).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(directives['script-src']).not.toMatch(/unsafe-inline/);
  });
  it('is the meta CSP of renderer/index.html, word for word', () => {
    const file = path.join(root, 'renderer', 'index.html');
    expect(existsSync(file), 'renderer/index.html is missing: the page must carry the CSP of electron/security.ts').toBe(true);
    const html = readFileSync(file, 'utf8');
    const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html.replace(/\s+/g, ' '))?.[1];
    expect(content, 'renderer/index.html has no <meta http-equiv="Content-Security-Policy">').toBeDefined();
    expect(content).toBe(CONTENT_SECURITY_POLICY);
  });
  it('is added to file:// responses and replaces any other policy', () => {
    const h = withCsp({ 'content-security-policy': ["default-src *"], 'Content-Type': 'text/html' });
    expect(h['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(h['content-security-policy']).toBeUndefined();
    expect(h['Content-Type']).toEqual(['text/html']);
    expect(withCsp(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('navigation, new windows, network, permissions', () => {
  it('navigation stays on the app page (routes by #hash allowed)', () => {
    expect(isAllowedNavigation(url(app.index), app.index)).toBe(true);
    expect(isAllowedNavigation(url(app.index) + '#/editor/3', app.index)).toBe(true);
    for (const bad of ['https://example.com/', 'http://127.0.0.1:5173/', url('/etc/passwd'), url(path.join(app.rendererDir, 'other.html')), 'javascript:alert(1)', 'data:text/html,<script>1</script>', 'not a url', '', 'file://evil.example/share/index.html']) {
      expect(isAllowedNavigation(bad, app.index), bad).toBe(false);
    }
  });
  it('requests load only the renderer folder, data: and devtools:', () => {
    expect(isAllowedRequest(url(path.join(app.rendererDir, 'assets', 'index-abc.js')), app.rendererDir)).toBe(true);
    expect(isAllowedRequest(url(app.index), app.rendererDir)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', app.rendererDir)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', app.rendererDir)).toBe(true);
    for (const bad of ['https://fonts.googleapis.com/css', 'http://localhost:8080/x.js', 'ws://localhost/', 'ftp://x/', url('/etc/passwd'), url(app.rendererDir + '/../electron/main.cjs'), url(app.rendererDir + '-evil/x.js'), 'file://server/share/x.js', 'blob:null/123', '::']) {
      expect(isAllowedRequest(bad, app.rendererDir), bad).toBe(false);
    }
  });
  it('new windows are denied and no permission is granted but writing the clipboard (复制网页版)', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) expect(permissionDecision(p)).toBe(false);
    expect(permissionDecision('clipboard-sanitized-write')).toBe(true);
  });
  it('IPC is answered only for the app page', () => {
    expect(isAppSender(url(app.index), app.index)).toBe(true);
    expect(isAppSender('https://example.com/', app.index)).toBe(false);
    expect(isAppSender(undefined, app.index)).toBe(false);
    expect(isAppSender('', app.index)).toBe(false);
  });
});

describe('the preload surface', () => {
  const api = apiOver(recordingArchive().archive);
  const keys = Object.keys(api);
  const bridge = makeApiBridge(keys, async () => ({ ok: true, value: null }));
  it('has exactly the api keys, each a function, and nothing else', () => {
    expect(Object.keys(bridge).sort()).toEqual([...keys].sort());
    for (const k of keys) expect(typeof bridge[k]).toBe('function');
    for (const hole of ['invoke', 'send', 'sendSync', 'ipcRenderer', 'require', 'process', 'on']) expect(hole in bridge, hole).toBe(false);
    expect(Object.getPrototypeOf(bridge)).toBeNull();
    expect(Object.isFrozen(bridge)).toBe(true);
  });
  it('ignores keys that are not plain identifiers (a hostile key list cannot add __proto__ or a channel)', () => {
    const b = makeApiBridge(['__proto__', 'constructor', 'a:b', '../x', 42, 'ok'], async () => ({ ok: true, value: 1 }));
    expect(Object.keys(b)).toEqual(['ok']);
  });
  it('the menu bridge exposes only onMenu', () => {
    const m = makeMenuBridge(() => () => {});
    expect(Object.keys(m)).toEqual(['onMenu']);
  });
});

describe('malformed api calls are refused before the archive', () => {
  it('setCell with bad arguments → invalid-argument, nothing stored', async () => {
    const { archive, calls } = recordingArchive();
    const api = apiOver(archive);
    const bad: unknown[][] = [
      [1, { table: 'table3', row: '1', col: 0 }, -5],
      [1, { table: 'table3', row: '1', col: 0 }, 'DROP TABLE'],
      [1, { table: 'table9', row: '1', col: 0 }, 3],
      [1, { table: 'table3', row: '1', col: 99 }, 3],
      [0, { table: 'table3', row: '1', col: 0 }, 3],
      ['1', { table: 'table3', row: '1', col: 0 }, 3],
      [1, null, 3],
      [1, { table: 'table3', row: '1', col: 0 }, Infinity],
      [],
    ];
    for (const args of bad) {
      const r = await callApi(api, 'setCell', args);
      expect(r.ok, JSON.stringify(args)).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid-argument');
        // the contract names the refused argument (the archive says the same words: contract-doors.test.ts)
        expect(r.error.message).toMatch(/^(编号|单元格位置|单元格的值)不正确/);
      }
    }
    expect(calls).toEqual([]);
  });
  it('unknown, prototype and inherited names are refused', async () => {
    const { archive, calls } = recordingArchive();
    const api = apiOver(archive);
    for (const key of ['nonexistent', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'api:setCell']) {
      const r = await callApi(api, key, []);
      expect(r, key).toEqual({ ok: false, error: { message: `没有这个功能：${key}`, code: 'invalid-argument' } });
    }
    expect(calls).toEqual([]);
  });
  it('a well-formed call does reach the archive (so the refusals above mean something)', async () => {
    const { archive, calls } = recordingArchive();
    const r = await callApi(apiOver(archive), 'setCell', [1, { table: 'table3', row: '1', col: 0 }, 3]);
    expect(r.ok).toBe(true);
    expect(calls).toEqual(['setCell([1,{"table":"table3","row":"1","col":0},3])']);
  });
});
