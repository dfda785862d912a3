// The characters of a saved web page: portals publish in UTF-8, GBK or GB2312
// (older TRS sites). The byte order mark decides first, then the page's own
// <meta charset>, then the bytes: valid UTF-8 is UTF-8, anything else GB18030
// (a superset of GBK and GB2312, so those pages read too).
import iconv from 'iconv-lite';

const GB = new Set(['gbk', 'gb2312', 'gb18030', 'x-gbk', 'cp936', 'euc-cn', 'hz-gb-2312']);

/** The charset a page declares in its first bytes (<meta charset=…> or http-equiv content=…charset=…). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // the declaration must come in the first 1024 bytes (HTML spec); read a little more, as ASCII
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1').toLowerCase();
  let at = head.indexOf('charset');
  while (at >= 0) {
    const m = /^charset\s*=\s*["']?\s*([a-z0-9_\-]{2,20})/.exec(head.slice(at, at + 40));
    if (m) return m[1];
    at = head.indexOf('charset', at + 7);
  }
  return undefined;
}

export interface Decoded {
  text: string;
  /** what the page was read as, for the notes: UTF-8, GB18030 … */
  encoding: string;
}

function validUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeHtml(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  const declared = declaredCharset(bytes);
  const utf8 = validUtf8(bytes);
  // a page saved by a browser is re-encoded but may keep its old meta: valid UTF-8 wins over a GB declaration
  if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8' };
  if (declared && !GB.has(declared) && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared))
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared.toUpperCase() };
  return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: declared && GB.has(declared) ? declared.toUpperCase() : 'GB18030' };
}
