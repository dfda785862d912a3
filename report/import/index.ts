// Every way a report comes in: .json, .txt (text copied from a published report), .docx.
import { parseReportJson, ReportFormatError } from '../json';
import { ImportError, type ImportResult } from './types';

export { ImportError, type ImportResult, type ImportProblem } from './types';

export type ImportKind = 'json' | 'txt' | 'docx';

export function importKindOf(fileName: string): ImportKind | undefined {
  const ext = fileName.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  return ext === 'json' || ext === 'txt' || ext === 'docx' ? ext : undefined;
}

/** Read a report from the bytes of a file; throws ImportError when nothing can be read. */
export async function importReport(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  const kind = importKindOf(fileName);
  if (kind === 'json') {
    try {
      return { report: parseReportJson(new TextDecoder().decode(bytes)), problems: [] };
    } catch (e) {
      if (e instanceof ReportFormatError) throw new ImportError(e.message);
      throw e;
    }
  }
  if (kind === 'txt') throw new ImportError('暂不支持 .txt 文件');
  if (kind === 'docx') throw new ImportError('暂不支持 .docx 文件');
  throw new ImportError(`不支持的文件类型：${fileName}（可导入 .docx、.txt 或 .json）`);
}
