// Real faults, not simulated ones: a full disk (a small tmpfs) and a read-only
// data folder (a read-only bind mount; chmod does not stop root). Where the
// machine does not allow mounting, the tests are skipped with the reason printed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveError, openArchive } from '../../../../electron/archive/index';
import { completeReport, sha256, tempDir, track, errorOf, bigText } from './helpers';

const mounted: string[] = [];
const mount = (...args: string[]) => execFileSync('mount', args, { stdio: 'pipe' });

function cannotMount(): string | null {
  const probe = tempDir();
  try {
    mount('-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe);
    execFileSync('umount', [probe]);
    return null;
  } catch (e) {
    return `mount is not allowed here (${String((e as Error).message).split('\n')[0]})`;
  }
}
const skipReason = cannotMount();
if (skipReason) console.log(`real-faults: skipped — ${skipReason}`);

afterEach(() => {
  for (const m of mounted.splice(0).reverse()) execFileSync('umount', ['-l', m]);
});

function tmpfs(size: string): string {
  const dir = tempDir();
  mount('-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir);
  mounted.push(dir);
  return dir;
}

function readOnlyView(dir: string): string {
  const view = tempDir();
  mount('--bind', dir, view);
  mounted.push(view);
  mount('-o', 'remount,ro,bind', view);
  return view;
}



const RAW = /SQLITE_|unable to open|ENOENT|EROFS|EACCES|\bio\b/;

describe.skipIf(skipReason !== null)('real faults', () => {
  it('a real full disk: a clear error, earlier edits intact, works again once space is freed', async () => {
    const disk = tmpfs('2m');
    const file = path.join(disk, 'archive.sqlite');
    const archive = track(openArchive(file, { backupDir: tempDir() }));
    await archive.dailyBackup;
    const s = archive.importReport(completeReport(), { replace: false });
    archive.setText(s.id, 'other', '保存在磁盘满之前');
    const filler = path.join(disk, 'filler');
    // fill the rest of the disk, leaving too little for the next large edit
    try {
      writeFileSync(filler, Buffer.alloc(4 * 1024 * 1024));
    } catch {
      // ENOSPC: the filler took what there was
    }
    let e: ArchiveError | undefined;
    for (let i = 0; i < 20 && !e; i++) {
      try {
        archive.setText(s.id, 'problems', bigText(100_000, i));
      } catch (x) {
        e = x as ArchiveError;
      }
    }
    expect(e).toBeInstanceOf(ArchiveError);
    expect(e!.code).toBe('disk-full');
    expect(e!.message).toMatch(/磁盘空间不足.*之前保存的内容完好/);
    expect(e!.message).not.toMatch(RAW);
    expect(archive.openReport(s.id).report.parts.other).toBe('保存在磁盘满之前');

    rmSync(filler);
    const big = bigText(100_000, 99);
    archive.setText(s.id, 'problems', big);
    archive.close();
    const again = track(openArchive(file, { backupDir: tempDir() }));
    expect(again.openReport(s.id).report.parts.problems).toBe(big);
    expect(again.openReport(s.id).report.parts.other).toBe('保存在磁盘满之前');
  });

  it('a read-only data folder: says so in Chinese, for a new archive, an existing one, a missing subfolder', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'empty'));
    const existing = path.join(dir, 'archive.sqlite');
    const a = openArchive(existing, { backupDir: tempDir() });
    a.saveAgency({ name: '某局', level: 'department' });
    a.close();
    const before = sha256(existing);
    const ro = readOnlyView(dir);
    for (const [file, folder] of [
      [path.join(ro, 'empty', 'archive.sqlite'), path.join(ro, 'empty')],
      [path.join(ro, 'archive.sqlite'), ro],
      [path.join(ro, 'sub', 'archive.sqlite'), ro],
    ]) {
      const e = errorOf(() => track(openArchive(file, { backupDir: tempDir() })));
      expect(e).toBeInstanceOf(ArchiveError);
      expect(e.message).toContain(`数据文件夹没有写入权限：${folder}`);
      expect(e.message).not.toMatch(RAW);
    }
    expect(sha256(existing)).toBe(before);
  });
});
