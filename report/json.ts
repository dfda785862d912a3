// Reading and writing report.json (interchange schema v1). A file of the wrong
// shape is refused whole with one message naming the place; never half-read.
import { z } from 'zod';
import { FORMATS, FORMAT_ID, cellNameIn, formatOf, type Formats, type ReportFormat } from './format';
import { scanJson } from './json-keys';
import type { Report } from './report';
import { oldestSchemaVersion, upgrade } from './upgrade';

export class ReportFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportFormatError';
  }
}

const cell = z.union([z.number().finite(), z.null()]);
const row = (n: number) => z.array(cell).length(n);

/** The schema of a report of one edition, built from its format; every table refuses a row it does not have. */
function schemaOf(format: ReportFormat) {
  return z
    .object({
      format: z.literal(FORMAT_ID),
      edition: z.literal(format.edition),
      schemaVersion: z.literal(format.schemaVersion),
      unit: z.string(),
      year: z.number().int().min(1900).max(2999),
      level: z.enum(['department', 'government']),
      title: z.string().optional(),
      preamble: z.string().optional(),
      parts: z.object({ overview: z.string(), problems: z.string(), other: z.string() }),
      closing: z.string().optional(),
      table2: z.object(Object.fromEntries(format.table2.rows.map((r) => [r.key, r.width > 1 ? row(r.width) : cell]))).strict(),
      table3: z.object(Object.fromEntries(format.table3.rows.map((r) => [r.key, row(format.table3.columns.length)]))).strict(),
      table4: z.object(Object.fromEntries(format.table4.groups.map((g) => [g.key, row(format.table4.outcomes.length)]))).strict(),
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
    .passthrough(); // fields outside the tables that a later version adds are kept, not dropped
}

const schemas = new WeakMap<ReportFormat, ReturnType<typeof schemaOf>>();
function cachedSchemaOf(format: ReportFormat) {
  let s = schemas.get(format);
  if (!s) schemas.set(format, (s = schemaOf(format)));
  return s;
}

/** A JSON path as written in the file, e.g. table3["3.3.1"][2]. */
function jsonPath(path: readonly (string | number)[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_]\w*$/.test(p) ? (i ? '.' : '') + p : `["${p}"]`))
    .join('');
}

/** The place in words: the JSON path, plus the cell or row of the official tables it holds. */
function placeOf(format: ReportFormat, path: readonly (string | number)[]): string {
  if (path.length === 0) return '文件顶层';
  const [table, row, col] = path;
  const where = jsonPath(path);
  if ((table === 'table2' || table === 'table3' || table === 'table4') && typeof row === 'string') {
    const t2 = table === 'table2' ? format.table2.rows.find((r) => r.key === row) : undefined;
    if (typeof col === 'number' || (path.length === 2 && t2?.width === 1)) {
      return `${where}（${cellNameIn(format, { table, row, col: typeof col === 'number' ? col : undefined })}）`;
    }
    const label =
      table === 'table3'
        ? ((r) => (r?.item ? r.group!.label + r.item.label : r?.label))(format.table3.rows.find((r) => r.key === row))
        : table === 'table4'
          ? format.table4.groups.find((g) => g.key === row)?.label
          : t2?.label;
    if (label) return `${where}（“${label}”行）`;
  }
  return where;
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

const quoted = (xs: readonly string[]) => xs.map((x) => JSON.stringify(x)).join('、');

function describe(issue: z.ZodIssue, input: unknown, format: ReportFormat, formats: Formats): string {
  const place = placeOf(format, issue.path);
  switch (issue.code) {
    case 'invalid_literal':
      if (issue.path[0] === 'format') return `不是年报交换文件：format 应为 "${FORMAT_ID}"`;
      if (issue.path[0] === 'edition')
        return `不支持的报告格式版本 edition=${JSON.stringify(issue.received)}，只支持 ${quoted(Object.keys(formats))}`;
      if (issue.path[0] === 'schemaVersion') {
        const oldest = oldestSchemaVersion(format);
        const versions = oldest === format.schemaVersion ? `${oldest}` : `${oldest}–${format.schemaVersion}`;
        return `不支持的 schemaVersion=${JSON.stringify(issue.received)}，本程序只能读取版本 ${versions}`;
      }
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

/** The format a parsed value names; when it names none of `formats`, the first, so that its schema reports the edition. */
function formatNamedBy(value: unknown, formats: Formats): ReportFormat {
  const edition = value && typeof value === 'object' ? (value as { edition?: unknown }).edition : undefined;
  if (typeof edition === 'string' && Object.hasOwn(formats, edition)) return formats[edition];
  return Object.values(formats)[0];
}

/**
 * Check a parsed JSON value; returns the Report or throws ReportFormatError naming the first bad place.
 * A report of an older schemaVersion of its edition is upgraded first (rows the format gained are blank);
 * `formats` is the program's own unless a test passes others.
 */
export function reportFromJson(value: unknown, formats: Formats = FORMATS): Report {
  const format = formatNamedBy(value, formats);
  const input = upgrade(value, formats);
  const res = cachedSchemaOf(format).safeParse(input);
  if (!res.success) {
    const issue = res.error.issues[0];
    // a union failure (number or null) reports both branches; name the place once
    const unionInner = issue.code === 'invalid_union' ? issue.unionErrors[0]?.issues[0] : undefined;
    // a number that failed (e.g. 1e400 read as Infinity) is reported as an invalid number
    const received = unionInner?.code === 'invalid_type' ? unionInner.received : 'number';
    const place = () => placeOf(format, issue.path);
    const msg = !unionInner
      ? describe(issue, input, format, formats)
      : received === 'undefined'
        ? `缺少 ${place()}`
        : received === 'number'
          ? `${place()} 不是有效的数字`
          : `${place()} 应为数字或 null，实际为${typeName(received)}`;
    throw new ReportFormatError(msg);
  }
  const r = res.data as unknown as Report;
  // the JSON form keys table 四 by group; keep the canonical key order
  r.table4 = Object.fromEntries(format.table4.groups.map((g) => [g.key, (r.table4 as Record<string, unknown>)[g.key]])) as Report['table4'];
  return r;
}

/** "第 3 行第 5 列附近" from V8's "... at position N", so the message stays Chinese. */
function syntaxPlace(text: string, e: Error): string {
  const pos = /position (\d+)/.exec(e.message);
  if (!pos) return '';
  const before = text.slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  return `第 ${line} 行第 ${before.length - before.lastIndexOf('\n')} 列附近`;
}

/** Deeper than any report (its deepest value is explanations[i].text, depth 3), with room for added fields. */
export const MAX_JSON_DEPTH = 64;

/** Read a report.json text: not nested absurdly deep, JSON, no key twice in one object, then reportFromJson. */
export function parseReportJson(text: string, formats: Formats = FORMATS): Report {
  const body = text.replace(/^\uFEFF/, '');
  const scan = scanJson(body, MAX_JSON_DEPTH);
  if (scan.tooDeep) throw new ReportFormatError(`不是年报交换文件：第 ${scan.tooDeep.line} 行的嵌套超过 ${MAX_JSON_DEPTH} 层`);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    if (text.trim() === '') throw new ReportFormatError('文件是空的，不是年报交换文件');
    throw new ReportFormatError(`不是有效的 JSON 文件：${syntaxPlace(body, e as Error)}格式有误`);
  }
  const dup = scan.duplicate;
  if (dup) {
    const where = dup.path.length ? `${placeOf(formatNamedBy(value, formats), dup.path)} 中的` : '文件顶层的';
    throw new ReportFormatError(`${where}键 ${JSON.stringify(dup.key)} 出现了两次（第 ${dup.line} 行），无法确定应取哪一个值`);
  }
  return reportFromJson(value, formats);
}

/** Serialise in a stable, readable form: table 三's rows in the order of the report's format. */
export function reportToJson(r: Report, formats: Formats = FORMATS): string {
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
    table3: Object.fromEntries(formatOf(r, formats).table3.rows.map((k) => [k.key, r.table3[k.key]])),
    table4: r.table4,
    explanations: r.explanations?.length ? r.explanations : undefined,
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}
