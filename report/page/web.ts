// The report as HTML, from one builder: the copy for the portal's CMS (no
// classes, scripts or external styles: inline styles only, which a TRS-style
// editor keeps when it is pasted in) and, with `print`, the page printed to
// PDF (A4, the margins and type of official-format.md section 7, page numbers).
// Tables come from report/layout.ts, so their merges are the official ones.
import { PARTS } from '../format';
import { isValueCell, tableLayout, type TableLayout } from '../layout';
import { getCell, titleOf, type Report } from '../report';
import { wellFormed } from '../text';

export interface PageOptions {
  /** the page for printing (A4, page numbers); without it, the website copy */
  print?: boolean;
}

const esc = (s: string) => wellFormed(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const BODY = 'font-family:仿宋_GB2312,仿宋,FangSong,serif;font-size:16pt;line-height:28.95pt;';
const CELL = 'border:1px solid #000;padding:2px 4px;font-family:宋体,SimSun,serif;font-size:10.5pt;line-height:1.4;';

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

const PRINT_CSS = `@page { size: A4; margin: 37mm 26mm 35mm 28mm;
  @bottom-right { content: "— " counter(page) " —"; font-family: 宋体, SimSun, serif; font-size: 14pt; margin-bottom: 7mm; } }
@page :left { @bottom-right { content: none; } @bottom-left { content: "— " counter(page) " —"; font-family: 宋体, SimSun, serif; font-size: 14pt; margin-bottom: 7mm; } }
body { margin: 0; }`;

/** The report as one HTML document. */
export function reportHtml(report: Report, o: PageOptions = {}): string {
  const title = titleOf(report);
  const body: string[] = [`<h1 style="font-family:方正小标宋简体,小标宋,华文中宋,SimSun,serif;font-size:22pt;font-weight:normal;text-align:center;line-height:1.4;margin:0 0 28.95pt;">${esc(title)}</h1>`];
  body.push(...lines(report.preamble).map((l) => para(l)));
  for (const part of PARTS) {
    body.push(`<h2 style="font-family:黑体,SimHei,sans-serif;font-size:16pt;font-weight:normal;text-indent:2em;margin:0;line-height:28.95pt;break-after:avoid;page-break-after:avoid;">${esc(part.heading)}</h2>`);
    if (part.kind === 'table') body.push(table(report, tableLayout(part.key as 'table2' | 'table3' | 'table4')));
    else body.push(...narrative(report.parts[part.key as 'overview' | 'problems' | 'other']));
  }
  body.push(...lines(report.closing).map((l) => para(l)));
  const head = `<meta charset="utf-8"><title>${esc(title)}</title>${o.print ? `<style>${PRINT_CSS}</style>` : ''}`;
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head>${head}</head><body><div style="${BODY}">\n${body.join('\n')}\n</div></body></html>\n`;
}
