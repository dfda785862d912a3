// The api's contract, one entry per function of the api object (electron/api.ts):
// the schema of its arguments (a tuple) and of its answer. callApi parses the
// arguments with it before dispatch, the archive checks with the same schemas,
// and the page's type of window.api is derived from it (renderer/src/api.ts).
// Pure: zod and report/ only, no Node module, so the renderer's type-check reads it.
import { z } from 'zod';
import * as a from './contract-schemas';
import * as r from './contract-results';
import { parseZh } from './contract-messages';
import { OFFICE_CONTRACT } from './contract-office';

const none = z.tuple([]);
const fn = <A extends z.ZodTypeAny, R extends z.ZodTypeAny>(args: A, result: R) => ({ args, result });
const edited = r.reportSummary;

export const CONTRACT = {
  getAppInfo: fn(none, r.appInfo),
  getSettings: fn(none, r.settings),
  saveSettings: fn(z.tuple([a.settingsPatch]), r.settings),

  listAgencies: fn(none, z.array(r.agency)),
  agencyDetails: fn(z.tuple([a.id]), a.agencyDetails),
  saveAgencyDetails: fn(z.tuple([a.id, a.agencyDetails]), a.agencyDetails),
  saveAgency: fn(z.tuple([a.agencyInput]), r.agency),

  listReports: fn(z.tuple([a.listOptions]), z.array(r.reportSummary)),
  createReport: fn(z.tuple([a.createInput]), r.reportSummary),
  openReport: fn(z.tuple([a.id]), r.openedReport),
  setCell: fn(
    z.tuple([a.id, a.cellAddress, a.cellValue]).superRefine((t, ctx) => a.refineCell(t, ctx, 1, 2)),
    edited,
  ),
  setText: fn(z.tuple([a.id, a.textField, a.text]), edited),
  setExplanation: fn(z.tuple([a.id, a.explanation]), edited),
  removeExplanation: fn(z.tuple([a.id, a.explanationPlace]), edited),
  finalise: fn(z.tuple([a.id, a.finaliseOptions]), edited),
  /** 已发布 reports: what is known of the publication (date, web address), editable also while read-only */
  setPublication: fn(z.tuple([a.id, a.publication]), edited),
  reopen: fn(z.tuple([a.id, a.reason]), edited),
  deleteReport: fn(z.tuple([a.id]), z.void()),
  restoreReport: fn(z.tuple([a.id]), r.reportSummary),
  listRevisions: fn(z.tuple([a.id]), z.array(r.revision)),
  restoreRevision: fn(z.tuple([a.id]), r.reportSummary),
  search: fn(z.tuple([a.query]), z.array(r.searchHit)),

  importFile: fn(none, r.importPreview.nullable()),
  importText: fn(z.tuple([a.pasted]), r.importPreview),
  commitImport: fn(
    z.tuple([z.object({ report: a.importedReport, ...a.importOptions.shape }).strict().describe('导入的内容')]),
    r.reportSummary,
  ),

  /** 导入往年报告: several files or a folder, read in batches like 收集; null = cancelled dialog */
  importPastFiles: fn(z.tuple([z.enum(['files', 'folder']).describe('导入方式')]), r.pastImportResult),
  /** the clerk consents to replace (the old report kept in its history) */
  importPastReplace: fn(z.tuple([z.array(z.string().min(1).max(64)).max(1000).describe('待替换的文件')]), z.array(r.pastImportLine)),

  exportReport: fn(z.tuple([a.id, a.exportOptions]), r.fileResult),
  jobStatus: fn(none, z.object({ label: z.string(), elapsedMs: z.number() }).nullable()),
  cancelJob: fn(none, z.boolean()),
  showInFolder: fn(z.tuple([a.filePath]), z.void()),
  exportPdf: fn(z.tuple([a.id]), r.fileResult),
  printReport: fn(z.tuple([a.id]), z.boolean()),
  openDocument: fn(z.tuple([a.filePath]), z.void()),
  validate: fn(z.tuple([a.id, a.validateOptions]), z.array(r.finding)),

  listBackups: fn(none, z.array(r.backupInfo)),
  restoreBackup: fn(z.tuple([a.filePath.optional()]), r.fileResult),
  backupTo: fn(none, r.fileResult),

  // the 政务公开办's year (issue 11): electron/contract-office.ts
  ...OFFICE_CONTRACT,
};

export type Contract = typeof CONTRACT;
export type ApiKey = keyof Contract;
export const API_KEYS = Object.keys(CONTRACT) as ApiKey[];

/** Trailing arguments that may be undefined may be left out, as in a hand-written signature. */
type OptionalTail<T extends readonly unknown[]> = T extends readonly [...infer H, infer L]
  ? undefined extends L
    ? [...OptionalTail<H>, L?]
    : T
  : T;

/** What the page passes (before parsing) … */
export type ArgsIn<K extends ApiKey> = OptionalTail<z.input<Contract[K]['args']>>;
/** … and what the api function receives (parsed, normalised). */
export type ArgsOut<K extends ApiKey> = OptionalTail<z.output<Contract[K]['args']>>;
export type Result<K extends ApiKey> = z.output<Contract[K]['result']>;

/** window.api as the page sees it: one async function per key. */
export type PageApi = { [K in ApiKey]: (...args: ArgsIn<K>) => Promise<Result<K>> };
/** The api object createApi builds: the same functions, receiving checked arguments. */
export type ApiFunctions = { [K in ApiKey]: (...args: ArgsOut<K>) => Promise<Result<K>> };

export type { ImportPreview, Settings } from './contract-results';

/** How many arguments the function takes (its tuple's length). */
function arity(s: z.ZodTypeAny): number {
  while (s instanceof z.ZodEffects) s = s.innerType();
  return s instanceof z.ZodTuple ? s.items.length : 0;
}

export function isApiKey(key: string): key is ApiKey {
  return Object.hasOwn(CONTRACT, key);
}

/**
 * The arguments of one call, checked and normalised, or the Chinese reason of
 * the first refusal. Missing trailing arguments are undefined (then refused
 * unless optional); extra ones are refused.
 */
export function parseArgs<K extends ApiKey>(key: K, args: readonly unknown[]): { ok: true; value: z.output<Contract[K]['args']> } | { ok: false; message: string } {
  const schema = CONTRACT[key].args;
  const n = arity(schema);
  const padded = args.length < n ? [...args, ...Array<undefined>(n - args.length).fill(undefined)] : args;
  if (padded.length > n) return { ok: false, message: `参数不正确：最多 ${n} 个，收到 ${args.length} 个` };
  return parseZh(schema, padded);
}
