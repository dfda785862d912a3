// 设置 → 数据与备份: back up to a chosen folder, go on editing, restore the backup
// from the file dialog; a damaged backup is refused and the current data stays.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { startHarness, type Harness } from './harness';
import { createReport, screenshot, typeInCell } from './steps';

const AGENCY = '测试县档案局';
let h: Harness;
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => h?.close());

const stored = () => {
  const r = h.archive().listReports().find((x) => x.agencyName === AGENCY && x.year === 2024)!;
  return h.archive().openReport(r.id).report;
};

test('restore a backup from the settings screen', async ({ page }) => {
  await h.attach(page);
  await createReport(page, { agency: AGENCY, year: 2024 });
  await typeInCell(page, 'table3', '1', 0, '5');
  await expect(page.locator('[data-save-state]')).toHaveText(/已保存/);
  await expect.poll(() => stored().table3['1'][0]).toBe(5);

  await page.locator('[data-nav="settings"]').click();
  const usb = path.join(h.dir, 'U盘');
  mkdirSync(usb);
  h.answers.folder.push(usb);
  await page.locator('[data-action="backup-to"]').click();
  await expect(page.locator('.el-message--success').last()).toContainText('已备份到');
  const backup = path.join(usb, readdirSync(usb).find((f) => f.endsWith('.sqlite'))!);

  // an edit made after the backup
  h.archive().setCell(h.archive().listReports()[0].id, { table: 'table3', row: '1', col: 0 }, 9);

  // a damaged file chosen as backup: refused, nothing changes
  const bad = path.join(h.dir, '坏备份.sqlite');
  writeFileSync(bad, 'SQLite format 3\0' + 'x'.repeat(4096));
  h.answers.open.push(bad);
  await page.locator('[data-action="restore-from-file"]').click();
  await page.locator('.el-message-box').getByRole('button', { name: '恢复' }).click();
  await expect(page.locator('.el-message--error').last()).toContainText('恢复失败');
  expect(stored().table3['1'][0]).toBe(9);

  h.answers.open.push(backup);
  await page.locator('[data-action="restore-from-file"]').click();
  await page.locator('.el-message-box').getByRole('button', { name: '恢复' }).click();
  await expect(page.locator('.el-message--success').last()).toContainText('已从备份恢复');
  expect(stored().table3['1'][0]).toBe(5);
  await screenshot(page, '15-settings-restored');

  // the restored archive is the one the editor works on
  await page.locator('[data-nav="archive"]').click();
  await page.locator(`[data-agency="${AGENCY}"] [data-open="2024"]`).click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  await typeInCell(page, 'table3', '1', 0, '6');
  await expect.poll(() => stored().table3['1'][0]).toBe(6);
});
