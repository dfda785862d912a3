// Opening the SQLite file safely: check it read-only first (a damaged file or one
// from a newer version must never be written to, and a read-write connection
// could checkpoint into it on close), then open read-write with the pragmas that
// make every returned edit durable, then migrate.
import { existsSync, mkdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { archiveError } from './errors';
import { migrate, SCHEMA_VERSION } from './migrations/index';
import { schemaProblem } from './schema';
import { ArchiveError } from './types';

export type FileState =
  | { kind: 'new' }
  | { kind: 'ok'; version: number }
  | { kind: 'corrupt'; detail: string }
  /** a SQLite file, but not this app's archive (another program's, or our tables altered) */
  | { kind: 'foreign'; detail: string };

/** Read-only inspection of an existing file; throws only for too-new / unreadable. */
export function inspectFile(file: string, nativeBinding?: string): FileState {
  if (!existsSync(file)) return { kind: 'new' };
  const st = statSync(file);
  if (st.isDirectory()) throw new ArchiveError(`${file} 是文件夹，不是档案文件`, 'io');
  if (st.size === 0) return { kind: 'new' };
  let ro: Database.Database | undefined;
  const hadWal = existsSync(file + '-wal') || existsSync(file + '-shm');
  try {
    ro = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    // integrity_check, not quick_check: it also cross-checks indexes against rows;
    // it runs once per file open (not per report), measured in the bench.
    const rows = ro.pragma('integrity_check') as { integrity_check: string }[];
    if (rows.length !== 1 || rows[0].integrity_check !== 'ok') {
      return { kind: 'corrupt', detail: rows.slice(0, 3).map((r) => r.integrity_check).join('；') };
    }
    const version = ro.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new ArchiveError(
        `这个档案文件由更新版本的年报程序创建（数据版本 ${version}，本程序只认识到 ${SCHEMA_VERSION}）。为免损坏数据，本程序不会打开或修改它，请安装最新版本的程序。`,
        'too-new',
      );
    }
    if (version === 0) {
      const n = (ro.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").get() as { n: number }).n;
      if (n > 0) return { kind: 'foreign', detail: '是其他程序的数据库' };
    } else {
      // a user_version alone proves nothing (another program may set 1): the schema must be ours
      const problem = schemaProblem(ro, version, nativeBinding);
      if (problem) return { kind: 'foreign', detail: `数据结构不符：${problem}` };
    }
    return { kind: 'ok', version };
  } catch (e) {
    const code = String((e as { code?: unknown })?.code ?? '');
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return { kind: 'corrupt', detail: (e as Error).message };
    throw archiveError(e, file);
  } finally {
    ro?.close();
    // a read-only look at a WAL file leaves an empty -wal/-shm beside it; remove what we created
    if (!hadWal && existsSync(file + '-wal') && statSync(file + '-wal').size === 0) {
      for (const f of [file + '-wal', file + '-shm']) if (existsSync(f)) unlinkSync(f);
    }
  }
}

/** Throws, in Chinese, unless `file` is a sound archive of a version this app knows. */
export function verifyArchiveFile(file: string, nativeBinding?: string): void {
  const state = inspectFile(file, nativeBinding); // throws for too-new
  if (state.kind === 'corrupt' || state.kind === 'new') throw new ArchiveError(`备份文件也已损坏或是空的（${file}），请选择另一个备份`, 'corrupt');
  if (state.kind === 'foreign' || state.version === 0)
    throw new ArchiveError(`所选文件不是年报档案文件（${state.kind === 'foreign' ? state.detail : '是空的数据库'}）：${file}。档案没有改动，请选择另一个备份`, 'invalid-argument');
}

/** Open read-write, set durability pragmas, apply pending migrations. */
export function openDatabase(file: string, now: () => Date, nativeBinding?: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file, { nativeBinding });
    // WAL + synchronous=FULL: each commit is fsynced before it returns, so a kill
    // or power cut after a method returns cannot lose the edit.
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new ArchiveError(`无法以安全模式打开档案文件（${file}），请检查该位置是否可写`, 'io');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 3000');
    // 32 MB page cache: a large archive (2000 reports) is listed and searched from memory
    db.pragma('cache_size = -32000');
    migrate(db, now);
    return db;
  } catch (e) {
    db?.close();
    throw archiveError(e, file);
  }
}
