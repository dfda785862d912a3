// Bringing a report of an older shape up to its edition's current one.
//
// A format changes by data: an edition gains a row (its data in
// report/formats/, its schemaVersion raised, one UpgradeStep naming the row),
// or a new edition is added beside the others (FORMATS). upgrade() replays the
// steps a report has not seen, so every reader shares them: report/json.ts
// (files, revision snapshots) and the archive's read path (ReportStore.load).
// Stored rows are upgraded on read and written back in the new shape at their
// next edit; a change the archive's tables cannot hold (a new edition) adds an
// archive migration as well.
import { FORMATS, type Formats, type ReportFormat, type TableKey } from './formats';
import { blankRow } from './report';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The oldest schemaVersion of a format that upgrade() can bring up to date. */
export function oldestSchemaVersion(format: ReportFormat): number {
  return format.upgrades.length ? format.upgrades[0].to - 1 : format.schemaVersion;
}

/**
 * A parsed report of an older schemaVersion of its edition, in the current
 * shape: rows the format has gained since are added as blank cells; nothing
 * present is removed or overwritten, so unknown keys stay for the validation
 * to refuse. Anything that is not such a report (current, newer, unknown
 * edition, not an object) comes back as it was, for the validation to judge.
 * The input is never changed.
 */
export function upgrade(value: unknown, formats: Formats = FORMATS): unknown {
  if (!isObject(value) || typeof value.edition !== 'string' || !Object.hasOwn(formats, value.edition)) return value;
  const format = formats[value.edition];
  const from = value.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from >= format.schemaVersion || from < oldestSchemaVersion(format)) return value;
  const next = structuredClone(value);
  for (const step of format.upgrades) {
    if (step.to <= from) continue;
    for (const [table, keys] of Object.entries(step.addedRows ?? {}) as [TableKey, readonly string[]][]) {
      const rows = next[table];
      if (!isObject(rows)) continue; // a missing table: the validation names it
      for (const key of keys) if (!Object.hasOwn(rows, key)) rows[key] = blankRow(format, table, key);
      next[table] = inFormatOrder(format, table, rows);
    }
    step.apply?.(next);
    next.schemaVersion = step.to;
  }
  return next;
}

/** The rows in the format's order (an added row sits where the format puts it), unknown keys after. */
function inFormatOrder(format: ReportFormat, table: TableKey, rows: Json): Json {
  const keys =
    table === 'table2'
      ? format.table2.rows.map((r) => r.key)
      : table === 'table3'
        ? format.table3.rows.map((r) => r.key)
        : format.table4.groups.map((g) => g.key);
  const known = new Set(keys);
  // fromEntries defines properties, so a "__proto__" key from the file stays a plain (refused) row
  return Object.fromEntries([
    ...keys.filter((k) => Object.hasOwn(rows, k)).map((k) => [k, rows[k]]),
    ...Object.entries(rows).filter(([k]) => !known.has(k)),
  ]);
}
