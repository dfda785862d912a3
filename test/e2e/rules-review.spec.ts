// Issue 14 in the page: the evaluator's text rules fire while the clerk types part 一,
// named and explained from the registry; the two ratios show in the findings and in
// 历年对比; 导出 offers the 审核说明清单, written with the 审核说明 typed in the page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import type { Report, Row5, Row7 } from '../../report/report';
import { completeReport } from '../fixtures/archive/reports';
import { decodeXml, elements, unzipDocx } from '../fixtures/docx/read-docx';
import { startHarness, type Harness } from './harness';
import { field, finding, screenshot } from './steps';

const AGENCY = '中卫市审计局';
let h: Harness;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  h = await startHarness();
  // two years with 40 applications answered (30 disclosed in full or in part) and 30 decided reviews
  const year = (y: number, disclosed: number, corrected: number): Report => {
    const r = completeReport(AGENCY, y);
    for (const k of Object.keys(r.table3)) r.table3[k] = [0, 0, 0, 0, 0, 0, 0] as Row7;
    r.table3['1'] = [40, 0, 0, 0, 0, 0, 40] as Row7;
    r.table3['3.1'] = [disclosed, 0, 0, 0, 0, 0, disclosed] as Row7;
    r.table3['3.4.1'] = [40 - disclosed, 0, 0, 0, 0, 0, 40 - disclosed] as Row7;
    r.table3['3.7'] = [40, 0, 0, 0, 0, 0, 40] as Row7;
    r.table4.review = [30 - corrected, corrected, 0, 0, 30] as Row5;
    r.table4.litigationDirect = [0, 0, 0, 0, 0] as Row5;
    r.parts.overview = r.parts.overview.replace(/中卫市应急管理局 2023 年度未收到[^。]*。/, `本年度共收到政府信息公开申请40件。`).replaceAll('2023', String(y)).replaceAll('2022', String(y - 1));
    r.parts.problems = r.parts.problems.replaceAll('2023', String(y));
    r.parts.other = r.parts.other.replaceAll('2023', String(y)).replace(/本机关 \d+ 年未收到有关政府信息公开的申请，也/, '本机关');
    return r;
  };
  const a = h.archive().saveAgency({ name: AGENCY, level: 'department' });
  h.archive().importReport(year(2023, 20, 3), { replace: false, agencyId: a.id });
  h.archive().importReport(year(2024, 30, 6), { replace: false, agencyId: a.id });
});
test.afterAll(async () => h?.close());

test('typing last year’s sentence, a doubled word and a pasted heading into part 一: each found where it is, named, explained', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await h.attach(page);
  await page.locator(`[data-agency="${AGENCY}"] [data-open="2024"]`).click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  // the ratios are there before any typing (info, never an error)
  await expect(finding(page, 'figures.ratios')).toHaveCount(2);
  await expect(page.locator('[data-findings] [data-severity="info"]')).toContainText('实质公开率为 75.0%');
  await expect(page.locator('[data-findings] [data-severity="info"]')).toContainText('行政复议纠错率为 20.0%');
  for (const rule of ['text.year-mismatch', 'text.doubled', 'structure.headings', 'text.punctuation']) await expect(finding(page, rule)).toHaveCount(0);

  await page.locator('[data-nav-part="overview"]').click();
  const overview = field(page, 'overview', 'textarea');
  await overview.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n2023年，我局共收到政府信息公开申请40件,均已答复。\n二、主动公开政府信息情况\n加强资金资金管理。');
  await expect(finding(page, 'text.year-mismatch')).toContainText('2023年，我局共收到政府信息公开申请40件');
  await expect(finding(page, 'text.doubled')).toContainText('把“资金”连写了两遍');
  await expect(finding(page, 'structure.headings')).toContainText('另一部分的标题“二、主动公开政府信息情况”');
  await expect(finding(page, 'text.punctuation')).toContainText('半角标点');
  // the name and help come from the registry
  await expect(finding(page, 'text.doubled')).toContainText('文字重复');
  await page.locator('[data-rule-help-toggle="text.doubled"]').first().click();
  await expect(page.locator('[data-rule-help="text.doubled"]')).toContainText('资金资金');
  await screenshot(page, 'rules-review-typing-1366');

  // one answered with a 审核说明 for the list
  await finding(page, 'text.year-mismatch').locator('[data-action="explain"]').click();
  await field(page, 'explanation', 'textarea').fill('该句引用上年数据作对比，已在正文中写明。');
  await page.locator('[data-action="save-explanation"]').click();
  await expect(finding(page, 'text.year-mismatch')).toContainText('该句引用上年数据作对比');
  await expect(page.locator('[data-save-state]')).toHaveText(/已保存/);
});

test('导出 审核说明清单: every warning with its explanation, for the leader', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await h.attach(page);
  await page.locator(`[data-agency="${AGENCY}"] [data-open="2024"]`).click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  const target = path.join(h.dir, '审核说明清单.docx');
  h.answers.save.push(target);
  await page.locator('[data-action="export"]').first().click();
  const dlg = page.locator('.el-dialog[data-dialog="export"]');
  await dlg.getByText('审核说明清单（.docx').click();
  await screenshot(page, 'rules-review-export-1366');
  await dlg.locator('[data-action="export"]').click();
  await expect.poll(() => { try { return readFileSync(target).length; } catch { return 0; } }, { timeout: 30_000 }).toBeGreaterThan(1000);
  const xml = unzipDocx(readFileSync(target))['word/document.xml'];
  const text = elements(xml, 't').map((t) => decodeXml(t.replace(/<[^>]+>/g, ''))).join('');
  expect(text).toContain('审核说明');
  expect(text).toContain('该句引用上年数据作对比');
  expect(text).toContain('把“资金”连写了两遍');
  expect(text).toContain('（未填写）');
  expect(text).toContain('分管领导（签字）');
});

test('历年对比 draws 实质公开率 and 复议纠错率 year by year', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await h.attach(page);
  await page.locator(`[data-agency="${AGENCY}"]`).getByRole('button', { name: '历年对比' }).click();
  await expect(page.locator('[data-chart="rates"] canvas')).toBeVisible();
  await expect(page.locator('[data-view="trends"]')).toContainText('实质公开率、复议纠错率');
  await page.locator('[data-chart="rates"]').scrollIntoViewIfNeeded();
  await screenshot(page, 'rules-review-trends-1366');
});
