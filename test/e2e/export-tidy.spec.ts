// Issue 12 §9 in 导出: a report with web-copy habits (2023 年 1 月, <http://…>) is offered
// the tidying, which changes the exported .docx only when ticked, never the report.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { parseReportJson } from '../../report/json';
import { decodeXml, elements, unzipDocx } from '../fixtures/docx/read-docx';
import { SHARED, startHarness, type Harness } from './harness';
import { screenshot } from './steps';

let h: Harness;
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => h?.close());
test.use({ viewport: { width: 1366, height: 768 } });

const docText = (f: string) =>
  elements(unzipDocx(readFileSync(f))['word/document.xml'], 't')
    .map((t) => decodeXml(t.replace(/<[^>]+>/g, '')))
    .join('');

test('整理格式 is offered for a web copy and tidies only the exported document', async ({ page }) => {
  const seed = parseReportJson(readFileSync(path.join(SHARED, 'spec/seed-report.json'), 'utf8'));
  const overview = `2023 年 1 月，本局在 <http://www.zw.gov.cn> 公开信息。\n${seed.parts.overview}`;
  const { id } = await h.api().commitImport({ report: { ...seed, parts: { ...seed.parts, overview } }, replace: false });
  await h.attach(page);
  await page.evaluate(`location.hash = '#/report/${id}'`);
  await expect(page.locator('[data-editor-ready]')).toBeVisible();

  const exportOnce = async (tick: boolean, name: string) => {
    const file = path.join(h.dir, name);
    h.answers.save.push(file);
    await page.locator('[data-action="export"]').first().click();
    const dlg = page.locator('.el-dialog[data-dialog="export"]');
    await expect(dlg.locator('[data-tidy-hint]')).toContainText(/有 \d 部分文字带有从网页复制来的这类格式/);
    if (tick) {
      await dlg.locator('[data-field="tidy"]').click();
      await screenshot(page, 'export-tidy-1366');
    }
    await dlg.locator('[data-action="export"]').click();
    const confirm = page.locator('.el-message-box');
    if (await confirm.isVisible().catch(() => false)) await confirm.getByRole('button', { name: '导出草稿' }).click();
    await expect(dlg.locator('[data-export-done]')).toContainText(name);
    await dlg.getByRole('button', { name: '完成' }).click();
    return docText(file);
  };
  const asTyped = await exportOnce(false, '原样.docx');
  expect(asTyped).toContain('2023 年 1 月');
  expect(asTyped).toContain('<http://www.zw.gov.cn>');
  const tidied = await exportOnce(true, '整理.docx');
  expect(tidied).toContain('2023年1月，本局在http://www.zw.gov.cn公开信息');
  expect(tidied).not.toContain('<http');
  // the report itself keeps what was typed
  expect((await h.api().openReport(id)).report.parts.overview.startsWith('2023 年 1 月，本局在 <http://www.zw.gov.cn>')).toBe(true);
});
