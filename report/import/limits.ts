// How much the importers accept, in one place. Each limit is about ten times
// what a large real report holds, so no real report comes near it, while a
// hostile or broken file is refused before it costs time or memory: the
// import is linear in what it accepts, and what it accepts is bounded.
import { ImportError } from './types';

export const LIMITS = {
  /** paragraphs of a .docx (in table cells and text boxes too), or lines of a text: a large report has about 1,500 */
  paragraphs: 20_000,
  /** table rows of a .docx, all tables together: the three tables hold about 50 */
  tableRows: 2_000,
  /** table cells of a .docx: the three tables hold about 350 */
  tableCells: 10_000,
  /** tables inside tables: a page-layout table or two around the report's own */
  tableDepth: 16,
  /** tables of a .docx: the report's three, and a few that lay out the page */
  tables: 200,
  /** elements inside elements in any XML part: Word nests some 30 deep, text boxes in tables included */
  xmlDepth: 500,
  /** attributes of one XML element: Word writes at most a few dozen */
  xmlAttributes: 1000,
  /** characters of text: a large report holds about 50,000 */
  characters: 1_000_000,
  /** a .txt file: a report's full text is a few hundred KB */
  textBytes: 5 * 1024 * 1024,
  /** word/document.xml unpacked: a real report's is 100–300 KB, a large one's about 1 MB */
  documentXml: 10 * 1024 * 1024,
  /** styles.xml or numbering.xml unpacked */
  partXml: 5 * 1024 * 1024,
  /** a .rels part unpacked: a few lines in any real document */
  rels: 1024 * 1024,
  /** files in the zip of a .docx: a real one has 10–30 */
  zipEntries: 5000,
  /** a saved web page: a portal's page with its scripts inline is 100–500 KB */
  htmlBytes: 10 * 1024 * 1024,
  /** elements of a web page: a portal's page has 1,000–5,000 */
  htmlElements: 100_000,
  /** a PDF: a report's is 0.2–3 MB (fonts embedded) */
  pdfBytes: 30 * 1024 * 1024,
  /** pages of a PDF: a report has 5–20 */
  pdfPages: 100,
  /** text items of a PDF, all pages: a report has about 5,000 */
  pdfItems: 200_000,
  /** an old Word file (.doc / .wps): a report's is 50 KB–2 MB */
  docBytes: 20 * 1024 * 1024,
} as const;

/** Word's list levels are 0–8: a level outside them numbers nothing. */
export const LIST_LEVELS = 9;

const n = (x: number) => x.toLocaleString('en-US');

/** The one refusal for content past a limit: what, how much is allowed, and what a real report holds. */
export function tooMuch(
  what: 'paragraphs' | 'tableRows' | 'tableCells' | 'tableDepth' | 'tables' | 'xmlDepth' | 'xmlAttributes' | 'characters' | 'htmlElements' | 'htmlDepth' | 'pdfPages' | 'pdfItems',
): ImportError {
  const text = {
    paragraphs: `段落（行）超过 ${n(LIMITS.paragraphs)} 个，年度报告通常只有几百段`,
    tableRows: `表格行数超过 ${n(LIMITS.tableRows)} 行，年度报告的三张表格共约 50 行`,
    tableCells: `表格单元格超过 ${n(LIMITS.tableCells)} 个，年度报告的三张表格共约 350 个`,
    tableDepth: `表格嵌套超过 ${LIMITS.tableDepth} 层`,
    tables: `表格超过 ${LIMITS.tables} 个，年度报告通常只有 3 张表格`,
    xmlDepth: `文档结构嵌套超过 ${LIMITS.xmlDepth} 层，Word 文档不会这样深`,
    xmlAttributes: `一个元素的属性超过 ${n(LIMITS.xmlAttributes)} 个，Word 文档不会这样多`,
    htmlElements: `网页元素超过 ${n(LIMITS.htmlElements)} 个，政府网站的一个页面通常只有几千个`,
    htmlDepth: `网页结构嵌套超过 ${LIMITS.xmlDepth} 层，真实的网页不会这样深`,
    pdfPages: `PDF 超过 ${LIMITS.pdfPages} 页，年度报告通常只有十几页`,
    pdfItems: `PDF 的文字块超过 ${n(LIMITS.pdfItems)} 个，年度报告通常只有几千个`,
    characters: `文字超过 ${n(LIMITS.characters / 10000)} 万字，年度报告通常只有几万字`,
  }[what];
  return new ImportError(`文件内容过多：${text}，不像是政府信息公开工作年度报告，已拒绝导入`);
}
