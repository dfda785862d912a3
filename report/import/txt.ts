// Text copied out of a published report (web page, PDF, Word): one line per
// paragraph or table row, cells separated by tabs.
import { assemble, type Block } from './assemble';
import { LIMITS, tooMuch } from './limits';
import { ImportError, type ImportResult } from './types';

const BINARY_MESSAGE = '这不是文本文件（含有二进制内容），请导入 .txt 文本、.docx 或 .json 文件';

/** UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 as older Windows tools save it. */
function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return checkText(new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes));
  }
  if (bytes.includes(0)) throw new ImportError(BINARY_MESSAGE);
  for (const enc of ['utf-8', 'gb18030']) {
    try {
      return checkText(new TextDecoder(enc, { fatal: true }).decode(bytes));
    } catch (e) {
      if (e instanceof ImportError) throw e;
    }
  }
  throw new ImportError(`${BINARY_MESSAGE}（既不是 UTF-8 也不是 GBK/GB18030 编码）`);
}

/** Control characters other than tab and line breaks, and U+FFFD: counted, never collected. */
function controls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) n++;
  }
  return n;
}

function checkText(text: string): string {
  // control characters other than tab/newline mean binary data that happened to decode
  const control = controls(text);
  if (control > 0 && control * 100 > text.length) throw new ImportError(BINARY_MESSAGE);
  return text.replace(/^\ufeff/, '');
}

/** Refuse a text longer, or of more lines, than any report: before a block is made of it. */
function checkSize(text: string): void {
  let lines = 1; // as textToBlocks splits: at \n, \r\n and a lone \r
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) && ++lines > LIMITS.paragraphs) throw tooMuch('paragraphs');
  }
  if (text.length > LIMITS.characters) throw tooMuch('characters');
}

function textToBlocks(text: string): Block[] {
  checkSize(text);
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line): Block => ({ kind: 'para', text: line.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '') }));
}

export function importText(text: string): ImportResult {
  if (!text.trim()) throw new ImportError('文件是空的，没有可导入的内容');
  return assemble(textToBlocks(text), { text: true });
}

export function importTxt(bytes: Uint8Array): ImportResult {
  if (bytes.length === 0) throw new ImportError('文件是空的（0 字节），没有可导入的内容');
  if (bytes.length > LIMITS.textBytes)
    throw new ImportError(`文本文件过大（${(bytes.length / 1048576).toFixed(1)} MB），年度报告全文通常只有几百 KB，请确认选择的文件`);
  return importText(decodeText(bytes));
}
