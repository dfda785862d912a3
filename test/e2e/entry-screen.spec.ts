// Issue 13 §12 and §13: a text-vs-table finding selects the sentence that says it
// (the cell one more click away) and every finding names its rule's 说明; every
// screen fits 1280×720 without horizontal scrolling, table 三 scrolls with the page,
// and the text size goes 90–150 % from 设置 or Ctrl+= / Ctrl+-.
import { test, expect, type Page } from '@playwright/test';
import { completeReport } from '../fixtures/archive/reports';
import { startHarness, type Harness } from './harness';
import { finding, screenshot } from './steps';

let h: Harness;
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 768 } });
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => h?.close());

const AGENCY = '中卫市应急管理局';
const SENTENCE = '本年度共收到政府信息公开申请 999 件';

async function openEditor(page: Page) {
  await page.locator(`[data-agency="${AGENCY}"] [data-open="2023"]`).click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
}
/** how far the page's scrolling areas reach past their width (0: no horizontal scrolling) */
const overflowX = (page: Page) =>
  page.evaluate<number>(`Math.max(0, ...[document.documentElement, ...document.querySelectorAll('.content, .page, .app-main, .paper')].map((e) => e.scrollWidth - e.clientWidth))`);

test('a text-vs-table finding selects its sentence; 转到表格 the cell; every finding has its 说明', async ({ page }) => {
  const r = completeReport(AGENCY, 2023);
  r.parts.overview += `\n（二）依申请公开情况\n${SENTENCE}，均已按时答复。`;
  h.archive().importReport(r, { replace: false });
  await h.attach(page);
  await openEditor(page);

  const f = finding(page, 'consistency.text-vs-table');
  await expect(f).toContainText('999');
  await f.locator('.msg').click();
  // the sentence itself is selected in part 一, in sight
  const sel = await page.evaluate(`(() => {
    const t = document.activeElement;
    return { part: t.closest('[data-section]')?.getAttribute('data-section'), text: t.value.slice(t.selectionStart, t.selectionEnd) };
  })()`);
  expect(sel).toEqual({ part: 'overview', text: SENTENCE });
  await expect(page.locator('textarea[data-field="overview"], [data-field="overview"] textarea')).toBeInViewport();
  await screenshot(page, 'entry-goto-sentence-1366');

  // the cell is one more click
  await f.locator('[data-action="goto-cell"]').click();
  await expect(page.locator('td.selected[data-cell="table3|1|6"]')).toBeInViewport();

  // every finding reaches its rule's 说明 (on the finding, or on its rule's heading when there are several)
  for (const item of await page.locator('[data-findings] .item[data-rule]').all()) {
    const rule = await item.getAttribute('data-rule');
    const link = page.locator(`[data-findings] [data-rule-help-toggle="${rule}"]`).first();
    await expect(link, `说明 of ${rule}`).toBeVisible();
  }
  await finding(page, 'consistency.text-vs-table').locator('[data-rule-help-toggle]').click();
  await expect(page.locator('[data-rule-help="consistency.text-vs-table"]')).toContainText('依据');
});

test('1280×720: no screen scrolls sideways; table 三 scrolls with the page, its header in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await h.attach(page);
  expect(await overflowX(page), '首页').toBe(0);
  await screenshot(page, 'entry-1280-home');
  await openEditor(page);
  for (const part of ['table2', 'table3', 'table4', 'closing']) {
    await page.locator(`[data-nav-part="${part}"]`).click();
    expect(await overflowX(page), part).toBe(0);
  }
  // table 四's last column is on screen
  await page.locator('[data-nav-part="table4"]').click();
  await expect(page.locator('td[data-cell="table4|litigationAfterReview|4"]')).toBeInViewport();
  await screenshot(page, 'entry-1280-table4');
  // table 三 is not a box of its own: the page scrolls, its header stays at the top
  const style = await page.locator('.nb-grid-table3').evaluate((e) => e.ownerDocument.defaultView!.getComputedStyle(e).overflowY);
  expect(style).toBe('visible');
  await page.locator('[data-nav-part="table3"]').click();
  await page.locator('.content').evaluate((e) => void (e.scrollTop += 500));
  const head = await page.locator('.nb-grid-table3 thead').boundingBox();
  const content = await page.locator('.content').boundingBox();
  const table = await page.locator('.nb-grid-table3').boundingBox();
  expect(table!.y).toBeLessThan(content!.y); // the table went up with the page…
  expect(head!.y - content!.y).toBeGreaterThanOrEqual(0); // …its header held at the top (within the page's padding)
  expect(head!.y - content!.y).toBeLessThanOrEqual(16);
  await screenshot(page, 'entry-1280-table3');
  for (const view of ['settings', 'office']) {
    await page.locator(`[data-nav="${view}"]`).click();
    await page.waitForTimeout(300);
    expect(await overflowX(page), view).toBe(0);
  }
});

test('text size 90–150 % from 设置 and Ctrl+= / Ctrl+-, kept after a reload', async ({ page }) => {
  await h.attach(page);
  const zoom = () => page.evaluate<string>(`document.documentElement.style.getPropertyValue('zoom') || '100%'`);
  await page.keyboard.press('Control+=');
  expect(await zoom()).toBe('110%');
  await page.keyboard.press('Control+=');
  await page.keyboard.press('Control+=');
  await page.keyboard.press('Control+=');
  expect(await zoom()).toBe('150%'); // no further than 150 %
  await page.keyboard.press('Control+-');
  expect(await zoom()).toBe('125%');
  await page.reload();
  await expect(page.locator('[data-action="new-report"]')).toBeVisible();
  expect(await zoom()).toBe('125%');
  await openEditor(page);
  await screenshot(page, 'entry-text-125-1366');
  await page.locator('[data-nav="settings"]').click();
  await page.locator('[data-field="text-size"]').getByText('90%').click();
  expect(await zoom()).toBe('90%');
  await page.keyboard.press('Control+0');
  expect(await zoom()).toBe('100%');
});

test('1920×1080 at 125 %: the home list, the editor with its checklist, 已发布 and 设置 (screenshots to look at)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1536, height: 864 }, deviceScaleFactor: 1.25 }); // 1920×1080 at 125 %
  const page = await context.newPage();
  await h.attach(page);
  expect(await overflowX(page)).toBe(0);
  await screenshot(page, 'entry-1920-125-home');
  await openEditor(page);
  await page.locator('[data-action="checklist"]').click();
  await expect(page.locator('.el-dialog[data-dialog="finish"]')).toBeVisible();
  await screenshot(page, 'entry-1920-125-checklist');
  await page.keyboard.press('Escape');
  await page.locator('[data-nav-part="table3"]').click();
  expect(await overflowX(page)).toBe(0);
  await screenshot(page, 'entry-1920-125-table3');
  await page.locator('[data-nav="settings"]').click();
  await screenshot(page, 'entry-1920-125-settings');
  await context.close();
});
