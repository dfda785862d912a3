// Report → .docx in the official layout.
import type { Report } from '../report';

export type FontFamilySet = 'gb2312' | 'windows';
export interface ExportOptions {
  fonts?: FontFamilySet;
  /** optional signature block: agency and date, right-aligned */
  signature?: { agency: string; date: string };
}

export async function exportDocx(_report: Report, _options: ExportOptions = {}): Promise<Uint8Array> {
  throw new Error('尚未实现 .docx 导出');
}
