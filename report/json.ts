// Reading and writing report.json (interchange schema v1). A file of the wrong
// shape is refused whole with one message naming the place; never half-read.
import { z } from 'zod';
import {
  EDITION,
  FORMAT_ID,
  SCHEMA_VERSION,
  TABLE2_ROWS,
  TABLE3_ROW_KEYS,
  TABLE3_ROWS,
  TABLE3_WIDTH,
  TABLE4_GROUPS,
  TABLE4_OUTCOMES,
  cellName,
  type Table4Key,
} from './format';
import type { Report } from './report';

export class ReportFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportFormatError';
  }
}

const cell = z.union([z.number().finite(), z.null()]);
const row = (n: number) => z.array(cell).length(n);

const reportSchema = z
  .object({
    format: z.literal(FORMAT_ID),
    edition: z.literal(EDITION),
    schemaVersion: z.literal(SCHEMA_VERSION),
    unit: z.string(),
    year: z.number().int().min(1900).max(2999),
    level: z.enum(['department', 'government']),
    title: z.string().optional(),
    preamble: z.string().optional(),
    parts: z.object({ overview: z.string(), problems: z.string(), other: z.string() }),
    closing: z.string().optional(),
    table2: z.object({
      rules: row(3),
      normativeDocuments: row(3),
      licensing: cell,
      penalty: cell,
      coercion: cell,
      feesWanYuan: cell,
    }),
    table3: z.object(Object.fromEntries(TABLE3_ROW_KEYS.map((k) => [k, row(TABLE3_WIDTH)]))).strict(),
    table4: z.object(Object.fromEntries(TABLE4_GROUPS.map((g) => [g.key, row(TABLE4_OUTCOMES.length)]))).strict(),
    explanations: z
      .array(
        z.object({
          rule: z.string(),
          table: z.string().optional(),
          row: z.string().optional(),
          col: z.number().int().optional(),
          part: z.string().optional(),
          text: z.string(),
        }),
      )
      .optional(),
  })
  .passthrough(); // later schema versions may add fields

/** A JSON path as written in the file, e.g. table3["3.3.1"][2]. */
function jsonPath(path: readonly (string | number)[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_]\w*$/.test(p) ? (i ? '.' : '') + p : `["${p}"]`))
    .join('');
}

/** The place in words: the JSON path, plus the cell or row of the official tables it holds. */
function placeOf(path: readonly (string | number)[]): string {
  if (path.length === 0) return '文件顶层';
  const [table, row, col] = path;
  const where = jsonPath(path);
  if ((table === 'table2' || table === 'table3' || table === 'table4') && typeof row === 'string') {
    if (typeof col === 'number' || (table === 'table2' && path.length === 2 && !['rules', 'normativeDocuments'].includes(row))) {
      return `${where}（${cellName({ table, row, col: typeof col === 'number' ? col : undefined })}）`;
    }
    const label =
      table === 'table3'
        ? ((r) => (r?.item ? r.group!.label + r.item.label : r?.label))(TABLE3_ROWS.find((r) => r.key === row))
        : table === 'table4'
          ? TABLE4_GROUPS.find((g) => g.key === row)?.label
          : TABLE2_ROWS.find((r) => r.key === row)?.label;
    if (label) return `${where}（“${label}”行）`;
  }
  return where;
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

function describe(issue: z.ZodIssue, input: unknown): string {
  const place = placeOf(issue.path);
  switch (issue.code) {
    case 'invalid_literal':
      if (issue.path[0] === 'format') return `不是年报交换文件：format 应为 "${FORMAT_ID}"`;
      if (issue.path[0] === 'edition') return `不支持的报告格式版本 edition=${JSON.stringify(issue.received)}，只支持 "${EDITION}"`;
      if (issue.path[0] === 'schemaVersion')
        return `不支持的 schemaVersion=${JSON.stringify(issue.received)}，本程序只能读取版本 ${SCHEMA_VERSION}`;
      return `${place}：值应为 ${JSON.stringify(issue.expected)}`;
    case 'invalid_type':
      return issue.received === 'undefined' ? `缺少 ${place}` : `${place} 应为${typeName(issue.expected)}，实际为${typeName(issue.received)}`;
    case 'too_small':
    case 'too_big': {
      if (issue.type !== 'array') return `${place} 超出范围（${issue.code === 'too_small' ? '最小' : '最大'} ${issue.code === 'too_small' ? issue.minimum : issue.maximum}）`;
      const actual = valueAt(input, issue.path);
      const n = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      return `${place} 应有 ${n} 个数，实际有 ${Array.isArray(actual) ? actual.length : '?'} 个`;
    }
    case 'not_finite':
      return `${place} 不是有效的数字`;
    case 'unrecognized_keys':
      return `${place} 有未知的行：${issue.keys.join('、')}`;
    case 'invalid_enum_value':
      return `${place} 应为 ${issue.options.map((o) => JSON.stringify(o)).join(' 或 ')}，实际为 ${JSON.stringify(issue.received)}`;
    default:
      return `${place}：${issue.message}`;
  }
}

function typeName(t: string): string {
  return ({ number: '数字', string: '文字', null: '空', object: '对象', array: '数组', undefined: '空缺', boolean: '布尔值' } as Record<string, string>)[t] ?? t;
}

/** Check a parsed JSON value; returns the Report or throws ReportFormatError naming the first bad place. */
export function reportFromJson(value: unknown): Report {
  const res = reportSchema.safeParse(value);
  if (!res.success) {
    const issue = res.error.issues[0];
    // a union failure (number or null) reports both branches; name the place once
    const unionInner = issue.code === 'invalid_union' ? issue.unionErrors[0]?.issues[0] : undefined;
    // a number that failed (e.g. 1e400 read as Infinity) is reported as an invalid number
    const received = unionInner?.code === 'invalid_type' ? unionInner.received : 'number';
    const msg = !unionInner
      ? describe(issue, value)
      : received === 'undefined'
        ? `缺少 ${placeOf(issue.path)}`
        : received === 'number'
          ? `${placeOf(issue.path)} 不是有效的数字`
          : `${placeOf(issue.path)} 应为数字或 null，实际为${typeName(received)}`;
    throw new ReportFormatError(msg);
  }
  const r = res.data as unknown as Report;
  // the JSON form keys table 四 by group; keep the canonical key order
  r.table4 = Object.fromEntries(TABLE4_GROUPS.map((g) => [g.key, r.table4[g.key as Table4Key]])) as Report['table4'];
  return r;
}

/** "第 3 行第 5 列附近" from V8's "... at position N", so the message stays Chinese. */
function syntaxPlace(text: string, e: Error): string {
  const pos = /position (\d+)/.exec(e.message);
  if (!pos) return '';
  const before = text.replace(/^\uFEFF/, '').slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  return `第 ${line} 行第 ${before.length - before.lastIndexOf('\n')} 列附近`;
}

export function parseReportJson(text: string): Report {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    if (text.trim() === '') throw new ReportFormatError('文件是空的，不是年报交换文件');
    throw new ReportFormatError(`不是有效的 JSON 文件：${syntaxPlace(text, e as Error)}格式有误`);
  }
  return reportFromJson(value);
}

/** Serialise in a stable, readable form. */
export function reportToJson(r: Report): string {
  const ordered: Record<string, unknown> = {
    format: r.format,
    edition: r.edition,
    schemaVersion: r.schemaVersion,
    unit: r.unit,
    year: r.year,
    level: r.level,
    title: r.title,
    preamble: r.preamble,
    parts: r.parts,
    closing: r.closing,
    table2: r.table2,
    table3: Object.fromEntries(TABLE3_ROW_KEYS.map((k) => [k, r.table3[k]])),
    table4: r.table4,
    explanations: r.explanations?.length ? r.explanations : undefined,
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}
