// Numbered migrations, applied in order, each in its own transaction, recorded
// in the migrations table and in PRAGMA user_version (which the open check reads
// to refuse files made by a newer version). TS modules, not .sql files, so the
// bundled Electron build carries them without file lookups.
import type Database from 'better-sqlite3';
import * as m001 from './001_initial';
import * as m002 from './002_rules_version';
import * as m003 from './003_office';
import * as m004 from './004_published';
import * as m005 from './005_agency_details';
import * as m006 from './006_edition';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, ...m001 },
  { version: 2, ...m002 },
  { version: 3, ...m003 },
  { version: 4, ...m004 },
  { version: 5, ...m005 },
  { version: 6, ...m006 },
];
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function migrate(db: Database.Database, now: () => Date, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const applied: number[] = [];
  for (const m of migrations) {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, now().toISOString());
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
    applied.push(m.version);
  }
  return applied;
}
