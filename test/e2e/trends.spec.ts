// Issue 13 §14 at 1366×768: 历年对比 shows what an office reports on — table 二's
// 行政许可, 行政处罚, 行政强制 and 行政规范性文件 beside tables 三 and 四 — with a
// table of the numbers and their 同比 change under every chart, and legends laid
// out whole (wrapped, never paged).
import { test, expect, type Page } from '@playwright/test';
import type { Report, Row7, Triple } from '../../report/report';
import { completeReport } from '../fixtures/archive/reports';
import { startHarness, type Harness } from './harness';
import { screenshot } from './steps';

const AGENCY = '中卫市市场监督管理局';
let h: Harness;
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 768 } });
test.beforeAll(async () => {
  h = await startHarness();
  const year = (y: number, t2: { licensing: number | null; penalty: number; coercion: number; normative: Triple }, applications: number): Report => {
    const r = completeReport(AGENCY, y);
    Object.assign(r.table2, { licensing: t2.licensing, penalty: t2.penalty, coercion: t2.coercion, normativeDocuments: t2.normative });
    r.table3['1'] = [applications, 0, 0, 0, 0, 0, applications] as Row7;
    return r;
  };
  const a = h.archive().saveAgency({ name: AGENCY, level: 'department' });
  h.archive().importReport(year(2022, { licensing: 1200, penalty: 40, coercion: 0, normative: [3, 0, 10] }, 8), { replace: false, agencyId: a.id });
  h.archive().importReport(year(2023, { licensing: 1500, penalty: 30, coercion: 2, normative: [2, 1, 11] }, 8), { replace: false, agencyId: a.id });
  h.archive().importReport(year(2024, { licensing: null, penalty: 30, coercion: 4, normative: [5, 2, 14] }, 12), { replace: false, agencyId: a.id });
});
test.afterAll(async () => h?.close());

const row = (page: Page, panel: string, series: string) => page.locator(`[data-panel="${panel}"] [data-trend-table] tr[data-series="${series}"]`);
const at = (page: Page, panel: string, series: string, year: number) => row(page, panel, series).locator(`td[data-year="${year}"]`);

test('table 二 charted with the numbers and 同比 under each chart', async ({ page }) => {
  await h.attach(page);
  await page.locator(`[data-agency="${AGENCY}"]`).getByRole('button', { name: '历年对比' }).click();
  for (const chart of ['applications', 'decisions', 'normative', 'outcomes', 'reviews', 'rates'])
    await expect(page.locator(`[data-chart="${chart}"] canvas`)).toBeVisible();

  // 行政许可 1200 → 1500 (+25%), then blank in 2024: no 同比 against a blank
  await expect(at(page, 'decisions', '行政许可', 2022)).toHaveText('1,200');
  await expect(at(page, 'decisions', '行政许可', 2023)).toContainText('同比 +300（+25%）');
  await expect(at(page, 'decisions', '行政许可', 2024)).toHaveText('空');
  await expect(at(page, 'decisions', '行政处罚', 2023)).toContainText('同比 −10（−25%）');
  await expect(at(page, 'decisions', '行政处罚', 2024)).toContainText('同比 持平');
  // from 0 there is no percentage, only the difference
  await expect(at(page, 'decisions', '行政强制', 2023)).toContainText('同比 +2');
  await expect(at(page, 'decisions', '行政强制', 2023)).not.toContainText('%');
  // 行政规范性文件 by its three columns, named as table 二 names them
  await expect(at(page, 'normative', '现行有效件数', 2024)).toContainText('14');
  await expect(at(page, 'normative', '现行有效件数', 2024)).toContainText('同比 +3（+27.3%）');
  await expect(at(page, 'normative', '本年制发件数', 2022)).not.toContainText('同比'); // no year before it in the archive
  // table 三 under its chart too
  await expect(at(page, 'applications', '本年新收申请', 2024)).toContainText('同比 +4（+50%）');
  // every chart has its table, a row per series
  await expect(page.locator('[data-trend-table]')).toHaveCount(6);
  await expect(page.locator('[data-panel="outcomes"] [data-trend-table] tbody tr')).toHaveCount(6);

  // nothing wider than the window
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'trends-1366');
  await page.locator('[data-panel="decisions"]').scrollIntoViewIfNeeded();
  await screenshot(page, 'trends-table2-1366');
  await page.locator('[data-panel="outcomes"]').scrollIntoViewIfNeeded();
  await screenshot(page, 'trends-outcomes-1366');
});

test('at 1280×720 and at 1920×1080 with 125 %, the charts and their tables fit the width', async ({ browser }) => {
  for (const [name, viewport, deviceScaleFactor] of [
    ['trends-1280', { width: 1280, height: 720 }, 1],
    ['trends-1920-125', { width: 1536, height: 864 }, 1.25],
  ] as const) {
    const ctx = await browser.newContext({ viewport, deviceScaleFactor });
    const page = await ctx.newPage();
    await h.attach(page);
    await page.locator(`[data-agency="${AGENCY}"]`).getByRole('button', { name: '历年对比' }).click();
    await expect(page.locator('[data-chart="rates"] canvas')).toBeVisible();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow, name).toBeLessThanOrEqual(0);
    // each table as wide as its panel at most
    for (const panel of ['decisions', 'normative', 'outcomes', 'reviews']) {
      const [box, table] = [await page.locator(`[data-panel="${panel}"]`).boundingBox(), await page.locator(`[data-panel="${panel}"] [data-trend-table]`).boundingBox()];
      expect(table!.x + table!.width, `${name} ${panel}`).toBeLessThanOrEqual(box!.x + box!.width);
    }
    await page.locator('[data-panel="decisions"]').scrollIntoViewIfNeeded();
    await screenshot(page, name);
    await ctx.close();
  }
});
