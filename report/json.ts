// Reading and writing report.json (interchange schema v1). A file of the wrong
// shape is refused whole with one message naming the place; never half-read.
import { z } from 'zod';
import {
  EDITION,
  FORMAT_ID,
  SCHEMA_VERSION,
  TABLE3_ROW_KEYS,
  TABLE3_WIDTH,
  TABLE4_GROUPS,
  TABLE4_OUTCOMES,
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

function describe(issue: z.ZodIssue): string {
  const place = issue.path.join('.') || '（顶层）';
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
    case 'too_big':
      return issue.type === 'array' ? `${place} 的数值个数不对：${issue.message}` : `${place} 超出范围：${issue.message}`;
    case 'unrecognized_keys':
      return `${place} 有未知的行：${issue.keys.join('、')}`;
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
    const msg = unionInner
      ? `${issue.path.join('.')} 应为数字或 null，实际为${typeName(unionInner.code === 'invalid_type' ? unionInner.received : '其他')}`
      : describe(issue);
    throw new ReportFormatError(msg);
  }
  const r = res.data as unknown as Report;
  // the JSON form keys table 四 by group; keep the canonical key order
  r.table4 = Object.fromEntries(TABLE4_GROUPS.map((g) => [g.key, r.table4[g.key as Table4Key]])) as Report['table4'];
  return r;
}

export function parseReportJson(text: string): Report {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ReportFormatError(`不是有效的 JSON 文件：${(e as Error).message}`);
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
