// Reading one file of a batch (收集, 导入往年报告) in the job process: an exchange
// file through its checksum (a damaged one refused with the exchange reader's
// message), anything else through the importers. Never throws: a result per file.
import { looksLikeExchange, readExchange, type ExchangeStatus } from '../../report/exchange';
import { importReport, type ImportProblem } from '../../report/import/index';
import type { Report } from '../../report/report';

export interface BatchFile {
  bytes: Uint8Array;
  fileName: string;
}
export interface CollectTask {
  kind: 'collect';
  files: BatchFile[];
}

export type CollectedFile =
  | { fileName: string; ok: true; report: Report; problems: ImportProblem[]; status?: ExchangeStatus; exchange: boolean }
  | { fileName: string; ok: false; message: string };

async function readOne({ bytes, fileName }: BatchFile): Promise<CollectedFile> {
  try {
    if (looksLikeExchange(bytes)) {
      const x = readExchange(new TextDecoder().decode(bytes));
      if (x.kind === 'comments') return { fileName, ok: false, message: '这是审核意见文件，不是单位的年度报告' };
      return { fileName, ok: true, report: x.report, problems: [], ...(x.status ? { status: x.status } : {}), exchange: true };
    }
    const { report, problems } = await importReport(bytes, fileName);
    return { fileName, ok: true, report, problems, exchange: false };
  } catch (e) {
    return { fileName, ok: false, message: String((e as Error)?.message ?? e).split('\n')[0] };
  }
}

/** One result per file, in order (a batch job sends one file per task, so its progress is per file). */
export async function readCollected(task: CollectTask): Promise<CollectedFile[]> {
  const out: CollectedFile[] = [];
  for (const f of task.files) out.push(await readOne(f));
  return out;
}
