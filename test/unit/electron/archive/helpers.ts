// Shared by the archive tests: a temp folder per test, real archive files, real reports.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openArchive, type ArchiveError, type Archive, type OpenOptions } from '../../../../electron/archive/index';

export { completeReport } from '../../../fixtures/archive/reports';
const dirs: string[] = [];
const open: Archive[] = [];

afterEach(() => {
  for (const a of open.splice(0)) a.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'nianbao-archive-'));
  dirs.push(d);
  return d;
}

/** A fresh archive in its own temp folder, closed after the test. */
export function freshArchive(options: OpenOptions = {}): { archive: Archive; file: string; dir: string } {
  const dir = tempDir();
  const file = path.join(dir, '年报档案.sqlite');
  const archive = track(openArchive(file, options));
  return { archive, file, dir };
}

export function track<T extends Archive>(a: T): T {
  open.push(a);
  return a;
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A settable clock for OpenOptions.now. */
export function clock(start = '2026-03-02T09:00:00Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance(minutes: number) {
      t += minutes * 60_000;
    },
  };
}

/** The error an archive call throws; fails the test when it does not throw. */
export function errorOf(fn: () => unknown): ArchiveError {
  try {
    fn();
  } catch (e) {
    return e as ArchiveError;
  }
  throw new Error('expected an error');
}

/** Text that does not compress into few pages: every character different enough. */
export function bigText(n: number, seed: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(0x4e00 + ((i * 7919 + seed * 104729) % 20000));
  return s;
}
