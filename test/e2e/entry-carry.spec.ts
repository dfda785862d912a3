// Issue 13 §10 at 1366×768: 新建 from last year's report keeps last year's narrative
// as it was (no year re-dated silently), marks it as carried over until edited, and
// replaces the year in one action where the clerk chooses (the selected words, or the part).
import { test, expect, type Page } from '@playwright/test';
import { completeReport } from '../fixtures/archive/reports';
import { startHarness, type Harness } from './harness';
import { createReport, field, screenshot } from './steps';

const AGENCY = '中卫市林业和草原局';
const LAST = [
  '（一）主动公开情况',
  '2024年，本局总计公开信息80余条，较2023年有所增加。',
  '2024年共发布政策解读3篇。',
].join('\n');
let h: Harness;
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 768 } });
test.beforeAll(async () => {
  h = await startHarness();
  const r = completeReport(AGENCY, 2024);
  r.parts.overview = LAST;
  const a = h.archive().saveAgency({ name: AGENCY, level: 'department' });
  h.archive().importReport(r, { replace: false, agencyId: a.id });
});
test.afterAll(async () => h?.close());

const stored = (year: number) => {
  const s = h.archive().listReports().find((r) => r.agencyName === AGENCY && r.year === year)!;
  return h.archive().openReport(s.id).report;
};
/** select characters [from, to) of part 一's text, as a drag with the mouse does */
async function selectText(page: Page, from: number, to: number) {
  await field(page, 'overview', 'textarea').evaluate((el, [a, b]) => {
    const t = el as unknown as { focus(): void; setSelectionRange(a: number, b: number): void };
    t.focus();
    t.setSelectionRange(a, b);
  }, [from, to]);
}
const part = (page: Page) => page.locator('[data-part="overview"]');

test('last year’s narrative kept as it was, marked until edited, its year replaced where the clerk chooses', async ({ page }) => {
  await h.attach(page);
  await createReport(page, { year: 2025, fromPrevious: true });
  await page.locator('[data-nav-part="overview"]').click();
  const text = field(page, 'overview', 'textarea');
  // as it was: 2024 stays 2024, and 2023 stays 2023
  await expect(text).toHaveValue(LAST);
  expect(stored(2025).parts.overview).toBe(LAST);
  // every line of it marked as last year's
  await expect(part(page).locator('[data-carried]')).toContainText('3 段沿用上年原文');
  await expect(part(page).locator('mark[data-carried-text]')).toHaveCount(3);
  await screenshot(page, 'entry-carry-marked-1366');

  // the clerk selects the second sentence's “2024年” only and replaces it
  const at = LAST.indexOf('2024年共发布');
  await selectText(page, at, at + 5);
  await part(page).locator('[data-action="replace-year"]').click();
  await expect(page.locator('.el-message--success', { hasText: '已把所选文字中 1 处“2024年”改为“2025年”' })).toBeVisible();
  await expect(text).toHaveValue(LAST.replace('2024年共发布', '2025年共发布'));
  // that line is edited now: no longer marked; the others still are
  await expect(part(page).locator('mark[data-carried-text]')).toHaveCount(2);

  // nothing selected: the whole part, and only where a year stands as a year (较2023年 stays)
  await selectText(page, 0, 0);
  await part(page).locator('[data-action="replace-year"]').click();
  await expect(text).toHaveValue(LAST.replaceAll('2024年', '2025年'));
  await expect(part(page).locator('mark[data-carried-text]')).toHaveCount(1); // the heading, same words as last year
  await expect(part(page).locator('[data-action="replace-year"]')).toHaveCount(0);
  await expect(page.locator('[data-save-state]')).toHaveText(/已保存/, { timeout: 30_000 });
  await expect.poll(() => stored(2025).parts.overview).toBe(LAST.replaceAll('2024年', '2025年'));
  // typing in a marked line ends its mark too
  await selectText(page, 8, 8);
  await page.keyboard.type('（本年）');
  await expect(part(page).locator('mark[data-carried-text]')).toHaveCount(0);
  await expect(part(page).locator('[data-carried]')).toHaveCount(0);
  await screenshot(page, 'entry-carry-edited-1366');
});
