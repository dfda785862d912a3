// IPC wiring by the api's keys, end to end through the same bridge the preload
// uses (a fake ipcMain/ipcRenderer pair stands in for Electron's transport),
// and the menu's template and its messages to the page.
import { describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../electron/api';
import type { Archive } from '../../../electron/archive/types';
import { ApiError, API_KEYS_CHANNEL, MENU_ACTIONS, makeApiBridge, makeMenuBridge, unwrap } from '../../../electron/bridge';
import { REFUSED_SENDER, wireApi, type IpcEventLike, type IpcMainLike } from '../../../electron/ipc';
import { menuTemplate } from '../../../electron/menu';
import type { MenuItemConstructorOptions } from 'electron';

const APP = 'file:///opt/nianbao/dist/renderer/index.html';
const isApp = (u: string) => u === APP || u.startsWith(APP + '#');

/** Electron's ipcMain, as far as wireApi uses it. */
function fakeIpcMain() {
  const handlers = new Map<string, (e: IpcEventLike, ...a: unknown[]) => Promise<unknown>>();
  const syncs = new Map<string, (e: IpcEventLike, ...a: unknown[]) => void>();
  const ipc: IpcMainLike = {
    handle: (c, l) => {
      if (handlers.has(c)) throw new Error(`second handler for ${c}`); // Electron refuses this too
      handlers.set(c, l);
    },
    on: (c, l) => syncs.set(c, l),
    removeHandler: (c) => handlers.delete(c),
  };
  /** what ipcRenderer.invoke / sendSync do, from a frame at `url` */
  const renderer = (url: string, parent: unknown = null) => ({
    invoke: async (channel: string, ...args: unknown[]) => {
      const h = handlers.get(channel);
      if (!h) throw new Error(`No handler registered for '${channel}'`);
      // IPC copies arguments (structured clone): the page cannot pass live objects
      return structuredClone(await h({ senderFrame: { url, parent } }, ...structuredClone(args)));
    },
    sendSync: (channel: string) => {
      const e: IpcEventLike = { senderFrame: { url, parent } };
      syncs.get(channel)?.(e);
      return e.returnValue;
    },
  });
  return { ipc, handlers, renderer };
}

/** An archive with just what these calls need, remembering agencies in memory. */
function memoryArchive(): Archive {
  const agencies: { id: number; name: string; level: 'department' | 'government'; parentId: number | null }[] = [];
  return {
    file: '/data/archive.sqlite',
    listAgencies: () => agencies,
    saveAgency: (a: { name: string; level: 'department' | 'government' }) => {
      const row = { id: agencies.length + 1, name: a.name, level: a.level, parentId: null };
      agencies.push(row);
      return row;
    },
  } as unknown as Archive;
}
const apiOver = (archive: Archive): Api =>
  createApi({
    archive,
    dialogs: { openFile: async () => null, saveFile: async () => null, chooseFolder: async () => null },
    shell: { showInFolder() {} },
    settingsFile: '/nonexistent/settings.json',
    version: '1.2.3',
  });

describe('wireApi', () => {
  it('registers one channel per api key and answers the key list synchronously', () => {
    const { ipc, handlers, renderer } = fakeIpcMain();
    const api = apiOver(memoryArchive());
    const wired = wireApi(ipc, api, isApp);
    expect([...handlers.keys()].sort()).toEqual(Object.keys(api).map((k) => `api:${k}`).sort());
    expect(renderer(APP).sendSync(API_KEYS_CHANNEL)).toEqual(Object.keys(api));
    wired.dispose();
    expect(handlers.size).toBe(0);
  });

  it('a page bridge built from the key list reaches the real api and gets values back', async () => {
    const { ipc, renderer } = fakeIpcMain();
    wireApi(ipc, apiOver(memoryArchive()), isApp);
    const r = renderer(APP + '#/archive');
    const page = makeApiBridge(r.sendSync(API_KEYS_CHANNEL) as string[], r.invoke);
    await expect(page.saveAgency({ name: '中卫市应急管理局', level: 'department' })).resolves.toEqual({ id: 1, name: '中卫市应急管理局', level: 'department', parentId: null });
    await expect(page.listAgencies()).resolves.toHaveLength(1);
    await expect(page.getAppInfo()).resolves.toMatchObject({ version: '1.2.3', dataFile: '/data/archive.sqlite' });
  });

  it('errors arrive in the page as ApiError with the Chinese message and code', async () => {
    const { ipc, renderer } = fakeIpcMain();
    wireApi(ipc, apiOver(memoryArchive()), isApp);
    const r = renderer(APP);
    const page = makeApiBridge(r.sendSync(API_KEYS_CHANNEL) as string[], r.invoke);
    const err = (await page.saveAgency({ name: '   ', level: 'department' }).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('invalid-argument');
    expect(err.message).toContain('机关名称不能为空');
    await expect(page.importFile()).resolves.toBeNull(); // cancelled dialog
  });

  it('refuses other pages and subframes: no keys, no calls', async () => {
    const { ipc, renderer } = fakeIpcMain();
    const archive = memoryArchive();
    wireApi(ipc, apiOver(archive), isApp);
    for (const r of [renderer('https://evil.example/'), renderer('file:///tmp/other.html'), renderer(APP, { url: 'x' })]) {
      expect(r.sendSync(API_KEYS_CHANNEL)).toEqual([]);
      await expect(r.invoke('api:saveAgency', { name: '某局', level: 'department' })).resolves.toEqual(REFUSED_SENDER);
    }
    expect(archive.listAgencies()).toEqual([]);
  });

  it('a channel that is not an api key has no handler (no generic invoke)', async () => {
    const { ipc, renderer } = fakeIpcMain();
    wireApi(ipc, apiOver(memoryArchive()), isApp);
    await expect(renderer(APP).invoke('api:__proto__')).rejects.toThrow(/No handler/);
    await expect(renderer(APP).invoke('api:constructor')).rejects.toThrow(/No handler/);
  });
});

describe('unwrap', () => {
  it('returns the value or throws the message and code', () => {
    expect(unwrap({ ok: true, value: 5 })).toBe(5);
    expect(() => unwrap({ ok: false, error: { message: '报告已定稿，不能修改', code: 'finalised' } })).toThrow(expect.objectContaining({ message: '报告已定稿，不能修改', code: 'finalised' }));
    for (const junk of [undefined, null, 42, 'x', {}, { ok: 'true' }]) expect(() => unwrap(junk)).toThrow(/无法识别的应答/);
  });
});

describe('the application menu', () => {
  const sent: string[] = [];
  let about = 0;
  let dataFile = 0;
  const build = (isDev: boolean) =>
    menuTemplate({ send: (a) => sent.push(a), about: () => about++, showDataFile: () => dataFile++, isDev, platform: 'linux' });
  const items = (t: MenuItemConstructorOptions[], i: number) => t[i].submenu as MenuItemConstructorOptions[];
  const find = (t: MenuItemConstructorOptions[], label: string) => t.flatMap((m) => m.submenu as MenuItemConstructorOptions[]).find((i) => i.label === label);
  const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)();

  it('has 文件/编辑/视图/帮助 with the usual shortcuts', () => {
    const t = build(false);
    expect(t.map((m) => m.label!.replace(/\(&.\)/, ''))).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(find(t, '新建报告')?.accelerator).toBe('CmdOrCtrl+N');
    expect(find(t, '导入…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(find(t, '导出…')?.accelerator).toBe('CmdOrCtrl+E');
    expect(find(t, '退出')?.role).toBe('quit');
    expect(items(t, 1).filter((i) => i.role).map((i) => `${i.label}:${i.role}`)).toEqual(['撤销:undo', '重做:redo', '剪切:cut', '复制:copy', '粘贴:paste', '全选:selectAll']);
    expect(find(t, '重做')?.accelerator).toBe('CmdOrCtrl+Y');
    expect(items(t, 2).filter((i) => i.role).map((i) => i.role)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(items(t, 3).map((i) => i.label).filter(Boolean)).toEqual(['数据文件位置', '关于']);
  });
  it('重新加载 and developer tools only in development', () => {
    expect(find(build(false), '重新加载')).toBeUndefined();
    expect(find(build(false), '开发者工具')).toBeUndefined();
    expect(find(build(true), '重新加载')?.role).toBe('reload');
  });
  it('page actions are sent to the renderer; about and data file stay in main', () => {
    const t = build(false);
    click(find(t, '新建报告'));
    click(find(t, '导入…'));
    click(find(t, '导出…'));
    click(find(t, '关于'));
    click(find(t, '数据文件位置'));
    expect(sent).toEqual(['new-report', 'import', 'export']);
    expect(sent.every((a) => (MENU_ACTIONS as readonly string[]).includes(a))).toBe(true);
    expect([about, dataFile]).toEqual([1, 1]);
  });
  it('the page hears only known menu actions and can stop listening', () => {
    let listener: ((a: unknown) => void) | null = null;
    const bridge = makeMenuBridge((l) => {
      listener = l;
      return () => (listener = null);
    });
    const heard: string[] = [];
    const stop = bridge.onMenu((a) => heard.push(a));
    listener!('import');
    listener!({ evil: true });
    listener!('quit');
    expect(heard).toEqual(['import']);
    stop();
    expect(listener).toBeNull();
    expect(() => bridge.onMenu('x' as never)).toThrow(/需要一个函数/);
  });
});
