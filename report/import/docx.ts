// A .docx in the official layout (Word, WPS, LibreOffice or this project's
// exporter): paragraphs and tables in body order, merged cells resolved into a
// grid, then the same assembly as copied text. The XML parser never resolves
// entities beyond the five predefined ones and a DOCTYPE is refused outright.
import { SaxesParser } from 'saxes';
import { CLOSING_STYLE, PREAMBLE_STYLE } from '../docx/markers';
import { assemble, type Block } from './assemble';
import { ImportError, type ImportResult } from './types';
import { listZip, readEntry } from './zip';

export const MAX_DOCUMENT_XML = 30 * 1024 * 1024;
const MAX_RELS = 1024 * 1024;

type Cell = { text: string; span: number; vMerge?: 'restart' | 'continue' };

const local = (name: string) => name.slice(name.indexOf(':') + 1);

function mainDocumentPath(bytes: Uint8Array, names: Map<string, ReturnType<typeof listZip>[number]>): string {
  const rels = names.get('_rels/.rels');
  if (rels) {
    const xml = new TextDecoder().decode(readEntry(bytes, rels, MAX_RELS));
    const m = xml.match(/<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/);
    const target = m?.[0].match(/Target="([^"]+)"/)?.[1];
    if (target) return target.replace(/^\//, '');
  }
  return 'word/document.xml';
}

export function importDocx(bytes: Uint8Array): ImportResult {
  const entries = listZip(bytes);
  const names = new Map(entries.map((e) => [e.name, e]));
  const path = mainDocumentPath(bytes, names);
  const doc = names.get(path);
  if (!doc) throw new ImportError('这个压缩包不是 Word 文档（.docx）：里面没有正文 word/document.xml');
  const xml = new TextDecoder().decode(readEntry(bytes, doc, MAX_DOCUMENT_XML));
  return assemble(documentBlocks(xml), { text: false, marked: declaresMarkers(bytes, names, path) });
}

const MAX_STYLES = 5 * 1024 * 1024;

/** This project's exporter declares the marker styles: then an unmarked closing is an empty one, not one to guess. */
function declaresMarkers(bytes: Uint8Array, names: Map<string, ReturnType<typeof listZip>[number]>, docPath: string): boolean {
  const styles = names.get(docPath.replace(/[^/]*$/, 'styles.xml'));
  if (!styles) return false;
  const xml = new TextDecoder().decode(readEntry(bytes, styles, MAX_STYLES));
  return new RegExp(`w:styleId="${CLOSING_STYLE}"`, 'i').test(xml);
}

/** The role a paragraph style marks: the exporter's marker styles, as Word, WPS or LibreOffice keep them. */
function roleOf(styleId: string | undefined): 'preamble' | 'closing' | undefined {
  const id = styleId?.toLowerCase();
  return id === PREAMBLE_STYLE.toLowerCase() ? 'preamble' : id === CLOSING_STYLE.toLowerCase() ? 'closing' : undefined;
}

/** Walk the body: top-level paragraphs become paragraphs, tables become rows of cell texts. */
export function documentBlocks(xml: string): Block[] {
  const blocks: Block[] = [];
  const parser = new SaxesParser({ position: false });
  // table state; nested tables contribute their text to the enclosing cell
  let tableDepth = 0;
  let rows: Cell[][] = [];
  let row: Cell[] | undefined;
  let cell: Cell | undefined;
  let cellParas: string[] = [];
  let para: string | undefined;
  let role: 'preamble' | 'closing' | undefined; // of the paragraph being read
  let inText = false;
  let inProps = 0; // inside w:tcPr etc.
  let skip = 0; // inside mc:Fallback, which repeats the text of mc:Choice

  parser.on('doctype', () => {
    throw new ImportError('Word 文档里含有 DOCTYPE 声明（可能引用外部实体），出于安全考虑已拒绝导入');
  });
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    if (name === 'Fallback' || skip) {
      skip++;
      return;
    }
    const attr = (a: string) => {
      for (const [k, v] of Object.entries(tag.attributes)) if (local(k) === a) return String(v);
      return undefined;
    };
    switch (name) {
      case 'tbl':
        if (++tableDepth === 1) rows = [];
        break;
      case 'tr':
        if (tableDepth === 1) row = [];
        break;
      case 'tc':
        if (tableDepth === 1) (cell = { text: '', span: 1 }), (cellParas = []);
        break;
      case 'gridBefore': // grid columns skipped before a row's first cell: keeps vertical merges aligned
        if (tableDepth === 1 && row && !cell) row.push({ text: '', span: Math.max(1, Math.min(64, Number(attr('val')) || 1)) });
        break;
      case 'gridSpan':
        if (tableDepth === 1 && cell) cell.span = Math.max(1, Math.min(64, Number(attr('val')) || 1));
        break;
      case 'vMerge':
        if (tableDepth === 1 && cell) cell.vMerge = attr('val') === 'restart' ? 'restart' : 'continue';
        break;
      case 'p':
        para = '';
        role = undefined;
        break;
      case 'pStyle':
        if (para !== undefined && tableDepth === 0) role = roleOf(attr('val'));
        break;
      case 't':
        inText = true;
        break;
      case 'tab':
        if (para !== undefined && !inProps) para += '\t';
        break;
      case 'br':
      case 'cr':
        if (para !== undefined) para += '\n';
        break;
      case 'pPr':
      case 'rPr':
      case 'tcPr':
      case 'tblPr':
      case 'sectPr':
        inProps++;
        break;
    }
  });
  parser.on('text', (t) => {
    if (inText && para !== undefined && !skip) para += t;
  });
  parser.on('closetag', (tag) => {
    if (skip) {
      skip--;
      return;
    }
    switch (local(tag.name)) {
      case 't':
        inText = false;
        break;
      case 'pPr':
      case 'rPr':
      case 'tcPr':
      case 'tblPr':
      case 'sectPr':
        inProps--;
        break;
      case 'p':
        if (tableDepth > 0) cellParas.push(para ?? '');
        else blocks.push(role ? { kind: 'para', text: para ?? '', role } : { kind: 'para', text: para ?? '' });
        para = undefined;
        break;
      case 'tc':
        if (tableDepth === 1 && cell && row) {
          cell.text = cellParas.join('\n');
          row.push(cell);
          cell = undefined;
        }
        break;
      case 'tr':
        if (tableDepth === 1 && row) rows.push(row);
        row = undefined;
        break;
      case 'tbl':
        if (--tableDepth === 0) blocks.push({ kind: 'table', rows: resolveGrid(rows) });
        break;
    }
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(`Word 文档内容损坏，无法读取（${(e as Error).message.split('\n')[0].slice(0, 80)}）`);
  }
  return blocks;
}

/**
 * Merged cells into a grid: a horizontally merged cell is one cell (as a copy
 * of the table shows it), a vertically continued cell takes the text of the
 * cell it continues, so every row carries its full labels.
 */
export function resolveGrid(rows: Cell[][]): string[][] {
  const above = new Map<number, string>(); // grid column → text of the last restart cell
  return rows.map((r) => {
    let col = 0;
    return r.map((c) => {
      let text = c.text;
      if (c.vMerge === 'continue') text = above.get(col) ?? '';
      else if (c.vMerge === 'restart') above.set(col, c.text);
      else above.delete(col);
      col += c.span;
      return text;
    });
  });
}
