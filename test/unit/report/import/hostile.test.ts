// Hostile and broken files: each is refused with a clear Chinese message,
// within bounded time and memory, and the nianbao command exits 2 for it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../report/docx/index';
import { importReport, ImportError } from '../../../../report/import/index';
import { randomReport } from './import-helpers';
import { makeZip, RELS, stored } from './import-zip';

/**
 * word/document.xml of 3 GB: 192 copies of one deflated 16 MB run of spaces.
 * A full flush resets the compressor, so the copies concatenate into one valid stream.
 */
function bombDocx(declaredSize: number): Uint8Array {
  const flush = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
  const head = deflateRawSync(Buffer.from('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'), flush);
  const spaces = deflateRawSync(Buffer.alloc(16 << 20, 0x20), flush);
  const tail = deflateRawSync(Buffer.from('</w:body></w:document>'));
  const data = Buffer.concat([head, ...Array<Buffer>(192).fill(spaces), tail]);
  return makeZip([stored('_rels/.rels', RELS), { name: 'word/document.xml', data, method: 8, size: declaredSize }]);
}

const peakMb = () => process.resourceUsage().maxRSS / 1024;

describe('zip bombs', () => {
  it('refuses a bomb whose directory declares 3 GB, before inflating it', async () => {
    const bomb = bombDocx(3 * 1024 ** 3);
    expect(bomb.length).toBeLessThan(4 << 20); // small file, gigabytes unpacked
    const before = peakMb();
    await expect(importReport(bomb, 'bomb.docx')).rejects.toThrow(/解压后超过 10 MB/);
    expect(peakMb() - before).toBeLessThan(200);
  });

  it('refuses a bomb that lies about its size, stopping the inflate at the limit', async () => {
    const bomb = bombDocx(1000);
    const before = peakMb();
    await expect(importReport(bomb, 'bomb.docx')).rejects.toThrow(/解压后超过 10 MB/);
    // had it inflated the 3 GB, the process peak would have grown by gigabytes
    expect(peakMb() - before).toBeLessThan(300);
  });

  it('reads the sizes a zip64 entry declares in its extra field: a real document reads, 5 GB is refused', async () => {
    const xml = unzipSync(await exportDocx(randomReport(3)))['word/document.xml'];
    const data = deflateRawSync(xml);
    const ok = makeZip([stored('_rels/.rels', RELS), { name: 'word/document.xml', data, method: 8, size: xml.length, zip64: true }]);
    expect((await importReport(ok, 'z64.docx')).report.table3).toEqual(randomReport(3).table3);
    const big = makeZip([stored('_rels/.rels', RELS), { name: 'word/document.xml', data, method: 8, size: 5 * 1024 ** 3, zip64: true }]);
    await expect(importReport(big, 'z64.docx')).rejects.toThrow(/解压后超过 10 MB/);
  });

  it('refuses a zip with thousands of entries', async () => {
    const many = Array.from({ length: 6000 }, (_, i) => stored(`f${i}.xml`, ''));
    await expect(importReport(makeZip(many), 'many.docx')).rejects.toThrow(/6000 个文件/);
  });
});

describe('XML that tries to reach outside', () => {
  const doc = (xml: string) => makeZip([stored('_rels/.rels', RELS), stored('word/document.xml', xml)]);
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

  it('never resolves an external entity: a DOCTYPE is refused', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>中卫市应急管理局2023年政府信息公开工作年度报告 &x;</w:t></w:r></w:p></w:body></w:document>`;
    const err = await importReport(doc(xxe), 'xxe.docx').catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err.message).toContain('DOCTYPE');
    expect(err.message).not.toContain('root:');
  });

  it('refuses an undeclared entity and broken XML as a damaged document', async () => {
    const undeclared = `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    await expect(importReport(doc(undeclared), 'a.docx')).rejects.toThrow(/损坏/);
    await expect(importReport(doc(`<w:document ${W}><w:body><w:p>`), 'b.docx')).rejects.toThrow(/损坏/);
  });
});

describe('files that are not what their name says', () => {
  const random = (n: number, seed = 7) => {
    let x = seed;
    return Uint8Array.from({ length: n }, () => ((x = (x * 1103515245 + 12345) >>> 0), x >>> 24));
  };
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...random(4000)]);
  const pdf = new Uint8Array([...Buffer.from('%PDF-1.4\n'), ...random(4000)]);

  const cases: [string, string, () => Promise<Uint8Array> | Uint8Array, RegExp][] = [
    ['an old binary .doc', 'old.docx', () => ole, /旧版 Word 文档（\.doc），请在 Word\/WPS 中另存为 \.docx 后再导入/],
    ['the same .doc under its own name', 'old.doc', () => ole, /另存为 \.docx/],
    ['a PDF renamed .docx', 'pdf.docx', () => pdf, /PDF 文件/],
    ['random bytes', 'random.docx', () => random(5000), /不是有效的 Word 文档/],
    ['an empty file', 'empty.docx', () => new Uint8Array(0), /空的/],
    ['an empty .txt', 'empty.txt', () => new Uint8Array(0), /空的/],
    ['a binary .txt', 'binary.txt', () => random(5000, 3), /不是文本文件/],
    ['a cut-off .docx', 'cut.docx', async () => (await exportDocx(randomReport(1))).slice(0, 3000), /损坏/],
    ['a zip without a document', 'nodoc.docx', () => makeZip([stored('a.txt', 'x')]), /没有正文/],
    ['a .docx named .txt', 'report.txt', () => exportDocx(randomReport(2)), /扩展名改为 \.docx/],
    ['an RTF file', 'x.docx', () => new Uint8Array(Buffer.from('{\\rtf1\\ansi hello}')), /RTF/],
    ['a .txt far larger than any report', 'huge.txt', () => new Uint8Array(6 * 1024 * 1024).fill(0x41), /文本文件过大/],
    ['an unknown kind of file', 'x.xlsx.bak', () => new Uint8Array(Buffer.from('abc')), /不支持的文件类型/],
  ];
  for (const [what, name, make, message] of cases) {
    it(`${what}: a clear message`, async () => {
      const err = await importReport(await make(), name).catch((e) => e);
      expect(err).toBeInstanceOf(ImportError);
      expect(err.message).toMatch(message);
      expect(err.message).not.toMatch(/[\n\r]/);
    });
  }
});

describe('nianbao convert with a bad file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-bad-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bin = path.resolve(__dirname, '../../../../bin/nianbao.mjs');

  const files: Record<string, () => Uint8Array> = {
    'bomb.docx': () => bombDocx(1000),
    'old.docx': () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]),
    'pdf.docx': () => new Uint8Array(Buffer.from('%PDF-1.4\n\x00\x01binary')),
    'random.docx': () => new Uint8Array([7, 200, 13, 0, 255, 1, 99, 42]),
    'empty.docx': () => new Uint8Array(0),
    'binary.txt': () => new Uint8Array([0, 1, 2, 3, 0xff, 0xfe, 0, 9]),
    'notreport.txt': () => new Uint8Array(Buffer.from('会议纪要\n今天讨论了食堂菜单。\n')),
    // the readers of issue 15: a page nested past any real one, a PDF without text, a broken PDF, a .doc that is none
    'deep.html': () => new Uint8Array(Buffer.from('<div>'.repeat(20_000))),
    'wide.html': () => new Uint8Array(Buffer.from(`<table>${'<tr><td rowspan="999999999" colspan="9999">1</td></tr>'.repeat(3000)}</table>`)),
    'scan.pdf': () => new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF')),
    'broken.pdf': () => new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)]),
    'broken.doc': () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array.from({ length: 5000 }, (_, i) => (i * 31) % 256)]),
  };
  for (const [name, make] of Object.entries(files)) {
    it(`${name}: exit 2, one line on stderr, no output file`, () => {
      const input = path.join(dir, name);
      writeFileSync(input, make());
      const output = path.join(dir, `${name}.json`);
      const res = spawnSync(process.execPath, [bin, 'convert', input, output], { encoding: 'utf8', timeout: 60_000 });
      expect(res.status).toBe(2);
      const lines = res.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^nianbao：.*[\u4e00-\u9fff]/);
      expect(existsSync(output)).toBe(false);
    });
  }
});
