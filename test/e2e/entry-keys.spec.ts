// Issue 13 §5, §6, §7, §11 at 1366×768: the keyboard leaves a table (Tab from the
// last cell, Esc then Tab), Ctrl+PageDown/PageUp move between parts, F1 lists the
// shortcuts; dialogs take the keyboard (first field, Enter, Ctrl+Enter in multi-line
// text); a refused value is said at its cell; 新建报告's year, default agency and 打开.
import { test, expect, type Page } from '@playwright/test';
import { startHarness, type Harness } from './harness';
import { cell, createReport, field, screenshot, selectCell } from './steps';

let h: Harness;
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 768 } });
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => h?.close());

/** the part (data-section) and grid holding the keyboard focus */
const focusIn = (page: Page) =>
  page.evaluate<{ section: string | null; grid: string | null; tag: string }>(`(() => {
    const a = document.activeElement;
    return { section: a?.closest('[data-section]')?.dataset.section ?? null, grid: a?.closest('[data-grid]')?.dataset.grid ?? null, tag: a?.tagName ?? '' };
  })()`);

test('the keyboard leaves a table and moves between parts; F1 lists the shortcuts', async ({ page }) => {
  await h.attach(page);
  await createReport(page, { agency: '中卫市交通运输局', year: 2024 });

  // Tab from table 二's last cell goes on to table 三, not back to the first cell
  await selectCell(page, 'table2', 'feesWanYuan');
  await page.keyboard.type('0');
  await page.keyboard.press('Tab');
  expect(await focusIn(page)).toMatchObject({ grid: 'table3' });
  await expect(cell(page, 'table2', 'feesWanYuan')).toHaveText('0');

  // Esc, then Tab, from the middle of table 三 leaves it for table 四
  await selectCell(page, 'table3', '3.3.2', 3);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await focusIn(page)).toMatchObject({ grid: 'table4' });
  // and Shift+Tab from table 四's first cell goes back to table 三
  await selectCell(page, 'table4', 'review', 0);
  await page.keyboard.press('Shift+Tab');
  expect(await focusIn(page)).toMatchObject({ grid: 'table3' });

  // Ctrl+PageDown / Ctrl+PageUp: part by part, the first field of each focused
  await page.keyboard.press('Control+PageDown');
  expect(await focusIn(page)).toMatchObject({ section: 'table4', grid: 'table4' });
  await page.keyboard.press('Control+PageDown');
  expect(await focusIn(page)).toMatchObject({ section: 'problems', tag: 'TEXTAREA' });
  await expect(page.locator('[data-nav-part="problems"]')).toHaveClass(/active/);
  await page.keyboard.press('Control+PageUp');
  await page.keyboard.press('Control+PageUp');
  expect(await focusIn(page)).toMatchObject({ section: 'table3', grid: 'table3' });

  // F1: the shortcuts; the toolbar's buttons say theirs in a tooltip
  await page.keyboard.press('F1');
  const help = page.locator('.el-dialog[data-dialog="shortcuts"]');
  await expect(help).toBeVisible();
  await expect(help).toContainText('Ctrl+Enter');
  await expect(help).toContainText('Ctrl+PageDown');
  await expect(help).toContainText('离开表格');
  await screenshot(page, 'entry-shortcuts-1366');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.locator('[data-action="fill-zero"]').hover();
  await expect(page.locator('.el-popper', { hasText: '把没有发生的事项' })).toBeVisible();
  await page.locator('[data-action="undo"]').hover();
  await expect(page.locator('.el-popper', { hasText: 'Ctrl+Z' })).toBeVisible();
});

test('a refused value is said under its cell, not over the top navigation', async ({ page }) => {
  await h.attach(page);
  await page.locator('[data-agency="中卫市交通运输局"] [data-open="2024"]').click();
  await selectCell(page, 'table3', '3.1', 2);
  await page.keyboard.type('1.5');
  await page.keyboard.press('Enter');
  const msg = page.locator('[data-cell-message]');
  await expect(msg).toContainText('整数');
  await expect(page.locator('.el-message')).toHaveCount(0);
  const c = (await cell(page, 'table3', '3.1', 2).boundingBox())!;
  const m = (await msg.boundingBox())!;
  expect(m.y).toBeGreaterThanOrEqual(c.y + c.height - 1);
  expect(m.y).toBeLessThan(c.y + c.height + 12);
  expect(Math.abs(m.x - c.x)).toBeLessThan(2);
  await screenshot(page, 'entry-cell-message-1366');
  // correcting it takes the message away
  await page.keyboard.press('Escape');
  await expect(msg).toHaveCount(0);
});

test('dialogs take the keyboard: 新建报告, 粘贴文本导入, 填写审核说明', async ({ page }) => {
  await h.attach(page);
  const nd = page.locator('.el-dialog[data-dialog="new-report"]');

  // the agency last worked on is chosen; the cursor is in the year, typed straight away
  await page.locator('[data-action="new-report"]').click();
  await expect(nd).toBeVisible();
  await expect(nd.locator('[data-field="agency"]')).toContainText('中卫市交通运输局');
  await expect(field(nd, 'year')).toBeFocused();
  // a mistyped year is refused with a message, never read as 2000 or 2100
  await page.keyboard.press('Control+a');
  await page.keyboard.type('224');
  await expect(nd.locator('[data-year-error]')).toContainText('“224”不是可填报的年度');
  await page.keyboard.press('Enter');
  await expect(nd.locator('[data-error]')).toContainText('224');
  await field(nd, 'year').fill('20245');
  await expect(nd.locator('[data-year-error]')).toContainText('“20245”');
  await screenshot(page, 'entry-new-report-year-1366');
  // the year that exists: Enter submits, the message offers to open it
  await field(nd, 'year').fill('2024');
  await page.keyboard.press('Enter');
  await expect(nd.locator('[data-error]')).toContainText('已经存在');
  await nd.locator('[data-action="open-existing"]').click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  await expect(page.locator('.name')).toContainText('中卫市交通运输局');

  // a new agency: the name typed straight after choosing 新增机关 is kept; Enter creates
  await page.locator('[data-action="back"]').click();
  await page.locator('[data-action="new-report"]').click();
  await nd.locator('[data-field="agency"]').click();
  await page.locator('.el-select-dropdown__item', { hasText: '新增机关' }).click();
  await expect(field(nd, 'agency-name')).toBeFocused();
  await page.keyboard.type('中卫市林业局');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  await expect(page.locator('.name')).toContainText('中卫市林业局');

  // 填写审核说明: the cursor in the box, Ctrl+Enter saves
  await page.locator('[data-action="fill-zero"]').click();
  await page.keyboard.press('Enter');
  // a warning to answer: part 五 written as only “无” (narrative.problems)
  await field(page, 'problems', 'textarea').fill('无');
  const w = page.locator('[data-findings] .item.warning[data-rule="narrative.problems"]');
  await w.locator('[data-action="explain"]').click();
  await expect(field(w, 'explanation', 'textarea')).toBeFocused();
  await page.keyboard.type('已核实');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('[data-findings] [data-explained]').first()).toContainText('已核实');

  // 粘贴文本导入: the cursor in the text box; Ctrl+Enter reads it
  await page.locator('[data-action="back"]').click();
  await page.locator('[data-action="import-text"]').click();
  const imp = page.locator('.el-dialog[data-dialog="import"]');
  await expect(field(imp, 'import-text', 'textarea')).toBeFocused();
  await page.keyboard.type('这不是一份报告');
  await page.keyboard.press('Control+Enter');
  await expect(imp.locator('[data-error]')).toBeVisible();
});
