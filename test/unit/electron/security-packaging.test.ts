// What ships: the preload bundle really exposes only window.api (by key) and
// window.appMenu and needs nothing but 'electron' (a sandboxed preload has no
// other require); the electron-builder config passes electron-builder's own
// validator and installs per user without elevation; the icon is a real PNG.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEYS_CHANNEL } from '../../../electron/bridge';

const root = path.resolve(__dirname, '../../..');
const require = createRequire(import.meta.url);
let out = '';

beforeAll(() => {
  out = mkdtempSync(path.join(os.tmpdir(), 'nianbao-bundle-'));
  execFileSync(process.execPath, [path.join(root, 'build', 'build-electron.mjs'), '--out', out], { cwd: root });
}, 120_000); // three esbuild bundles: seconds on a busy machine
afterAll(() => rmSync(out, { recursive: true, force: true }));

// Literal module names only: pdf.js's core-js builds `require("' + name + '")` as a
// string for Node built-ins (after process.getBuiltinModule), which is no dependency.
const requiresOf = (code: string) => [...new Set([...code.matchAll(/require\("([^"'+\s]+)"\)/g)].map((m) => m[1]))].sort();

describe('bundles', () => {
  it('the preload requires only electron', () => {
    expect(requiresOf(readFileSync(path.join(out, 'preload.cjs'), 'utf8'))).toEqual(['electron']);
  });
  it('main leaves out only electron, better-sqlite3 and Node built-ins', () => {
    const mods = requiresOf(readFileSync(path.join(out, 'main.cjs'), 'utf8'));
    expect(mods).toContain('electron');
    for (const m of mods) expect(m === 'electron' || m === 'better-sqlite3' || m.startsWith('node:') || require('node:module').builtinModules.includes(m), m).toBe(true);
  });

  it('running the preload exposes window.api (one function per key from main) and window.appMenu, nothing else', async () => {
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    const listeners = new Map<string, (...a: unknown[]) => void>();
    const electron = {
      contextBridge: { exposeInMainWorld: (name: string, value: unknown) => (exposed[name] = value) },
      ipcRenderer: {
        sendSync: (channel: string) => (channel === API_KEYS_CHANNEL ? ['listAgencies', 'setCell', '__proto__'] : undefined),
        invoke: async (...a: unknown[]) => {
          invoked.push(a);
          return a[0] === 'api:setCell' ? { ok: false, error: { message: '调用 setCell 的参数不正确', code: 'invalid-argument' } } : { ok: true, value: [] };
        },
        on: (c: string, l: (...a: unknown[]) => void) => listeners.set(c, l),
        removeListener: (c: string) => listeners.delete(c),
      },
    };
    const code = readFileSync(path.join(out, 'preload.cjs'), 'utf8');
    const sandboxRequire = (m: string) => {
      if (m !== 'electron') throw new Error(`sandboxed preload cannot require ${m}`);
      return electron;
    };
    vm.runInNewContext(code, { require: sandboxRequire, module: { exports: {} }, exports: {}, Promise });
    expect(Object.keys(exposed).sort()).toEqual(['api', 'appMenu']);
    const api = exposed.api as Record<string, (...a: unknown[]) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual(['listAgencies', 'setCell']);
    await expect(api.listAgencies()).resolves.toEqual([]);
    await expect(api.setCell(1, {}, -1)).rejects.toMatchObject({ message: '调用 setCell 的参数不正确', code: 'invalid-argument' });
    expect(invoked).toEqual([['api:listAgencies'], ['api:setCell', 1, {}, -1]]);

    const seen: string[] = [];
    const stop = (exposed.appMenu as { onMenu(cb: (a: string) => void): () => void }).onMenu((a) => seen.push(a));
    listeners.get('menu')!({}, 'export');
    listeners.get('menu')!({}, 'rm -rf');
    expect(seen).toEqual(['export']);
    stop();
    expect(listeners.has('menu')).toBe(false);
  });
});

describe('electron-builder configuration', () => {
  const yaml = require('js-yaml') as { load(s: string): Record<string, any> };
  const config = yaml.load(readFileSync(path.join(root, 'build', 'electron-builder.yml'), 'utf8'));

  it("passes electron-builder's own schema validation", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    await expect(validateConfiguration(config, { add() {}, isEnabled: false })).resolves.toBeUndefined();
    // the validator is real: a wrong key is refused
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perMachien: false } }, { add() {}, isEnabled: false })).rejects.toThrow(/nsis/);
  });
  it('Windows: per-user NSIS installer without elevation, plus a portable .exe', () => {
    expect(config.nsis.perMachine).toBe(false);
    expect(config.nsis.allowElevation).toBe(false);
    expect(config.win.target.map((t: { target: string }) => t.target).sort()).toEqual(['nsis', 'portable']);
  });
  it('Linux: deb and AppImage for x64 and arm64, category Office, Chinese name', () => {
    for (const target of config.linux.target) expect(target.arch.sort()).toEqual(['arm64', 'x64']);
    expect(config.linux.target.map((t: { target: string }) => t.target).sort()).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.productName).toBe('政府信息公开年报');
  });
  it('pins the Electron version to the installed package and unpacks the native module', () => {
    expect(config.electronVersion).toBe(require('electron/package.json').version);
    expect(config.asarUnpack.join()).toMatch(/better-sqlite3/);
    expect(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).main).toBe('dist/electron/main.cjs');
  });
});

describe('the icon', () => {
  it('is a 256×256 RGBA PNG, transparent at the rounded corner and opaque in the middle', () => {
    const png = readFileSync(path.join(root, 'resources', 'icon.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([256, 256, 8, 6]);
    let idat = Buffer.alloc(0);
    for (let o = 8; o < png.length; ) {
      const len = png.readUInt32BE(o);
      if (png.toString('ascii', o + 4, o + 8) === 'IDAT') idat = Buffer.concat([idat, png.subarray(o + 8, o + 8 + len)]);
      o += 12 + len;
    }
    const raw = inflateSync(idat);
    const alpha = (x: number, y: number) => raw[y * (256 * 4 + 1) + 1 + x * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(128, 128)).toBe(255);
  });
});
