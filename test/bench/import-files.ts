// Generated files for the import's limits: hostile ones (far past any real
// report) and maximal ones (just inside the limits). The unit tests check how
// each ends; the bench times the maximal ones (import_worst_ms).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { LIMITS } from '../../report/import/limits';
import { makeZip, RELS, W } from '../unit/report/import/import-zip';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** The seed report as copied text, and as LibreOffice saved the exported .docx. */
export const seedText = (): string => readFileSync(path.join(fixtures, 'shared/seeds/000_68281a0ece325528.txt'), 'utf8');
export const seedDocx = (): Uint8Array => readFileSync(path.join(fixtures, 'import/libreoffice-resave-seed.docx'));
/** A Word-made file with list numbering (numbering.xml) and numbered heading styles. */
export const numberedDocx = (): Uint8Array => readFileSync(path.join(fixtures, 'import/word-features.docx'));

/** The text with `lines` put after the line that is `heading` exactly. */
export function insertLines(text: string, heading: string, lines: readonly string[]): string {
  const all = text.split('\n');
  const at = all.findIndex((l) => l.trim() === heading);
  if (at < 0) throw new Error(`no line ${heading}`);
  return [...all.slice(0, at + 1), ...lines, ...all.slice(at + 1)].join('\n');
}

/** The parts of a .docx, changed by `edit` (part name → new text, undefined to drop it), zipped again. */
export function editDocx(docx: Uint8Array, edit: (parts: Map<string, string>) => void): Uint8Array {
  const files = unzipSync(docx);
  const parts = new Map(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
  edit(parts);
  return zipSync(Object.fromEntries([...parts].map(([k, v]) => [k, strToU8(v)])), { level: 1 });
}

/** Paragraphs (or any body XML) put at the end of the body, before its section properties. */
export function appendToBody(documentXml: string, xml: string): string {
  const at = documentXml.lastIndexOf('<w:sectPr');
  const end = at >= 0 ? at : documentXml.lastIndexOf('</w:body>');
  return documentXml.slice(0, end) + xml + documentXml.slice(end);
}

/** A .docx of just these parts (.rels by default), deflated natively: fast for tens of MB. */
export function docxOfParts(parts: Record<string, string>): Uint8Array {
  return makeZip(
    Object.entries({ '_rels/.rels': RELS, ...parts }).map(([name, text]) => {
      const raw = Buffer.from(text);
      return { name, data: deflateRawSync(raw, { level: 1 }), method: 8 as const, size: raw.length };
    }),
  );
}

export const documentOf = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
export const paraXml = (text: string) => (text ? `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>` : '<w:p/>');

// ---- maximal files: each just inside one limit (and inside all the others)

const SENTENCE = '全年主动公开信息一百二十条，在门户网站及时发布有关政府信息，严格执行审核发布机制'; // no full stop: rejoined

/** n lines sharing `chars` characters, none ending a sentence: the text import rejoins them all into one paragraph. */
function runOnLines(n: number, chars: number): string[] {
  const per = Math.max(1, Math.floor(chars / n));
  const line = SENTENCE.repeat(Math.ceil(per / SENTENCE.length)).slice(0, per);
  return Array.from({ length: n }, () => line);
}

const MARGIN = 200; // lines or characters left for the seed's own

/** The maximal .txt files: as many lines and characters as the limits accept, in the places that cost most. */
export function maximalTexts(): Record<string, Uint8Array> {
  const seed = seedText();
  const seedLines = seed.split('\n').length;
  const lines = LIMITS.paragraphs - seedLines - MARGIN;
  const chars = LIMITS.characters - seed.length - lines - MARGIN * 50;
  const row = (i: number) => `${i}\t${'1 '.repeat(8).trim()}`;
  return {
    'run-on narrative': utf8(insertLines(seed, '一、总体情况', runOnLines(lines, chars))),
    'title lines': utf8(insertLines(seed, '', Array.from({ length: lines }, () => '中卫市应急管理局 2023 年政府信息公开工作年度报告'))),
    'table lines': utf8(insertLines(seed, '四、政府信息公开行政复议、行政诉讼情况', Array.from({ length: lines }, (_, i) => row(i)))),
    // a PDF copy's rows, cells split at spaces, each just short of the length the row reader splits
    'spaced number rows': utf8(
      insertLines(seed, '三、收到和处理政府信息公开申请情况', Array.from({ length: Math.floor(chars / 2000) }, () => `（一）予以公开 ${'1 '.repeat(990)}1`)),
    ),
    'blank lines': utf8(insertLines(seed, '一、总体情况', Array.from({ length: lines }, () => ''))),
  };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The maximal .docx files: the seed's document with paragraphs, or one table, up to the limits. */
export function maximalDocxs(): Record<string, Uint8Array> {
  const seed = seedDocx();
  const seedXml = strFromU8(unzipSync(seed)['word/document.xml']);
  const seedParas = seedXml.match(/<w:p[ >/]/g)?.length ?? 0;
  const paragraphs = LIMITS.paragraphs - seedParas - MARGIN;
  const per = Math.floor((LIMITS.characters - MARGIN * 100) / paragraphs);
  const rows = LIMITS.tableRows - 100;
  const cellsPerRow = Math.floor((LIMITS.tableCells - 1000) / rows);
  const cell = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
  const table = `<w:tbl>${`<w:tr>${cell('备注')}${cell('1').repeat(cellsPerRow - 1)}</w:tr>`.repeat(rows)}</w:tbl>`;
  const line = SENTENCE.repeat(Math.ceil(per / SENTENCE.length)).slice(0, per);
  // as much markup as document.xml may hold: runs with their formatting, a character each
  const run = '<w:r><w:rPr><w:rFonts w:ascii="仿宋" w:eastAsia="仿宋" w:hAnsi="仿宋"/><w:sz w:val="32"/></w:rPr><w:t>政</w:t></w:r>';
  const runs = Math.floor((LIMITS.documentXml - seedXml.length - 100_000) / Buffer.byteLength(run) / paragraphs);
  const marked = `<w:p>${run.repeat(runs)}</w:p>`;
  return {
    'markup': editDocx(seed, (p) => p.set('word/document.xml', appendToBody(seedXml, marked.repeat(paragraphs)))),
    'paragraphs': editDocx(seed, (p) => p.set('word/document.xml', appendToBody(seedXml, paraXml(line).repeat(paragraphs)))),
    'empty paragraphs': editDocx(seed, (p) => p.set('word/document.xml', appendToBody(seedXml, '<w:p/>'.repeat(paragraphs)))),
    'table rows': editDocx(seed, (p) => p.set('word/document.xml', appendToBody(seedXml, table))),
  };
}
