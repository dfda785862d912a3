// What a new user does, in order, on one real archive file: a new agency and
// its 2024 report typed and pasted in, explained, exported and read back;
// last year's published report imported and this year's started from it;
// the page reloaded (and the archive reopened) with everything still there.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { importReport } from '../../report/import/index';
import { parseReportJson } from '../../report/json';
import { TABLE3_ROW_KEYS } from '../../report/format';
import { SHARED, startHarness, type Harness } from './harness';
import { cell, createReport, field, finding, screenshot, selectCell, typeInCell } from './steps';

const AGENCY = '宁夏回族自治区示例厅';
const SEED_TXT = path.join(SHARED, 'seeds/000_68281a0ece325528.txt');

let h: Harness;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => h?.close());

function reportIdOf(agency: string, year: number): number {
  const s = h.archive().listReports().find((r) => r.agencyName === agency && r.year === year);
  if (!s) throw new Error(`no report ${agency} ${year}`);
  return s.id;
}
const stored = (agency: string, year: number) => h.archive().openReport(reportIdOf(agency, year)).report;

async function waitSaved(page: Page) {
  await expect(page.locator('[data-save-state]')).toHaveText(/已保存/);
}

/** a real paste event carrying tab-separated text, as Excel/WPS put on the clipboard */
async function pasteText(page: Page, text: string) {
  // in-page code as a string: this file is type-checked without the DOM library
  await page.evaluate(`(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', ${JSON.stringify(text)});
    (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  })()`);
}

test('a new agency: 2024 report typed, pasted, written, explained, exported and read back', async ({ page }) => {
  await h.attach(page);
  await screenshot(page, '01-archive-empty');
  await createReport(page, { agency: AGENCY, year: 2024 });
  await screenshot(page, '02-editor-new');
  // a finding about a part moves to that part's text
  await page.locator('[data-findings] [data-rule="narrative.missing-part"][data-cell="problems"] .msg').click();
  await expect(field(page, 'problems', 'textarea')).toBeFocused();

  // paste table 三's applicant columns (25 rows x 6) at 一/自然人: a balanced column 0, zeros elsewhere
  const values: Record<string, number> = { '1': 3, '2': 1, '3.1': 2, '3.7': 2, '4': 2 };
  const block = TABLE3_ROW_KEYS.map((k) => [values[k] ?? 0, 0, 0, 0, 0, 0].join('\t')).join('\r\n');
  await selectCell(page, 'table3', '1', 0);
  await pasteText(page, block);
  await expect(cell(page, 'table3', '3.7', 6)).toHaveText('2'); // totals computed
  await expect(finding(page, 'table3.balance')).toHaveCount(0);
  await waitSaved(page);
  expect(stored(AGENCY, 2024).table3['1']).toEqual([3, 0, 0, 0, 0, 0, 3]);
  expect(stored(AGENCY, 2024).table3['3.7']).toEqual([2, 0, 0, 0, 0, 0, 2]);

  // type with the keyboard: 一 自然人 3 → 5 breaks 一 + 二 = （七） + 四 at once …
  await typeInCell(page, 'table3', '1', 0, '5');
  await expect(finding(page, 'table3.balance').first()).toBeVisible();
  await expect(cell(page, 'table3', '1', 6)).toHaveText('5');
  await screenshot(page, '03-editor-balance-error');
  // clicking the finding moves to the cell it is about
  const where = (await finding(page, 'table3.balance').first().getAttribute('data-cell'))!.split(':');
  await page.locator('[data-nav-part="head"]').click();
  await finding(page, 'table3.balance').first().locator('.msg').click();
  await expect(page.locator(`td.selected[data-cell="${where.join('|')}"]`)).toBeInViewport();
  // … and 四 自然人 2 → 4 (typed, Tab to the next cell) mends it
  await selectCell(page, 'table3', '4', 0);
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await expect(finding(page, 'table3.balance')).toHaveCount(0);
  await waitSaved(page);
  expect(stored(AGENCY, 2024).table3['4']).toEqual([4, 0, 0, 0, 0, 0, 4]);

  // a value that is not a count is refused with a message and changes nothing
  await typeInCell(page, 'table3', '2', 1, '1.5');
  await expect(page.locator('[data-cell-message]')).toContainText('整数');
  await page.keyboard.press('Escape');
  expect(stored(AGENCY, 2024).table3['2'][1]).toBe(0);

  // undo: Ctrl+Z takes back the last action (四 → 2, its total with it), Ctrl+Y redoes it
  await page.locator('[data-section="table3"] h3').click();
  await page.keyboard.press('Control+z');
  await expect(cell(page, 'table3', '4', 0)).toHaveText('2');
  await expect(finding(page, 'table3.balance').first()).toBeVisible();
  await waitSaved(page);
  expect(stored(AGENCY, 2024).table3['4']).toEqual([2, 0, 0, 0, 0, 0, 2]);
  await page.keyboard.press('Control+y');
  await expect(cell(page, 'table3', '4', 0)).toHaveText('4');
  await waitSaved(page);
  expect(stored(AGENCY, 2024).table3['4'][0]).toBe(4);

  // the narrative: the five standard headings as a start, then text; the count follows
  await page.locator('[data-nav-part="overview"]').click();
  await page.locator('[data-action="overview-template"]').click();
  const overview = field(page, 'overview', 'textarea');
  await expect(overview).toHaveValue(/（一）主动公开情况\n（二）依申请公开情况/);
  await overview.press('Control+End');
  await page.keyboard.type('本机关全年监督保障到位。');
  await field(page, 'problems', 'textarea').fill('无。');
  await field(page, 'other', 'textarea').fill('本年度未收取信息处理费。');
  await expect(page.locator('[data-part="other"] [data-char-count]')).toHaveText('12 字');
  // undo reaches text too: typing more in 五 is one step, Ctrl+Z takes it back
  await field(page, 'problems', 'textarea').press('End');
  await page.keyboard.type('待补充');
  await expect(field(page, 'problems', 'textarea')).toHaveValue('无。待补充');
  await page.keyboard.press('Control+z');
  await expect(field(page, 'problems', 'textarea')).toHaveValue('无。');
  await waitSaved(page);
  const r1 = stored(AGENCY, 2024);
  expect(r1.parts.overview).toContain('（五）监督保障情况\n本机关全年监督保障到位。');
  expect(r1.parts.other).toBe('本年度未收取信息处理费。');

  // answer a warning: part 五 says only 无
  const problems = finding(page, 'narrative.problems');
  await expect(problems).toBeVisible();
  await problems.locator('[data-action="explain"]').click();
  await field(problems, 'explanation', 'textarea').fill('本年度经自查未发现问题，已报分管领导审核。');
  await problems.locator('[data-action="save-explanation"]').click();
  await expect(problems.locator('[data-explained]')).toContainText('已报分管领导审核');
  await waitSaved(page);
  expect(stored(AGENCY, 2024).explanations).toEqual([
    expect.objectContaining({ rule: 'narrative.problems', text: '本年度经自查未发现问题，已报分管领导审核。' }),
  ]);
  await screenshot(page, '04-editor-explained');

  // export the .docx (the save dialog answered with a temp path) and read it back
  const docx = path.join(h.dir, '导出', '年报.docx');
  await import('node:fs').then((fs) => fs.mkdirSync(path.dirname(docx), { recursive: true }));
  h.answers.save.push(docx);
  await page.locator('[data-action="export"]').first().click();
  const dlg = page.locator('.el-dialog[data-dialog="export"]');
  await expect(dlg).toBeVisible();
  await screenshot(page, '05-export-dialog');
  await dlg.locator('[data-action="export"]').click();
  const draftConfirm = page.locator('.el-message-box');
  if (await draftConfirm.isVisible().catch(() => false)) await draftConfirm.getByRole('button', { name: '导出草稿' }).click();
  await expect(dlg.locator('[data-export-done]')).toContainText(docx);
  await screenshot(page, '06-export-done');
  await dlg.locator('[data-action="show-in-folder"]').click();
  await expect.poll(() => h.shownInFolder).toContain(docx);
  await dlg.locator('[data-action="open-document"]').click();
  await expect.poll(() => h.openedDocuments).toContain(docx);
  await dlg.getByRole('button', { name: '完成' }).click();

  // the .json exchange file too: it parses to the stored report
  const json = path.join(h.dir, '导出', '年报.json');
  h.answers.save.push(json);
  await page.locator('[data-action="export"]').first().click();
  await dlg.locator('[data-field="format"]').getByText('交换文件（.json）').click();
  await dlg.locator('[data-action="export"]').click();
  if (await draftConfirm.isVisible().catch(() => false)) await draftConfirm.getByRole('button', { name: '导出草稿' }).click();
  await expect(dlg.locator('[data-export-done]')).toContainText(json);
  expect(parseReportJson(readFileSync(json, 'utf8'))).toEqual(stored(AGENCY, 2024));

  const back = await importReport(new Uint8Array(readFileSync(docx)), '年报.docx');
  const want = stored(AGENCY, 2024);
  expect(back.report.unit).toBe(want.unit);
  expect(back.report.year).toBe(2024);
  expect(back.report.table2).toEqual(want.table2);
  expect(back.report.table3).toEqual(want.table3);
  expect(back.report.table4).toEqual(want.table4);
  expect(back.report.parts).toEqual(want.parts);
});

test('last year imported from the published text; 2024 started from it with row 二 carried over', async ({ page }) => {
  await h.attach(page);
  h.answers.open.push(SEED_TXT);
  await page.locator('[data-action="import-file"]').click();
  const dlg = page.locator('.el-dialog[data-dialog="import"]');
  await expect(dlg).toBeVisible();
  await expect(field(dlg, 'import-unit')).toHaveValue('中卫市应急管理局');
  await field(dlg, 'import-year').fill('2023');
  await screenshot(page, '07-import-preview');
  await dlg.locator('[data-action="commit-import"]').click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  const seed = stored('中卫市应急管理局', 2023);
  expect(seed.table2.licensing).toBe(4337);

  // importing it again asks before replacing, and 取消 keeps the archive as it was
  await page.locator('[data-nav="archive"]').click();
  h.answers.open.push(SEED_TXT);
  await page.locator('[data-action="import-file"]').click();
  await dlg.locator('[data-action="commit-import"]').click();
  const ask = page.locator('.el-message-box');
  await expect(ask).toContainText('已有');
  await ask.getByRole('button', { name: '取消' }).click();
  await dlg.getByRole('button', { name: '取消' }).click();
  expect(h.archive().listReports().filter((r) => r.agencyName === '中卫市应急管理局')).toHaveLength(1);

  await page.locator('[data-action="new-report"]').click();
  const nd = page.locator('.el-dialog[data-dialog="new-report"]');
  await nd.locator('[data-field="agency"]').click();
  await page.locator('.el-select-dropdown__item', { hasText: '中卫市应急管理局' }).click();
  await field(nd, 'year').fill('2024');
  await field(nd, 'year').press('Tab');
  await expect(nd.getByText('以上年报告为基础', { exact: true })).toBeEnabled();
  await screenshot(page, '08-new-from-previous');
  await nd.getByText('以上年报告为基础', { exact: true }).click();
  await nd.locator('[data-action="create"]').click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  for (let c = 0; c < 7; c++) await expect(cell(page, 'table3', '2', c)).toHaveText(String(seed.table3['4'][c]));
  expect(stored('中卫市应急管理局', 2024).table3['2']).toEqual(seed.table3['4']);
  await expect(page.locator('[data-in-force-hint]')).toContainText('上年报告的现行有效件数');
  await page.locator('[data-action="show-previous"]').click();
  await expect(page.locator('.el-switch.is-checked[data-action="show-previous"], [data-action="show-previous"].is-checked').first()).toBeVisible();
  await page.locator('[data-nav-part="table3"]').click();
  await screenshot(page, '09-editor-from-previous');
});

test('after a reload and a restart on the same file everything is there', async ({ page }) => {
  await h.attach(page);
  await page.reload();
  h.restart();
  await page.reload();
  await expect(page.locator(`[data-agency="${AGENCY}"]`)).toBeVisible();
  await expect(page.locator('[data-agency="中卫市应急管理局"] tbody tr')).toHaveCount(2);
  await screenshot(page, '10-archive');
  await page.locator(`[data-agency="${AGENCY}"] [data-open="2024"]`).click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  await expect(cell(page, 'table3', '1', 0)).toHaveText('5');
  await expect(cell(page, 'table3', '4', 6)).toHaveText('4');
  await expect(field(page, 'other', 'textarea')).toHaveValue('本年度未收取信息处理费。');
  await expect(finding(page, 'narrative.problems').locator('[data-explained]')).toBeVisible();
  await expect(finding(page, 'table3.balance')).toHaveCount(0);

  // full-text search across years opens the report it found
  await page.locator('[data-nav="archive"]').click();
  await field(page, 'search').fill('信息处理费');
  await page.locator('[data-action="search"]').click();
  await expect(page.locator('[data-hit]').first()).toBeVisible();
  await screenshot(page, '11-search');
  await page.locator('[data-hit]', { hasText: AGENCY }).first().click();
  await expect(page.locator('.app-header + .app-main [data-editor-ready]')).toBeVisible();
  await expect(page.locator('.el-tag', { hasText: '草稿' }).first()).toBeVisible();
  await page.locator('[data-nav="archive"]').click();

  await page.locator('[data-agency="中卫市应急管理局"] button', { hasText: '历年对比' }).click();
  await expect(page.locator('[data-chart="applications"] canvas')).toBeVisible();
  await screenshot(page, '12-trends');
  await page.locator('[data-nav="settings"]').click();
  await expect(page.locator('[data-data-file]')).toHaveText(h.dbFile);
  await screenshot(page, '13-settings');

  // 设置: the font choice is kept; 备份到… writes a copy into the chosen folder
  await page.locator('[data-field="fonts"]').getByText('仿宋、楷体（Windows 自带字体）').click();
  await expect.poll(async () => (await h.api().getSettings()).fonts).toBe('windows');
  const usb = path.join(h.dir, 'U盘');
  mkdirSync(usb);
  h.answers.folder.push(usb);
  await page.locator('[data-action="backup-to"]').click();
  await expect(page.locator('.el-message--success').last()).toContainText('已备份到');
  expect(readdirSync(usb).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);

  // the application menu: 文件 → 新建报告 from any screen opens the dialog on 首页; 导出 in the editor
  await page.evaluate("window.__menuSend('new-report')");
  await expect(page.locator('.el-dialog[data-dialog="new-report"]')).toBeVisible();
  await page.locator('.el-dialog[data-dialog="new-report"]').getByRole('button', { name: '取消' }).click();
  await page.locator(`[data-agency="${AGENCY}"] [data-open="2024"]`).click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  await page.evaluate("window.__menuSend('export')");
  await expect(page.locator('.el-dialog[data-dialog="export"]')).toBeVisible();
  await page.keyboard.press('Escape');

  // a common office laptop screen: the editor still fits (tables scroll in their own box)
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.locator('[data-nav-part="table3"]').click();
  await screenshot(page, '14-editor-1366x768');
});
