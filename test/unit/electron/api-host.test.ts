// The host pieces around the api: the OS dialogs adapter, the archive opening
// with recovery at start, and the remembered window bounds (real temp files).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveError, type Archive, type BackupInfo } from '../../../electron/archive/types';
import { makeDialogs, safeFileName, type DialogModule } from '../../../electron/os-dialogs';
import { dataPaths } from '../../../electron/paths';
import { openArchiveForApp, type ArchiveOpeners } from '../../../electron/startup';
import { isOnScreen, loadWindowState, parseWindowState, restoreBounds, saveWindowState } from '../../../electron/window-state';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-host-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('OS dialogs adapter', () => {
  function fakeDialog(answer: { canceled: boolean; filePaths?: string[]; filePath?: string }) {
    const asked: Record<string, unknown>[] = [];
    const d: DialogModule = {
      showOpenDialog: async (o) => (asked.push(o), { canceled: answer.canceled, filePaths: answer.filePaths ?? [] }),
      showSaveDialog: async (o) => (asked.push(o), { canceled: answer.canceled, filePath: answer.filePath }),
    };
    return { d, asked };
  }
  it('returns the chosen path, or null when cancelled', async () => {
    const ok = fakeDialog({ canceled: false, filePaths: ['/home/u/a.docx'], filePath: '/home/u/b.docx' });
    const dialogs = makeDialogs(ok.d, () => '/home/u/文档');
    expect(await dialogs.openFile({ title: '导入', filters: [] })).toBe('/home/u/a.docx');
    expect(await dialogs.saveFile({ title: '导出', defaultName: 'x.docx', filters: [] })).toBe('/home/u/b.docx');
    expect(await dialogs.chooseFolder({ title: '备份' })).toBe('/home/u/a.docx');
    expect(ok.asked.map((o) => o.properties)).toEqual([['openFile'], ['showOverwriteConfirmation'], ['openDirectory', 'createDirectory']]);
    const cancel = makeDialogs(fakeDialog({ canceled: true, filePaths: ['/x'] }).d, () => '/home/u');
    expect(await cancel.openFile({ title: '导入', filters: [] })).toBeNull();
    expect(await cancel.saveFile({ title: '导出', defaultName: 'x', filters: [] })).toBeNull();
    expect(await cancel.chooseFolder({ title: '备份' })).toBeNull();
    const empty = makeDialogs(fakeDialog({ canceled: false, filePaths: [] }).d, () => '/home/u');
    expect(await empty.openFile({ title: '导入', filters: [] })).toBeNull();
  });
  it('the suggested name stays a file name inside the default folder', async () => {
    const f = fakeDialog({ canceled: false, filePath: '/x' });
    await makeDialogs(f.d, () => '/home/u/文档').saveFile({ title: '导出', defaultName: '../某局/2024:年报?.docx', filters: [] });
    expect(f.asked[0].defaultPath).toBe('/home/u/文档/－某局－2024年报.docx');
    expect(safeFileName('...')).toBe('年度报告');
    expect(safeFileName('中卫市应急管理局2024年政府信息公开工作年度报告.docx')).toBe('中卫市应急管理局2024年政府信息公开工作年度报告.docx');
  });
});

describe('opening the archive at start', () => {
  const file = '/data/archive.sqlite';
  const backup: BackupInfo = { file: '/data/backups/2026-01-10.sqlite', createdAt: '2026-01-10T08:30:00.000Z', bytes: 4096 };
  const good = { file } as Archive;
  function world(first: Error | null, options: { backup?: BackupInfo | null; restoreFails?: boolean } = {}) {
    const log: string[] = [];
    let opens = 0;
    const deps: ArchiveOpeners = {
      openArchive: () => {
        log.push('open');
        if (opens++ === 0 && first) throw first;
        return good;
      },
      newestBackup: () => (log.push('newest'), options.backup === undefined ? backup : options.backup),
      restoreArchive: (_f, b) => {
        log.push(`restore ${b}`);
        if (options.restoreFails) throw new ArchiveError('备份文件也已损坏', 'corrupt');
      },
    };
    return { deps, log };
  }
  function prompts(answer: 'restore' | 'quit') {
    const shown: string[] = [];
    return {
      shown,
      p: {
        askRestore: async (m: string, d: string) => (shown.push(`ask:${m}|${d}`), answer),
        fail: async (m: string, d: string) => void shown.push(`fail:${m}|${d}`),
      },
    };
  }

  it('a healthy file opens without asking', async () => {
    const w = world(null);
    const p = prompts('quit');
    expect(await openArchiveForApp(file, {}, w.deps, p.p)).toBe(good);
    expect(p.shown).toEqual([]);
  });
  it('a damaged file offers the newest backup; restoring opens it', async () => {
    const w = world(new ArchiveError('数据文件已损坏', 'corrupt'));
    const p = prompts('restore');
    expect(await openArchiveForApp(file, {}, w.deps, p.p)).toBe(good);
    expect(w.log).toEqual(['open', 'newest', `restore ${backup.file}`, 'open']);
    expect(p.shown[0]).toMatch(/^ask:数据文件已损坏，是否从最近的备份恢复？/);
    expect(p.shown[0]).toContain('2026年1月10日');
    expect(p.shown[0]).toContain('不会删除');
  });
  it('choosing 退出 leaves the damaged file alone', async () => {
    const w = world(new ArchiveError('数据文件已损坏', 'corrupt'));
    expect(await openArchiveForApp(file, {}, w.deps, prompts('quit').p)).toBeNull();
    expect(w.log).toEqual(['open', 'newest']);
  });
  it('no backup, a failed restore, a newer version, any other error: told in Chinese, then quit', async () => {
    const cases: [Error, { backup?: BackupInfo | null; restoreFails?: boolean }, RegExp][] = [
      [new ArchiveError('数据文件已损坏', 'corrupt'), { backup: null }, /^fail:数据文件已损坏，且没有可用的备份.*未被删除/s],
      [new ArchiveError('数据文件已损坏', 'corrupt'), { restoreFails: true }, /^fail:从备份恢复失败\|备份文件也已损坏/],
      [new ArchiveError('数据文件版本为 9，本程序只支持到 1', 'too-new'), {}, /^fail:数据文件由更新版本的本程序创建\|数据文件版本为 9.*请安装最新版本/s],
      [new ArchiveError('数据文件正被另一个程序使用', 'locked'), {}, /^fail:无法打开数据文件\|数据文件正被另一个程序使用/],
    ];
    for (const [err, opts, expected] of cases) {
      const w = world(err, opts);
      const p = prompts('restore');
      expect(await openArchiveForApp(file, {}, w.deps, p.p)).toBeNull();
      expect(p.shown.at(-1)).toMatch(expected);
    }
  });
});

describe('window size and position', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  it('are saved and restored through a real file', async () => {
    const file = dataPaths(dir).windowState;
    expect(loadWindowState(file)).toBeNull(); // first run
    expect(saveWindowState(file, { x: 100, y: 80, width: 1300, height: 850, maximized: true })).toBe(true);
    expect(loadWindowState(file)).toEqual({ x: 100, y: 80, width: 1300, height: 850, maximized: true });
    expect(restoreBounds(loadWindowState(file), screen)).toEqual({ x: 100, y: 80, width: 1300, height: 850, maximized: true });
  });
  it('an unwritable place is not an error the user sees', () => {
    expect(saveWindowState(path.join(dir, 'missing-folder', 'w.json'), { width: 1200, height: 800 })).toBe(false);
  });
  it('a damaged or odd file means the default size, never a crash', () => {
    const file = path.join(dir, 'w.json');
    for (const junk of ['', '{', 'null', '[]', '{"width":"big"}', '{"width":50,"height":50}', '{"width":1e9,"height":800}']) {
      writeFileSync(file, junk);
      expect(loadWindowState(file), junk).toBeNull();
      expect(restoreBounds(loadWindowState(file), screen)).toEqual({ width: 1280, height: 820 });
    }
    expect(parseWindowState('{"width":1200,"height":800,"x":1.5,"y":3}')).toEqual({ width: 1200, height: 800, maximized: false });
  });
  it('a position on a monitor that is gone is dropped, the size kept', () => {
    const saved = { x: 2500, y: 100, width: 1200, height: 800 };
    expect(isOnScreen(saved, screen)).toBe(false);
    expect(restoreBounds(saved, screen)).toEqual({ width: 1200, height: 800, maximized: undefined });
    expect(isOnScreen(saved, [...screen, { x: 1920, y: 0, width: 1920, height: 1080 }])).toBe(true);
    expect(isOnScreen({ x: 100, y: -300, width: 1200, height: 800 }, screen)).toBe(false); // title bar off the top
  });
});
