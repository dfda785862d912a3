// The argument schemas the api and the archive share: built from the format
// (report/format.ts, fields.ts, sums.ts), never retyped. Each is described with
// the argument's Chinese name, which the refusal message starts with.
// Pure (zod and report/ only): the renderer's type-check reads it.
import { z } from 'zod';
import { cellName, PARTS, partDef, allCells, type CellAddress, type TableKey } from '../report/format';
import { EXPORT_FORMAT_IDS } from '../report/export/formats';
import { TEXT_FIELDS } from '../report/fields';
import { reportFromJson } from '../report/json';
import { normalizeCell } from '../report/normalize';
import { getCell, blankReport, setCellInPlace, type Cell, type Report } from '../report/report';
import { kindOf } from '../report/sums';
import { dropZeroWidth, trimSpaces, wellFormed } from '../report/text';
import { parseZh } from './contract-messages';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const MAX_TEXT = 200_000;
/** as an agency name */
export const MAX_UNIT = 100;
export const MAX_PASTE = 2_000_000;
export const MAX_PATH = 4096;

/** An agency name as the user sees it: no zero-width marks, no spaces at the ends, storable. */
export function agencyNameOf(s: string): string {
  return trimSpaces(dropZeroWidth(wellFormed(s)));
}

const TABLE_KEYS = PARTS.filter((p) => p.kind === 'table').map((p) => p.key) as [TableKey, ...TableKey[]];
/** the widest table's last column: table 三's 总计 */
const MAX_COL = Math.max(...allCells().map((a) => a.col ?? 0));
const BLANK = blankReport('', MIN_YEAR);

export const id = z.number().int().positive().describe('编号');
export const year = z.number().int().min(MIN_YEAR).max(MAX_YEAR).describe('年度');
export const level = z.enum(['department', 'government']).describe('机关层级');
export const from = z.enum(['blank', 'previous']).describe('新建方式');
export const textField = z.enum(TEXT_FIELDS).describe('文字栏目');
/** a text as stored: well-formed (no lone surrogate, nothing XML cannot hold) */
export const text = z.string().max(MAX_TEXT).transform(wellFormed).describe('文字内容');
export const reason = z.string().transform((s) => trimSpaces(wellFormed(s))).pipe(z.string().min(1, '请填写重新打开的原因').max(500)).describe('原因');
export const query = z.string().trim().min(1, '请填写要搜索的内容').max(200).describe('搜索内容');
export const limit = z.number().int().min(1).max(1000).describe('条数');
export const filePath = z.string().min(1).max(MAX_PATH).describe('文件位置');
export const fonts = z.enum(['gb2312', 'windows', 'fangzheng']).describe('字体');
export const pasted = z.string().min(1, '粘贴的内容为空').max(MAX_PASTE).describe('粘贴的内容');

/** An address that names a cell of the tables (a table 二 single value has no col). */
export const cellAddress = z
  .object({ table: z.enum(TABLE_KEYS), row: z.string().max(40), col: z.number().int().min(0).max(MAX_COL).optional() })
  .strict()
  .superRefine((a, ctx) => {
    if (getCell(BLANK, a) === undefined) ctx.addIssue({ code: 'custom', message: `没有这个单元格：${JSON.stringify(a)}` });
  })
  .describe('单元格位置');

/** A number or blank; whether it fits the cell (count or amount) is checked with its address (cellValueIssue). */
export const cellValue = z.number({ invalid_type_error: '应为数字或空白' }).finite().nullable().describe('单元格的值');

/** Why a value cannot stand in a cell (a negative, 1.5 as a count, too many decimals in the fee), or undefined. */
export function cellValueIssue(a: CellAddress, v: Cell): string | undefined {
  const n = normalizeCell(v, kindOf(a));
  return n.ok ? undefined : `${cellName(a)}：${n.message}`;
}

/**
 * Check the value at `valueAt` of a tuple against the address at `addressAt`:
 * the one cell check of setCell, the archive, and (per cell) of an import.
 */
export function refineCell(tuple: readonly unknown[], ctx: z.RefinementCtx, addressAt: number, valueAt: number): void {
  const a = tuple[addressAt] as CellAddress;
  const v = tuple[valueAt] as Cell;
  if (!a || getCell(BLANK, a) === undefined || (v !== null && typeof v !== 'number')) return; // refused already
  const why = cellValueIssue(a, v);
  if (why) ctx.addIssue({ code: 'custom', path: [valueAt], message: why });
}

/** The place of an explanation: the rule and the cell or text part it is about. */
export const explanationPlace = z
  .object({
    rule: z.string().min(1).max(60),
    table: z.enum(TABLE_KEYS).optional(),
    row: z.string().max(40).optional(),
    col: z.number().int().min(0).max(MAX_COL).optional(),
    part: z.enum(TEXT_FIELDS).optional(),
  })
  .strict()
  .describe('审核说明的位置');
export const explanation = explanationPlace.extend({ text }).strict().describe('审核说明');

export const agencyName = z
  .string()
  .transform(agencyNameOf)
  .pipe(z.string().min(1, '机关名称不能为空').max(MAX_UNIT, `机关名称不能超过 ${MAX_UNIT} 个字`))
  .describe('机关名称');
export const agencyInput = z
  .object({ id: id.optional(), name: agencyName, level, parentId: id.nullable().optional() })
  .strict()
  .describe('机关信息');
/** One contact detail: plain text of a line, or null when not given. */
const contactLine = (label: string, max: number) =>
  z
    .string()
    .transform((v) => trimSpaces(dropZeroWidth(wellFormed(v))))
    .pipe(z.string().max(max, `${label}不能超过 ${max} 个字`))
    .transform((v) => v || null)
    .nullable()
    .describe(label);
/** 落款 and contact details of an agency (issue 12 §4): signature null follows 设置 */
export const agencyDetails = z
  .object({
    signature: z.boolean().nullable().describe('落款'),
    address: contactLine('联系地址', 200),
    postcode: contactLine('邮政编码', 20),
    phone: contactLine('联系电话', 60),
    email: contactLine('电子邮箱', 100),
  })
  .strict()
  .describe('机关的落款和联系方式');
export const listOptions = z.object({ includeDeleted: z.boolean().optional(), agencyId: id.optional() }).strict().optional().describe('列表选项');
export const createInput = z.object({ agencyId: id, year, from }).strict().describe('新建报告的参数');
/** 已发布: the publication date (a real day, not after today's year) and web address, each when known */
export const publication = z
  .object({
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, '发布日期应写成 2024-01-31 这样的日期')
      .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().slice(0, 10) === d, '发布日期不是一个真实的日期')
      .nullable(),
    url: z.string().transform((s) => trimSpaces(wellFormed(s))).pipe(z.string().max(1000, '网址过长')).transform((s) => s || null).nullable(),
  })
  .strict()
  .describe('发布信息');
export const importOptions = z
  .object({ replace: z.boolean(), agencyId: id.optional(), published: publication.optional() })
  .strict()
  .describe('导入选项');
/** 定稿: the warnings left without a 审核说明 that the user accepted as they are (their messages, recorded with the 定稿) */
export const finaliseOptions = z.object({ acceptedWarnings: z.array(z.string().max(1000)).max(2000) }).strict().optional().describe('定稿选项');
export const settingsPatch = z.object({ fonts: fonts.optional(), signature: z.boolean().optional() }).strict().describe('设置');
export const exportOptions = z
  .object({ format: z.enum(EXPORT_FORMAT_IDS), fonts: fonts.optional(), tidy: z.boolean().optional().describe('整理网页复制的格式') })
  .strict()
  .describe('导出选项');
export const validateOptions = z.object({ final: z.boolean().optional() }).strict().optional().describe('审核选项');

const TEXT_NAMES: [keyof Report | 'overview' | 'problems' | 'other', string][] = [
  ['title', '标题'],
  ['preamble', '开头'],
  ...(['overview', 'problems', 'other'] as const).map((k): [typeof k, string] => [k, partDef(k).heading]),
  ['closing', '结尾'],
];

/**
 * A report to store from an import: interchange schema v1, in the archive's
 * year range, and nothing an edit would refuse (a cell setCell refuses, a text
 * longer than setText takes, an agency name too long); texts made well-formed.
 */
export function checkedImport(value: unknown): Report {
  const r = reportFromJson(structuredClone(value));
  if (r.year < MIN_YEAR || r.year > MAX_YEAR) throw new Error(`报告年度 ${r.year} 超出范围（${MIN_YEAR}–${MAX_YEAR}）`);
  r.unit = agencyNameOf(r.unit);
  if (r.unit.length > MAX_UNIT) throw new Error(`机关名称过长（超过 ${MAX_UNIT} 字）`);
  for (const [k, name] of TEXT_NAMES) {
    const t = k === 'overview' || k === 'problems' || k === 'other' ? r.parts[k] : (r[k] as string | undefined);
    if (t !== undefined && t.length > MAX_TEXT) throw new Error(`“${name}”过长（超过 ${MAX_TEXT} 字）`);
  }
  for (const a of allCells()) {
    const v = getCell(r, a)!;
    const n = normalizeCell(v, kindOf(a));
    if (!n.ok) throw new Error(`${cellName(a)}：${n.message}`);
    setCellInPlace(r, a, n.value);
  }
  if (r.explanations) {
    r.explanations = r.explanations.map((e, i) => {
      const p = parseZh(explanation, e);
      if (!p.ok) throw new Error(`第 ${i + 1} 条${p.message}`);
      return p.value;
    });
  }
  if (r.title !== undefined) r.title = wellFormed(r.title);
  if (r.preamble !== undefined) r.preamble = wellFormed(r.preamble);
  if (r.closing !== undefined) r.closing = wellFormed(r.closing);
  r.parts = { overview: wellFormed(r.parts.overview), problems: wellFormed(r.parts.problems), other: wellFormed(r.parts.other) };
  return r;
}

/** The report of commitImport / archive.importReport: typed as a Report for the page, checked whole here. */
export const importedReport = z
  .custom<Report>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), '应为一份报告')
  .transform((v, ctx) => {
    try {
      return checkedImport(v);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: (e as Error).message });
      return z.NEVER;
    }
  })
  .describe('要导入的报告');
