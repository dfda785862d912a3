// Issue 13 §1 and §2 at 1366×768: 填充空白为 0 for the whole report, one table and
// the selection (a confirmation with the count, blank-cell warnings gone, one undo
// step), the seed task in at most 12 key presses and clicks, and Excel's habits
// (Ctrl+Enter over a range, one copied value pasted over a range, Ctrl+D).
import { test, expect, type Page } from '@playwright/test';
import { tableCells } from '../../renderer/src/components/grid/fill';
import type { Report } from '../../report/report';
import { getCell } from '../../report/report';
import { completeReport } from '../fixtures/archive/reports';
import { startHarness, type Harness } from './harness';
import { cell, createReport, finding, screenshot, selectCell } from './steps';

let h: Harness;
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 768 } });
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => h?.close());

const fillDialog = (page: Page) => page.locator('.el-dialog[data-dialog="fill-zero"]');
const stored = (agency: string, year: number): Report => {
  const s = h.archive().listReports().find((r) => r.agencyName === agency && r.year === year)!;
  return h.archive().openReport(s.id).report;
};
async function waitSaved(page: Page) {
  await expect(page.locator('[data-save-state]')).toHaveText(/已保存/, { timeout: 30_000 });
}
/** the user's own key presses (modifier keys alone not counted) and mouse presses, counted in the page */
async function countInput(page: Page) {
  await page.evaluate(`(() => {
    window.__presses = { keys: 0, clicks: 0 };
    window.addEventListener('keydown', (e) => { if (!['Control', 'Shift', 'Alt', 'Meta'].includes(e.key) && !e.repeat) window.__presses.keys++; }, true);
    window.addEventListener('mousedown', () => window.__presses.clicks++, true);
  })()`);
}
const presses = (page: Page) => page.evaluate<{ keys: number; clicks: number }>('window.__presses');

test('the seed task: table 二 4337 and 18, every other cell 0, in at most 12 key presses and clicks', async ({ page }) => {
  await h.attach(page);
  await createReport(page, { agency: '中卫市应急管理局', year: 2024 });
  await expect(finding(page, 'cell.missing').first()).toBeVisible();
  await countInput(page);

  // what the clerk does: click 行政许可, type both figures, then 填充空白为 0 and Enter
  await cell(page, 'table2', 'licensing').click();
  await page.keyboard.type('4337');
  await page.keyboard.press('Enter'); // down to 行政处罚
  await page.keyboard.type('18');
  await page.keyboard.press('Enter');
  await page.locator('[data-action="fill-zero"]').click();
  await expect(fillDialog(page)).toBeVisible();
  const all = tableCells().length;
  await expect(fillDialog(page).locator('[data-fill-count]')).toContainText(`将把 ${all - 2} 个空白单元格填为 0`);
  await screenshot(page, 'entry-fill-zero-1366');
  await page.keyboard.press('Enter');
  await expect(fillDialog(page)).toBeHidden();

  const n = await presses(page);
  expect(n.keys + n.clicks, `key presses ${n.keys}, clicks ${n.clicks}`).toBeLessThanOrEqual(12);

  // what the clerk sees: no blank-cell warning left, the figures kept
  await expect(finding(page, 'cell.missing')).toHaveCount(0);
  await expect(cell(page, 'table2', 'licensing')).toHaveText('4337');
  await expect(cell(page, 'table3', '1', 0).locator('.val')).toHaveText('0');
  await waitSaved(page);
  const r = stored('中卫市应急管理局', 2024);
  for (const a of tableCells()) {
    const want = a.row === 'licensing' ? 4337 : a.row === 'penalty' ? 18 : 0;
    expect(getCell(r, a), `${a.table} ${a.row} ${a.col ?? ''}`).toBe(want);
  }

  // one undo step takes the whole fill back, the typed figures stay
  await page.keyboard.press('Control+z');
  await expect(cell(page, 'table3', '1', 0).locator('.val')).toHaveText('');
  await expect(cell(page, 'table2', 'licensing')).toHaveText('4337');
  await expect(finding(page, 'cell.missing').first()).toBeVisible();
  await expect(page.locator('[data-count-blanks]')).toHaveText(`空白 ${all - 2}`);
});

test('填充空白为 0 of one table, and of the selection', async ({ page }) => {
  await h.attach(page);
  await createReport(page, { agency: '中卫市财政局', year: 2024 });

  // a 2×3 block of table 三 selected: the dialog offers it first, with its count
  await selectCell(page, 'table3', '1', 0);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await page.locator('[data-action="fill-zero"]').click();
  const dlg = fillDialog(page);
  await expect(dlg.locator('[data-scope="selection"]')).toContainText('所选单元格（6 格）');
  await expect(dlg.locator('[data-scope="table"]')).toContainText('表三');
  await expect(dlg.locator('[data-fill-count]')).toContainText('将把 6 个空白单元格填为 0');
  await dlg.locator('[data-action="fill-zero-confirm"]').click();
  for (const row of ['1', '2']) for (const c of [0, 1, 2]) await expect(cell(page, 'table3', row, c).locator('.val')).toHaveText('0');
  await expect(cell(page, 'table3', '1', 3).locator('.val')).toHaveText('');
  await expect(cell(page, 'table3', '1', 6).locator('.val')).toHaveText(''); // its total waits for the rest of the row

  // one table: table 四 only, its blank-cell warnings gone, table 二's still there
  await selectCell(page, 'table4', 'review', 0);
  await page.locator('[data-action="fill-zero"]').click();
  await dlg.locator('[data-scope="table"]').click();
  const t4 = tableCells(['table4']).length;
  await expect(dlg.locator('[data-fill-count]')).toContainText(`将把 ${t4} 个空白单元格填为 0`);
  await screenshot(page, 'entry-fill-zero-table');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-findings] [data-rule="cell.missing"][data-cell^="table4"]')).toHaveCount(0);
  await expect(page.locator('[data-findings] [data-rule-group="cell.missing"]')).toBeVisible();
  await waitSaved(page);
  const r = stored('中卫市财政局', 2024);
  expect(tableCells(['table4']).every((a) => getCell(r, a) === 0)).toBe(true);
  expect(tableCells(['table2']).every((a) => getCell(r, a) === null)).toBe(true);

  // undo: table 四 back to blank in one step, the selection's fill still there
  await page.locator('[data-action="undo"]').click();
  await expect(cell(page, 'table4', 'review', 0).locator('.val')).toHaveText('');
  await expect(cell(page, 'table3', '1', 0).locator('.val')).toHaveText('0');
});

test('Excel habits: Ctrl+Enter fills the range, one value pasted over a range fills it, Ctrl+D fills down', async ({ page }) => {
  await h.attach(page);
  await createReport(page, { agency: '中卫市水务局', year: 2024 });

  // select 一's six applicant cells, type 2, Ctrl+Enter: all six and their total
  await selectCell(page, 'table3', '1', 0);
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type('2');
  await page.keyboard.press('Control+Enter');
  for (const c of [0, 1, 2, 3, 4, 5]) await expect(cell(page, 'table3', '1', c).locator('.val')).toHaveText('2');
  await expect(cell(page, 'table3', '1', 6).locator('.val')).toHaveText('12');

  // one copied value (Excel puts a line end after it) pasted over a 2×2 range
  await selectCell(page, 'table3', '2', 0);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await page.evaluate(`(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', '7\\r\\n');
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  })()`);
  for (const row of ['2', '3.1']) for (const c of [0, 1]) await expect(cell(page, 'table3', row, c).locator('.val')).toHaveText('7');

  // Ctrl+D: 一's values copied down over 二 and 三1 for the first three columns
  await selectCell(page, 'table3', '1', 0);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Control+d');
  for (const row of ['2', '3.1']) for (const c of [0, 1, 2]) await expect(cell(page, 'table3', row, c).locator('.val')).toHaveText('2');
  // a single cell: Ctrl+D takes the value above
  await selectCell(page, 'table3', '3.2', 0);
  await page.keyboard.press('Control+d');
  await expect(cell(page, 'table3', '3.2', 0).locator('.val')).toHaveText('2');
  await waitSaved(page);
  const r = stored('中卫市水务局', 2024);
  expect(r.table3['1']).toEqual([2, 2, 2, 2, 2, 2, 12]);
  expect(r.table3['2'].slice(0, 3)).toEqual([2, 2, 2]);
  expect(r.table3['3.2'][0]).toBe(2);
});

test('复制上年数字: last year\'s figures for the report or the selection, not row 二 of table 三, one undo step', async ({ page }) => {
  const agency = '中卫市卫生健康委员会';
  const last = completeReport(agency, 2023);
  last.table3['4'] = [2, 0, 0, 0, 0, 0, 2];
  last.table3['2'] = [5, 0, 0, 0, 0, 0, 5];
  last.table2.licensing = 4337;
  h.archive().importReport(last, { replace: false });
  await h.attach(page);
  await page.locator('[data-action="new-report"]').click();
  const nd = page.locator('.el-dialog[data-dialog="new-report"]');
  await nd.locator('[data-field="agency"]').click();
  await page.locator('.el-select-dropdown__item', { hasText: agency }).click();
  await nd.locator('[data-field="year"] input, input[data-field="year"]').first().fill('2024');
  await nd.locator('[data-field="year"] input, input[data-field="year"]').first().press('Tab');
  await nd.getByText('以上年报告为基础', { exact: true }).click();
  await nd.locator('[data-action="create"]').click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  // row 二 of table 三 came from last year's row 四 (carry-over), not from last year's row 二
  await expect(cell(page, 'table3', '2', 0).locator('.val')).toHaveText('2');

  // a selection: only table 二's 行政许可
  await selectCell(page, 'table2', 'licensing');
  await page.keyboard.press('Shift+ArrowDown');
  await page.locator('[data-action="copy-previous"]').click();
  const dlg = page.locator('.el-dialog[data-dialog="copy-previous"]');
  await expect(dlg.locator('[data-scope="selection"]')).toBeVisible();
  await dlg.locator('[data-scope="report"]').click();
  await expect(dlg.locator('[data-fill-count]')).toContainText('将改动');
  await screenshot(page, 'entry-copy-previous-1366');
  await page.keyboard.press('Enter');
  await expect(dlg).toBeHidden();
  await expect(cell(page, 'table2', 'licensing')).toHaveText('4337');
  await expect(cell(page, 'table3', '2', 0).locator('.val')).toHaveText('2'); // kept: the carry-over
  await waitSaved(page);
  const r = stored(agency, 2024);
  expect(r.table2.licensing).toBe(4337);
  expect(r.table3['2']).toEqual([2, 0, 0, 0, 0, 0, 2]);
  expect(r.table3['1']).toEqual(last.table3['1']);

  // one undo step takes it all back
  await page.keyboard.press('Control+z');
  await expect(cell(page, 'table2', 'licensing')).toHaveText('');
  await expect(cell(page, 'table3', '2', 0).locator('.val')).toHaveText('2');
});
