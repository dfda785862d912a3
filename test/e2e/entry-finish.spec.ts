// Issue 13 §8 and §9 at 1366×768: what is left before 定稿 (blanks counted apart in
// the panel, the checklist from the panel, by 定稿 and in 导出, warnings answered
// or accepted one by one and named when not), 已说明 / 未说明 in the badge and on
// the home list; a past year's published report imported as 已发布 (no countdown,
// no 定稿, read-only, its date and web address editable) until reopened on purpose.
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { tableCells } from '../../renderer/src/components/grid/fill';
import { completeReport } from '../fixtures/archive/reports';
import { SHARED, startHarness, type Harness } from './harness';
import { cell, createReport, field, finding, screenshot } from './steps';

let h: Harness;
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 768 } });
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => h?.close());

const SEED_TXT = path.join(SHARED, 'seeds/000_68281a0ece325528.txt');
const finishDialog = (page: Page) => page.locator('.el-dialog[data-dialog="finish"]');
const summaryOf = (agency: string, year: number) => h.archive().listReports().find((r) => r.agencyName === agency && r.year === year)!;

test('a blank report: 错误 0 but 空白 counted apart; the checklist says what 定稿 needs, and 定稿 refuses naming it', async ({ page }) => {
  await h.attach(page);
  await createReport(page, { agency: '中卫市民政局', year: 2025 });
  const all = tableCells().length;
  // the errors are the three empty parts; the blanks, which 定稿 counts as errors too, are shown beside them
  await expect(page.locator('[data-count-severity="error"]')).toHaveText('错误 3');
  await expect(page.locator('[data-count-blanks]')).toHaveText(`空白 ${all}`);
  await expect(page.locator('[data-blank-note]')).toContainText(`另有 ${all} 个空白单元格，定稿时计为错误`);
  await screenshot(page, 'entry-finish-panel-1366');

  // 定稿前检查 from the panel
  await page.locator('[data-action="checklist"]').click();
  const dlg = finishDialog(page);
  await expect(dlg).toBeVisible();
  await expect(dlg.locator('[data-check="blanks"]')).toContainText(`空白单元格 ${all} 个`);
  await expect(dlg.locator('[data-check="parts"]')).toContainText('一、总体情况');
  await expect(dlg.locator('[data-check="deadline"]')).toContainText('2026年1月31日前');
  await screenshot(page, 'entry-finish-checklist-1366');
  await dlg.getByRole('button', { name: '关闭', exact: true }).click();

  // 定稿 opens the same list; pressing its button names what is left, nothing changes
  await page.locator('[data-action="finalise"]').click();
  await expect(dlg).toBeVisible();
  await dlg.locator('[data-action="finalise-now"]').click();
  await expect(dlg.locator('[data-finish-refusal]')).toContainText(`还有 ${all} 个空白单元格`);
  await expect(dlg.locator('[data-finish-refusal]')).toContainText('处错误');
  expect(summaryOf('中卫市民政局', 2025).status).toBe('draft');

  // its 填充空白为 0 goes straight to the fill dialog
  await dlg.locator('[data-action="finish-fill-zero"]').click();
  await expect(page.locator('.el-dialog[data-dialog="fill-zero"]')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-count-blanks]')).toHaveCount(0);

  // 导出 shows the same account above the choices
  await page.locator('[data-action="export"]').first().click();
  const ex = page.locator('.el-dialog[data-dialog="export"]');
  await expect(ex.locator('[data-export-checklist]')).toContainText('没有空白单元格');
  await expect(ex.locator('[data-export-checklist] [data-check="parts"]')).toContainText('空白的部分：一、总体情况、五、存在的主要问题及改进情况、六、其他需要报告的事项');
  // §15: the exchange file is explained where it is offered, the fonts worded as in 设置
  await ex.getByText('交换文件（.json）').click();
  await expect(ex.locator('[data-format-hint]')).toContainText('交给上级政务公开办汇总');
  await ex.getByText('Word 文档（.docx，正式版式）').click();
  await expect(ex.locator('[data-field="fonts"]')).toContainText('仿宋、楷体（Windows 自带字体）');
  await screenshot(page, 'entry-finish-export-1366');
  await ex.getByRole('button', { name: '取消' }).click();
});

test('warnings: 未说明 / 已说明 in the badge and on the home list; 定稿 needs each answered or accepted, and records them', async ({ page }) => {
  const agency = '中卫市住房和城乡建设局';
  const last = completeReport(agency, 2024);
  last.table3['4'] = [1, 0, 0, 0, 0, 0, 1]; // this year's 上年结转 then disagrees: two carry-over warnings
  h.archive().importReport(last, { replace: false });
  const s = h.archive().importReport(completeReport(agency, 2025), { replace: false });
  await h.attach(page);
  const row = page.locator(`[data-agency="${agency}"] tbody tr`).first();
  await expect(row.locator('[data-count="warnings"]')).toHaveText('未说明 3');
  await expect(row.locator('[data-count="explained"]')).toContainText('已说明 0');
  await row.locator('[data-open="2025"]').click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  const badge = page.locator('[data-count-severity="warning"]');
  await expect(badge).toHaveText('警告 未说明 3 · 已说明 0');

  // one answered with a 审核说明: counted apart at once
  const carry = finding(page, 'cross-year.carry-over').first();
  await carry.locator('[data-action="explain"]').click();
  await page.keyboard.type('上年报告结转数统计有误，已在本年更正');
  await page.keyboard.press('Control+Enter');
  await expect(badge).toHaveText('警告 未说明 2 · 已说明 1');

  // 定稿: the two left are named; accepting only one is refused naming the other
  await page.locator('[data-action="finalise"]').click();
  const dlg = finishDialog(page);
  await expect(dlg.locator('[data-check="blanks"]')).toContainText('三张表没有空白单元格');
  await expect(dlg.locator('[data-count="unanswered"]')).toHaveText('2');
  await expect(dlg.locator('[data-count="answered"]')).toHaveText('1');
  const items = dlg.locator('[data-unanswered]');
  await expect(items).toHaveCount(2);
  await items.filter({ hasText: '与上年报告逐句相同' }).locator('[data-action="accept-warning"]').click();
  await screenshot(page, 'entry-finish-warnings-1366');
  await dlg.locator('[data-action="finalise-now"]').click();
  await expect(dlg.locator('[data-finish-refusal]')).toContainText('还有 1 条警告既未填写审核说明、也未确认无误');
  await expect(dlg.locator('[data-finish-refusal]')).toContainText('上年结转');
  expect(summaryOf(agency, 2025).status).toBe('draft');

  await items.filter({ hasText: '上年结转' }).locator('[data-action="accept-warning"]').click();
  await dlg.locator('[data-action="finalise-now"]').click();
  await expect(dlg).toBeHidden();
  await expect(page.locator('[data-status]')).toHaveText('已定稿');
  await expect(page.locator('[data-action="reopen"]')).toBeVisible();
  // the accepted warnings are on record with the 定稿
  const rev = h.archive().listRevisions(s.id)[0].summary;
  expect(rev).toContain('确认无误、未填写审核说明的警告 2 条');
  expect(rev).toContain('与上年报告逐句相同');

  await page.locator('[data-action="back"]').click();
  await expect(row.locator('[data-count="explained"]')).toContainText('已说明 1');
  await expect(row.locator('[data-status]')).toHaveText('已定稿');
});

test('last year imported from its published text is 已发布: no countdown, no 定稿, read-only, its date and address editable', async ({ page }) => {
  await h.attach(page);
  h.answers.open.push(SEED_TXT);
  await page.locator('[data-action="import-file"]').click();
  const dlg = page.locator('.el-dialog[data-dialog="import"]');
  await expect(dlg).toBeVisible();
  await field(dlg, 'import-year').fill('2023');
  // a past year: published by default, its date and address asked for (both may stay empty)
  await expect(dlg.locator('[data-status="published"] input')).toBeChecked();
  await field(dlg, 'import-published-on').fill('2024-01-26');
  await field(dlg, 'import-published-url').fill('http://yjj.nxzw.gov.cn/zfxxgk/2023nb.html');
  await screenshot(page, 'entry-finish-import-published-1366');
  await dlg.locator('[data-action="commit-import"]').click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();

  await expect(page.locator('[data-status]')).toHaveText('已发布');
  await expect(page.locator('.el-alert', { hasText: '本报告已发布，内容只读' })).toBeVisible();
  await expect(page.locator('[data-deadline]')).toHaveCount(0);
  await expect(page.locator('[data-action="finalise"]')).toHaveCount(0);
  await expect(page.locator('[data-action="reopen"]')).toBeVisible();
  // read-only: typing in a cell changes nothing
  await cell(page, 'table2', 'licensing').click();
  await page.keyboard.type('9');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'table2', 'licensing')).toHaveText('4337');
  await screenshot(page, 'entry-finish-published-1366');

  // the date and address corrected; a wrong date refused in Chinese and nothing lost
  await page.locator('[data-action="publication"]').click();
  const pub = page.locator('.el-dialog[data-dialog="publication"]');
  await expect(field(pub, 'published-on')).toHaveValue('2024-01-26');
  await field(pub, 'published-on').fill('2024-02-30');
  await pub.locator('[data-action="save-publication"]').click();
  await expect(pub.locator('[data-error]')).toContainText('发布日期不是一个真实的日期');
  await field(pub, 'published-on').fill('2024-01-29');
  await field(pub, 'published-on').press('Enter');
  await expect(pub).toBeHidden();
  await expect(page.locator('[data-action="publication"]')).toContainText('2024年1月29日发布');
  const s = summaryOf('中卫市应急管理局', 2023);
  expect(s).toMatchObject({ status: 'final', publication: { date: '2024-01-29', url: 'http://yjj.nxzw.gov.cn/zfxxgk/2023nb.html' } });

  // the home list: 已发布 with its date, no 已逾期
  await page.locator('[data-action="back"]').click();
  const row = page.locator('[data-agency="中卫市应急管理局"] tbody tr').first();
  await expect(row.locator('[data-status]')).toHaveText('已发布');
  await expect(row.locator('[data-published]')).toHaveText('2024年1月29日发布');
  await expect(row.locator('[data-deadline]')).toHaveCount(0);
  await screenshot(page, 'entry-finish-home-1366');

  // reopened on purpose (a reason asked for): editable again
  await row.locator('[data-open="2023"]').click();
  await page.locator('[data-action="reopen"]').click();
  const box = page.locator('.el-message-box');
  await box.locator('input').fill('发现表二数字有误，更正后重新发布');
  await box.getByRole('button', { name: '重新打开' }).click();
  await expect(page.locator('[data-status]')).toHaveText('草稿');
  await cell(page, 'table2', 'licensing').click();
  await page.keyboard.type('4338');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'table2', 'licensing')).toHaveText('4338');
});
