// The cost the shell adds to an autosave: one setCell from the page's bridge
// through the IPC wiring (arguments structured-cloned as Electron does) to the
// real archive file and back; beside it the same setCell called directly, so
// the difference is what the IPC layer (validation, envelope, cloning) costs.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApi } from '../../electron/api';
import { openArchive } from '../../electron/archive/index';
import { API_KEYS_CHANNEL, makeApiBridge } from '../../electron/bridge';
import { wireApi, type IpcEventLike, type IpcMainLike } from '../../electron/ipc';
import { medianMs } from './median';

export default async (): Promise<Record<string, number>> => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-ipc-'));
  const archive = openArchive(path.join(dir, 'archive.sqlite'));
  try {
    await archive.dailyBackup;
    const none = async () => null;
    const api = createApi({ archive, dialogs: { openFile: none, saveFile: none, chooseFolder: none }, shell: { showInFolder() {} }, settingsFile: path.join(dir, 'settings.json'), version: 'bench' });
    const handlers = new Map<string, (e: IpcEventLike, ...a: unknown[]) => Promise<unknown>>();
    let keys: unknown = [];
    const ipc: IpcMainLike = {
      handle: (c, l) => handlers.set(c, l),
      on: (c, l) => {
        const e: IpcEventLike = { senderFrame: { url: 'app', parent: null } };
        if (c === API_KEYS_CHANNEL) (l(e), (keys = e.returnValue));
      },
      removeHandler: (c) => handlers.delete(c),
    };
    wireApi(ipc, api, (u) => u === 'app');
    const frame = { senderFrame: { url: 'app', parent: null } };
    const page = makeApiBridge(keys as string[], async (channel, ...args) => structuredClone(await handlers.get(channel)!(frame, ...structuredClone(args))));
    const agency = (await page.saveAgency({ name: '中卫市应急管理局', level: 'department' })) as { id: number };
    const report = (await page.createReport({ agencyId: agency.id, year: 2024, from: 'blank' })) as { id: number };
    let n = 0;
    const ipc_setcell_ms = await medianMs(() => page.setCell(report.id, { table: 'table3', row: '1', col: 0 }, n++ % 50), 200, 20);
    const shell_setcell_direct_ms = await medianMs(() => archive.setCell(report.id, { table: 'table3', row: '1', col: 0 }, n++ % 50), 200, 20);
    return { ipc_setcell_ms, shell_setcell_direct_ms };
  } finally {
    archive.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
