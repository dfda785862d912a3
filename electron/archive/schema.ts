// Is this SQLite file this app's archive? Its tables, their columns, its indexes
// and triggers must be what the real migrations create for its user_version:
// the expected shape is built by running those migrations on an in-memory
// database (never written out by hand), once per version per process.
import Database from 'better-sqlite3';
import { migrate, MIGRATIONS } from './migrations/index';

/** "table:reports" → its column names; "index:…"/"trigger:…"/"view:…" → [] */
type Shape = Map<string, string[]>;

const expected = new Map<number, Shape>();

function shapeOf(db: Database.Database): Shape {
  const shape: Shape = new Map();
  const objects = db.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as { type: string; name: string }[];
  for (const o of objects) {
    const columns =
      o.type === 'table' ? (db.prepare('SELECT name FROM pragma_table_info(?)').all(o.name) as { name: string }[]).map((c) => c.name) : [];
    shape.set(`${o.type}:${o.name}`, columns);
  }
  return shape;
}

function expectedShape(version: number, nativeBinding?: string): Shape {
  let shape = expected.get(version);
  if (!shape) {
    const db = new Database(':memory:', { nativeBinding });
    try {
      migrate(db, () => new Date(0), MIGRATIONS.filter((m) => m.version <= version));
      shape = shapeOf(db);
    } finally {
      db.close();
    }
    expected.set(version, shape);
  }
  return shape;
}

const label = (key: string) => {
  const [type, name] = key.split(':');
  return `${{ table: '表', index: '索引', trigger: '触发器', view: '视图' }[type] ?? type} ${name}`;
};

/**
 * What differs from this app's schema at `version`, in Chinese (at most three
 * differences), or null when the file is exactly the archive of that version.
 */
export function schemaProblem(db: Database.Database, version: number, nativeBinding?: string): string | null {
  const want = expectedShape(version, nativeBinding);
  const have = shapeOf(db);
  const problems: string[] = [];
  for (const [key, columns] of want) {
    const got = have.get(key);
    if (!got) problems.push(`缺少${label(key)}`);
    else {
      const missing = columns.filter((c) => !got.includes(c));
      const extra = got.filter((c) => !columns.includes(c));
      if (missing.length) problems.push(`${label(key)}缺少列 ${missing.join('、')}`);
      if (extra.length) problems.push(`${label(key)}多出列 ${extra.join('、')}`);
    }
  }
  for (const key of have.keys()) if (!want.has(key)) problems.push(`多出${label(key)}`);
  return problems.length ? problems.slice(0, 3).join('；') : null;
}
