// The schemas of what the api's functions answer. The page's types derive from
// them; a unit test parses real answers with them. Pure (zod and report/ only).
import { z } from 'zod';
import { TEXT_FIELDS } from '../report/fields';
import { reportFromJson } from '../report/json';
import type { Report } from '../report/report';
import type { Finding } from '../report/rules/types';
import { fonts, level } from './contract-schemas';

/** A whole report, checked as report.json is read (interchange schema v1). */
export const report = z.custom<Report>((v) => {
  try {
    reportFromJson(v);
    return true;
  } catch {
    return false;
  }
}, '不是一份完整的报告');

const cell = z.number().nullable();

export const appInfo = z.object({ version: z.string(), dataFile: z.string(), today: z.string() });

export const settings = z.object({
  /** which font family names the exported document asks for */
  fonts,
  /** add the agency + date signature block to exported documents */
  signature: z.boolean(),
});
export type Settings = z.infer<typeof settings>;

export const agency = z.object({ id: z.number(), name: z.string(), level, parentId: z.number().nullable() });

export const reportSummary = z.object({
  id: z.number(),
  agencyId: z.number(),
  agencyName: z.string(),
  level,
  year: z.number(),
  status: z.enum(['draft', 'final']),
  /** counts of the last validation (as a draft), stored at each save */
  errors: z.number(),
  warnings: z.number(),
  /** of the warnings, how many are answered with a 审核说明 (the rest are 未说明) */
  explained: z.number(),
  /** of the warnings, how many are blank cells: warnings while drafting, errors at 定稿 */
  blanks: z.number(),
  /** 已发布: finalised and published (date YYYY-MM-DD, web address), when known; null otherwise */
  publication: z.object({ date: z.string().nullable(), url: z.string().nullable() }).nullable(),
  /** ISO */
  updatedAt: z.string(),
  /** in the trash when set */
  deletedAt: z.string().nullable(),
});

export const openedReport = z.object({
  summary: reportSummary,
  report,
  /** last year's report of the same agency, when the archive has it */
  previous: report.nullable(),
  /** hint carried from last year when created from it: 现行有效件数 of 规章 / 行政规范性文件 */
  inForceHint: z.object({ rules: cell, normativeDocuments: cell }).nullable(),
});

/** summary: why it was kept, Chinese: 导入前, 定稿, 重新打开：<reason>, 自动保存 … */
export const revision = z.object({ id: z.number(), reportId: z.number(), createdAt: z.string(), summary: z.string() });
/** snippet: text around the match, the match wrapped in 【】 */
export const searchHit = z.object({ reportId: z.number(), agencyName: z.string(), year: z.number(), field: z.enum(TEXT_FIELDS), snippet: z.string() });
/** file: an absolute path */
export const backupInfo = z.object({ file: z.string(), createdAt: z.string(), bytes: z.number() });

export const importProblem = z.object({
  table: z.string().optional(),
  row: z.string().optional(),
  col: z.number().optional(),
  part: z.string().optional(),
  /** the figures of a row the importer could not place, for the preview to show beside it */
  values: z.array(z.number().nullable()).max(64).optional(),
  /** another reading of table 三 the clerk may choose (rows of seven cells) */
  alternative: z.record(z.string(), z.array(z.number().nullable()).length(7)).optional(),
  message: z.string(),
});
const ORIGINS = ['title', 'preamble', 'author', 'signature', 'opening', 'text', 'file-name', 'none'] as const;
const origin = z.object({ from: z.enum(ORIGINS), text: z.string().optional() });
/** where the agency and the year were read from, and other names or years the document gives */
export const importOrigin = z.object({
  unit: origin,
  year: origin,
  others: z.object({ unit: z.array(z.string()).optional(), year: z.array(z.number()).optional() }).optional(),
});
export const importPreview = z.object({ report, problems: z.array(importProblem), source: z.string(), origin: importOrigin.optional() });
export type ImportPreview = z.infer<typeof importPreview>;

/** 导入往年报告: one line per file (imported / replaced / exists, waiting for consent / failed) */
export const pastImportLine = z.object({
  fileName: z.string(),
  outcome: z.enum(['imported', 'replaced', 'exists', 'failed']),
  agency: z.string().optional(),
  year: z.number().optional(),
  reportId: z.number().optional(),
  /** how many things the import preview would have asked about */
  notes: z.number().optional(),
  /** a file waiting for the clerk's consent to replace (importPastReplace) */
  pending: z.string().optional(),
  message: z.string().optional(),
});
export const pastImportResult = z.object({ lines: z.array(pastImportLine), cancelled: z.boolean() }).nullable();

/** A written or chosen file, or null when a dialog was cancelled. */
export const fileResult = z.object({ file: z.string() }).nullable();

const SEVERITIES = ['error', 'warning', 'info'];
/** a finding of the rules (its shape is the rules' own type) */
export const finding = z.custom<Finding>((v) => {
  const f = v as Partial<Finding> | null;
  return !!f && typeof f.rule === 'string' && SEVERITIES.includes(f.severity as string) && typeof f.message === 'string';
}, '不是一条审核结果');
