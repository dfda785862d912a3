// Issue 12 §4 in 设置: an agency's 落款 choice and contact details typed, saved,
// and there again after a reload; what the archive keeps is what was typed.
import { test, expect } from '@playwright/test';
import { startHarness, type Harness } from './harness';
import { field, screenshot } from './steps';

let h: Harness;
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => h?.close());
test.use({ viewport: { width: 1366, height: 768 } });

test('落款和联系方式 of an agency: chosen, typed, saved, kept', async ({ page }) => {
  const a = await h.api().saveAgency({ name: '中卫市应急管理局', level: 'department' });
  await h.attach(page);
  await page.locator('[data-nav="settings"]').click();
  await page.locator('[data-action="agency-details"]').click();
  const form = page.locator('[data-agency-details]');
  await expect(form).toBeVisible();
  await form.getByText('加落款（机关名称和日期）').click();
  await field(form, 'agency-address').fill('中卫市沙坡头区鼓楼西街1号');
  await field(form, 'agency-phone').fill('0955-7012345');
  await field(form, 'agency-phone').press('Enter');
  await expect(page.locator('.el-message--success')).toContainText('已保存落款和联系方式');
  await screenshot(page, 'settings-agency-details-1366');
  expect(await h.api().agencyDetails(a.id)).toEqual({ signature: true, address: '中卫市沙坡头区鼓楼西街1号', postcode: null, phone: '0955-7012345', email: null });

  await page.reload();
  await page.locator('[data-nav="settings"]').click();
  await page.locator('[data-action="agency-details"]').click();
  await expect(field(page.locator('[data-agency-details]'), 'agency-phone')).toHaveValue('0955-7012345');
  await expect(page.locator('[data-agency-details] .el-radio.is-checked')).toContainText('加落款');
});
