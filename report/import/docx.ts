// A .docx in the official layout (Word, WPS, LibreOffice or this project's
// exporter): paragraphs and tables in body order, merged cells resolved into a
// grid, then the same assembly as copied text. The XML parser never resolves
// entities beyond the five predefined ones and a DOCTYPE is refused outright.
import { SaxesParser } from 'saxes';
import { CLOSING_STYLE, PREAMBLE_STYLE } from '../docx/markers';
import { assemble, type Block } from './assemble';
import { ImportError, type ImportResult } from './types';
import { parseNumbering, styleNumbering, type Numbering } from './numbering';
import { type CellRec, type TableRec, tableBlocks } from './docx-tables';
import { listZip, readEntry } from './zip';

export const MAX_DOCUMENT_XML = 30 * 1024 * 1024;
const MAX_RELS = 1024 * 1024;

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

export { resolveGrid } from './docx-tables';

export function importDocx(bytes: Uint8Array): ImportResult {
  const entries = listZip(bytes);
  const names = new Map(entries.map((e) => [e.name, e]));
  const path = mainDocumentPath(bytes, names);
  const doc = names.get(path);
  if (!doc) throw new ImportError('这个压缩包不是 Word 文档（.docx）：里面没有正文 word/document.xml');
  const xml = new TextDecoder().decode(readEntry(bytes, doc, MAX_DOCUMENT_XML));
  const styles = sibling(bytes, names, path, 'styles.xml');
  const numberingXml = sibling(bytes, names, path, 'numbering.xml');
  const lists: Lists | undefined = numberingXml ? { numbering: parseNumbering(numberingXml), styles: styleNumbering(styles ?? '') } : undefined;
  const marked = new RegExp(`w:styleId="${CLOSING_STYLE}"`, 'i').test(styles ?? '');
  const blocks = documentBlocks(xml, lists);
  // some office systems store the text as an embedded file (w:altChunk) that only Word expands on opening
  const chunks = xml.match(/<(?:\w+:)?altChunk\b/g)?.length ?? 0;
  if (chunks && !blocks.some((b) => b.kind === 'table' || b.text.trim()))
    throw new ImportError('这个 Word 文档的正文是嵌入的其他文件（altChunk），本程序无法直接读取：请在 Word/WPS 中打开后另存为 .docx 再导入');
  const result = assemble(blocks, { text: false, marked });
  if (chunks) result.problems.unshift({ message: `文档中有 ${chunks} 处嵌入的其他文件（altChunk）未读取，请在 Word/WPS 中打开后另存为 .docx 再导入，或核对缺少的内容` });
  return result;
}

const MAX_STYLES = 5 * 1024 * 1024;

/**
 * A part beside document.xml (styles.xml, numbering.xml). This project's
 * exporter declares the marker styles in styles.xml: then an unmarked closing
 * is an empty one, not one to guess.
 */
function sibling(bytes: Uint8Array, names: Map<string, ReturnType<typeof listZip>[number]>, docPath: string, name: string): string | undefined {
  const entry = names.get(docPath.replace(/[^/]*$/, name));
  return entry && new TextDecoder().decode(readEntry(bytes, entry, MAX_STYLES));
}

/** Word's list numbering, to rebuild the numbers it shows but keeps out of the text. */
export type Lists = { numbering: Numbering; styles: Map<string, { numId: string; ilvl: number }> };

/** The role a paragraph style marks: the exporter's marker styles, as Word, WPS or LibreOffice keep them. */
function roleOf(styleId: string | undefined): 'preamble' | 'closing' | undefined {
  const id = styleId?.toLowerCase();
  return id === PREAMBLE_STYLE.toLowerCase() ? 'preamble' : id === CLOSING_STYLE.toLowerCase() ? 'closing' : undefined;
}

/** A paragraph being read: its text so far, and what decides its role and list number. */
type Para = { text: string; role?: 'preamble' | 'closing'; style?: string; numId?: string; ilvl?: number };

/** Elements whose text is not visible: mc:Fallback repeats mc:Choice, deleted and moved-away revisions, field codes, ruby guides. */
const HIDDEN = new Set(['Fallback', 'del', 'moveFrom', 'instrText', 'delInstrText', 'pPrChange', 'rPrChange', 'tcPrChange', 'trPrChange', 'tblPrChange', 'sectPrChange', 'numberingChange', 'rt']);
const PROPS = new Set(['pPr', 'rPr', 'tcPr', 'tblPr', 'trPr', 'sectPr']);

/** Walk the body: paragraphs and tables in order, a text box's paragraphs where it is anchored. */
export function documentBlocks(xml: string, lists?: Lists): Block[] {
  const body: Block[] = [];
  const parser = new SaxesParser({ position: false });
  const tables: TableRec[] = [];
  const paras: Para[] = []; // a text box's paragraph sits inside a run of another one
  let inText = false;
  let inProps = 0; // inside w:pPr etc.: w:tab there is a tab stop, not a tab
  let skip = 0;
  let inParaProps = 0; // the paragraph mark's own run properties are in w:pPr
  const fields: ('code' | 'result')[] = []; // open complex fields, outermost first
  const placeholder: boolean[] = []; // per open content control: it shows its placeholder
  const hidden: boolean[] = []; // per open run: its text is hidden (w:vanish)
  const container = (): Block[] => {
    for (let i = tables.length - 1; i >= 0; i--) if (tables[i].cell) return tables[i].cell!.blocks;
    return body;
  };
  const add = (s: string) => {
    if (paras.length && !inProps) paras[paras.length - 1].text += s;
  };

  parser.on('doctype', () => {
    throw new ImportError('Word 文档里含有 DOCTYPE 声明（可能引用外部实体），出于安全考虑已拒绝导入');
  });
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    if (skip || (HIDDEN.has(name) && !(name === 'del' && inProps))) {
      skip++;
      return;
    }
    const attr = (a: string) => {
      for (const [k, v] of Object.entries(tag.attributes)) if (local(k) === a) return String(v);
      return undefined;
    };
    const t = tables[tables.length - 1];
    switch (name) {
      case 'tbl':
        tables.push({ rows: [] });
        break;
      case 'tr':
        if (t) t.row = [];
        break;
      case 'tc':
        if (t) t.cell = { span: 1, blocks: [] };
        break;
      case 'gridBefore': // grid columns skipped before a row's first cell: keeps vertical merges aligned
        if (t?.row && !t.cell) t.row.push({ span: Math.max(1, Math.min(64, Number(attr('val')) || 1)), blocks: [] });
        break;
      case 'gridSpan':
        if (t?.cell) t.cell.span = Math.max(1, Math.min(64, Number(attr('val')) || 1));
        break;
      case 'fldChar': {
        // a field shows its result (separate … end); its code, nested fields' results in it too, is hidden
        const type = attr('fldCharType');
        if (type === 'begin') fields.push('code');
        else if (type === 'separate' && fields.length) fields[fields.length - 1] = 'result';
        else if (type === 'end') fields.pop();
        break;
      }
      case 'sdt':
        placeholder.push(false);
        break;
      case 'showingPlcHdr': // an unfilled content control shows its prompt (单击或点击此处输入文字。), not content
        if (placeholder.length) placeholder[placeholder.length - 1] = true;
        break;
      case 'sdtContent':
        if (placeholder[placeholder.length - 1]) skip = 1;
        break;
      case 'hMerge': // Word 97's horizontal merge, kept in documents converted from .doc
        if (t?.cell && attr('val') !== 'restart') t.cell.hMerged = true;
        break;
      case 'r':
        hidden.push(false);
        break;
      case 'vanish': // hidden text (rPr of a run; the paragraph mark's rPr hides no text)
        if (hidden.length && inProps && !inParaProps && !/^(0|false|off)$/.test(attr('val') ?? '')) hidden[hidden.length - 1] = true;
        break;
      case 'vMerge':
        if (t?.cell) t.cell.vMerge = attr('val') === 'restart' ? 'restart' : 'continue';
        break;
      case 'p':
        paras.push({ text: '' });
        break;
      case 'pStyle':
        if (paras.length) Object.assign(paras[paras.length - 1], { role: roleOf(attr('val')), style: attr('val') });
        break;
      case 'numId':
        if (paras.length) paras[paras.length - 1].numId = attr('val');
        break;
      case 'ilvl':
        if (paras.length) paras[paras.length - 1].ilvl = Number(attr('val')) || 0;
        break;
      case 't':
        inText = true;
        break;
      case 'tab':
      case 'ptab':
        add('\t');
        break;
      case 'br': {
        // a page or column break continues the same paragraph on the next page
        const type = attr('type');
        if (type !== 'page' && type !== 'column') add('\n');
        break;
      }
      case 'cr':
        add('\n');
        break;
      case 'noBreakHyphen':
        add('-');
        break;
      default:
        if (PROPS.has(name)) inProps++;
        if (name === 'pPr') inParaProps++;
    }
  });
  parser.on('text', (s) => {
    if (inText && !skip && !hidden[hidden.length - 1] && !fields.includes('code')) add(s.replace(/\u00ad/g, '')); // a soft hyphen shows only at a line end
  });
  parser.on('closetag', (tag) => {
    if (skip) {
      skip--;
      return;
    }
    const name = local(tag.name);
    const t = tables[tables.length - 1];
    switch (name) {
      case 't':
        inText = false;
        break;
      case 'p': {
        const p = paras.pop();
        if (p && lists) p.text = listNumber(p, lists) + p.text;
        // a field code never runs past its paragraph in practice: a broken, unended one must not hide the rest
        if (!paras.length && fields.includes('code')) fields.splice(0, fields.length, ...fields.filter((f) => f === 'result'));
        if (p) container().push(p.role ? { kind: 'para', text: p.text, role: p.role } : { kind: 'para', text: p.text });
        break;
      }
      case 'r':
        hidden.pop();
        break;
      case 'sdt':
        placeholder.pop();
        break;
      case 'tc': {
        const prev = t?.row?.[t.row.length - 1];
        if (t?.cell?.hMerged && prev) prev.span += t.cell.span;
        else if (t?.cell && t.row) t.row.push(t.cell);
        if (t) t.cell = undefined;
        break;
      }
      case 'tr':
        if (t?.row) t.rows.push(t.row);
        if (t) t.row = undefined;
        break;
      case 'tbl':
        if (t) {
          tables.pop();
          container().push(...tableBlocks(t));
        }
        break;
      default:
        if (PROPS.has(name)) inProps--;
        if (name === 'pPr') inParaProps--;
    }
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(`Word 文档内容损坏，无法读取（${(e as Error).message.split('\n')[0].slice(0, 80)}）`);
  }
  return body;
}

/** The number Word shows before a list paragraph (numbering of its own or of its style); numId 0 switches it off. */
function listNumber(p: Para, lists: Lists): string {
  const byStyle = p.style ? lists.styles.get(p.style) : undefined;
  const numId = p.numId ?? byStyle?.numId;
  if (!numId || numId === '0') return '';
  const label = lists.numbering.next(numId, p.ilvl ?? (p.numId ? 0 : (byStyle?.ilvl ?? 0)));
  return p.text.trim() ? label : '';
}
