// Part headings offices word their own way. labels.ts maps the clear ones
// (the numeral is the part's and the words name its subject); here, a short
// line numbered as the next part, in words that name no subject
// (五、下一步工作打算) right after a table, is taken for that part by its
// number, and flagged.
import { PARTS, type PartDef, type PartKey } from '../format';
import { labelKey, partOfHeading, table3LabelOf } from './labels';

const NUMBERED = /^([一二三四五六])[、.．，,]\s*(.{2,30})$/;

/** The part the line heads by its number alone, when that part comes next; undefined otherwise. */
export function headingByNumber(line: string, current: PartKey | 'preamble', seen: { has(key: PartKey): boolean }): PartDef | undefined {
  if (line.length > 34 || /[\t|]/.test(line) || partOfHeading(line)) return undefined; // a row of a table is no heading
  const m = line.trim().match(NUMBERED);
  if (!m || /[。；;：:，,]$|[。；;]/.test(m[2])) return undefined;
  if (table3LabelOf(line)) return undefined; // 四、结转下年度继续办理 is a row of table 三
  // only right after a table: inside a narrative part, 二、… may be a list of its own
  const at = PARTS.findIndex((p) => p.key === current);
  if (at < 0 || PARTS[at].kind !== 'table') return undefined;
  const next = PARTS[at + 1];
  if (!next || next.numeral !== m[1] || seen.has(next.key)) return undefined;
  return labelKey(m[2]) ? next : undefined;
}
