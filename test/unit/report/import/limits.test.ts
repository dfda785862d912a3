// Files shaped to cost time or memory: list levels from numbering.xml and
// styles.xml, parts that made regular expressions backtrack, texts and
// documents far larger than any report. Each ends in a correct import or one
// clear Chinese refusal; none is timed here (a quadratic regression fails by
// timing out), memory is measured.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { documentBlocks } from '../../../../report/import/docx';
import { importReport, ImportError, type ImportResult } from '../../../../report/import/index';
import { parseNumbering, styleNumbering } from '../../../../report/import/numbering';
import {
  appendToBody,
  docxOfParts,
  documentOf,
  editDocx,
  insertLines,
  maximalDocxs,
  maximalTexts,
  paraXml,
  seedDocx,
  seedText,
} from '../../../bench/import-files';
import { makeZip, RELS, stored, W } from './import-zip';

const TIMEOUT = 20_000;
const utf8 = (s: string) => new TextEncoder().encode(s);
const peakMb = () => process.resourceUsage().maxRSS / 1024;

/** How an import ended: the result, or the ImportError (anything else thrown fails the test). */
async function outcome(bytes: Uint8Array, name: string): Promise<ImportResult | ImportError> {
  try {
    return await importReport(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    expect((e as Error).cause, 'a crash wrapped as a refusal').toBeUndefined();
    expect((e as Error).message).toMatch(/[\u4e00-\u9fff]/);
    expect((e as Error).message).not.toMatch(/[\n\r]/);
    return e as ImportError;
  }
}
async function refused(bytes: Uint8Array, name: string): Promise<string> {
  const r = await outcome(bytes, name);
  expect(r).toBeInstanceOf(ImportError);
  return (r as ImportError).message;
}
async function imported(bytes: Uint8Array, name: string): Promise<ImportResult> {
  const r = await outcome(bytes, name);
  if (r instanceof ImportError) throw new Error(`refused: ${r.message}`);
  return r;
}

const NUMBERING = `<?xml version="1.0"?><w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
const numbered = (ilvl: string, text: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const lists = (numbering = NUMBERING, styles = '') => ({ numbering: parseNumbering(numbering), styles: styleNumbering(styles) });
const paraTexts = (xml: string, l = lists()) => documentBlocks(documentOf(xml), l).map((b) => (b.kind === 'para' ? b.text : ''));

describe('list levels read from the file (numbering.xml, styles.xml, the paragraph)', () => {
  it('a paragraph at level 400,000,000, -1, 1.5 or 9 is unnumbered; levels 0 and 1 still number', () => {
    const xml = ['0', '400000000', '-1', '1.5', '9', '1'].map((l, i) => numbered(l, `段${i}`)).join('');
    expect(paraTexts(xml)).toEqual(['一、段0', '段1', '段2', '段3', '段4', '（一）段5']);
  }, TIMEOUT);

  it('a level definition or a restart at level 400,000,000 in numbering.xml is ignored', () => {
    const hostile = NUMBERING.replace('</w:abstractNum>', '<w:lvl w:ilvl="400000000"><w:numFmt w:val="decimal"/><w:lvlText w:val="%9."/></w:lvl></w:abstractNum>').replace(
      '<w:abstractNumId w:val="0"/>',
      '<w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="400000000"><w:startOverride w:val="7"/></w:lvlOverride>',
    );
    expect(paraTexts(numbered('1', '乙') + numbered('400000000', '丙'), lists(hostile))).toEqual(['（一）乙', '丙']);
  }, TIMEOUT);

  it('a heading style numbered at level 400,000,000 in styles.xml numbers nothing', () => {
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="1"><w:pPr><w:numPr><w:ilvl w:val="400000000"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="2"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
    const xml = ['1', '2'].map((s) => `<w:p><w:pPr><w:pStyle w:val="${s}"/></w:pPr><w:r><w:t>总体情况</w:t></w:r></w:p>`).join('');
    expect(paraTexts(xml, lists(NUMBERING, styles))).toEqual(['总体情况', '一、总体情况']);
  }, TIMEOUT);

  it('the seed .docx with an ilvl of 400,000,000 imports as without it', async () => {
    const hostile = editDocx(seedDocx(), (p) => {
      p.set('word/numbering.xml', NUMBERING);
      p.set('word/document.xml', appendToBody(p.get('word/document.xml')!, numbered('400000000', '')));
    });
    const before = peakMb();
    expect((await imported(hostile, 'ilvl.docx')).report).toEqual((await imported(seedDocx(), 'seed.docx')).report);
    expect(peakMb() - before).toBeLessThan(200);
  }, TIMEOUT);
});

describe('parts that made regular expressions backtrack', () => {
  const seedParts = () => {
    const files = unzipSync(seedDocx());
    return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
  };

  it('a 1 MB styles.xml of styles that never close as the pattern expected is read in one pass', async () => {
    // self-closed styles: the old pattern looked for </w:style> to the end of the part from every one of them
    const style = '<w:style w:type="paragraph" w:styleId="x"/>';
    const styles = `<w:styles ${W}>${style.repeat(Math.ceil(2 ** 20 / style.length))}</w:styles>`;
    expect(styles.length).toBeGreaterThan(2 ** 20);
    expect(styleNumbering(styles).size).toBe(0);
    const r = await imported(docxOfParts({ ...seedParts(), 'word/styles.xml': styles, 'word/numbering.xml': NUMBERING }), 'styles.docx');
    expect(r.report.unit).toBe('中卫市应急管理局');
  }, TIMEOUT);

  it('parts nested 100,000 deep are refused, whichever part (document, styles, numbering)', async () => {
    const deep = `${'<w:sdt>'.repeat(100_000)}${'</w:sdt>'.repeat(100_000)}`;
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/numbering.xml'])
      expect(await refused(docxOfParts({ ...seedParts(), 'word/numbering.xml': NUMBERING, [part]: `<w:x ${W}>${deep}</w:x>` }), 'deep.docx')).toMatch(/嵌套超过 500 层/);
  }, TIMEOUT);

  it('a 1 MB styles.xml of unclosed style tags (not XML) numbers nothing and the document still imports', async () => {
    const styles = `<w:styles ${W}>${'<w:style w:styleId="x" '.repeat(45_000)}`;
    expect(styleNumbering(styles).size).toBe(0);
    const r = await imported(docxOfParts({ ...seedParts(), 'word/styles.xml': styles, 'word/numbering.xml': NUMBERING }), 'styles.docx');
    expect(r.report.unit).toBe('中卫市应急管理局');
  }, TIMEOUT);

  it('a 512 KB .rels of unclosed Relationship tags falls back to word/document.xml', async () => {
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${'<Relationship Type="x" '.repeat(24_000)}`;
    expect(rels.length).toBeGreaterThan(512 * 1024);
    const r = await imported(docxOfParts({ ...seedParts(), '_rels/.rels': rels }), 'rels.docx');
    expect(r.report.unit).toBe('中卫市应急管理局');
  }, TIMEOUT);

  it('a large .rels names the main part after thousands of other relationships, in any attribute order and quoting', async () => {
    const other = '<Relationship Id="r9" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail" Target="docProps/x.jpeg"/>';
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${other.repeat(3000)}<Relationship Target='/word/main.xml' Id='r1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument'/></Relationships>`;
    const parts = seedParts();
    const r = await imported(docxOfParts({ ...parts, 'word/document.xml': '<broken', 'word/main.xml': parts['word/document.xml'], '_rels/.rels': rels }), 'rels.docx');
    expect(r.report.unit).toBe('中卫市应急管理局');
  }, TIMEOUT);

  it('a paragraph of 200,000 spaces before its text, a cell of a number, 100,000 spaces and a word', async () => {
    const spaces = ' '.repeat(200_000);
    const text = insertLines(seedText(), '一、总体情况', [`${spaces}正文。`]);
    expect((await imported(utf8(text), 'spaces.txt')).report.parts.overview).toContain('正文。');
    const cell = insertLines(seedText(), '三、收到和处理政府信息公开申请情况', [`（二）部分公开\t1${' '.repeat(100_000)}x\t0\t0\t0\t0\t0\t0`]);
    await outcome(utf8(cell), 'cell.txt');
  }, TIMEOUT);

  it('rows of a thousand numbers split at spaces (a PDF copy) are read in linear time', async () => {
    const rows = Array.from({ length: 480 }, () => `（一）予以公开 ${'1 '.repeat(990)}x`); // under 2,000 characters: split, not passed over
    await outcome(utf8(insertLines(seedText(), '三、收到和处理政府信息公开申请情况', rows)), 'rows.txt');
  }, TIMEOUT);
});

describe('texts larger than any report', () => {
  // 5 s: the linear import takes a fraction of a second; the quadratic one it replaced took 10–20 s for this shape
  it('a paste of 985,000 characters (newlines too) in 19,700 lines, one numbered paragraph that never ends, is read into one part', async () => {
    // each line ends with a comma: a long numbered paragraph ending so is no heading, and is joined with the next line
    const line = '全年主动公开信息一百二十条在门户网站及时发布有关政府信息'.repeat(2).slice(0, 48) + '，';
    const lines = ['（一）' + line, ...Array.from({ length: 19_700 }, () => line)];
    const text = insertLines(seedText(), '一、总体情况', lines);
    expect(text.length).toBeGreaterThan(985_000);
    const { report } = await imported(utf8(text), '粘贴的文本.txt');
    expect(report.parts.overview).toContain('（一）' + line + line);
    expect(report.parts.overview.length).toBeGreaterThan(19_700 * line.length);
  }, 5_000);

  it('100,000 title lines, 300,000 table rows and 4.9 MB of newlines are refused', async () => {
    const title = '中卫市应急管理局 2023 年政府信息公开工作年度报告';
    expect(await refused(utf8(Array(100_000).fill(title).join('\n')), 'titles.txt')).toMatch(/文本文件过大/);
    expect(await refused(utf8(Array(100_000).fill('2023年度报告').join('\n')), 'titles.txt')).toMatch(/段落（行）超过 20,000 个/);
    const rows = Array.from({ length: 300_000 }, (_, i) => `${i}\t0\t0\t0`);
    expect(await refused(utf8(insertLines(seedText(), '四、政府信息公开行政复议、行政诉讼情况', rows)), 'rows.txt')).toMatch(/段落（行）超过/);
    expect(await refused(utf8(seedText() + '\n'.repeat(4.9 * 2 ** 20)), 'newlines.txt')).toMatch(/段落（行）超过/);
    expect(await refused(utf8('\r\n'.repeat(2 ** 20)), 'newlines.txt')).toMatch(/段落（行）超过|空的/);
  }, TIMEOUT);

  it('more than a million characters is refused, however few the lines', async () => {
    expect(await refused(utf8(insertLines(seedText(), '一、总体情况', ['长'.repeat(1_000_001)])), 'long.txt')).toMatch(/文字超过 100 万字/);
  }, TIMEOUT);
});

describe('documents larger than any report', () => {
  it('5 million empty paragraphs (30 MB) are refused, and a million (6 MB) too, in bounded memory', async () => {
    const before = peakMb();
    expect(await refused(docxOfParts({ 'word/document.xml': documentOf('<w:p/>'.repeat(5_000_000)) }), 'paras.docx')).toMatch(/解压后超过 10 MB/);
    expect(await refused(docxOfParts({ 'word/document.xml': documentOf('<w:p/>'.repeat(1_000_000)) }), 'paras.docx')).toMatch(/段落（行）超过 20,000 个/);
    expect(peakMb() - before).toBeLessThan(200);
  }, TIMEOUT);

  it('a table of a million rows is refused, in bounded memory', async () => {
    const title = paraXml('中卫市应急管理局2023年政府信息公开工作年度报告');
    const before = peakMb();
    expect(await refused(docxOfParts({ 'word/document.xml': documentOf(`${title}<w:tbl>${'<w:tr/>'.repeat(1_000_000)}</w:tbl>`) }), 'rows.docx')).toMatch(/表格行数超过 2,000 行/);
    expect(await refused(docxOfParts({ 'word/document.xml': documentOf(`${title}<w:tbl>${'<w:tr><w:tc/></w:tr>'.repeat(1_000_000)}</w:tbl>`) }), 'rows.docx')).toMatch(/解压后超过 10 MB/);
    expect(peakMb() - before).toBeLessThan(200);
  }, TIMEOUT);

  it('an element with 200,000 attributes is refused, in bounded memory', async () => {
    const attrs = Array.from({ length: 200_000 }, (_, i) => `a${i}="1"`).join(' ');
    const before = peakMb();
    expect(await refused(docxOfParts({ 'word/document.xml': documentOf(`<w:p ${attrs}/>`) }), 'attrs.docx')).toMatch(/属性超过 1,000 个/);
    expect(peakMb() - before).toBeLessThan(200);
  }, TIMEOUT);

  it('200,000 empty tables are refused', async () => {
    expect(await refused(docxOfParts({ 'word/document.xml': documentOf('<w:tbl/>'.repeat(200_000)) }), 'tables.docx')).toMatch(/表格超过 200 个/);
  }, TIMEOUT);

  it('a row of a million cells, and tables nested 100,000 deep, are refused', async () => {
    const wide = docxOfParts({ 'word/document.xml': documentOf(`<w:tbl><w:tr>${'<w:tc/>'.repeat(1_000_000)}</w:tr></w:tbl>`) });
    expect(await refused(wide, 'wide.docx')).toMatch(/单元格超过 10,000 个/);
    const deep = docxOfParts({ 'word/document.xml': documentOf(`${'<w:tbl>'.repeat(100_000)}${paraXml('x').repeat(10_000)}${'</w:tbl>'.repeat(100_000)}`) });
    expect(await refused(deep, 'deep.docx')).toMatch(/表格嵌套超过 16 层/);
  }, TIMEOUT);

  it('more than a million characters of text is refused', async () => {
    const docx = docxOfParts({ 'word/document.xml': documentOf(paraXml('长'.repeat(600_000)).repeat(2)) });
    expect(await refused(docx, 'long.docx')).toMatch(/文字超过 100 万字/);
  }, TIMEOUT);

  it('80,000 fields showing their results, then 300,000 texts in a field left open: linear time', async () => {
    // each text asked whether any open field was in its code: 80,000 steps per text before
    const shown = '<w:fldChar w:fldCharType="begin"/><w:fldChar w:fldCharType="separate"/>'.repeat(80_000);
    const fields = docxOfParts({
      'word/document.xml': documentOf(`<w:p>${shown}${'<w:t>x</w:t>'.repeat(300_000)}<w:fldChar w:fldCharType="begin"/></w:p>${paraXml('y').repeat(1000)}`),
    });
    await outcome(fields, 'fields.docx');
  }, TIMEOUT);
});

describe('duplicate entries in a .docx', () => {
  const doc = documentOf(paraXml('中卫市应急管理局2023年政府信息公开工作年度报告') + paraXml('一、总体情况') + paraXml('正文。'));

  it('two word/document.xml are refused, not resolved silently', async () => {
    const zip = makeZip([stored('_rels/.rels', RELS), stored('word/document.xml', doc), stored('word/document.xml', documentOf(paraXml('另一份')))]);
    expect(await refused(zip, 'two.docx')).toMatch(/两个同名的文件“word\/document\.xml”/);
  });

  it('names that differ only in case are the same part (OPC), and are refused too', async () => {
    const zip = makeZip([stored('_rels/.rels', RELS), stored('word/document.xml', doc), stored('Word/Document.xml', doc)]);
    expect(await refused(zip, 'case.docx')).toMatch(/同名的文件/);
    const rels = makeZip([stored('_rels/.rels', RELS), stored('_rels/.rels', RELS), stored('word/document.xml', doc)]);
    expect(await refused(rels, 'rels.docx')).toMatch(/同名的文件“_rels\/\.rels”/);
  });
});

describe('files just inside the limits', () => {
  for (const [name, bytes] of Object.entries(maximalTexts()))
    it(`a maximal .txt (${name}) imports`, async () => {
      expect((await imported(bytes, `${name}.txt`)).report.unit).toBe('中卫市应急管理局');
    }, TIMEOUT);
  for (const [name, bytes] of Object.entries(maximalDocxs()))
    it(`a maximal .docx (${name}) imports, in bounded memory`, async () => {
      const before = peakMb();
      expect((await imported(bytes, `${name}.docx`)).report.unit).toBe('中卫市应急管理局');
      expect(peakMb() - before).toBeLessThan(200);
    }, TIMEOUT);
});

describe('nianbao convert on hostile files: one line and exit 2, or a correct import, in bounded memory', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bin = path.resolve(__dirname, '../../../../bin/nianbao.mjs');
  const rss = pathToFileURL(path.resolve(__dirname, 'import-rss.mjs')).href;

  /** Run the command on the file; its peak memory is read back from the preloaded reporter. */
  function convert(name: string, bytes: Uint8Array) {
    const input = path.join(dir, name);
    writeFileSync(input, bytes);
    const output = path.join(dir, `${name}.json`);
    const rssFile = path.join(dir, `${name}.rss`);
    const res = spawnSync(process.execPath, ['--import', rss, bin, 'convert', input, output], {
      encoding: 'utf8',
      timeout: TIMEOUT,
      env: { ...process.env, NIANBAO_RSS_FILE: rssFile },
    });
    return { ...res, output, peakMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
  }

  const refusedFiles: Record<string, () => Uint8Array> = {
    'newlines.txt': () => utf8(seedText() + '\n'.repeat(4.9 * 2 ** 20)),
    'rows.txt': () => utf8(insertLines(seedText(), '四、政府信息公开行政复议、行政诉讼情况', Array.from({ length: 300_000 }, (_, i) => `${i}\t0\t0`))),
    'paragraphs.docx': () => docxOfParts({ 'word/document.xml': documentOf('<w:p/>'.repeat(5_000_000)) }),
    'rows.docx': () => docxOfParts({ 'word/document.xml': documentOf(`<w:tbl>${'<w:tr/>'.repeat(1_000_000)}</w:tbl>`) }),
    'twice.docx': () => makeZip([stored('_rels/.rels', RELS), stored('word/document.xml', documentOf('')), stored('word/document.xml', documentOf(''))]),
  };
  for (const [name, make] of Object.entries(refusedFiles))
    it(`${name}: exit 2, one Chinese line on stderr, no output, under 200 MB`, () => {
      const res = convert(name, make());
      expect(res.status, res.stderr).toBe(2);
      const lines = res.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^nianbao：.*[\u4e00-\u9fff]/);
      expect(existsSync(res.output)).toBe(false);
      expect(res.peakMb).toBeLessThan(200);
    }, TIMEOUT);

  it('ilvl 400,000,000 and a 1 MB styles.xml: converted (the level ignored), under 200 MB', () => {
    const style = '<w:style w:type="paragraph" w:styleId="x"/>';
    const hostile = editDocx(seedDocx(), (p) => {
      p.set('word/numbering.xml', NUMBERING);
      p.set('word/styles.xml', `<w:styles ${W}>${style.repeat(25_000)}</w:styles>`);
      p.set('word/document.xml', appendToBody(p.get('word/document.xml')!, numbered('400000000', '')));
    });
    const res = convert('ilvl.docx', hostile);
    expect(res.status, res.stderr).toBe(0);
    expect(JSON.parse(readFileSync(res.output, 'utf8')).unit).toBe('中卫市应急管理局');
    expect(res.peakMb).toBeLessThan(200);
  }, TIMEOUT);
});
