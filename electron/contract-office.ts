// The office's part of the api contract (issue 11: structure, collect, board,
// 审核意见, compiled report, exports): argument and result schemas, imported by
// contract.ts. Pure (zod and report/ only), as the rest of the contract.
import { z } from 'zod';
import { TEXT_FIELDS } from '../report/fields';
import { agencyName, cellAddress, id, year } from './contract-schemas';
import { reportSummary } from './contract-results';

export const UNIT_KINDS = ['office', 'department', 'township', 'government'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = { office: '本级办公室', department: '部门', township: '乡镇街道', government: '下级政府' };

// ---- arguments ---------------------------------------------------------------

export const unitKind = z.enum(UNIT_KINDS).describe('单位类别');
export const pastedNames = z.string().max(200_000).describe('单位名称列表');
export const unitInput = z.object({ name: agencyName, kind: unitKind, ownTotal: z.boolean().optional() }).strict().describe('单位信息');
export const unitPatch = z
  .object({
    kind: unitKind.optional(),
    ownTotal: z.boolean().optional(),
    aliases: z.array(agencyName).max(50).optional(),
  })
  .strict()
  .describe('单位信息');
export const retireInput = z.object({ fromYear: year, mergedInto: id.nullable().optional() }).strict().describe('撤销或合并');
export const unitOrder = z.array(id).max(5000).describe('单位顺序');
/** YYYY-MM-DD (the local deadline, e.g. 2024-01-26 for the year 2023) */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写作 YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().slice(0, 10) === s, '不是有效的日期')
  .describe('日期');
export const collectFrom = z.enum(['files', 'folder']).describe('收集方式');
export const pendingId = z.string().min(1).max(64).describe('待确认文件');
export const compileOptions = z.object({ exclude: z.array(id).max(5000).optional() }).strict().optional().describe('汇总选项');
export const commentPlace = z
  .union([cellAddress, z.object({ part: z.enum(TEXT_FIELDS) }).strict()])
  .nullable()
  .describe('审核意见的位置');
export const commentInput = z
  .object({
    place: commentPlace,
    text: z.string().trim().min(1, '请填写审核意见').max(20_000),
    author: z.string().trim().min(1, '请填写审核人').max(100),
  })
  .strict()
  .describe('审核意见');
export const replyText = z.string().trim().min(1, '请填写答复').max(20_000).describe('答复');
export const commentExport = z.enum(['exchange', 'docx']).describe('导出格式');
export const officeExport = z.enum(['review-docx', 'figures-xlsx']).describe('导出内容');
export const refreshCells = z.array(z.string().max(80)).max(2000).optional().describe('要更新的单元格');

// ---- results -----------------------------------------------------------------

export const orgUnit = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  position: z.number(),
  aliases: z.array(z.string()),
  ownTotal: z.boolean(),
  /** the first year it no longer reports (机构改革); null: in service */
  retiredFrom: z.number().nullable(),
  mergedInto: z.number().nullable(),
});
export const government = z.object({
  id: z.number(),
  name: z.string(),
  /** the region's name its units may leave out (中卫市人民政府 → 中卫市) */
  region: z.string(),
  units: z.array(orgUnit),
  /** year → YYYY-MM-DD */
  deadlines: z.record(z.string()),
});
export const pasteResult = z.object({
  created: z.array(orgUnit),
  /** names already in the structure or given twice */
  duplicates: z.array(z.string()),
  blankLines: z.number(),
  /** names refused (too long…), with why */
  refused: z.array(z.object({ name: z.string(), why: z.string() })),
});

export const RECEIPT_STATUSES = ['draft', 'final', 'published'] as const;
export const collectLine = z.object({
  file: z.string(),
  outcome: z.enum(['imported', 'replaced', 'refused', 'ask']),
  /** the result line as the page shows it: 已导入 / 已替换旧版本（旧版本保留在历史中） / 未导入：… / 请选择单位：… */
  message: z.string(),
  unitId: z.number().nullable(),
  unitName: z.string().nullable(),
  reportId: z.number().nullable(),
  /** set when the office must choose the unit: the file waits under this id */
  pending: z.string().nullable(),
  candidates: z.array(z.object({ id: z.number(), name: z.string() })),
});
export const collectResult = z.object({ lines: z.array(collectLine), cancelled: z.boolean() }).nullable();

export const boardRow = z.object({
  unitId: z.number(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  position: z.number(),
  reportId: z.number().nullable(),
  received: z.boolean(),
  receivedAt: z.string().nullable(),
  /** the exchange file's status, or the archive's */
  status: z.enum(RECEIPT_STATUSES).nullable(),
  errors: z.number().nullable(),
  warnings: z.number().nullable(),
  unanswered: z.number().nullable(),
  /** share of the narrative repeated from last year, 0…1; null: no last year's report */
  repetition: z.number().nullable(),
  /** days left to the local deadline (negative: days late); null when received or no deadline */
  daysLeft: z.number().nullable(),
  /** days late when received after the deadline */
  daysLate: z.number().nullable(),
  comments: z.number(),
  openComments: z.number(),
  versions: z.number(),
});
export const board = z.object({
  governmentId: z.number(),
  name: z.string(),
  year: z.number(),
  deadline: z.string().nullable(),
  rows: z.array(boardRow),
  compiledReportId: z.number().nullable(),
});

export const comment = z.object({
  id: z.number(),
  reportId: z.number(),
  origin: z.enum(['office', 'superior']),
  place: commentPlace,
  text: z.string(),
  author: z.string(),
  createdAt: z.string(),
  reply: z.string().nullable(),
  repliedAt: z.string().nullable(),
  /** the cell or text changed since the comment came in */
  fixed: z.boolean(),
});
export const commentsImported = z.object({ reportId: z.number(), unit: z.string(), year: z.number(), added: z.number(), skipped: z.number() }).nullable();

export const provenance = z.object({
  sum: z.number().nullable(),
  parts: z.array(z.object({ id: z.number(), unit: z.string(), value: z.number() })),
  blank: z.array(z.string()),
  missing: z.array(z.string()),
});
export const compiledCell = z.object({
  key: z.string(),
  /** what the report holds now */
  value: z.number().nullable(),
  /** what the compile wrote */
  compiled: z.number().nullable(),
  /** what compiling now would give */
  fresh: z.number().nullable(),
  overridden: z.boolean(),
  changed: z.boolean(),
});
export const compilation = z.object({
  report: reportSummary,
  compiledAt: z.string(),
  included: z.array(z.object({ id: z.number(), unit: z.string() })),
  excluded: z.array(z.object({ id: z.number(), unit: z.string() })),
  missing: z.array(z.string()),
  skipped: z.array(z.object({ id: z.number(), unit: z.string(), why: z.string() })),
  /** only cells that are overridden, changed, or still blank for some unit */
  cells: z.array(compiledCell),
});

export const rollupFinding = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  /** the unit whose report it is about; absent: the government's own */
  unit: z.string().optional(),
});

// ---- the api functions (spread into CONTRACT) ---------------------------------

const fn = <A extends z.ZodTypeAny, R extends z.ZodTypeAny>(args: A, result: R) => ({ args, result });
const fileResult = z.object({ file: z.string() }).nullable();

export const OFFICE_CONTRACT = {
  officeGovernments: fn(z.tuple([]), z.array(government)),
  officeSaveGovernment: fn(z.tuple([agencyName]), government),
  officeAddUnit: fn(z.tuple([id, unitInput]), orgUnit),
  officePasteUnits: fn(z.tuple([id, pastedNames, unitKind]), pasteResult),
  officeRenameUnit: fn(z.tuple([id, agencyName]), orgUnit),
  officeUpdateUnit: fn(z.tuple([id, unitPatch]), orgUnit),
  officeReorderUnits: fn(z.tuple([id, unitOrder]), z.array(orgUnit)),
  officeRetireUnit: fn(z.tuple([id, retireInput]), orgUnit),
  officeRestoreUnit: fn(z.tuple([id]), orgUnit),
  officeSetDeadline: fn(z.tuple([id, year, isoDate.nullable()]), government),
  officeCollect: fn(z.tuple([id, year, collectFrom]), collectResult),
  officeResolve: fn(z.tuple([pendingId, id]), collectLine),
  officeBoard: fn(z.tuple([id, year]), board),
  officeComments: fn(z.tuple([id]), z.array(comment)),
  officeAddComment: fn(z.tuple([id, commentInput]), z.array(comment)),
  officeReplyComment: fn(z.tuple([id, replyText.nullable()]), z.array(comment)),
  officeRemoveComment: fn(z.tuple([id]), z.void()),
  officeExportComments: fn(z.tuple([id, commentExport]), fileResult),
  officeImportComments: fn(z.tuple([]), commentsImported),
  officeCompile: fn(z.tuple([id, year, compileOptions]), compilation),
  officeCompilation: fn(z.tuple([id]), compilation.nullable()),
  officeProvenance: fn(z.tuple([id, cellAddress]), provenance),
  officeRefresh: fn(z.tuple([id, refreshCells]), compilation),
  officeRollupFindings: fn(z.tuple([id, year]), z.array(rollupFinding)),
  officeExport: fn(z.tuple([id, year, officeExport]), fileResult),
};
export type OfficeKey = keyof typeof OFFICE_CONTRACT;
