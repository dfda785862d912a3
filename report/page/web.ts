// The report as HTML, from one builder: the copy for the portal's CMS (no
// classes, scripts or external styles: inline styles only, which a TRS-style
// editor keeps when it is pasted in) and, with `print`, the page printed to
// PDF: the same blocks laid on A4 pages by report/page/paginate.ts (the page
// model the preview shows), the margins and type of official-format.md section 7.
// Tables come from report/layout.ts, so their merges are the official ones.
import { PARTS } from '../format';
import { isValueCell, tableLayout, type TableLayout } from '../layout';
import { getCell, titleOf, type Report } from '../report';
import { wellFormed } from '../text';
import { BODY_LINE_PT, BODY_TRACKING_PT, PAGE_MM, SIZE_PT } from '../typography';
import { paginate, type PageGeometry } from './paginate';
import { titleLines } from '../docx/title';

export interface PageOptions {
  /** the page for printing (A4, page numbers); without it, the website copy */
  print?: boolean;
}

const esc = (s: string) => wellFormed(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const BODY_STYLE = `font-family:仿宋_GB2312,仿宋,FangSong,serif;font-size:${SIZE_PT.body}pt;line-height:${BODY_LINE_PT}pt;`;
/** On the printed page, 28 characters to the line as in the .docx. */
export const PRINT_BODY_STYLE = `${BODY_STYLE}letter-spacing:${BODY_TRACKING_PT}pt;`;
const PAGE_NUMBER_FONT = `${SIZE_PT.pageNumber}pt 宋体,SimSun,serif`;

/** The page of official-format.md section 7, for the page model. */
export const PAGE_GEOMETRY: PageGeometry = {
  widthMm: PAGE_MM.width,
  heightMm: PAGE_MM.height,
  topMm: PAGE_MM.top,
  bottomMm: PAGE_MM.bottom,
  leftMm: PAGE_MM.left,
  rightMm: PAGE_MM.right,
  numberGapMm: PAGE_MM.pageNumberGap,
  numberFont: PAGE_NUMBER_FONT,
};
const CELL = `border:1px solid #000;padding:2px 4px;font-family:宋体,SimSun,serif;font-size:${SIZE_PT.table}pt;line-height:1.4;letter-spacing:0;`;

const para = (text: string, style = 'text-indent:2em;margin:0;') => `<p style="${style}">${esc(text)}</p>`;
const lines = (text: string | undefined) => (text ?? '').split('\n').filter((l) => l.trim());

/** A level-2 heading of a narrative part: a line starting with （一）… */
const SUBHEADING = /^（[一二三四五六七八九十]+）/;

function narrative(text: string | undefined): string[] {
  return lines(text).map((l) => (SUBHEADING.test(l.trim()) ? para(l, 'text-indent:2em;margin:0;font-family:楷体_GB2312,楷体,KaiTi,serif;') : para(l)));
}

function table(report: Report, layout: TableLayout): string {
  const rows = layout.rows.map((row) => {
    const cells = row.cells.map((c) => {
      const span = `${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}`;
      if (isValueCell(c)) {
        const v = getCell(report, c.address);
        // zeros written out; a blank cell stays empty
        return `<td${span} style="${CELL}text-align:center;">${v === null || v === undefined ? '' : esc(String(v))}</td>`;
      }
      const align = c.role === 'row' ? 'left' : 'center';
      return `<td${span} style="${CELL}text-align:${align};">${esc(c.text)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table style="border-collapse:collapse;width:100%;margin:6pt 0;break-inside:avoid;page-break-inside:avoid;" cellspacing="0" cellpadding="0">${rows.join('')}</table>`;
}

// The pages are laid out by the page model itself; the printer's page is the bare sheet.
const PRINT_CSS = '@page { size: A4; margin: 0; } body { margin: 0; }';

/** The page model run in the print page before it prints (esbuild's __name helper, if any, made harmless). */
const PAGINATE_SCRIPT = `var __name = function (f) { return f; };
(${paginate.toString()})(document, document.getElementById('flow'), document.body, ${JSON.stringify(PAGE_GEOMETRY)});
document.getElementById('flow').remove();`;

/** The report's blocks (title, preamble, parts, closing) as HTML, in reading order. */
export function reportBlocks(report: Report, o: { page?: boolean } = {}): string {
  const title = titleOf(report);
  // on a page, the title in the .docx's lines (broken between words); on the website, one line
  const shownTitle = o.page ? titleLines(title, report.year).map(esc).join('<br>') : esc(title);
  const body: string[] = [`<h1 style="font-family:方正小标宋简体,小标宋,华文中宋,SimSun,serif;font-size:${SIZE_PT.title}pt;font-weight:normal;text-align:center;line-height:1.4;margin:0 0 ${BODY_LINE_PT}pt;letter-spacing:0;">${shownTitle}</h1>`];
  body.push(...lines(report.preamble).map((l) => para(l)));
  for (const part of PARTS) {
    body.push(`<h2 style="font-family:黑体,SimHei,sans-serif;font-size:${SIZE_PT.body}pt;font-weight:normal;text-indent:2em;margin:0;line-height:${BODY_LINE_PT}pt;break-after:avoid;page-break-after:avoid;">${esc(part.heading)}</h2>`);
    if (part.kind === 'table') body.push(table(report, tableLayout(part.key as 'table2' | 'table3' | 'table4')));
    else body.push(...narrative(report.parts[part.key as 'overview' | 'problems' | 'other']));
  }
  body.push(...lines(report.closing).map((l) => para(l)));
  return body.join('\n');
}

/** The website copy as the fragment a CMS editor takes (复制网页版 puts it on the clipboard). */
export function webFragment(report: Report): string {
  return `<div style="${BODY_STYLE}">\n${reportBlocks(report)}\n</div>`;
}

/** The report as one HTML document: the website copy, or with `print` the pages to print. */
export function reportHtml(report: Report, o: PageOptions = {}): string {
  const title = esc(titleOf(report));
  if (!o.print) return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>${webFragment(report)}</body></html>\n`;
  const head = `<meta charset="utf-8"><title>${title}</title><style>${PRINT_CSS}</style>`;
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head>${head}</head><body><div id="flow" style="${PRINT_BODY_STYLE}">\n${reportBlocks(report, { page: true })}\n</div><script>${PAGINATE_SCRIPT}</script></body></html>\n`;
}
