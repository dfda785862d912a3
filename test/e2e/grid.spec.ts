// The three grids alone in Chromium (test/grid-dev, the grid's development page, with the real rules):
// drawing, keyboard, totals, findings marks, paste, readonly. Screenshots go to test/output/screens.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import { TABLE3_CORNER, TABLE3_SECTION3_LABEL, cellName, type CellAddress } from '../../report/format';
import { asEdition, type Report } from '../../report/report';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CONFIG = path.join(ROOT, 'test/grid-dev/vite.config.ts');
const SCREENS = path.join(ROOT, 'test/output/screens');
let server: PreviewServer;
let base = '';
let outDir = '';

test.beforeAll(async () => {
  // a folder of its own: other Playwright runs on this checkout empty test-results/
  outDir = mkdtempSync(path.join(tmpdir(), 'nianbao-grid-dev-'));
  await build({ configFile: CONFIG, build: { outDir } });
  server = await preview({ configFile: CONFIG, build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  base = server.resolvedUrls!.local[0];
});
test.afterAll(async () => {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const t3 = (row: string, col: number): CellAddress => ({ table: 'table3', row, col });
const cell = (page: Page, a: CellAddress) => page.locator(`td[data-cell="${a.table}|${a.row}|${a.col ?? ''}"]`);
// page-side code as text: this file is type-checked without the DOM library
const reportOf = (page: Page) => page.evaluate<Report>('window.gridDev.report()');
const selectedOf = async (page: Page) => JSON.parse((await page.getByTestId('selected').textContent()) || 'null');

async function open(page: Page, query = '') {
  await page.goto(`${base}grid-dev.html${query}`);
  await page.locator('main[data-ready]').waitFor(); // the seed has been loaded (or the blank report made from it)
  await expect(cell(page, { table: 'table2', row: 'licensing' }).locator('.val')).toHaveText(query.includes('blank') ? '' : '4337');
}

test('draws the three tables with the official merges; screenshots', async ({ page }) => {
  await page.setViewportSize({ width: 1180, height: 1100 });
  await open(page, '?previous');
  const table3 = page.getByTestId('table3');
  await expect(table3.locator('td')).toHaveCount(175);
  await expect(table3.locator('th', { hasText: TABLE3_CORNER })).toHaveAttribute('rowspan', '3');
  await expect(table3.locator('th', { hasText: TABLE3_CORNER })).toHaveAttribute('colspan', '3');
  await expect(table3.locator('th', { hasText: TABLE3_SECTION3_LABEL })).toHaveAttribute('rowspan', '22');
  await expect(page.getByTestId('table2').locator('td')).toHaveCount(10);
  await expect(page.getByTestId('table4').locator('td')).toHaveCount(15);
  // the seed's table 四 is blank: a drafting finding marks every cell
  await expect(page.getByTestId('table4').locator('td.mark-missing')).toHaveCount(15);
  // last year's value beside the cell
  await expect(cell(page, { table: 'table2', row: 'licensing' }).locator('.prev')).toHaveText('4337');
  await expect(cell(page, { table: 'table4', row: 'review', col: 0 }).locator('.prev')).toHaveText('—'); // blank last year
  for (const key of ['table2', 'table3', 'table4']) await page.getByTestId(key).screenshot({ path: path.join(SCREENS, `grid-${key}.png`) });
});

test('typing, Enter, Tab and arrows like a spreadsheet; totals follow; the balance error appears and goes', async ({ page }) => {
  await open(page);
  await cell(page, t3('3.3.1', 0)).click();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  expect(await selectedOf(page)).toEqual(t3('3.3.2', 0));
  let r = await reportOf(page);
  expect([r.table3['3.3.1'][0], r.table3['3.3.1'][6], r.table3['3.7'][0], r.table3['3.7'][6]]).toEqual([5, 5, 5, 5]);
  // 一 + 二 = （七）总计 + 四 no longer holds: the rule names row 一 as the cell to change,
  // the other cells of the column are marked as taking part, each with the message on hover
  await expect(cell(page, t3('1', 0))).toHaveClass(/mark-error/);
  await expect(cell(page, t3('3.7', 0))).toHaveClass(/part-error/);
  await expect(cell(page, t3('3.7', 0))).toHaveAttribute('title', /应为 5/);
  await page.getByTestId('table3').screenshot({ path: path.join(SCREENS, 'grid-table3-balance-error.png') });
  // fix it: row 一 自然人 = 5 (its total follows), then the error is gone
  await cell(page, t3('1', 0)).click();
  await page.keyboard.type('５'); // a full-width digit is normalised
  await page.keyboard.press('Tab');
  expect(await selectedOf(page)).toEqual(t3('1', 1));
  r = await reportOf(page);
  expect([r.table3['1'][0], r.table3['1'][6]]).toEqual([5, 5]);
  await expect(page.locator('td[class*="-error"]')).toHaveCount(0);
  // Shift+Tab back, arrows, Tab wrapping to the next row
  await page.keyboard.press('Shift+Tab');
  expect(await selectedOf(page)).toEqual(t3('1', 0));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  expect(await selectedOf(page)).toEqual(t3('2', 1));
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  expect(await selectedOf(page)).toEqual(t3('3.1', 0));
});

test('bad input is not committed: the text stays, the cell is marked, a Chinese message; Escape cancels', async ({ page }) => {
  await open(page);
  await cell(page, t3('2', 3)).click();
  await page.keyboard.type('12a');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reject')).toHaveText('“12a”不是数字，请只填写阿拉伯数字');
  await expect(cell(page, t3('2', 3))).toHaveClass(/invalid/);
  await expect(page.getByTestId('table3').locator('input.editor')).toHaveValue('12a');
  expect(await selectedOf(page)).toEqual(t3('2', 3));
  expect((await reportOf(page)).table3['2'][3]).toBe(0);
  const box = (await page.getByTestId('table3').boundingBox())!;
  await page.screenshot({ path: path.join(SCREENS, 'grid-table3-invalid-input.png'), clip: { ...box, height: 220 } });
  await page.keyboard.press('Escape');
  await expect(cell(page, t3('2', 3))).not.toHaveClass(/invalid/);
  await page.keyboard.type('1.5');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('reject')).toContainText('件数应为整数');
  await page.keyboard.press('Escape');
  // F2 keeps the content: 0 → append 7 → 07 = 7; Delete blanks
  await page.keyboard.press('F2');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  expect((await reportOf(page)).table3['2'][3]).toBe(7);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Delete');
  expect((await reportOf(page)).table3['2'][3]).toBeNull();
  await expect(cell(page, t3('2', 3))).toHaveClass(/mark-missing/);
});

test('a total the user typed that disagrees is kept and marked', async ({ page }) => {
  await open(page);
  await cell(page, { table: 'table4', row: 'review', col: 4 }).click();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await cell(page, { table: 'table4', row: 'review', col: 0 }).click();
  for (const v of ['1', '0', '0', '1']) {
    await page.keyboard.type(v);
    await page.keyboard.press('Tab');
  }
  const r = await reportOf(page);
  expect(r.table4.review).toEqual([1, 0, 0, 1, 3]);
  await expect(cell(page, { table: 'table4', row: 'review', col: 4 })).toHaveClass(/mark-error/);
});

async function paste(page: Page, text: string) {
  await page.evaluate(`(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', ${JSON.stringify(text)});
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  })()`);
}

test('paste a block from Excel; a block that does not fit or holds a bad value changes nothing', async ({ page }) => {
  await open(page, '?blank');
  await cell(page, t3('1', 0)).click();
  await paste(page, '3\t1\t0\t0\t0\t0\r\n1\t0\t0\t0\t0\t0\r\n');
  const r = await reportOf(page);
  expect(r.table3['1']).toEqual([3, 1, 0, 0, 0, 0, 4]);
  expect(r.table3['2']).toEqual([1, 0, 0, 0, 0, 0, 1]);
  const log = page.getByTestId('log').locator('li').first();
  await expect(log).toHaveText(/^edit /); // one event for the whole block
  await cell(page, t3('1', 5)).click();
  await paste(page, '1\t2\t3\t4\t5\t6\t7\t8\n1\t2\t3\t4\t5\t6\t7\t8\n1\t2\t3\t4\t5\t6\t7\t8\n');
  await expect(page.getByTestId('reject')).toHaveText('粘贴的内容有 3 行 8 列，从所选单元格开始放不下（表三只剩 2 列）');
  await cell(page, t3('3.1', 0)).click();
  await paste(page, '1\t2\n3\tx\n');
  await expect(page.getByTestId('reject')).toContainText(`第 2 行第 2 列（${cellName(t3('3.2', 1))}）：“x”不是数字`);
  const after = await reportOf(page);
  expect(after.table3).toEqual(r.table3);
  // pasting the values already there changes nothing and makes no empty undo step
  await cell(page, t3('1', 0)).click();
  const edits = await page.getByTestId('log').locator('li', { hasText: /^edit/ }).count();
  await paste(page, '3\t1\n');
  await expect(page.getByTestId('log').locator('li', { hasText: /^edit/ })).toHaveCount(edits);
});

test('readonly (定稿): nothing can be typed, deleted or pasted', async ({ page }) => {
  await open(page, '?readonly');
  await cell(page, { table: 'table2', row: 'penalty' }).click();
  await page.keyboard.type('9');
  await expect(page.getByTestId('reject')).toContainText('已定稿');
  await page.keyboard.press('Delete');
  await paste(page, '1\n');
  await page.keyboard.press('ArrowDown');
  expect(await selectedOf(page)).toEqual({ table: 'table2', row: 'coercion' });
  expect((await reportOf(page)).table2.penalty).toBe(18);
  await expect(page.getByTestId('log').locator('li', { hasText: /^edit/ })).toHaveCount(0);
});

test('focusCell moves the selection to a finding\'s cell', async ({ page }) => {
  await open(page);
  await page.evaluate(`window.gridDev.focusTable3({ table: 'table3', row: '4', col: 6 })`);
  expect(await selectedOf(page)).toEqual(t3('4', 6));
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  expect((await reportOf(page)).table3['4'][6]).toBe(2);
});

test('table 三 keeps its header in view while its rows scroll', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 600 });
  await open(page);
  await page.evaluate(`window.gridDev.focusTable3({ table: 'table3', row: '4', col: 0 })`);
  await expect(cell(page, t3('4', 0))).toBeInViewport();
  // walking up with the keyboard keeps the selected cell visible below the header
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowUp');
  await expect(cell(page, t3('3.4.1', 0))).toBeInViewport();
  const head = (await page.getByTestId('table3').locator('thead').boundingBox())!;
  expect((await cell(page, t3('3.4.1', 0)).boundingBox())!.y).toBeGreaterThanOrEqual(head.y + head.height - 1);
  await page.evaluate(`window.gridDev.focusTable3({ table: 'table3', row: '4', col: 0 })`);
  // table 三 scrolls with the page (issue 13 §13): its header held on screen, the cell below it
  const held = (await page.getByTestId('table3').locator('thead').boundingBox())!;
  expect(held.y).toBeGreaterThanOrEqual(0);
  expect((await cell(page, t3('4', 0)).boundingBox())!.y).toBeGreaterThanOrEqual(held.y + held.height - 1);
  const headTop = (await page.getByTestId('table3').locator('th', { hasText: '申请人情况' }).boundingBox())!.y;
  expect(Math.abs(headTop - held.y)).toBeLessThan(2);
  expect((await cell(page, t3('1', 0)).boundingBox())!.y).toBeLessThan(held.y); // row 一 scrolled out above
  await page.screenshot({ path: path.join(SCREENS, 'grid-table3-scrolled.png') });
});

test('double-click and F2 edit in place; arrows then move the caret, not the selection', async ({ page }) => {
  await open(page);
  await cell(page, { table: 'table2', row: 'licensing' }).dblclick();
  const input = page.getByTestId('table2').locator('input.editor');
  await expect(input).toHaveValue('4337');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  expect((await reportOf(page)).table2.licensing).toBe(43037);
  expect(await selectedOf(page)).toEqual({ table: 'table2', row: 'penalty' });
  // the fee takes decimals (万元)
  await cell(page, { table: 'table2', row: 'feesWanYuan' }).click();
  await page.keyboard.type('1.25');
  await page.keyboard.press('Tab');
  expect(asEdition(await reportOf(page), '2021').table2.feesWanYuan).toBe(1.25);
});

test('text arriving without a key press (an input method) starts editing too', async ({ page }) => {
  await open(page);
  await cell(page, t3('3.1', 1)).click();
  await page.keyboard.insertText('２');
  await expect(page.getByTestId('table3').locator('input.editor')).toHaveClass(/mode-replace/);
  await page.keyboard.press('Enter');
  expect((await reportOf(page)).table3['3.1'][1]).toBe(2);
});

test('an input method composition in a selected cell is shown in the cell and committed like typing', async ({ page }) => {
  await open(page);
  await cell(page, t3('3.1', 2)).click();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: '３', selectionStart: 1, selectionEnd: 1 });
  await expect(page.getByTestId('table3').locator('input.editor')).toHaveClass(/mode-replace/);
  await cdp.send('Input.insertText', { text: '３' });
  await page.keyboard.press('Enter');
  expect((await reportOf(page)).table3['3.1'][2]).toBe(3);
});

test('Ctrl+C copies the selected value as text', async ({ page }) => {
  await open(page);
  await cell(page, { table: 'table2', row: 'penalty' }).click();
  const copied = await page.evaluate(`(() => {
    const dt = new DataTransfer();
    document.activeElement.dispatchEvent(new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }));
    return dt.getData('text/plain');
  })()`);
  expect(copied).toBe('18\r\n');
});

test('with automatic totals off nothing is computed; switched on, a blank total shows its sum and is filled on the next edit', async ({ page }) => {
  await open(page, '?blank&manual');
  await cell(page, t3('2', 0)).click();
  await paste(page, '1\t2\t0\t0\t0\t0\n');
  expect((await reportOf(page)).table3['2'][6]).toBeNull();
  await expect(cell(page, t3('2', 6))).not.toHaveClass(/hint/);
  await page.getByTestId('auto-totals').check();
  await expect(cell(page, t3('2', 6))).toHaveClass(/hint/);
  await expect(cell(page, t3('2', 6)).locator('.val')).toHaveText('3');
  expect((await reportOf(page)).table3['2'][6]).toBeNull(); // shown, not stored behind the user's back
  await cell(page, t3('2', 5)).click();
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  expect((await reportOf(page)).table3['2'][6]).toBe(7);
  await expect(cell(page, t3('2', 6))).not.toHaveClass(/hint/);
});

test('Shift+arrows select a range: Ctrl+C copies it as a block, Delete blanks it in one step, paste starts at its top-left', async ({ page }) => {
  await open(page, '?blank');
  await cell(page, t3('1', 0)).click();
  await paste(page, '1\t2\t3\n4\t5\t6\n');
  await cell(page, t3('1', 0)).click();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.getByTestId('table3').locator('td.in-range')).toHaveCount(4);
  const copied = await page.evaluate(`(() => {
    const dt = new DataTransfer();
    document.activeElement.dispatchEvent(new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }));
    return dt.getData('text/plain');
  })()`);
  expect(copied).toBe('1\t2\r\n4\t5\r\n');
  await page.keyboard.press('Delete');
  let r = await reportOf(page);
  expect([r.table3['1'].slice(0, 3), r.table3['2'].slice(0, 3)]).toEqual([[null, null, 3], [null, null, 6]]);
  await expect(page.getByTestId('log').locator('li', { hasText: /^edit/ })).toHaveCount(2); // the paste and the Delete
  // a range chosen bottom-right to top-left still pastes at its top-left
  await cell(page, t3('2', 1)).click();
  await cell(page, t3('1', 0)).click({ modifiers: ['Shift'] });
  await paste(page, '7\t8\n');
  r = await reportOf(page);
  expect(r.table3['1'].slice(0, 2)).toEqual([7, 8]);
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('table3').locator('td.in-range')).toHaveCount(0);
});
