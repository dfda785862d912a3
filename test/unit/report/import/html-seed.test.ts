// The .html importer: a report page saved from a portal.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importReport, ImportError } from '../../../../report/import/index';
import { PARTS } from '../../../../report/format';
import { parseReportJson } from '../../../../report/json';
import { pick } from './import-helpers';

const SHARED = path.resolve(__dirname, '../../../fixtures/shared');
const seedText = readFileSync(path.join(SHARED, 'seeds/000_68281a0ece325528.txt'), 'utf8');
const seedReport = parseReportJson(readFileSync(path.join(SHARED, 'spec/seed-report.json'), 'utf8'));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The seed's tables as its text gives them: each run of tab-separated lines. */
function seedTables(): string[][] {
  const tables: string[][] = [];
  let run: string[] | undefined;
  for (const line of seedText.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.includes('\t')) (run ??= []).push(line);
    else if (run && line.trim()) tables.push(run), (run = undefined);
  }
  if (run) tables.push(run);
  return tables;
}

/** The seed as a CMS article shows it: title, whole paragraphs, the six parts, three tables with &nbsp; in empty cells. */
function seedArticle(): string {
  const r = seedReport;
  const p = (t: string) => `<p style="text-indent:2em">${esc(t)}</p>`;
  const table = (rows: string[]) =>
    `<table border="1"><tbody>${rows.map((l) => `<tr>${l.split('\t').map((c) => `<td>${c.trim() ? esc(c) : '&nbsp;'}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const tables = seedTables();
  expect(tables).toHaveLength(3);
  const out = [`<h1>${esc(r.title!)}</h1>`, ...r.preamble!.split('\n').map(p)];
  for (const part of PARTS) {
    out.push(`<p><strong>${part.heading}</strong></p>`);
    if (part.kind === 'table') out.push(table(tables.shift()!));
    else out.push(...r.parts[part.key as 'overview'].split('\n').map(p));
  }
  out.push(...(r.closing ?? '').split('\n').filter(Boolean).map(p));
  return out.join('\n');
}

/** A portal page around an article: navigation, a sidebar, scripts and a footer the reader must leave out. */
const page = (article: string, charset = 'utf-8') => `<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>年报</title>
<script>var a = "<p>不是正文</p>";</script><style>p{color:red}</style></head><body>
<div class="nav"><ul><li><a href="/">首页</a></li><li>政务公开</li><li>2023年度报告</li></ul></div>
<div class="sidebar"><p>网站地图 | 联系我们</p></div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">${article}</div></div>
<div class="footer"><p>主办单位：某市人民政府办公室 备案号：某ICP备12345678号</p></div></body></html>`;

const html = (s: string, name = 'r.html') => importReport(new TextEncoder().encode(s), name);

describe('a report page saved from the portal', () => {
  it('reads the seed, published as a CMS article, exactly: navigation, scripts and footer left out', async () => {
    const { report, problems } = await html(page(seedArticle()));
    expect(pick(report)).toEqual(pick(seedReport));
    expect(problems).toEqual([]);
  });

  it('reads a page saved in GB2312/GBK (declared in its meta tag)', async () => {
    const bytes = iconv.encode(page(seedArticle(), 'gb2312'), 'gbk');
    const { report } = await importReport(new Uint8Array(bytes), '年报.htm');
    expect(pick(report)).toEqual(pick(seedReport));
  });

  it('reads GBK bytes that declare no charset, and a page declared UTF-8 but saved as GBK', async () => {
    const none = iconv.encode(page(seedArticle()).replace(/<meta[^>]*>/, ''), 'gbk');
    expect((await importReport(new Uint8Array(none), 'a.html')).report.table2).toEqual(seedReport.table2);
    const wrong = iconv.encode(page(seedArticle(), 'utf-8'), 'gbk');
    expect((await importReport(new Uint8Array(wrong), 'b.html')).report.unit).toBe(seedReport.unit);
  });

  it('says the figures must be typed when the tables are pictures', async () => {
    const article = seedArticle().replace(/<table[\s\S]*?<\/table>/g, '<p><img src="table.png"></p>');
    const { problems } = await html(page(article));
    expect(problems.some((p) => /图片/.test(p.message))).toBe(true);
  });

  it('refuses a page with no text, and a page nested past any real one, with a clear message', async () => {
    await expect(html('<html><body><div class="nav"></div></body></html>')).rejects.toThrow(ImportError);
    await expect(html('<div>'.repeat(100_000))).rejects.toThrow(ImportError);
    await expect(html('<div>'.repeat(100_000))).rejects.toThrow(/嵌套/);
  });
});
