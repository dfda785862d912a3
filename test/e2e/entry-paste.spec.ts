// Issue 13 §4 at 1366×768: a published table 三 copied with its labels and header
// rows (淮安市人民政府's 2024 report, the figures as printed, laid out as the
// portal's page, copied and pasted with Ctrl+C / Ctrl+V in Chromium) on the grid: matched to the
// rows by their labels, a preview of where every number goes before anything is
// written, one undo step; a block that does not fit says which row is the problem.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { TABLE3_ROWS } from '../../report/format';
import { webFragment } from '../../report/page/web';
import { blankReport, type Report } from '../../report/report';
import { ROOT, startHarness, type Harness } from './harness';
import { cell, createReport, screenshot, selectCell } from './steps';

let h: Harness;
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 768 } });
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => h?.close());

// figures transcribed by hand from the published PDF (test/fixtures/import/real/SOURCES.md)
const printed = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/import/real/huaian-city-2024.expected.json'), 'utf8')) as {
  table3: Report['table3'];
};
const published: Report = { ...blankReport('淮安市人民政府', 2024, 'government'), table3: printed.table3 };

/** table 三 of the published page selected and copied in Chromium: the text a clerk's Ctrl+C gives */
async function copiedTable3(page: Page): Promise<string> {
  // served at the portal's address (a secure origin, as the real page is) from this machine
  const url = 'https://www.huaian.gov.cn/col/4122_231438/art/17383392/17404450095975A5KfNzE.html';
  await page.route(url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta charset="utf-8"><body>${webFragment(published)}</body>` }));
  await page.goto(url);
  const table = page.locator('table', { hasText: '申请人情况' });
  await expect(table).toHaveCount(1);
  await page.evaluate(`(() => {
    const t = [...document.querySelectorAll('table')].find((x) => x.textContent.includes('申请人情况'));
    const range = document.createRange();
    range.selectNode(t);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  })()`);
  await page.keyboard.press('Control+c');
  return page.evaluate<string>('navigator.clipboard.readText()');
}

async function paste(page: Page, text: string) {
  await page.evaluate(`(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', ${JSON.stringify(text)});
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  })()`);
}
const dialog = (page: Page) => page.locator('.el-dialog[data-dialog="paste-preview"]');

test('a published table 三 pasted with its labels: a preview of every number, then one undo step', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  const web = await ctx.newPage();
  const copied = await copiedTable3(web);
  // what the browser gives: labels, the header rows and the numbers, tab-separated
  expect(copied).toContain('申请人情况');
  expect(copied).toContain('\t3001\t');
  expect(copied.split('\n').length).toBeGreaterThanOrEqual(26);

  const page = await ctx.newPage();
  await h.attach(page);
  await createReport(page, { agency: '淮安市人民政府', year: 2025 });
  await selectCell(page, 'table3', '3.2', 3); // anywhere on the table: the labels say where each number goes
  await page.keyboard.press('Control+v'); // what the browser copied, from the clipboard

  await expect(dialog(page)).toBeVisible();
  const all = TABLE3_ROWS.length * 7;
  await expect(dialog(page).locator('[data-paste-count]')).toContainText(`按行名称读出 ${all} 个数字，将放入下列 ${TABLE3_ROWS.length} 行`);
  await expect(dialog(page).locator('thead')).toContainText('自然人');
  await expect(dialog(page).locator('[data-paste-cell="table3|1|0"]')).toContainText('3001');
  await expect(dialog(page).locator('[data-paste-cell="table3|3.4.1|6"]')).toContainText('769');
  // nothing is written before the clerk says so
  await expect(cell(page, 'table3', '1', 0).locator('.val')).toHaveText('');
  await screenshot(page, 'entry-paste-preview-1366');

  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  for (const r of TABLE3_ROWS)
    for (let c = 0; c < 7; c++) await expect(cell(page, 'table3', r.key, c).locator('.val')).toHaveText(String(printed.table3[r.key][c]));
  await screenshot(page, 'entry-paste-done-1366');

  // one undo step takes the whole paste back
  await page.keyboard.press('Control+z');
  for (const [row, c] of [['1', 0], ['3.4.1', 6], ['4', 6]] as const) await expect(cell(page, 'table3', row, c).locator('.val')).toHaveText('');
  await ctx.close();
});

test('a labelled block that does not fit says which row or which table; 取消 writes nothing', async ({ page }) => {
  await h.attach(page);
  await createReport(page, { agency: '淮安市洪泽区人民政府', year: 2025 });
  await selectCell(page, 'table3', '1', 0);

  // a row with a number too many: the preview names the row, the others still go where their labels say
  const rows = [
    '一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5',
    '三、本年度办理结果\t（一）予以公开\t3\t0\t0\t0\t0\t0\t3\t9\t9',
  ].join('\r\n');
  await paste(page, rows + '\r\n');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).locator('[data-paste-notes]')).toContainText('“（一）予以公开”行的数值个数不对');
  await expect(dialog(page).locator('[data-paste-count]')).toContainText('按行名称读出 7 个数字，将放入下列 1 行');
  await screenshot(page, 'entry-paste-problem-1366');
  await dialog(page).getByRole('button', { name: '取消' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(cell(page, 'table3', '1', 0).locator('.val')).toHaveText('');

  // table 二's rows pasted on table 三: refused, naming the table they belong to
  await selectCell(page, 'table3', '1', 0);
  await paste(page, '行政许可\t4337\r\n行政处罚\t18\r\n行政强制\t0\r\n');
  await expect(page.locator('[data-cell-message]')).toContainText('粘贴的内容是表二');
  // a row's label with words where its numbers should be: nothing to place, and why
  await selectCell(page, 'table3', '1', 0);
  await paste(page, '一、本年新收政府信息公开申请数量\t五\t六\r\n');
  await expect(page.locator('[data-cell-message]')).toContainText('没有读出可放入表三的数字');
  await expect(page.locator('[data-cell-message]')).toContainText('无法读取');
  await expect(cell(page, 'table3', '1', 0).locator('.val')).toHaveText('');
});
