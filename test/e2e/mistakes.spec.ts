// Every mistake a user can make on the screens gets a Chinese message that says
// what to do, and loses nothing. One test per kind of bad input.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { startHarness, type Harness } from './harness';
import { cell, createReport, field, finding, screenshot, selectCell, typeInCell } from './steps';

const AGENCY = '测试市审计局';
let h: Harness;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => h?.close());

const reportId = (year: number) => h.archive().listReports().find((r) => r.agencyName === AGENCY && r.year === year)!.id;
const stored = (year: number) => h.archive().openReport(reportId(year)).report;
const saved = (page: Page) => expect(page.locator('[data-save-state]')).toHaveText(/已保存/);
const messageBox = (page: Page) => page.locator('.el-message-box');

test('新建报告 without an agency name, then for a year that already exists', async ({ page }) => {
  await h.attach(page);
  await page.locator('[data-action="new-report"]').click();
  const dlg = page.locator('.el-dialog[data-dialog="new-report"]');
  await dlg.locator('[data-action="create"]').click();
  await expect(dlg.locator('[data-error]')).toHaveText(/请填写机关名称/);
  await dlg.getByRole('button', { name: '取消' }).click();

  await createReport(page, { agency: AGENCY, year: 2024 });
  await page.locator('[data-nav="archive"]').click();
  await page.locator('[data-action="new-report"]').click();
  await field(dlg, 'year').fill('2024');
  await field(dlg, 'year').press('Tab');
  await dlg.locator('[data-action="create"]').click();
  await expect(dlg.locator('[data-error]')).toContainText('2024');
  expect(h.archive().listReports().filter((r) => r.agencyName === AGENCY)).toHaveLength(1);
});

test('a cell value that is not a count, and a pasted block that does not fit', async ({ page }) => {
  await h.attach(page);
  await page.locator(`[data-agency="${AGENCY}"] [data-open="2024"]`).click();
  await typeInCell(page, 'table3', '1', 0, '三件');
  await expect(page.locator('[data-cell-message]')).toContainText('不是数字');
  await page.keyboard.press('Escape');
  await typeInCell(page, 'table3', '1', 0, '-2');
  await expect(page.locator('[data-cell-message]')).toContainText('负数');
  await page.keyboard.press('Escape');
  expect(stored(2024).table3['1'][0]).toBeNull();

  // 8 columns pasted at the 6th applicant column run off the table's right edge
  await selectCell(page, 'table3', '1', 5);
  await page.evaluate(`(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', '1\\t2\\t3\\t4\\t5\\t6\\t7\\t8');
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  })()`);
  await expect(page.locator('[data-cell-message]')).toBeVisible();
  expect(stored(2024).table3['1']).toEqual([null, null, null, null, null, null, null]);
});

test('a save that fails keeps the value in the page, says so, and lands once the file is back', async ({ page }) => {
  await h.attach(page);
  await page.locator(`[data-agency="${AGENCY}"] [data-open="2024"]`).click();
  h.breakArchive();
  await typeInCell(page, 'table3', '2', 0, '7');
  await expect(page.locator('[data-save-error]')).toContainText('保存失败');
  // the database library's English reason is not shown to the user
  await expect(page.locator('[data-save-error]')).not.toContainText(/[A-Za-z]{3,}/);
  await expect(page.locator('[data-save-state]')).toContainText('未保存');
  await expect(cell(page, 'table3', '2', 0)).toHaveText('7');
  await screenshot(page, '20-save-failed');
  h.restart();
  await page.locator('[data-action="retry"]').click();
  await saved(page);
  await expect(page.locator('[data-save-error]')).toHaveCount(0);
  expect(stored(2024).table3['2'][0]).toBe(7);
});

test('定稿 with errors is refused; a final report cannot be typed into; 重新打开 needs a reason', async ({ page }) => {
  await h.attach(page);
  await page.locator(`[data-agency="${AGENCY}"] [data-open="2024"]`).click();
  // 定稿 lists what is left (定稿前检查) and its button says what stops it
  await page.locator('[data-action="finalise"]').click();
  const finish = page.locator('.el-dialog[data-dialog="finish"]');
  await finish.locator('[data-action="finalise-now"]').click();
  await expect(finish.locator('[data-finish-refusal]')).toContainText('处错误');
  await finish.getByRole('button', { name: '关闭', exact: true }).click();
  expect(h.archive().openReport(reportId(2024)).summary.status).toBe('draft');

  // a report without errors: fill every cell with 0 through the api, then finalise from the page
  const api = h.api();
  const r = stored(2024);
  for (const [row, values] of Object.entries(r.table3)) for (let c = 0; c < 7; c++) if (values[c] !== 0) await api.setCell(reportId(2024), { table: 'table3', row, col: c }, 0);
  for (const row of ['review', 'litigationDirect', 'litigationAfterReview']) for (let c = 0; c < 5; c++) await api.setCell(reportId(2024), { table: 'table4', row, col: c }, 0);
  for (const row of ['rules', 'normativeDocuments']) for (let c = 0; c < 3; c++) await api.setCell(reportId(2024), { table: 'table2', row, col: c }, 0);
  for (const row of ['licensing', 'penalty', 'coercion', 'feesWanYuan']) await api.setCell(reportId(2024), { table: 'table2', row }, 0);
  await api.setText(reportId(2024), 'overview', '（一）主动公开情况\n（二）依申请公开情况\n（三）政府信息管理情况\n（四）平台建设情况\n（五）监督保障情况\n各项工作有序开展。');
  await api.setText(reportId(2024), 'problems', '一是公开内容不够全面，二是解读形式单一。下一步将加强培训，丰富解读形式。');
  await api.setText(reportId(2024), 'other', '本年度未收取信息处理费。');
  await page.reload();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  await expect(page.locator('[data-count-severity="error"]')).toHaveText('错误 0');
  await page.locator('[data-action="finalise"]').click();
  // any warning left is accepted as it is, one by one (the accepted ones go on record with the 定稿)
  for (const box of await finish.locator('[data-action="accept-warning"]').all()) await box.click();
  await finish.locator('[data-action="finalise-now"]').click();
  await expect(page.locator('[data-action="reopen"]')).toBeVisible();
  expect(h.archive().openReport(reportId(2024)).summary.status).toBe('final');

  await selectCell(page, 'table3', '1', 0);
  await page.keyboard.type('5');
  await expect(page.locator('[data-cell-message]')).toContainText('已定稿');
  expect(stored(2024).table3['1'][0]).toBe(0);

  await page.locator('[data-action="reopen"]').click();
  await messageBox(page).getByRole('button', { name: '重新打开' }).click();
  await expect(messageBox(page)).toContainText('请填写原因');
  await messageBox(page).locator('input').fill('上级审核退回');
  await messageBox(page).getByRole('button', { name: '重新打开' }).click();
  await expect(page.locator('[data-action="finalise"]')).toBeVisible();
  expect(h.archive().listRevisions(reportId(2024)).map((v) => v.summary).join()).toContain('上级审核退回');

  // 历史版本 lists what the archive kept; restoring one brings its values back into the page
  await typeInCell(page, 'table3', '1', 1, '9');
  await saved(page);
  await page.locator('[data-action="revisions"]').click();
  const revs = page.locator('.el-dialog[data-dialog="revisions"]');
  await expect(revs.locator('tbody tr').first()).toBeVisible();
  await revs.locator('tbody tr').first().getByRole('button', { name: '恢复' }).click();
  await messageBox(page).getByRole('button', { name: '恢复' }).click();
  await expect(page.locator('.el-message--success').last()).toContainText('已恢复');
  await expect(cell(page, 'table3', '1', 1)).toHaveText('0');
  expect(stored(2024).table3['1'][1]).toBe(0);
});

test('导出 with errors asks first; a folder that does not exist is reported, nothing written', async ({ page }) => {
  await h.attach(page);
  await page.locator(`[data-agency="${AGENCY}"] [data-open="2024"]`).click();
  await typeInCell(page, 'table3', '1', 0, '3'); // breaks the balance: an error
  await expect(finding(page, 'table3.balance').first()).toBeVisible();
  // 说明 opens the rule's help from the registry: what it checks and why
  await page.locator('[data-rule-help-toggle="table3.balance"]').first().click();
  await expect(page.locator('[data-rule-help="table3.balance"]')).toContainText('勾稽关系');
  await saved(page);
  const target = path.join(h.dir, '不存在的文件夹', '年报.docx');
  h.answers.save.push(target);
  await page.locator('[data-action="export"]').first().click();
  const dlg = page.locator('.el-dialog[data-dialog="export"]');
  await dlg.locator('[data-action="export"]').click();
  await expect(messageBox(page)).toContainText('还有 2 处错误');
  await messageBox(page).getByRole('button', { name: '取消' }).click();
  expect(h.answers.save).toHaveLength(1); // never asked where
  await dlg.locator('[data-action="export"]').click();
  await messageBox(page).getByRole('button', { name: '导出草稿' }).click();
  await expect(dlg.locator('[data-error]')).toContainText('文件夹不存在');
  expect(existsSync(target)).toBe(false);
});

test('导入 of a file that is not a report, and of an empty or unreadable paste', async ({ page }) => {
  await h.attach(page);
  const bad = path.join(h.dir, '照片.pdf');
  writeFileSync(bad, '%PDF-1.4 not a report');
  h.answers.open.push(bad);
  await page.locator('[data-action="import-file"]').click();
  await expect(page.locator('.el-message--error').last()).toContainText('无法导入');
  const before = h.archive().listReports().length;

  await page.locator('[data-action="import-text"]').click();
  const dlg = page.locator('.el-dialog[data-dialog="import"]');
  await dlg.locator('[data-action="read-text"]').click();
  await expect(dlg.locator('[data-error]')).toContainText('请先把已发布报告的全文粘贴到框中');
  await field(dlg, 'import-text', 'textarea').fill('今天天气很好。');
  await dlg.locator('[data-action="read-text"]').click();
  await expect(dlg.locator('[data-error], [data-import-problems]').first()).toBeVisible();
  expect(h.archive().listReports().length).toBe(before);
});

test('删除 moves a report to the 回收站, from where it comes back', async ({ page }) => {
  await h.attach(page);
  await page.locator(`[data-agency="${AGENCY}"] button`, { hasText: '删除' }).click();
  await messageBox(page).getByRole('button', { name: '移到回收站' }).click();
  await expect(page.locator(`[data-agency="${AGENCY}"] [data-open="2024"]`)).toHaveCount(0);
  expect(h.archive().listReports().some((r) => r.agencyName === AGENCY)).toBe(false);
  await page.locator('[data-action="trash"]').click();
  await page.locator('.el-dialog[data-dialog="trash"] [data-action="restore"]').click();
  await expect(page.locator(`[data-agency="${AGENCY}"] [data-open="2024"]`)).toBeVisible();
  expect(stored(2024).table3['2'][0]).toBe(0);
});
