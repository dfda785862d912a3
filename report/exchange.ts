// Exchange files (interchange.md section 1b): what one office hands another by
// USB stick, e-mail or 内网 — a unit's report with its status, or the office's
// comments back. The payload travels as a string with its SHA-256, so a file
// changed or damaged on the way is refused, never half-read. A plain
// report.json is accepted wherever an exchange file of kind "report" is.
import { z } from 'zod';
import { cellsOf, FORMATS, type CellAddress } from './format';
import { TEXT_FIELDS, type TextField } from './fields';
import { scanJson } from './json-keys';
import { MAX_JSON_DEPTH, parseReportJson, reportFromJson, reportToJson, ReportFormatError } from './json';
import type { Report } from './report';
import { sha256Hex } from './sha256';

export const EXCHANGE_FORMAT = 'zfxxgk-exchange';
export const EXCHANGE_SCHEMA_VERSION = 1;

export type ExchangeStatus = 'draft' | 'final' | 'published';
export const EXCHANGE_STATUSES: readonly ExchangeStatus[] = ['draft', 'final', 'published'];
export const STATUS_LABELS: Record<ExchangeStatus, string> = { draft: '草稿', final: '定稿', published: '已发布' };

/** Bounds of an exchange file's fields: far above what an office writes. */
export const COMMENT_LIMITS = { comments: 5000, textChars: 20_000, nameChars: 200 } as const;

/** Where a comment sits: a cell or a text part (interchange.md section 1's addresses); null is the whole report. */
export type CommentPlace = CellAddress | { part: TextField };

export interface ExchangeComment {
  place: CommentPlace | null;
  text: string;
  author: string;
  /** when it was written (ISO 8601) */
  at: string;
}

export interface ExchangeComments {
  unit: string;
  year: number;
  comments: ExchangeComment[];
}

export type ExchangeRead =
  | { kind: 'report'; report: Report; status?: ExchangeStatus; from?: string; createdAt?: string; app?: string; exchange: boolean }
  | { kind: 'comments'; from?: string; createdAt?: string; app?: string; comments: ExchangeComments };

export type ExchangeWrite =
  | { kind: 'report'; report: Report; status: ExchangeStatus; from: string; app: string; createdAt: string }
  | { kind: 'comments'; comments: ExchangeComments; from: string; app: string; createdAt: string };

/** An exchange file that cannot be taken: changed on the way, or not of the documented shape. */
export class ExchangeError extends ReportFormatError {
  constructor(message: string) {
    super(message);
    this.name = 'ExchangeError';
  }
}

const envelopeSchema = z
  .object({
    format: z.literal(EXCHANGE_FORMAT),
    schemaVersion: z.number(),
    kind: z.string(),
    createdAt: z.string().max(COMMENT_LIMITS.nameChars).optional(),
    app: z.string().max(COMMENT_LIMITS.nameChars).optional(),
    from: z.string().max(COMMENT_LIMITS.nameChars).optional(),
    status: z.string().max(COMMENT_LIMITS.nameChars).optional(),
    content: z.unknown(),
    sha256: z.unknown(),
  })
  .passthrough();

const placeSchema = z.union([
  z.object({ table: z.enum(['table2', 'table3', 'table4']), row: z.string(), col: z.number().int().optional() }).strict(),
  z.object({ part: z.enum(TEXT_FIELDS) }).strict(),
  z.null(),
]);

const commentsSchema = z
  .object({
    unit: z.string().max(COMMENT_LIMITS.nameChars),
    year: z.number().int().min(1900).max(2999),
    comments: z
      .array(
        z
          .object({ place: placeSchema, text: z.string().max(COMMENT_LIMITS.textChars), author: z.string(), at: z.string() })
          .passthrough(),
      )
      .max(COMMENT_LIMITS.comments),
  })
  .passthrough();

// a comment may sit on a cell of any edition's tables (a 2019 report's too)
const cellKey = (a: CellAddress) => `${a.table}|${a.row}|${a.col ?? ''}`;
const CELL_KEYS = new Set(Object.values(FORMATS).flatMap((f) => cellsOf(f).map(cellKey)));

const RESEND = '请向发送方重新索取该文件';

/** Parse a JSON text with the same guards as report.json: bounded depth, no key twice. */
function parseJson(text: string, what: string): unknown {
  const scan = scanJson(text, MAX_JSON_DEPTH);
  if (scan.tooDeep) throw new ExchangeError(`${what}嵌套超过 ${MAX_JSON_DEPTH} 层，不是年报交换文件`);
  if (scan.duplicate) throw new ExchangeError(`${what}中的键 ${JSON.stringify(scan.duplicate.key)} 出现了两次（第 ${scan.duplicate.line} 行），无法确定应取哪一个值`);
  try {
    return JSON.parse(text);
  } catch {
    throw new ExchangeError(`${what}不是有效的 JSON，文件可能已损坏，${RESEND}`);
  }
}

const isExchange = (v: unknown): boolean =>
  !!v && typeof v === 'object' && !Array.isArray(v) && (v as { format?: unknown }).format === EXCHANGE_FORMAT;

/**
 * Read an exchange file or a plain report.json. Throws ExchangeError (a changed
 * file, a bad envelope) or ReportFormatError (the report inside, or a plain one).
 */
export function readExchange(text: string): ExchangeRead {
  const body = text.replace(/^\uFEFF/, '');
  // the depth is bounded before JSON.parse sees the text (10 MB of "[[[[" takes it seconds)
  const scan = scanJson(body, MAX_JSON_DEPTH);
  let value: unknown;
  let parsed = false;
  if (!scan.tooDeep) {
    try {
      value = JSON.parse(body);
      parsed = true;
    } catch {
      // reported below
    }
  }
  // a truncated exchange file no longer parses, but still names its format near the start
  const exchange = parsed ? isExchange(value) : body.slice(0, 400).includes(`"${EXCHANGE_FORMAT}"`);
  if (!exchange) {
    // a plain report.json: its own reader, with its messages and limits
    const report = parsed && !scan.duplicate ? reportFromJson(value) : parseReportJson(text);
    return { kind: 'report', report, exchange: false };
  }
  if (scan.tooDeep) throw new ExchangeError(`交换文件嵌套超过 ${MAX_JSON_DEPTH} 层，不是年报交换文件`);
  if (!parsed) throw new ExchangeError(`交换文件不完整或已损坏（不是有效的 JSON），可能在传递途中被截断，${RESEND}`);
  if (scan.duplicate)
    throw new ExchangeError(`交换文件中的键 ${JSON.stringify(scan.duplicate.key)} 出现了两次（第 ${scan.duplicate.line} 行），无法确定应取哪一个值`);
  const env = envelopeSchema.safeParse(value);
  if (!env.success) throw new ExchangeError(`交换文件的格式不对：${envelopeIssue(env.error.issues[0])}`);
  const x = env.data;
  if (x.schemaVersion !== EXCHANGE_SCHEMA_VERSION)
    throw new ExchangeError(`不支持的交换文件版本 schemaVersion=${JSON.stringify(x.schemaVersion)}，本程序只能读取版本 ${EXCHANGE_SCHEMA_VERSION}`);
  if (x.kind !== 'report' && x.kind !== 'comments')
    throw new ExchangeError(`交换文件的类型 kind=${JSON.stringify(x.kind)} 无法识别，应为 "report"（报告）或 "comments"（审核意见）`);
  if (typeof x.content !== 'string') throw new ExchangeError(`交换文件的 content 应为文字（JSON 文本），实际不是，文件可能已损坏，${RESEND}`);
  if (typeof x.sha256 !== 'string' || !/^[0-9a-fA-F]{64}$/.test(x.sha256))
    throw new ExchangeError(`交换文件缺少有效的校验值（sha256），无法确认内容完整，${RESEND}`);
  if (sha256Hex(x.content) !== x.sha256.toLowerCase())
    throw new ExchangeError(`交换文件的校验值不符：文件在传递途中被改动或已损坏，已拒绝导入，${RESEND}`);
  const meta = { from: x.from, createdAt: x.createdAt, app: x.app };
  if (x.kind === 'report') {
    if (x.status !== undefined && !(EXCHANGE_STATUSES as readonly string[]).includes(x.status))
      throw new ExchangeError(`交换文件的报告状态 status=${JSON.stringify(x.status)} 无法识别，应为 "draft"（草稿）、"final"（定稿）或 "published"（已发布）`);
    let report: Report;
    try {
      report = parseReportJson(x.content);
    } catch (e) {
      if (e instanceof ReportFormatError) throw new ExchangeError(`交换文件中的报告无法读取：${e.message}`);
      throw e;
    }
    return { kind: 'report', report, ...(x.status ? { status: x.status as ExchangeStatus } : {}), ...defined(meta), exchange: true };
  }
  if (x.status !== undefined) throw new ExchangeError('审核意见交换文件不应带有报告状态 status');
  return { kind: 'comments', ...defined(meta), comments: commentsFrom(parseJson(x.content, '交换文件中的审核意见')) };
}

function commentsFrom(value: unknown): ExchangeComments {
  const res = commentsSchema.safeParse(value);
  if (!res.success) {
    const issue = res.error.issues[0];
    const where = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') : '顶层';
    throw new ExchangeError(`交换文件中的审核意见格式不对（${where}）：${commentIssue(issue)}`);
  }
  const comments = res.data.comments.map((c, i): ExchangeComment => {
    const place = c.place as CommentPlace | null;
    if (place && 'table' in place && !CELL_KEYS.has(cellKey(place)))
      throw new ExchangeError(`交换文件中的第 ${i + 1} 条审核意见指向不存在的单元格：${JSON.stringify(place)}`);
    return { place, text: c.text, author: c.author, at: c.at };
  });
  return { unit: res.data.unit, year: res.data.year, comments };
}

function commentIssue(issue: z.ZodIssue): string {
  if (issue.code === 'too_big' && issue.type === 'array') return `审核意见超过 ${COMMENT_LIMITS.comments} 条`;
  if (issue.code === 'too_big' && issue.type === 'string') return `文字过长（最多 ${issue.maximum} 字）`;
  if (issue.code === 'invalid_type') return issue.received === 'undefined' ? '缺少此项' : `类型不对（应为${issue.expected}）`;
  if (issue.code === 'invalid_union') return '位置（place）应为单元格地址、部分地址或 null';
  return issue.message;
}

function envelopeIssue(issue: z.ZodIssue): string {
  const field = issue.path.join('.') || '顶层';
  if (issue.code === 'invalid_type') return issue.received === 'undefined' ? `缺少 ${field}` : `${field} 的类型不对`;
  if (issue.code === 'too_big') return `${field} 过长（最多 ${issue.maximum} 字）`;
  if (issue.code === 'invalid_literal') return `${field} 应为 ${JSON.stringify(issue.expected)}`;
  return `${field} 的值无效`;
}

const defined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;


/** Write an exchange file: the payload as JSON text and its digest. */
export function writeExchange(x: ExchangeWrite): string {
  const content = x.kind === 'report' ? reportToJson(x.report) : JSON.stringify(x.comments, null, 2) + '\n';
  const envelope = {
    format: EXCHANGE_FORMAT,
    schemaVersion: EXCHANGE_SCHEMA_VERSION,
    kind: x.kind,
    createdAt: x.createdAt,
    app: x.app,
    from: x.from,
    ...(x.kind === 'report' ? { status: x.status } : {}),
    content,
    sha256: sha256Hex(content),
  };
  return JSON.stringify(envelope, null, 2) + '\n';
}

/**
 * Whether a file's bytes are an exchange file (not a plain report.json, .docx or .txt):
 * a JSON object naming the exchange format near its start. Cheap: reads only the head.
 */
export function looksLikeExchange(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 400)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('{') && head.includes(`"${EXCHANGE_FORMAT}"`);
}

/** True when a parsed JSON value is an exchange envelope (not a plain report.json). */
export function isExchangeValue(value: unknown): boolean {
  return isExchange(value);
}
