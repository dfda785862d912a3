// The exporter registry: one entry per output format (its descriptor in
// formats.ts, its writer here). The api, the command line and the export
// dialog read it, so a new output (an HTML copy, …) is one entry in each.
import { explanationsDocx } from '../docx/explanations';
import { exportDocx, type ExportOptions } from '../docx/index';
import { reportToJson } from '../json';
import { reportHtml } from '../page/web';
import type { Report } from '../report';
import { EXPORT_FORMATS, exportFormatOfFile, type ExportFormat, type ExportFormatInfo } from './formats';

export { EXPORT_FORMATS, EXPORT_FORMAT_IDS, exportExtensions, exportFormatOfFile, type ExportFormat } from './formats';
export type { ExportOptions } from '../docx/index';

export interface Exporter extends ExportFormatInfo {
  id: ExportFormat;
  /** the file's content: bytes, or text written as UTF-8 */
  write(report: Report, options?: ExportOptions): Promise<Uint8Array | string>;
}

export const EXPORTERS: { readonly [F in ExportFormat]: Exporter & { id: F } } = {
  docx: { ...EXPORT_FORMATS.docx, write: (report, options) => exportDocx(report, options) },
  json: { ...EXPORT_FORMATS.json, write: async (report) => reportToJson(report) },
  html: { ...EXPORT_FORMATS.html, write: async (report) => reportHtml(report) },
  explanations: { ...EXPORT_FORMATS.explanations, write: (report, options) => explanationsDocx(report, { fonts: options?.fonts, previous: options?.previous }) },
};

/** The exporter a file name asks for by its extension, or undefined. */
export function exporterForFile(file: string): Exporter | undefined {
  const id = exportFormatOfFile(file);
  return id && EXPORTERS[id];
}
