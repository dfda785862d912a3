// Every way a report comes in: .json, .txt (text copied from a published report), .docx,
// .html (the page saved from the portal), .pdf (with a text layer), .doc (old Word; .wps where WPS wrote Word's format).
// What the bytes are decides before the file name does: a .doc renamed .docx
// or a PDF renamed .docx gets a message that says what it really is.
import { parseReportJson, ReportFormatError } from '../json';
import { importDoc } from './doc';
import { importDocx } from './docx';
import { importHtml } from './html';
import { importPdf } from './pdf';
import { importTxt } from './txt';
import { levelOf, parseTitle } from './title';
import { ImportError, type ImportResult } from './types';

export { ImportError, type ImportResult, type ImportProblem } from './types';

export type ImportKind = 'json' | 'txt' | 'docx' | 'html' | 'doc' | 'pdf';

function importKindOf(fileName: string): ImportKind | undefined {
  const ext = fileName.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === 'htm' || ext === 'html' || ext === 'shtml' || ext === 'xhtml') return 'html';
  if (ext === 'doc' || ext === 'wps' || ext === 'dot' || ext === 'wpt') return 'doc';
  if (ext === 'pdf') return 'pdf';
  return ext === 'json' || ext === 'txt' || ext === 'docx' ? ext : undefined;
}

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf


/** Refuse what the bytes show is not importable, whatever the file is called. */
function sniff(bytes: Uint8Array, kind: ImportKind | undefined, fileName: string): ImportKind {
  if (bytes.length === 0) throw new ImportError('文件是空的（0 字节），没有可导入的内容');
  if (startsWith(bytes, OLE)) return 'doc'; // a compound file: Word's, or WPS's in Word's format
  if (startsWith(bytes, PDF)) return 'pdf';
  if (kind === 'pdf') throw new ImportError('这不是有效的 PDF 文件：文件内容无法识别，可能已损坏或只是改了扩展名');
  if (startsWith(bytes, RTF)) throw new ImportError('这是 RTF 格式的文档，请在 Word/WPS 中另存为 .docx 后再导入');
  if (startsWith(bytes, ZIP)) {
    if (kind === 'txt' || kind === 'json' || kind === 'html') throw new ImportError(`${fileName} 实际上是压缩包或 Word 文档，请把扩展名改为 .docx 后再导入`);
    return 'docx';
  }
  if (kind === 'doc')
    throw new ImportError(`${fileName} 不是 Word 兼容格式的文档（可能是 WPS 的旧格式），请在 Word/WPS 中另存为 .docx 后再导入`);
  if (kind === 'docx') throw new ImportError('这不是有效的 Word 文档（.docx）：文件内容无法识别，可能已损坏或只是改了扩展名');
  if (!kind) throw new ImportError(`不支持的文件类型：${fileName}（可导入 .docx、.doc、.pdf、.txt、.html 网页或 .json）`);
  return kind;
}

function looksLikeJson(bytes: Uint8Array): boolean {
  // no report's text starts with a brace
  return new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\ufeff/, '').trimStart().startsWith('{');
}

/** Read a report from the bytes of a file; throws ImportError when nothing can be read. */
export async function importReport(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  const kind = sniff(bytes, importKindOf(fileName), fileName);
  try {
    if (kind === 'json') return { report: parseReportJson(new TextDecoder().decode(bytes)), problems: [] };
    // a report.json saved under a .txt name is still a report.json
    if (kind === 'txt' && looksLikeJson(bytes)) return { report: parseReportJson(new TextDecoder().decode(bytes)), problems: [] };
    const read = kind === 'txt' ? importTxt(bytes) : kind === 'html' ? importHtml(bytes) : kind === 'doc' ? await importDoc(bytes) : kind === 'pdf' ? await importPdf(bytes) : importDocx(bytes);
    return withFileName(read, fileName);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    if (e instanceof ReportFormatError) throw new ImportError(e.message);
    // anything else thrown by a parser still means: this file cannot be read
    throw new ImportError(`无法读取 ${fileName}：${String((e as Error)?.message ?? e).split('\n')[0]}`, { cause: e });
  }
}

/**
 * The file name as the last source of the agency (淮安市洪泽区人民政府2024年政府信息公开工作年度报告.pdf),
 * and a year in it that differs from the document's, offered to the clerk.
 */
function withFileName(read: ImportResult, fileName: string): ImportResult {
  const base = fileName.replace(/\.[a-z]+$/i, '');
  if (!read.origin || base.length > 120) return read;
  const named = parseTitle(base);
  const { report, origin } = read;
  if (origin.unit.from === 'none' && named?.unit) {
    report.unit = named.unit;
    report.level = levelOf(named.unit);
    origin.unit = { from: 'file-name', text: fileName };
    read.problems.push({ part: 'title', message: `单位按文件名“${fileName}”读入，请核对` });
  }
  const year = named?.year ?? Number(base.match(/(?:^|\D)(20\d{2})(?:\D|$)/)?.[1] ?? NaN);
  if (Number.isInteger(year) && year !== report.year) origin.others = { ...origin.others, year: [year] };
  return read;
}
