// A .docx in the official layout (Word, WPS, LibreOffice or this project's
// exporter): paragraphs and tables in body order, merged cells resolved into a
// grid, then the same assembly as copied text. The XML parser never resolves
// entities beyond the five predefined ones and a DOCTYPE is refused outright.
import { CLOSING_STYLE, PREAMBLE_STYLE } from '../docx/markers';
import { assemble, type Block } from './assemble';
import { ImportError, type ImportResult } from './types';
import { LIMITS, tooMuch } from './limits';
import { listLevel, parseNumbering, parseStyles, type Numbering } from './numbering';
import { type CellRec, type TableRec, tableBlocks } from './docx-tables';
import { type Attr, walkXml, walkXmlLeniently } from './xml';
import { listZip, readEntry, type ZipEntry } from './zip';

const OFFICE_DOCUMENT = /\/officeDocument$/;

/**
 * The main part, as the package's .rels names it, read with the XML parser (a
 * regular expression over the part backtracked quadratically on a hostile
 * one). A .rels that names none, or breaks before it does, leaves the usual place.
 */
function mainDocumentPath(bytes: Uint8Array, names: Map<string, ZipEntry>): string {
  const rels = names.get('_rels/.rels');
  let target: string | undefined;
  if (rels) {
    const xml = new TextDecoder().decode(readEntry(bytes, rels, LIMITS.rels));
    walkXmlLeniently(xml, {
      open(name, attr) {
        if (!target && name === 'Relationship' && OFFICE_DOCUMENT.test(attr('Type') ?? '')) target = attr('Target') || undefined;
      },
    });
  }
  return target ? target.replace(/^\//, '') : 'word/document.xml';
}

export { resolveGrid } from './docx-tables';

export function importDocx(bytes: Uint8Array): ImportResult {
  const names = new Map(listZip(bytes).map((e) => [e.name, e]));
  const path = mainDocumentPath(bytes, names);
  const doc = names.get(path);
  if (!doc) throw new ImportError('这个压缩包不是 Word 文档（.docx）：里面没有正文 word/document.xml');
  const xml = new TextDecoder().decode(readEntry(bytes, doc, LIMITS.documentXml));
  const stylesXml = sibling(bytes, names, path, 'styles.xml');
  const styles = stylesXml ? parseStyles(stylesXml) : undefined;
  const numberingXml = sibling(bytes, names, path, 'numbering.xml');
  const lists: Lists | undefined = numberingXml ? { numbering: parseNumbering(numberingXml), styles: styles?.numbering ?? new Map() } : undefined;
  const marked = styles?.ids.has(CLOSING_STYLE.toLowerCase()) ?? false;
  const { blocks, altChunks } = readBody(xml, lists);
  // some office systems store the text as an embedded file (w:altChunk) that only Word expands on opening
  if (altChunks && !blocks.some((b) => b.kind === 'table' || b.text.trim()))
    throw new ImportError('这个 Word 文档的正文是嵌入的其他文件（altChunk），本程序无法直接读取：请在 Word/WPS 中打开后另存为 .docx 再导入');
  const result = assemble(blocks, { text: false, marked });
  if (altChunks) result.problems.unshift({ message: `文档中有 ${altChunks} 处嵌入的其他文件（altChunk）未读取，请在 Word/WPS 中打开后另存为 .docx 再导入，或核对缺少的内容` });
  return result;
}

/**
 * A part beside document.xml (styles.xml, numbering.xml). This project's
 * exporter declares the marker styles in styles.xml: then an unmarked closing
 * is an empty one, not one to guess.
 */
function sibling(bytes: Uint8Array, names: Map<string, ZipEntry>, docPath: string, name: string): string | undefined {
  const entry = names.get(docPath.slice(0, docPath.lastIndexOf('/') + 1) + name); // (/[^/]*$/ was quadratic on a long name)
  return entry && new TextDecoder().decode(readEntry(bytes, entry, LIMITS.partXml));
}

/** Word's list numbering, to rebuild the numbers it shows but keeps out of the text. */
export type Lists = { numbering: Numbering; styles: Map<string, { numId: string; ilvl: number }> };

/** The role a paragraph style marks: the exporter's marker styles, as Word, WPS or LibreOffice keep them. */
function roleOf(styleId: string | undefined): 'preamble' | 'closing' | undefined {
  const id = styleId?.toLowerCase();
  return id === PREAMBLE_STYLE.toLowerCase() ? 'preamble' : id === CLOSING_STYLE.toLowerCase() ? 'closing' : undefined;
}

/** A paragraph being read: its text so far, and what decides its role and list number. */
type Para = { text: string; role?: 'preamble' | 'closing'; style?: string; numId?: string; ilvl?: number | null };

/** Elements whose text is not visible: mc:Fallback repeats mc:Choice, deleted and moved-away revisions, field codes, ruby guides. */
const HIDDEN = new Set(['Fallback', 'del', 'moveFrom', 'instrText', 'delInstrText', 'pPrChange', 'rPrChange', 'tcPrChange', 'trPrChange', 'tblPrChange', 'sectPrChange', 'numberingChange', 'rt']);
const PROPS = new Set(['pPr', 'rPr', 'tcPr', 'tblPr', 'trPr', 'sectPr']);

/** Walk the body: paragraphs and tables in order, a text box's paragraphs where it is anchored. */
export function documentBlocks(xml: string, lists?: Lists): Block[] {
  return readBody(xml, lists).blocks;
}

/**
 * The walk, counting as it goes: past a limit of LIMITS the document is
 * refused at once, so a hostile one costs no more than a maximal real one.
 * `altChunks`: embedded files (w:altChunk) met anywhere.
 */
function readBody(xml: string, lists?: Lists): { blocks: Block[]; altChunks: number } {
  const body: Block[] = [];
  const count = { paragraphs: 0, tables: 0, tableRows: 0, tableCells: 0, characters: 0, altChunks: 0 };
  const tables: TableRec[] = [];
  const paras: Para[] = []; // a text box's paragraph sits inside a run of another one
  let inText = false;
  let inProps = 0; // inside w:pPr etc.: w:tab there is a tab stop, not a tab
  let skip = 0;
  let inParaProps = 0; // the paragraph mark's own run properties are in w:pPr
  // open complex fields, outermost first; `codes` of them are in their code part
  const fields: ('code' | 'result')[] = [];
  let codes = 0;
  const placeholder: boolean[] = []; // per open content control: it shows its placeholder
  const hidden: boolean[] = []; // per open run: its text is hidden (w:vanish)
  const container = (): Block[] => {
    for (let i = tables.length - 1; i >= 0; i--) if (tables[i].cell) return tables[i].cell!.blocks;
    return body;
  };
  const add = (s: string) => {
    if (!paras.length || inProps) return;
    if ((count.characters += s.length) > LIMITS.characters) throw tooMuch('characters');
    paras[paras.length - 1].text += s;
  };
  const counted = (what: 'paragraphs' | 'tables' | 'tableRows' | 'tableCells') => {
    if (++count[what] > LIMITS[what]) throw tooMuch(what);
  };

  const open = (name: string, attr: Attr) => {
    if (name === 'altChunk') count.altChunks++;
    if (skip || (HIDDEN.has(name) && !(name === 'del' && inProps))) {
      skip++;
      return;
    }
    const t = tables[tables.length - 1];
    switch (name) {
      case 'tbl':
        if (tables.length >= LIMITS.tableDepth) throw tooMuch('tableDepth');
        counted('tables');
        tables.push({ rows: [] });
        break;
      case 'tr':
        counted('tableRows');
        if (t) t.row = [];
        break;
      case 'tc':
        counted('tableCells');
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
        if (type === 'begin') fields.push('code'), codes++;
        else if (type === 'separate' && fields[fields.length - 1] === 'code') (fields[fields.length - 1] = 'result'), codes--;
        else if (type === 'end' && fields.pop() === 'code') codes--;
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
        counted('paragraphs');
        paras.push({ text: '' });
        break;
      case 'pStyle':
        if (paras.length) Object.assign(paras[paras.length - 1], { role: roleOf(attr('val')), style: attr('val') });
        break;
      case 'numId':
        if (paras.length) paras[paras.length - 1].numId = attr('val');
        break;
      case 'ilvl':
        if (paras.length) paras[paras.length - 1].ilvl = listLevel(attr('val'));
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
  };
  const text = (s: string) => {
    if (inText && !skip && !hidden[hidden.length - 1] && !codes) add(s.includes('\u00ad') ? s.replace(/\u00ad/g, '') : s); // a soft hyphen shows only at a line end
  };
  const close = (name: string) => {
    if (skip) {
      skip--;
      return;
    }
    const t = tables[tables.length - 1];
    switch (name) {
      case 't':
        inText = false;
        break;
      case 'p': {
        const p = paras.pop();
        if (p && lists) p.text = listNumber(p, lists) + p.text;
        // a field code never runs past its paragraph in practice: a broken, unended one must not hide the rest
        if (!paras.length && codes) {
          fields.length -= codes;
          fields.fill('result');
          codes = 0;
        }
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
          const into = container();
          for (const b of tableBlocks(t)) into.push(b); // a spread of many blocks would overflow the stack
        }
        break;
      default:
        if (PROPS.has(name)) inProps--;
        if (name === 'pPr') inParaProps--;
    }
  };
  try {
    walkXml(xml, { open, close, text });
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(`Word 文档内容损坏，无法读取（${(e as Error).message.split('\n')[0].slice(0, 80)}）`);
  }
  return { blocks: body, altChunks: count.altChunks };
}

/** The number Word shows before a list paragraph (numbering of its own or of its style); numId 0 switches it off. */
function listNumber(p: Para, lists: Lists): string {
  const byStyle = p.style ? lists.styles.get(p.style) : undefined;
  const numId = p.numId ?? byStyle?.numId;
  if (!numId || numId === '0') return '';
  const ilvl = p.ilvl !== undefined ? p.ilvl : p.numId ? 0 : (byStyle?.ilvl ?? 0);
  if (ilvl === null) return ''; // a level Word does not have: unnumbered
  const label = lists.numbering.next(numId, ilvl);
  return p.text.trim() ? label : '';
}
