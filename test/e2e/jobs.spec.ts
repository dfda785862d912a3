// Imports and exports run in the main process's job process: the page stays
// usable while a slow file is read, shows progress after half a second, and 取消
// really stops the work. Each job process here first blocks itself for a while
// (jobHoldMs), as a slow file would: were the job on the api's own thread, the
// edits typed meanwhile could not be saved until it ended.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { SHARED, startHarness, type Harness } from './harness';
import { createReport, screenshot, typeInCell } from './steps';

const SEED_TXT = path.join(SHARED, 'seeds/000_68281a0ece325528.txt');
const AGENCY = '测试县应急管理局';
let h: Harness;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  h = await startHarness({ jobHoldMs: 6000 });
});
test.afterAll(async () => h?.close());

test('typing in the grid while a slow import is being read: every edit is saved at once', async ({ page }) => {
  await h.attach(page);
  await createReport(page, { agency: AGENCY, year: 2024 });
  const text = readFileSync(SEED_TXT, 'utf8');
  // start reading a pasted report without waiting for it, as a second window of work
  // the page's own code, as a string: this file is type-checked without the DOM
  // (void: evaluate would otherwise wait for the promise the assignment yields)
  await page.evaluate(`void (window.__reading = window.api.importText(${JSON.stringify(text)}))`);
  await expect.poll(async () => (await h.api().jobStatus())?.label).toBe('正在读取粘贴的文本');

  await typeInCell(page, 'table3', '1', 0, '7');
  await typeInCell(page, 'table3', '1', 1, '2');
  await expect(page.locator('[data-save-state]')).toHaveText(/已保存/);
  const id = h.archive().listReports().find((r) => r.agencyName === AGENCY)!.id;
  expect(h.archive().openReport(id).report.table3['1'].slice(0, 2)).toEqual([7, 2]);
  // the edits were stored while the import was still being read
  expect(await h.api().jobStatus()).not.toBeNull();

  const unit = await page.evaluate('window.__reading.then((p) => p.report.unit)');
  expect(unit).toBe('中卫市应急管理局');
  expect(await h.api().jobStatus()).toBeNull();
});

test('a slow file shows its progress after half a second, and 取消 stops it with nothing imported', async ({ page }) => {
  await h.attach(page);
  const before = h.archive().listReports().length;
  h.answers.open.push(SEED_TXT);
  await page.locator('[data-action="import-file"]').click();
  const progress = page.locator('[data-job-progress]');
  await expect(progress).toBeVisible();
  await expect(progress).toContainText('正在读取 000_68281a0ece325528.txt');
  await expect(progress).toContainText(/已用 \d+\.\d 秒/);
  await screenshot(page, '20-import-progress');
  await progress.locator('[data-job-cancel]').click();
  await expect(progress).toBeHidden();
  await expect(page.locator('.el-message').last()).toContainText('已取消导入');
  await expect(page.locator('.el-dialog[data-dialog="import"]')).toBeHidden();
  expect(await h.api().jobStatus()).toBeNull();
  expect(h.archive().listReports()).toHaveLength(before);
});
