// The exporter checks its own file before it says 导出成功: every XML part of
// the package must be well-formed, or Word and WPS refuse to open the whole
// document (a U+FFFE that slipped past normalisation did exactly that).
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

export class ExportCheckError extends Error {}

/** The first well-formedness error of an XML text, or undefined. */
export function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let error: string | undefined;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= (e as Error).message;
  }
  return error;
}

/** Throws an ExportCheckError naming the first part of the .docx that is not well-formed XML. */
export function verifyDocx(bytes: Uint8Array): void {
  verifyParts(unzipSync(bytes));
}

/** The same for the parts of a package, unzipped. */
export function verifyParts(parts: Record<string, Uint8Array>): void {
  for (const [name, data] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const error = xmlError(strFromU8(data));
    if (error) throw new ExportCheckError(`生成的 Word 文档有误：其中的 ${name} 不是合格的 XML（${error.split('\n')[0].slice(0, 120)}），Word 无法打开，已停止导出`);
  }
}
