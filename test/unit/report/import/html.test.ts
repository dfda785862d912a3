// The .html reader's own parts: tables drawn with rowspan/colspan as the
// official layout merges them (the way portals publish them), the article
// found in its CMS container, the page title when the article has none,
// tables published as pictures, and pages past every bound.
import { describe, expect, it } from 'vitest';
import { PARTS, type TableKey } from '../../../../report/format';
import { importReport, ImportError } from '../../../../report/import/index';
import { decodeHtml } from '../../../../report/import/html-decode';
import { isValueCell, tableLayout } from '../../../../report/layout';
import { getCell, type Report } from '../../../../report/report';
import { randomReport } from './import-helpers';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A table as a CMS editor writes it: one <td> per merged cell with its spans, &nbsp; in a blank one. */
function htmlTable(r: Report, table: TableKey): string {
  const layout = tableLayout(table);
  const rows = layout.rows.map((row) =>
    row.cells
      .map((c) => {
        const span = `${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}`;
        const v = isValueCell(c) ? getCell(r, c.address) : undefined;
        const text = isValueCell(c) ? (v === null || v === undefined ? '&nbsp;' : String(v)) : esc(c.text);
        return `<td${span} style="width:60px"><p align="center"><span style="font-size:12pt">${text}</span></p></td>`;
      })
      .join(''),
  );
  return `<table border="1" cellspacing="0"><tbody>${rows.map((r) => `<tr>${r}</tr>`).join('\n')}</tbody></table>`;
}

function article(r: Report, { title = true } = {}): string {
  const out: string[] = title ? [`<p style="text-align:center"><strong>${esc(r.title!)}</strong></p>`] : [];
  out.push(`<p>${esc(r.preamble ?? "")}</p>`);
  for (const p of PARTS) {
    out.push(`<p><strong>${p.heading}</strong></p>`);
    if (p.kind === 'table') out.push(htmlTable(r, p.key as TableKey));
    else out.push(...r.parts[p.key as 'overview'].split('\n').map((l) => `<p>　　${esc(l)}</p>`));
  }
  return out.join('\n');
}

const portal = (body: string, head = '') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}<title>首页</title></head><body>
<div class="header"><ul class="menu"><li>首页</li><li>政务公开</li><li>一、总体情况</li></ul></div>
<div class="position">当前位置：首页 &gt; 政府信息公开年报</div>
<div id="zoom" class="TRS_Editor">${body}</div>
<div id="footer"><p>主办：某市人民政府办公室 版权所有</p></div></body></html>`;

const read = (html: string, name = 'page.html') => importReport(new TextEncoder().encode(html), name);
const TABLES = ['table2', 'table3', 'table4'] as const;

describe('tables with rowspan and colspan, as the official layout merges them', () => {
  for (const seed of [1, 2, 3]) {
    it(`reads every cell of a random report (seed ${seed}), blanks (&nbsp;) as blank`, async () => {
      const r = randomReport(seed);
      const { report } = await read(portal(article(r)));
      for (const t of TABLES) expect(report[t]).toEqual(r[t]);
      expect([report.unit, report.year]).toEqual([r.unit, r.year]);
      expect(report.parts.overview).toBe(r.parts.overview);
    });
  }
});

describe('the article and its title', () => {
  it('takes unit and year from the CMS title when the article has no title line, and says so', async () => {
    const r = randomReport(4);
    const head = `<meta name="ArticleTitle" content="${r.title}">`;
    const { report, problems } = await read(portal(article(r, { title: false }), head));
    expect([report.unit, report.year]).toEqual([r.unit, r.year]);
    expect(problems[0].message).toContain('按网页标题');
    for (const t of TABLES) expect(report[t]).toEqual(r[t]);
  });

  it('leaves the navigation out: a menu item that reads like a heading cuts no part', async () => {
    const r = randomReport(5);
    const { report } = await read(portal(article(r)));
    expect(report.preamble).toBe(r.preamble);
    expect(report.closing ?? '').not.toContain('版权所有');
  });

  it('reads a page without any CMS container from its body, navigation and footer left out', async () => {
    const r = randomReport(6);
    const page = portal(article(r)).replace('<div id="zoom" class="TRS_Editor">', '<div>');
    const { report } = await read(page);
    for (const t of TABLES) expect(report[t]).toEqual(r[t]);
    expect(report.preamble).toBe(r.preamble);
  });
});

describe('tables published as pictures', () => {
  it('says which tables must be typed from the page', async () => {
    // a report of 2019 or 2020 without tables is refused as the old format: take one of 2021 on
    const r = [7, 8, 9, 10, 11].map(randomReport).find((x) => x.year >= 2021)!;
    const body = article(r).replace(/<table[\s\S]*?<\/table>/g, '<p><img src="/u/cms/2024/表格.png" width="600"></p>');
    const { report, problems } = await read(portal(body));
    expect(report.table3['1']).toEqual(Array(7).fill(null));
    const messages = problems.filter((p) => p.table && !p.row).map((p) => p.message);
    expect(messages).toHaveLength(3);
    for (const m of messages) expect(m).toMatch(/可能是图片.*请对照原网页手动填写/);
  });

  it('refuses a page whose report is one picture, saying the text cannot be read', async () => {
    const err = await read(portal(`<p><img src="nianbao.jpg"></p>`)).catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err.message).toMatch(/只有图片/);
  });
});

describe('charsets', () => {
  it('reads the meta charset only when the bytes are not valid UTF-8', () => {
    const utf8 = new TextEncoder().encode('<meta charset="gb2312"><p>年度报告</p>');
    expect(decodeHtml(utf8)).toEqual({ text: '<meta charset="gb2312"><p>年度报告</p>', encoding: 'UTF-8' });
    const gbk = new Uint8Array([...new TextEncoder().encode('<meta charset="gbk">'), 0xc4, 0xea]); // 年 in GBK
    expect(decodeHtml(gbk)).toEqual({ text: '<meta charset="gbk">年', encoding: 'GBK' });
  });
});

describe('hostile and broken pages', () => {
  it('refuses a page of more elements than any portal page', async () => {
    await expect(read(`<html><body>${'<span>x</span>'.repeat(120_000)}</body></html>`)).rejects.toThrow(/网页元素超过/);
  });

  it('refuses a page nested deeper than any real one', async () => {
    await expect(read('<div>'.repeat(5000))).rejects.toThrow(/嵌套/);
  });

  it('refuses a page larger than any report page', async () => {
    await expect(importReport(new Uint8Array(11 * 1024 * 1024).fill(0x20), 'big.html')).rejects.toThrow(/网页文件过大/);
  });

  it('refuses rowspans and colspans past the table bounds without building them', async () => {
    const rows = `<tr><td rowspan="99999999" colspan="99999">一、本年新收政府信息公开申请数量</td><td>1</td></tr>`.repeat(3000);
    await expect(read(portal(`<table>${rows}</table>`))).rejects.toThrow(/表格行数超过/);
  });

  it('a page that is no report gets the usual message', async () => {
    await expect(read(portal('<p>关于开展爱国卫生运动的通知</p>'))).rejects.toThrow(/不是政府信息公开工作年度报告/);
  });
});
