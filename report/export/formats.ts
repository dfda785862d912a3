// The ways a report leaves the app, as the page may know them: ids, file
// extensions and Chinese names, no writer code (report/export/index.ts adds
// the writers; the page must not load the .docx library or Node modules).
export interface ExportFormatInfo {
  id: string;
  /** the file extension, without the dot */
  ext: string;
  /** the choice in 导出报告 */
  label: string;
  /** the file type in the save dialog */
  fileType: string;
  /** takes the font family choice (仿宋_GB2312 or the Windows fonts) */
  fonts: boolean;
  /** words after the report's name in the file name offered (a document about the report, not the report) */
  nameSuffix?: string;
}

export const EXPORT_FORMATS = {
  docx: { id: 'docx', ext: 'docx', label: 'Word 文档（.docx，正式版式）', fileType: 'Word 文档', fonts: true },
  json: { id: 'json', ext: 'json', label: '交换文件（.json）', fileType: '交换文件', fonts: false },
  html: { id: 'html', ext: 'html', label: '网页版（.html，可粘贴到网站后台发布）', fileType: '网页', fonts: false },
  // not the report itself: its warnings with their 审核说明, for the leader's sign-off (a .docx file names the report first)
  explanations: { id: 'explanations', ext: 'docx', label: '审核说明清单（.docx，全部警告及审核说明，供领导签批）', fileType: 'Word 文档', fonts: true, nameSuffix: '审核说明清单' },
} as const satisfies Record<string, ExportFormatInfo>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The ids in registry order, as a tuple for z.enum. */
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]];

/** The format a file name asks for by its extension (case-insensitive), or undefined. */
export function exportFormatOfFile(file: string): ExportFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  return EXPORT_FORMAT_IDS.find((id) => EXPORT_FORMATS[id].ext === ext);
}

/** “.docx 或 .json”: the extensions for messages. */
export function exportExtensions(): string {
  return [...new Set(EXPORT_FORMAT_IDS.map((id) => `.${EXPORT_FORMATS[id].ext}`))].join(' 或 ');
}
