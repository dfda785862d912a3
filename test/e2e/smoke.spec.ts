import { test, expect } from '@playwright/test';
import { startHarness, type Harness } from './harness';
import { createReport, screenshot } from './steps';

let h: Harness;
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => h?.close());

test('smoke', async ({ page }) => {
  await h.attach(page);
  await expect(page.locator('[data-action="new-report"]')).toBeVisible();
  await screenshot(page, '00-empty');
  await createReport(page, { agency: '中卫市应急管理局', year: 2024 });
  await screenshot(page, '01-editor');
});
