// Issue 12 §10, §11, §13: 预览 shows the report page by page as it prints (A4,
// — n — page numbers), with the findings beside it; 导出 PDF writes the same pages
// (pdfinfo counts them); 打开文档 and 打开所在文件夹 after the export; 打印 outside
// the desktop app says what to do instead. Screenshots at 1366×768 and 1920×1080 (125 %).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { parseReportJson } from '../../report/json';
import { SHARED, startHarness, type Harness } from './harness';
import { screenshot } from './steps';

let h: Harness;
let id = 0;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  h = await startHarness();
  const seed = parseReportJson(readFileSync(path.join(SHARED, 'spec/seed-report.json'), 'utf8'));
  id = (await h.api().commitImport({ report: seed, replace: false })).id;
});
test.afterAll(async () => h?.close());

test.use({ viewport: { width: 1366, height: 768 } });

test('预览 shows the pages as they print; 导出 PDF writes the same pages; 打开文档', async ({ page }) => {
  await h.attach(page);
  await page.locator(`[data-open]`).first().click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  await page.locator('[data-action="preview"]').click();
  const pages = page.locator('[data-pages] [data-page]');
  await expect(pages.first()).toBeVisible();
  const n = await pages.count();
  expect(n).toBeGreaterThan(2);
  await expect(page.locator('[data-page-count]')).toHaveText(`共 ${n} 页（A4）`);
  // each page an A4 sheet (210 × 297 mm at 96 dpi, zoom 100 %), numbered — n —
  const box = (await pages.first().boundingBox())!;
  expect(Math.round(box.width)).toBe(794);
  expect(Math.round(box.height)).toBe(1123);
  await expect(pages.nth(1).locator('[data-page-number]')).toHaveText('— 2 —');
  await expect(pages.first()).toContainText('中卫市应急管理局2023年政府信息公开工作年度报告');
  // the findings beside the pages
  await expect(page.locator('[data-findings]')).toBeVisible();
  await screenshot(page, 'preview-1366');

  // 导出 PDF: the page model's pages
  const pdf = path.join(h.dir, '预览导出.pdf');
  h.answers.save.push(pdf);
  await page.locator('[data-action="export-pdf"]').click();
  await expect(page.locator('[data-exported]')).toContainText('预览导出.pdf', { timeout: 60_000 });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(n);
  expect(info).toMatch(/\(A4\)/);
  await page.locator('[data-action="open-document"]').click();
  await expect.poll(() => h.openedDocuments).toEqual([pdf]);
  await page.locator('[data-action="show-in-folder"]').click();
  await expect.poll(() => h.shownInFolder).toContain(pdf);

  // 打印 here (no desktop app) says what to do instead
  await page.locator('[data-action="print"]').click();
  await expect(page.locator('.el-message--error')).toContainText('先导出 PDF 再打印');

  // a change in the editor is in the preview when it opens again; Esc goes back to the editor
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  await page.locator('[data-action="preview"]').click();
  await expect(pages.first()).toBeVisible();
  await expect(pages).toHaveCount(n);
});

test('复制网页版 puts the website copy on the clipboard: HTML with the official merges, and text that imports with every number', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await ctx.newPage();
  await h.attach(page);
  await page.evaluate(`location.hash = '#/report/${id}/preview'`);
  await expect(page.locator('[data-pages] [data-page]').first()).toBeVisible();
  await page.locator('[data-action="copy-web"]').click();
  await expect(page.locator('.el-message--success')).toContainText('网页版已复制');
  const { html, text } = await page.evaluate<{ html: string; text: string }>(`(async () => {
    const [item] = await navigator.clipboard.read();
    return { html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() };
  })()`);
  expect(html).not.toMatch(/\sclass=|<script|<style/i);
  expect(html).toContain('rowspan="');
  expect(text).toContain('\t');
  const seed = parseReportJson(readFileSync(path.join(SHARED, 'spec/seed-report.json'), 'utf8'));
  const back = await h.api().importText(text);
  expect(back.report.table2).toEqual(seed.table2);
  expect(back.report.table3).toEqual(seed.table3);
  expect(back.report.table4).toEqual(seed.table4);
  await ctx.close();
});

test('at 1920×1080 and 125 %, the pages and the findings fit side by side', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 1536, height: 864 }, deviceScaleFactor: 1.25 });
  const page = await ctx.newPage();
  await h.attach(page);
  await page.evaluate(`location.hash = '#/report/${id}/preview'`);
  await expect(page.locator('[data-pages] [data-page]').first()).toBeVisible();
  const sheet = (await page.locator('[data-pages] [data-page]').first().boundingBox())!;
  const side = (await page.locator('[data-findings]').boundingBox())!;
  expect(sheet.x + sheet.width).toBeLessThanOrEqual(side.x);
  await screenshot(page, 'preview-1920-125');
  await ctx.close();
});
