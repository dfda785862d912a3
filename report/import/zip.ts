// Reading single entries of a zip (a .docx) without trusting it: the central
// directory is read by hand, declared sizes are checked before anything is
// inflated, and inflating stops as soon as the output passes the limit, so a
// zip bomb costs bounded time and memory whatever its headers claim.
import { Inflate } from 'fflate';
import { LIMITS } from './limits';
import { ImportError } from './types';

const CHUNK = 16 * 1024; // input per inflate step: at most ~16 MB of output per step even at deflate's 1032:1

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** An entry's name as a message shows it: short, on one line. */
const shown = (name: string) => name.slice(0, 80).replace(/[\u0000-\u001f\u2028\u2029]/g, '?');

const BROKEN = '文件已损坏，不是有效的 Word 文档（.docx）';

function view(bytes: Uint8Array) {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (at: number, n: number) => {
    if (at < 0 || at + n > bytes.length) throw new ImportError(BROKEN);
  };
  return {
    u16: (at: number) => (need(at, 2), dv.getUint16(at, true)),
    u32: (at: number) => (need(at, 4), dv.getUint32(at, true)),
    u64: (at: number) => (need(at, 8), Number(dv.getBigUint64(at, true))),
  };
}

/**
 * The entries listed in the central directory. Two entries of one name (part
 * names are compared without case, as the package format does) leave no way to
 * know which one Word would read: the file is refused, never resolved silently.
 */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  const v = view(bytes);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ImportError(BROKEN);
  let count = v.u16(eocd + 10);
  let cdOffset = v.u32(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20; // zip64 end of central directory locator
    if (loc < 0 || v.u32(loc) !== 0x07064b50) throw new ImportError(BROKEN);
    const rec = v.u64(loc + 8);
    if (v.u32(rec) !== 0x06064b50) throw new ImportError(BROKEN);
    count = v.u64(rec + 32);
    cdOffset = v.u64(rec + 48);
  }
  if (count > LIMITS.zipEntries) throw new ImportError(`压缩包里有 ${count} 个文件，远多于 Word 文档应有的数量，已拒绝导入`);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = cdOffset;
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (v.u32(at) !== 0x02014b50) throw new ImportError(BROKEN);
    const nameLen = v.u16(at + 28);
    const extraLen = v.u16(at + 30);
    const commentLen = v.u16(at + 32);
    const e: ZipEntry = {
      method: v.u16(at + 10),
      compressedSize: v.u32(at + 20),
      size: v.u32(at + 24),
      localOffset: v.u32(at + 42),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLen)),
    };
    readZip64Extra(bytes, at + 46 + nameLen, extraLen, e);
    const key = e.name.toLowerCase();
    if (seen.has(key)) throw new ImportError(`压缩包里有两个同名的文件“${shown(e.name)}”，无法确定 Word 会读哪一个，不是正常的 Word 文档，已拒绝导入`);
    seen.add(key);
    entries.push(e);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function readZip64Extra(bytes: Uint8Array, start: number, len: number, e: ZipEntry): void {
  const v = view(bytes);
  for (let p = start; p + 4 <= start + len; ) {
    const id = v.u16(p);
    const size = v.u16(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      if (e.size === 0xffffffff) (e.size = v.u64(q)), (q += 8);
      if (e.compressedSize === 0xffffffff) (e.compressedSize = v.u64(q)), (q += 8);
      if (e.localOffset === 0xffffffff) e.localOffset = v.u64(q);
    }
    p += 4 + size;
  }
}

/** The bytes of one entry, refused if it declares or inflates to more than maxBytes. */
export function readEntry(bytes: Uint8Array, e: ZipEntry, maxBytes: number): Uint8Array {
  const tooBig = () =>
    new ImportError(`“${shown(e.name)}”解压后超过 ${Math.round(maxBytes / 1048576)} MB，不是正常的 Word 文档（可能是恶意构造的压缩包），已拒绝导入`);
  if (e.size > maxBytes) throw tooBig();
  const v = view(bytes);
  if (v.u32(e.localOffset) !== 0x04034b50) throw new ImportError(BROKEN);
  const start = e.localOffset + 30 + v.u16(e.localOffset + 26) + v.u16(e.localOffset + 28);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw new ImportError(BROKEN);
  const data = bytes.subarray(start, end);
  if (e.method === 0) return data;
  if (e.method !== 8) throw new ImportError(`“${shown(e.name)}”使用了不支持的压缩方式，无法读取`);
  const parts: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) over = true;
    else parts.push(chunk);
  });
  try {
    for (let p = 0; p < data.length && !over; p += CHUNK) inflate.push(data.subarray(p, p + CHUNK), p + CHUNK >= data.length);
  } catch {
    throw new ImportError(BROKEN);
  }
  if (over) throw tooBig();
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of parts) (out.set(c, o), (o += c.length));
  return out;
}
