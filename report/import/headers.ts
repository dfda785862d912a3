// Header words of the three tables as real reports print them otherwise
// (先行有效件数 for 现行有效件数, 行政法复议 for 行政复议): read as the official
// header, with a note naming the variant. Headers carry no figures, so a
// variant changes nothing that is stored; the note lets the clerk check the
// table was the one meant. Bounded: the first cells of a table only.
import { labelKey, T2_HEADERS, T3_HEADERS, T4_HEADERS } from './labels';
import { valueLike } from './cells';
import { nearKey } from './near';
import type { Rows, TableKind } from './rows';
import type { ImportProblem } from './types';
import { TABLE2, TABLE3_APPLICANT, TABLE3_COLUMNS, TABLE3_LEGAL, TABLE4_GROUPS, TABLE4_LITIGATION, TABLE4_OUTCOMES, TABLE4_REVIEW } from '../format';

/** Variants too short for a near match (a four-character header tolerates no slip), each seen in a published report. */
const KNOWN: Record<string, string> = {
  先行有效件数: '现行有效件数',
  先行有效: '现行有效件数',
  现行有效: '现行有效件数',
  行政法复议: TABLE4_REVIEW,
  行政复义: TABLE4_REVIEW,
  行政起诉: TABLE4_LITIGATION,
};

const OFFICIAL: Record<TableKind, string[]> = {
  table2: [...new Set(TABLE2.flatMap((b) => b.headers))],
  table3: [TABLE3_APPLICANT, TABLE3_LEGAL, ...TABLE3_COLUMNS.map((c) => c.label)],
  table4: [TABLE4_REVIEW, TABLE4_LITIGATION, ...TABLE4_OUTCOMES, ...TABLE4_GROUPS.map((g) => g.label)],
};
const EXACT: Record<TableKind, Set<string>> = { table2: T2_HEADERS, table3: T3_HEADERS, table4: T4_HEADERS };
const NAMES: Record<TableKind, string> = { table2: '表二', table3: '表三', table4: '表四' };
const MAX_CELLS = 400; // a real table has under 300 cells
const MAX_CELL = 20;

const byKey = (kind: TableKind) => new Map(OFFICIAL[kind].map((h) => [labelKey(h), h]));
const KEYS = { table2: byKey('table2'), table3: byKey('table3'), table4: byKey('table4') };

/** The official header a cell stands for when it is a variant of one; undefined for an exact header or anything else. */
export function headerVariantOf(cell: string, kind: TableKind, isLabel: (c: string) => boolean): string | undefined {
  const t = cell.trim();
  if (!t || t.length > MAX_CELL || valueLike(t)) return undefined;
  const k = labelKey(t);
  if (EXACT[kind].has(k) || isLabel(t)) return undefined;
  if (kind === 'table2' && k.includes('收费金额')) return undefined; // the fee column's unit: table2.ts reads and says it
  const known = KNOWN[k];
  if (known && OFFICIAL[kind].includes(known)) return known;
  const near = nearKey(k, KEYS[kind].keys());
  return near ? KEYS[kind].get(near) : undefined;
}

/** One note per variant header of the table. */
export function noteHeaderVariants(rows: Rows, kind: TableKind, isLabel: (c: string) => boolean, problems: ImportProblem[]): void {
  const seen = new Set<string>();
  let n = 0;
  for (const row of rows)
    for (const c of row) {
      if (++n > MAX_CELLS) return;
      const official = headerVariantOf(c, kind, isLabel);
      if (!official || seen.has(c.trim())) continue;
      seen.add(c.trim());
      problems.push({ table: kind, message: `${NAMES[kind]}的表头“${c.trim()}”与正式名称“${official}”不同，已按“${official}”读入，请核对` });
    }
}
