// A report's page saved from a government portal (.html / .htm): the article
// found in the CMS's container (TRS's #zoom, .TRS_Editor, .Custom_UnionStyle
// and the like), the page's navigation and footer left out, its tables turned
// into the same cells a .docx gives (rowspan and colspan resolved by the .docx
// grid code), then the same assembly as every other kind of file.
import { assemble, type Block } from './assemble';
import { type CellRec, type TableRec, tableBlocks } from './docx-tables';
import { decodeHtml } from './html-decode';
import { elements, parseHtml, textOf, type HtmlNode, type HtmlPage } from './html-tree';
import { LIMITS, tooMuch } from './limits';
import { parseTitle } from './title';
import { ImportError, type ImportResult } from './types';

/** Elements that start and end a line of text. */
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'section', 'article', 'blockquote', 'center', 'pre', 'dd', 'dt', 'dl', 'header', 'footer', 'main', 'nav', 'aside', 'form', 'address', 'figure', 'figcaption', 'hr', 'caption', 'tr', 'td', 'th']);

/** The containers CMSs put the article in (id or class), most specific first. */
const CONTAINERS = [
  'zoom', 'trs_editor', 'trs_ueditor', 'custom_unionstyle', 'ucap-content', 'ivs_content', 'webeditorview', 'fontzoom',
  'article-content', 'articlecontent', 'article_content', 'article', 'detail-content', 'content-detail', 'xxgk_content', 'zw-content',
  'pages_content', 'main-content', 'maincontent', 'content', 'con', 'zw', 'text', 'detail',
];
const CONTAINER_SET = new Set(CONTAINERS);
/** Page furniture, by id or class word, left out when no container was found. */
const FURNITURE = /(^|[\s_-])(nav|navbar|menu|header|head|top|footer|foot|bottom|breadcrumb|crumbs?|location|position|share|toolbar|tools|sidebar|side|links?|search|print)([\s_-]|$)/;
const FURNITURE_TAGS = new Set(['nav', 'header', 'footer', 'aside']);

/** Words only a report's body has: a container holding more of them holds the report. */
const MARKERS = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '行政复议、行政诉讼', '存在的主要问题', '其他需要报告', '政府信息公开工作年度报告'];

const words = (n: HtmlNode) => `${n.id} ${n.cls}`.split(/\s+/).filter(Boolean);
const isContainer = (n: HtmlNode) => words(n).some((w) => CONTAINER_SET.has(w));

function markers(n: HtmlNode): { score: number; length: number } {
  const t = textOf(n);
  let score = MARKERS.filter((m) => t.includes(m)).length;
  let tables = 0;
  for (const e of elements(n)) if (e.tag === 'table' && ++tables <= 3) score++;
  return { score, length: t.length };
}

/** The article: the container with most of a report's marks, the tightest of equals; else the body. */
export function articleOf(page: HtmlPage): { root: HtmlNode; container: boolean } {
  let best: { node: HtmlNode; score: number; length: number } | undefined;
  let tried = 0;
  for (const n of elements(page.body)) {
    if (!isContainer(n) || ++tried > 60) continue;
    const m = markers(n);
    if (m.score >= 2 && (!best || m.score > best.score || (m.score === best.score && m.length < best.length))) best = { node: n, ...m };
  }
  return best ? { root: best.node, container: true } : { root: page.body, container: false };
}

interface Count {
  paragraphs: number;
  tables: number;
  tableRows: number;
  tableCells: number;
  characters: number;
  images: number;
}

class Writer {
  blocks: Block[] = [];
  private text = '';
  constructor(private count: Count) {}
  add(s: string): void {
    if ((this.count.characters += s.length) > LIMITS.characters) throw tooMuch('characters');
    this.text += s;
  }
  flush(): void {
    const t = this.text.replace(/[ \t\n\r\f]+/g, ' ');
    this.text = '';
    if (!t.trim()) return;
    if (++this.count.paragraphs > LIMITS.paragraphs) throw tooMuch('paragraphs');
    this.blocks.push({ kind: 'para', text: t });
  }
}

function write(node: HtmlNode, w: Writer, count: Count, skipFurniture: boolean, depth: number): void {
  if (depth > LIMITS.tableDepth * 40) throw tooMuch('htmlDepth');
  for (const c of node.children) {
    if (typeof c === 'string') {
      w.add(c);
      continue;
    }
    if (skipFurniture && (FURNITURE_TAGS.has(c.tag) || words(c).some((x) => FURNITURE.test(` ${x} `)))) continue;
    if (c.tag === 'br') w.flush();
    else if (c.tag === 'img') count.images++;
    else if (c.tag === 'table') {
      w.flush();
      for (const b of tableBlocks(tableOf(c, count, depth))) w.blocks.push(b);
    } else if (BLOCK.has(c.tag)) {
      w.flush();
      write(c, w, count, skipFurniture, depth + 1);
      w.flush();
    } else write(c, w, count, skipFurniture, depth + 1);
  }
}

/** The rows of this table (not of tables inside its cells), through thead/tbody/tfoot. */
function rowsOf(table: HtmlNode): HtmlNode[] {
  const rows: HtmlNode[] = [];
  for (const c of table.children) {
    if (typeof c === 'string') continue;
    if (c.tag === 'tr') rows.push(c);
    else if (c.tag === 'thead' || c.tag === 'tbody' || c.tag === 'tfoot') for (const r of c.children) if (typeof r !== 'string' && r.tag === 'tr') rows.push(r);
  }
  return rows;
}

/**
 * An HTML table as the .docx walk records one: a cell spanning rows leaves a
 * continuing cell at its grid column in each row below (Word's vMerge), so
 * resolveGrid gives every row its full labels, as it does for Word tables.
 */
function tableOf(table: HtmlNode, count: Count, depth: number): TableRec {
  if (++count.tables > LIMITS.tables) throw tooMuch('tables');
  if (depth > LIMITS.tableDepth * 40) throw tooMuch('tableDepth');
  const rec: TableRec = { rows: [] };
  const below = new Map<number, { left: number; span: number }>(); // grid column → a rowspan still running
  const continuing = (row: CellRec[], col: number): number => {
    const b = below.get(col);
    if (!b) return col;
    row.push({ span: b.span, vMerge: 'continue', blocks: [] });
    if (--b.left === 0) below.delete(col);
    return col + b.span;
  };
  for (const tr of rowsOf(table)) {
    if (++count.tableRows > LIMITS.tableRows) throw tooMuch('tableRows');
    const row: CellRec[] = [];
    let col = 0;
    for (const td of tr.children) {
      if (typeof td === 'string' || (td.tag !== 'td' && td.tag !== 'th')) continue;
      if (++count.tableCells > LIMITS.tableCells) throw tooMuch('tableCells');
      for (let guard = 0; guard < 64 && below.has(col); guard++) col = continuing(row, col);
      const w = new Writer(count);
      write(td, w, count, false, depth + 1);
      w.flush();
      const span = td.colspan ?? 1;
      row.push({ span, vMerge: td.rowspan ? 'restart' : undefined, blocks: w.blocks });
      if (td.rowspan) below.set(col, { left: td.rowspan - 1, span });
      col += span;
    }
    // rowspans running past this row's last cell
    for (const c of [...below.keys()].filter((k) => k >= col).sort((a, b) => a - b)) col = continuing(row, Math.max(col, c));
    rec.rows.push(row);
  }
  return rec;
}

/** A title among the first lines; else the CMS's ArticleTitle or the <title> (上海市2023年…年度报告_上海市人民政府). */
function pageTitle(blocks: Block[], page: HtmlPage): string | undefined {
  const first = blocks.filter((b) => b.kind === 'para').slice(0, 5);
  if (first.some((b) => b.kind === 'para' && parseTitle(b.text))) return undefined;
  for (const t of [page.articleTitle, ...page.title.split(/[_|－—–-]/)]) {
    const hit = t ? parseTitle(t.trim()) : undefined;
    if (hit?.unit) return hit.title;
  }
  return undefined;
}

const TABLE_NAMES: Record<string, string> = { table2: '表二', table3: '表三', table4: '表四' };

export function importHtml(bytes: Uint8Array): ImportResult {
  if (bytes.length > LIMITS.htmlBytes)
    throw new ImportError(`网页文件过大（${(bytes.length / 1048576).toFixed(1)} MB），政府网站的报告页面通常只有几百 KB，请确认选择的文件`);
  const { text } = decodeHtml(bytes);
  let page: HtmlPage;
  try {
    page = parseHtml(text);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(`网页内容无法读取（${String((e as Error)?.message ?? e).split('\n')[0].slice(0, 80)}）`);
  }
  const { root, container } = articleOf(page);
  const count: Count = { paragraphs: 0, tables: 0, tableRows: 0, tableCells: 0, characters: 0, images: 0 };
  const w = new Writer(count);
  write(root, w, count, !container, 0);
  w.flush();
  const title = pageTitle(w.blocks, page);
  if (title) w.blocks.unshift({ kind: 'para', text: title });
  const hasText = w.blocks.some((b) => b.kind === 'table' || b.text.trim().length > 30);
  if (!hasText && count.images)
    throw new ImportError(`网页正文只有图片（${count.images} 张），没有可读取的文字：请对照原网页手动填写，或导入原始 Word 文档`);
  let result: ImportResult;
  try {
    result = assemble(w.blocks, { text: false });
  } catch (e) {
    if (e instanceof ImportError && /不是政府信息公开工作年度报告/.test(e.message) && count.images)
      throw new ImportError(`${e.message}（网页正文中有 ${count.images} 张图片，报告可能是以图片发布的：图片中的文字和数字无法读取）`);
    throw e;
  }
  if (title) result.problems.unshift({ part: 'title', message: `正文中没有标题，单位和年度按网页标题“${title}”读入，请核对` });
  if (count.images)
    for (const p of result.problems) {
      const kind = p.table && !p.row && /^没有找到表[二三四]，/.test(p.message) ? p.table : undefined;
      if (kind) p.message = `没有找到${TABLE_NAMES[kind]}：网页上的这张表格可能是图片（正文中有 ${count.images} 张图片），图片中的数字无法读取，请对照原网页手动填写`;
    }
  return result;
}
