// Shared by the archive tests: a temp folder per test, real archive files, real reports.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { defaultTitle } from '../../../report/format';
import { reportFromJson } from '../../../report/json';
import type { Report, Row5 } from '../../../report/report';
import { openArchive, type Archive, type OpenOptions } from '../../../electron/archive/index';

const SEED = '/work/shared/spec/seed-report.json';
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

/** The seed report (中卫市应急管理局 2023) made complete: table 四 filled with 0, so it has no error. */
export function completeReport(unit = '中卫市应急管理局', year = 2023): Report {
  const r = reportFromJson(JSON.parse(readFileSync(SEED, 'utf8')));
  for (const k of Object.keys(r.table4) as (keyof Report['table4'])[]) r.table4[k] = [0, 0, 0, 0, 0] as Row5;
  r.unit = unit;
  r.year = year;
  r.title = defaultTitle(unit, year);
  return r;
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
