// A PDF as portals attach it (made from Word or WPS, with a text layer): its
// text read with pdf.js, page by page within bounds, turned into the lines a
// copy of it gives (tables with their cells in their columns, pdf-layout.ts),
// then read as copied text. A scan (no text layer) gets a clear message.
import { LIMITS, tooMuch } from './limits';
import { pdfText, type TextPiece } from './pdf-layout';
import { importText } from './txt';
import { ImportError, type ImportResult } from './types';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
/**
 * pdf.js's canvas code makes a DOMMatrix when it loads; Node has none, and
 * the bundled job process cannot load the native canvas package that would
 * give one. Reading text never renders: an identity stand-in is enough.
 */
function standInDomMatrix(): void {
  const g = globalThis as { DOMMatrix?: unknown };
  if (g.DOMMatrix) return;
  g.DOMMatrix = class DOMMatrixStandIn {
    a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
    constructor(m?: number[]) {
      if (Array.isArray(m) && m.length >= 6) [this.a, this.b, this.c, this.d, this.e, this.f] = m;
    }
    multiplySelf() { return this; }
    preMultiplySelf() { return this; }
    translateSelf() { return this; }
    scaleSelf() { return this; }
    invertSelf() { return this; }
    translate() { return this; }
    scale() { return this; }
  };
}

/**
 * pdf.js's legacy build carries core-js, which on Node 20 replaces Array.prototype.push,
 * JSON.parse and JSON.stringify with slower script versions (for corner cases of
 * newer specs that neither pdf.js nor this project use): every later import in the
 * process would pay for them, JSON.parse of a large file most of all. The engine's
 * own are put back once pdf.js has loaded.
 */
function keepNativeBuiltIns(): () => void {
  const push = Array.prototype.push;
  const { parse, stringify } = JSON;
  return () => {
    if (Array.prototype.push !== push) Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
    if (JSON.parse !== parse) Object.defineProperty(JSON, 'parse', { value: parse, writable: true, configurable: true, enumerable: false });
    if (JSON.stringify !== stringify) Object.defineProperty(JSON, 'stringify', { value: stringify, writable: true, configurable: true, enumerable: false });
  };
}

// pdf.js is an ES module: loaded when the first PDF comes, never for other files
const loadPdfJs = () =>
  (pdfjs ??= (async () => {
    standInDomMatrix();
    const restore = keepNativeBuiltIns();
    try {
      // the parser runs in this process (pdf.js's "fake worker"): given as a module, so a bundle needs no file beside it
      const g = globalThis as { pdfjsWorker?: unknown };
      g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      restore();
    }
  })());

/** Load pdf.js ahead of need: a batch job process does it while its first files are still on their way. */
export const preparePdf = async (): Promise<void> => void (await loadPdfJs());

const SCANNED = '这个 PDF 没有文字层（可能是扫描件或图片），无法读取其中的文字和数字：请对照原件手动填写，或导入原始 Word 文档';

export async function importPdf(bytes: Uint8Array): Promise<ImportResult> {
  if (bytes.length > LIMITS.pdfBytes)
    throw new ImportError(`PDF 文件过大（${(bytes.length / 1048576).toFixed(1)} MB），年度报告的 PDF 通常只有几 MB，请确认选择的文件`);
  const { getDocument } = await loadPdfJs();
  let doc;
  try {
    // a copy: pdf.js takes over the buffer it is given
    doc = await getDocument({ data: Uint8Array.from(bytes), disableFontFace: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0, stopAtErrors: false })
      .promise;
  } catch (e) {
    const name = (e as Error)?.name;
    if (name === 'PasswordException') throw new ImportError('这个 PDF 设有密码，无法读取：请导入未加密的文件或原始 Word 文档');
    throw new ImportError(`这是 PDF 文件，但无法读取（文件可能已损坏）：请导入原始 Word 文档，或复制其中的文字另存为 .txt 后再导入`, { cause: e });
  }
  try {
    if (doc.numPages > LIMITS.pdfPages) throw tooMuch('pdfPages');
    const pieces: TextPiece[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        if (pieces.length >= LIMITS.pdfItems) throw tooMuch('pdfItems');
        const [a, b, , d, x, y] = item.transform as number[];
        if (Math.abs(b) > Math.abs(a)) continue; // rotated text (a stamp, a watermark) is no line of the report
        pieces.push({ str: item.str, x, y, w: item.width, h: Math.abs(d) || item.height || 10, page: n });
      }
      page.cleanup();
    }
    const chars = pieces.reduce((s, p) => s + p.str.trim().length, 0);
    if (chars < 30) throw new ImportError(SCANNED);
    return importText(pdfText(pieces));
  } finally {
    await doc.destroy();
  }
}
