// The work that runs off the main thread: reading a file that came from outside
// and writing an export. Pure functions of their inputs, so the job process and
// the in-process runner run exactly the same code.
import { EXPORTERS, type ExportFormat, type ExportOptions } from '../../report/export/index';
import { importReport, type ImportResult } from '../../report/import/index';
import { preparePdf } from '../../report/import/pdf';
import type { Report } from '../../report/report';
import { readCollected, type CollectTask, type CollectedFile } from './collect-task';

export type { BatchFile, CollectTask, CollectedFile } from './collect-task';

export interface ImportTask {
  kind: 'import';
  bytes: Uint8Array;
  fileName: string;
}
export interface ExportTask {
  kind: 'export';
  format: ExportFormat;
  report: Report;
  options?: ExportOptions;
}
/** load pdf.js before the first PDF of a batch comes (while the app reads the files) */
export interface WarmTask {
  kind: 'warm';
}
export type Task = ImportTask | ExportTask | CollectTask | WarmTask;

export async function runTask(task: Task): Promise<ImportResult | Uint8Array | string | CollectedFile[] | null> {
  if (task.kind === 'warm') return preparePdf().then(() => null);
  if (task.kind === 'collect') return readCollected(task);
  if (task.kind === 'import') return importReport(task.bytes, task.fileName);
  return EXPORTERS[task.format].write(task.report, task.options);
}
