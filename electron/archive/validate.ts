// The archive does not trust its callers: every argument is checked here, before
// anything is read or written, and a bad one is refused with a Chinese message.
import { z } from 'zod';
import { cellName, partDef, type CellAddress } from '../../report/format';
import { reportFromJson } from '../../report/json';
import { normalizeCell } from '../../report/normalize';
import { blankReport, getCell, type Cell, type Report } from '../../report/report';
import { invalid } from './errors';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const MAX_TEXT = 200_000;
/** as an agency name (schemas.agency) */
export const MAX_UNIT = 100;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Half of a surrogate pair (an emoji cut in two by a paste) cannot be stored as UTF-8: SQLite
 * would give back three replacement characters. One U+FFFD stands for it, as the page showed it.
 */
export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

export const schemas = {
  id: z.number().int().positive(),
  year: z.number().int().min(MIN_YEAR).max(MAX_YEAR),
  level: z.enum(['department', 'government']),
  from: z.enum(['blank', 'previous']),
  field: z.enum(['title', 'preamble', 'overview', 'problems', 'other', 'closing']),
  text: z.string().max(MAX_TEXT).transform(wellFormed),
  reason: z.string().trim().min(1, '请填写原因').max(500),
  query: z.string().max(200),
  limit: z.number().int().min(1).max(1000),
  address: z.object({ table: z.enum(['table2', 'table3', 'table4']), row: z.string().max(40), col: z.number().int().min(0).max(6).optional() }).strict(),
  explanationPlace: z
    .object({
      rule: z.string().min(1).max(60),
      table: z.string().max(10).optional(),
      row: z.string().max(40).optional(),
      col: z.number().int().min(0).max(6).optional(),
      part: z.string().max(20).optional(),
    })
    .strict(),
  agency: z
    .object({
      id: z.number().int().positive().optional(),
      name: z.string().trim().min(1, '机关名称不能为空').max(100),
      level: z.enum(['department', 'government']),
      parentId: z.number().int().positive().nullable().optional(),
    })
    .strict(),
  listOptions: z.object({ includeDeleted: z.boolean().optional(), agencyId: z.number().int().positive().optional() }).strict().optional(),
  importOptions: z.object({ replace: z.boolean(), agencyId: z.number().int().positive().optional() }).strict(),
};

const NAMES: Record<string, string> = {
  id: '编号',
  year: '年度',
  level: '机关层级',
  from: '新建方式',
  field: '文字栏目',
  text: '文字内容',
  reason: '原因',
  query: '搜索内容',
  limit: '条数',
  address: '单元格位置',
  explanationPlace: '审核说明的位置',
  agency: '机关信息',
  listOptions: '列表选项',
  importOptions: '导入选项',
};

export function check<K extends keyof typeof schemas>(kind: K, value: unknown): z.infer<(typeof schemas)[K]> {
  const r = schemas[kind].safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0];
    const where = i.path.length ? `（${i.path.join('.')}）` : '';
    throw invalid(`${NAMES[kind]}不正确${where}：${i.message}`);
  }
  return r.data as z.infer<(typeof schemas)[K]>;
}

const BLANK = blankReport('', MIN_YEAR);

/** A cell address that names a real cell, and a value that cell can hold. */
export function checkCell(address: unknown, value: unknown): { address: CellAddress; value: Cell } {
  const a = check('address', address);
  if (getCell(BLANK, a) === undefined) throw invalid(`没有这个单元格：${JSON.stringify(address)}`);
  if (value !== null && typeof value !== 'number') throw invalid(`${cellName(a)}的值应为数字或空白`);
  const kind = a.table === 'table2' && a.row === 'feesWanYuan' ? 'amount' : 'count';
  const n = normalizeCell(value as Cell, kind);
  if (!n.ok) throw invalid(`${cellName(a)}：${n.message}`);
  return { address: a, value: n.value };
}

export function checkExplanation(e: unknown): { rule: string; table?: string; row?: string; col?: number; part?: string; text: string } {
  if (typeof e !== 'object' || e === null) throw invalid('审核说明不正确：应为对象');
  const { text, ...place } = e as Record<string, unknown>;
  const p = check('explanationPlace', place);
  return { ...p, text: check('text', text) };
}

/** A report to import: interchange schema v1, in the archive's year range. */
export function checkImport(report: unknown): Report {
  let r: Report;
  try {
    r = reportFromJson(structuredClone(report));
  } catch (e) {
    throw invalid(`要导入的报告不正确：${(e as Error).message}`);
  }
  if (r.year < MIN_YEAR || r.year > MAX_YEAR) throw invalid(`报告年度 ${r.year} 超出范围（${MIN_YEAR}–${MAX_YEAR}）`);
  // what an edit would refuse must not come in by import: the unit may become an agency name,
  // and a stored text longer than setText accepts could never be edited and saved again
  if (r.unit.trim().length > MAX_UNIT) throw invalid(`要导入的报告中机关名称过长（超过 ${MAX_UNIT} 字）`);
  const texts: [string, string | undefined][] = [
    ['标题', r.title],
    ['开头', r.preamble],
    ...(['overview', 'problems', 'other'] as const).map((k): [string, string] => [partDef(k).heading, r.parts[k]]),
    ['结尾', r.closing],
  ];
  for (const [name, t] of texts) if (t !== undefined && t.length > MAX_TEXT) throw invalid(`要导入的报告中“${name}”过长（超过 ${MAX_TEXT} 字）`);
  if (r.explanations) r.explanations = r.explanations.map((e) => checkExplanation(e));
  r.unit = wellFormed(r.unit);
  if (r.title !== undefined) r.title = wellFormed(r.title);
  if (r.preamble !== undefined) r.preamble = wellFormed(r.preamble);
  if (r.closing !== undefined) r.closing = wellFormed(r.closing);
  r.parts = { overview: wellFormed(r.parts.overview), problems: wellFormed(r.parts.problems), other: wellFormed(r.parts.other) };
  return r;
}
