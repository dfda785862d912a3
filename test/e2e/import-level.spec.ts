// The import preview's 报告类型 (issue 15 §6) in real Chromium: it follows the
// agency as the clerk types or corrects it, until the clerk chooses it by hand;
// what the preview shows is what the archive keeps.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { importReport } from '../../report/import/index';
import { reportToText } from '../unit/report/import/import-helpers';
import { ROOT, startHarness, type Harness } from './harness';
import { field, screenshot } from './steps';

const PDF = path.join(ROOT, 'test/fixtures/import/real/huaian-city-2024.pdf');
let h: Harness;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => h?.close());

const stored = (agency: string, year: number) => {
  const r = h.archive().listReports().find((x) => x.agencyName === agency && x.year === year)!;
  return h.archive().openReport(r.id).report;
};
/** the checked choice of 报告类型, as the clerk sees it */
const level = (dlg: Locator) => dlg.locator('[data-field="import-level"] .el-radio.is-checked');

/** A copy of 淮安市's 2024 report without its title: the agency is not in it. */
async function pasteUntitled(page: Page): Promise<Locator> {
  const real = (await importReport(new Uint8Array(readFileSync(PDF)), 'huaian-city-2024.pdf')).report;
  const text = reportToText(real).split('\n').slice(1).join('\n');
  await h.attach(page);
  await page.locator('[data-action="import-text"]').click();
  const dlg = page.locator('.el-dialog[data-dialog="import"]');
  await field(dlg, 'import-text', 'textarea').fill(text);
  await dlg.locator('[data-action="read-text"]').click();
  await expect(dlg.locator('[data-origin="unit"]')).toContainText('未能从文件中确定');
  return dlg;
}

test('报告类型 follows the agency the clerk types, and is saved so', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const dlg = await pasteUntitled(page);
  await expect(level(dlg)).toHaveText('部门');
  await field(dlg, 'import-unit').fill('淮安市人民政府');
  await expect(level(dlg)).toHaveText('本级政府');
  await field(dlg, 'import-unit').fill('淮安市人民政府办公室');
  await expect(level(dlg)).toHaveText('部门');
  await field(dlg, 'import-unit').fill('淮安市人民政府');
  await expect(level(dlg)).toHaveText('本级政府');
  await screenshot(page, 'import-level-01-follows');
  await dlg.locator('[data-action="commit-import"]').click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  expect(stored('淮安市人民政府', 2024).level).toBe('government');
});

test('报告类型 chosen by hand stays as chosen when the agency is corrected afterwards', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const dlg = await pasteUntitled(page);
  await field(dlg, 'import-unit').fill('淮安市人民政府');
  await expect(level(dlg)).toHaveText('本级政府');
  await dlg.locator('[data-field="import-level"] .el-radio', { hasText: '部门' }).click();
  await field(dlg, 'import-unit').fill('淮安市政府');
  await expect(level(dlg)).toHaveText('部门');
  await dlg.locator('[data-action="commit-import"]').click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  expect(stored('淮安市政府', 2024).level).toBe('department');
});
