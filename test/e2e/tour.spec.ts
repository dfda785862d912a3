// A tour of the screens the other specs do not photograph, as an office worker
// meets them: the empty first start, the dialogs, an import with problems, the
// trash, 历史版本, five years of trends, search, a finalised report, a long
// agency name, a report full of findings; at 1440×900 and at 1366×768.
// Data that would take a user weeks is made through the real archive in Node.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { allCells, OVERVIEW_ASPECTS, type Level } from '../../report/format';
import { blankReport, setCellInPlace, type Report } from '../../report/report';
import { deadlineStatus, deadlineText } from '../../renderer/src/deadline';
import { SHARED, startHarness, type Harness } from './harness';
import { cell, createReport, field, finding, screenshot } from './steps';

const LONG = '宁夏回族自治区中卫市沙坡头区人民政府办公室';
const FIVE = '中卫市教育局';
const MESSY = '中卫市交通运输局';
const SMALL = { width: 1366, height: 768 };
/** the year whose report is being written now (due 31 January of this calendar year at the latest) */
const NOW = new Date().getFullYear() - 1;

let h: Harness;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => h?.close());

const idOf = (agency: string, year: number) => h.archive().listReports().find((r) => r.agencyName === agency && r.year === year)!.id;
const stored = (agency: string, year: number) => h.archive().openReport(idOf(agency, year)).report;

/** a complete, consistent report: every cell 0 but the given applications, all six parts written */
function completeReport(unit: string, year: number, level: Level, applications = 0): Report {
  const r = blankReport(unit, year, level);
  for (const a of allCells()) setCellInPlace(r, a, 0);
  for (const row of ['1', '3.1', '3.7']) setCellInPlace(r, { table: 'table3', row, col: 0 }, applications), setCellInPlace(r, { table: 'table3', row, col: 6 }, applications);
  r.parts.overview = OVERVIEW_ASPECTS.map((a, i) => `${a.heading}\n${year}年第${i + 1}项工作稳步推进，制度完善，落实到位。`).join('\n');
  r.parts.problems = `${year}年存在的问题是公开内容不够全面，解读形式较为单一。改进措施是加强培训，丰富解读形式。`;
  r.parts.other = `${year}年本机关未收取信息处理费。`;
  return r;
}

async function openReport(page: Page, agency: string, year: number) {
  await page.locator(`[data-agency="${agency}"] [data-open="${year}"]`).click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
}

test('first start: nothing yet, the page says what to do first', async ({ page }) => {
  await h.attach(page);
  const empty = page.locator('[data-empty-archive]');
  await expect(empty).toContainText('第一步');
  await expect(empty.locator('[data-action="empty-new-report"]')).toHaveText('新建报告');
  await expect(empty.locator('[data-action="empty-import"]')).toHaveText('导入往年报告');
  await screenshot(page, 'tour-01-first-start');
  await page.setViewportSize(SMALL);
  await screenshot(page, 'tour-01-first-start-1366');
  await page.setViewportSize({ width: 1440, height: 900 });

  await empty.locator('[data-action="empty-new-report"]').click();
  const dlg = page.locator('.el-dialog[data-dialog="new-report"]');
  await expect(dlg).toBeVisible();
  // no agency yet: the dialog starts on 新增机关 with the name field ready
  await expect(field(dlg, 'agency-name')).toBeVisible();
  // the deadline of the year chosen, for the kind of report chosen
  await field(dlg, 'year').fill('2024');
  await field(dlg, 'year').press('Tab');
  await expect(dlg.locator('[data-new-deadline]')).toHaveText(`应于2025年1月31日前公布（${deadlineStatus(2024, 'department', new Date()).text}）`);
  await dlg.locator('[data-field="level"]').getByText('本级政府').click();
  await expect(dlg.locator('[data-new-deadline]')).toContainText('2025年3月31日前');
  await screenshot(page, 'tour-02-new-report-dialog');
  await dlg.getByRole('button', { name: '取消' }).click();

  // choosing a file to import: while it is read the page says so and takes no second click
  const release = h.holdDialogs();
  h.answers.open.push(path.join(SHARED, 'seeds/000_68281a0ece325528.txt'));
  await empty.locator('[data-action="empty-import"]').click();
  await expect(page.locator('.el-loading-mask')).toContainText('正在读取文件');
  await screenshot(page, 'tour-02b-import-reading');
  release();
  const imp = page.locator('.el-dialog[data-dialog="import"]');
  await expect(field(imp, 'import-unit')).toHaveValue('中卫市应急管理局');
  await expect(page.locator('.el-loading-mask')).toHaveCount(0);
  await imp.getByRole('button', { name: '取消' }).click();
  expect(h.archive().listReports()).toHaveLength(0);
});

test('import preview of a copied text with a — cell and an 8-number row lists both problems', async ({ page }) => {
  await h.attach(page);
  const text = readFileSync(path.join(SHARED, 'seeds/000_68281a0ece325528.txt'), 'utf8')
    .replace('一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0', '一、本年新收政府信息公开申请数量\t\t—\t0\t0\t0\t0\t0\t0')
    .replace('二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0', '二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t0');
  await page.locator('[data-action="import-text"]').click();
  const dlg = page.locator('.el-dialog[data-dialog="import"]');
  await field(dlg, 'import-text', 'textarea').fill(text);
  await dlg.locator('[data-action="read-text"]').click();
  const problems = dlg.locator('[data-import-problems]');
  await expect(problems).toContainText('有 2 处需要核对');
  await expect(problems).toContainText('写的是“—”');
  await expect(problems).toContainText('有 8 个数值');
  // a click beside the dialog does not throw the pasted text and its preview away
  await page.mouse.click(20, 880);
  await expect(dlg.locator('[data-import-problems]')).toBeVisible();
  await field(dlg, 'import-year').fill('2023');
  await screenshot(page, 'tour-03-import-problems');
  await page.setViewportSize(SMALL);
  await screenshot(page, 'tour-03-import-problems-1366');
  await page.setViewportSize({ width: 1440, height: 900 });
  await dlg.locator('[data-action="commit-import"]').click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  // the — came in as a blank, shown as a blank to fill
  await expect(cell(page, 'table3', '1', 0)).toHaveText('');
  expect(stored('中卫市应急管理局', 2023).table3['1'][0]).toBeNull();
});

test('five years of one agency: the list, the deadline of each year, trends and search', async ({ page }) => {
  const a = h.archive().saveAgency({ name: FIVE, level: 'department' });
  for (let i = 0; i < 5; i++) h.archive().importReport(completeReport(FIVE, NOW - 5 + i, 'department', 3 + i * 4), { replace: false, agencyId: a.id });
  h.archive().createReport({ agencyId: a.id, year: NOW, from: 'previous' });
  await h.attach(page);
  const list = page.locator(`[data-agency="${FIVE}"]`);
  await expect(list.locator('tbody tr')).toHaveCount(6);
  // the deadline of this year's draft: 31 January next year, 剩余 / 已逾期 N 天
  const due = deadlineStatus(NOW, 'department', new Date());
  await expect(list.locator('tbody tr').first()).toContainText(deadlineText(NOW, 'department'));
  await expect(list.locator('tbody tr').first().locator('[data-deadline]')).toHaveText(due.text);
  // earlier years were published long ago: no 已逾期 on them, only this year's draft counts down
  await expect(list.locator('[data-deadline]')).toHaveCount(1);
  // nor on a report imported as history whose deadline is long past
  await expect(page.locator('[data-agency="中卫市应急管理局"] [data-deadline]')).toHaveCount(0);
  await screenshot(page, 'tour-04-archive-five-years');

  await list.getByRole('button', { name: '历年对比' }).click();
  await expect(page.locator('[data-chart="applications"] canvas')).toBeVisible();
  await expect(page.locator('[data-view="trends"] h2')).toContainText(FIVE);
  await screenshot(page, 'tour-05-trends-five-years');
  await page.setViewportSize(SMALL);
  await screenshot(page, 'tour-05-trends-five-years-1366');
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.locator('[data-nav="archive"]').click();
  await field(page, 'search').fill('信息处理费');
  await field(page, 'search').press('Enter');
  const hits = page.locator('[data-panel="search"] [data-hit]');
  await expect(hits.first()).toBeVisible();
  await expect(page.locator('[data-panel="search"] .panel-title')).toContainText('信息处理费');
  await expect(hits.first().locator('mark')).toHaveText('信息处理费');
  await screenshot(page, 'tour-06-search');
});

test('a long agency name, a finalised report and its 历史版本', async ({ page }) => {
  const a = h.archive().saveAgency({ name: LONG, level: 'government' });
  const s = h.archive().importReport(completeReport(LONG, 2024, 'government', 2), { replace: false, agencyId: a.id });
  h.archive().finalise(s.id);
  await h.attach(page);
  await expect(page.locator(`[data-agency="${LONG}"] .el-tag`, { hasText: '已定稿' })).toBeVisible();
  await screenshot(page, 'tour-07-archive-long-name');

  await openReport(page, LONG, 2024);
  await expect(page.locator('.el-alert', { hasText: '本报告已定稿' })).toBeVisible();
  await expect(page.locator('[data-action="reopen"]')).toBeVisible();
  // read-only, but in normal dark type (a disabled grey is hard to read), and no deadline nagging once final
  await expect(field(page, 'overview', 'textarea')).toHaveAttribute('readonly', '');
  await expect(field(page, 'overview', 'textarea')).toHaveCSS('color', 'rgb(31, 31, 31)');
  await expect(finding(page, 'deadline')).toHaveCount(0);
  await screenshot(page, 'tour-08-editor-final-long-name');
  await page.setViewportSize(SMALL);
  // the long name must not push the toolbar's buttons off the screen
  await expect(page.locator('[data-action="reopen"]')).toBeInViewport();
  await screenshot(page, 'tour-08-editor-final-long-name-1366');
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.locator('[data-action="revisions"]').click();
  const revs = page.locator('.el-dialog[data-dialog="revisions"]');
  await expect(revs.locator('tbody tr').first()).toContainText('定稿');
  await expect(revs.locator('[data-final-hint]')).toContainText('请先点“重新打开”');
  await screenshot(page, 'tour-09-revisions');
  await page.keyboard.press('Escape');

  await page.locator('[data-action="export"]').first().click();
  await expect(page.locator('.el-dialog[data-dialog="export"]')).toBeVisible();
  await screenshot(page, 'tour-10-export-dialog');
  // exporting: the button says so and cannot be pressed twice, the dialog cannot be closed under it
  const release = h.holdDialogs();
  h.answers.save.push(path.join(h.dir, '年报.docx'));
  const exp = page.locator('.el-dialog[data-dialog="export"]');
  await exp.locator('[data-action="export"]').click();
  await expect(exp.locator('[data-action="export"]')).toHaveText('正在导出…');
  await expect(exp.locator('[data-action="export"]')).toBeDisabled();
  await expect(exp.getByRole('button', { name: '取消' })).toBeDisabled();
  await screenshot(page, 'tour-10b-exporting');
  release();
  await expect(exp.locator('[data-export-done]')).toContainText('年报.docx');
  await exp.getByRole('button', { name: '完成' }).click();

  // one year only: 历年对比 says how to get more
  await page.locator('[data-action="back"]').click();
  await page.locator(`[data-agency="${LONG}"]`).getByRole('button', { name: '历年对比' }).click();
  await expect(page.locator('[data-one-year]')).toContainText('导入往年已发布的报告');

  // delete asks first, then the 回收站 shows the report and gives it back
  await page.locator('[data-nav="archive"]').click();
  await page.locator(`[data-agency="${LONG}"]`).getByRole('button', { name: '删除' }).click();
  await expect(page.locator('.el-message-box')).toContainText('移到回收站');
  await screenshot(page, 'tour-12-delete-confirm');
  await page.locator('.el-message-box').getByRole('button', { name: '移到回收站' }).click();
  await expect(page.locator(`[data-agency="${LONG}"]`)).toContainText('本机关的报告都在回收站中');
  await page.locator('[data-action="trash"]').click();
  const trash = page.locator('.el-dialog[data-dialog="trash"]');
  await expect(trash.locator('tbody tr')).toContainText(LONG);
  await screenshot(page, 'tour-13-trash');
  await trash.locator('[data-action="restore"]').click();
  await expect(trash).toContainText('回收站是空的');
  await page.keyboard.press('Escape');
  await expect(page.locator(`[data-agency="${LONG}"] [data-open="2024"]`)).toBeVisible();
});

test('a report with many findings: counts, errors first, a click reaches the cell', async ({ page }) => {
  const a = h.archive().saveAgency({ name: MESSY, level: 'department' });
  const r = blankReport(MESSY, 2024);
  // as typed in a hurry: table 三 full of numbers that do not add up, table 四 left blank
  allCells().filter((c) => c.table === 'table3').forEach((c, i) => setCellInPlace(r, c, (i * 7) % 5));
  r.parts.overview = '本年度政府信息公开工作有序开展。';
  h.archive().importReport(r, { replace: false, agencyId: a.id });
  await h.attach(page);
  await openReport(page, MESSY, 2024);
  const panel = page.locator('[data-findings]');
  const errors = Number((await panel.locator('[data-count-severity="error"]').textContent())!.replace(/\D/g, ''));
  expect(errors).toBeGreaterThan(20);
  // the first error is on screen without scrolling, under its group's heading
  await expect(panel.locator('[data-severity="error"] .group-head')).toContainText(`错误（${errors}）`);
  await expect(panel.locator('[data-severity="error"] .item').first()).toBeInViewport();
  // a long run of one rule shows its name, its count and its first three, the rest behind one click
  const rowTotals = finding(page, 'table3.row-total');
  const n = Number((await panel.locator('[data-rule-group="table3.row-total"] .n').textContent())!.replace(/\D/g, ''));
  expect(n).toBeGreaterThan(8);
  await expect(rowTotals).toHaveCount(3);
  await panel.locator('[data-fold="table3.row-total"]').click();
  await expect(rowTotals).toHaveCount(n);
  await panel.locator('[data-fold="table3.row-total"]').click();
  await expect(rowTotals).toHaveCount(3);
  await screenshot(page, 'tour-11-many-findings');
  await page.setViewportSize(SMALL);
  await expect(panel.locator('[data-severity="error"] .item').first()).toBeInViewport();
  await screenshot(page, 'tour-11-many-findings-1366');
  const first = finding(page, 'table3.row-total').first();
  const where = (await first.getAttribute('data-cell'))!.split(':');
  await first.locator('.msg').click();
  await expect(page.locator(`td.selected[data-cell="${where.join('|')}"]`)).toBeInViewport();
  // table 四's last column (复议后起诉 总计) fits beside the findings on an office laptop, no sideways scrolling
  await page.locator('[data-nav-part="table4"]').click();
  await page.waitForTimeout(300);
  await screenshot(page, 'tour-14-table4-1366');
  await expect(cell(page, 'table4', 'litigationAfterReview', 4)).toBeInViewport({ ratio: 1 });
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('the deadline in the editor, narrative autosave, and nothing typed lost on 返回首页 or closing', async ({ page }) => {
  await h.attach(page);
  await createReport(page, { agency: '中卫市审计局', year: 2024 });
  const due = deadlineStatus(2024, 'department', new Date());
  await expect(page.locator('[data-deadline]')).toHaveText(`2025年1月31日前公布 · ${due.text}`);

  // typing autosaves after a pause and says so beside the part
  const other = field(page, 'other', 'textarea');
  await other.click();
  await page.keyboard.type('本年度未收取信息处理费。');
  await expect(page.locator('[data-part="other"] [data-text-save-state]')).toHaveText('✓ 已保存');
  // Ctrl+S, out of Word habit: saved, and the user learns it saves by itself
  await page.keyboard.press('Control+s');
  await expect(page.locator('.el-message--success').last()).toContainText('无需手动保存');
  expect(stored('中卫市审计局', 2024).parts.other).toBe('本年度未收取信息处理费。');

  // 返回首页 straight after typing: the text is stored, not waiting for the pause
  await field(page, 'problems', 'textarea').click();
  await page.keyboard.type('解读形式单一。');
  await page.locator('[data-action="back"]').click();
  await expect(page.locator('[data-agency="中卫市审计局"]')).toBeVisible();
  await expect.poll(() => stored('中卫市审计局', 2024).parts.problems).toBe('解读形式单一。');

  // removing a 审核说明 asks first
  await openReport(page, '中卫市审计局', 2024);
  await field(page, 'problems', 'textarea').fill('无');
  const problems = finding(page, 'narrative.problems');
  await problems.locator('[data-action="explain"]').click();
  await field(problems, 'explanation', 'textarea').fill('经自查本年度无问题。');
  await problems.locator('[data-action="save-explanation"]').click();
  await problems.locator('[data-action="remove-explanation"]').click();
  await expect(page.locator('.el-message-box')).toContainText('删除这条审核说明');
  await page.locator('.el-message-box').getByRole('button', { name: '取消' }).click();
  await expect(problems.locator('[data-explained]')).toBeVisible();
  await problems.locator('[data-action="remove-explanation"]').click();
  await page.locator('.el-message-box').getByRole('button', { name: '删除' }).click();
  await expect(problems.locator('[data-explained]')).toHaveCount(0);
  await expect.poll(() => stored('中卫市审计局', 2024).explanations ?? []).toEqual([]);

  // 设置: an agency's 保存 is offered only once something was changed
  await page.locator('[data-nav="settings"]').click();
  const row = page.locator('[data-view="settings"] .agency').first();
  await expect(row.locator('[data-action="save-agency"]')).toHaveText('保存修改');
  await expect(row.locator('[data-action="save-agency"]')).toBeDisabled();
  const nameBox = row.locator('input[maxlength="100"]');
  const name = await nameBox.inputValue();
  await nameBox.fill(name + '（改）');
  await expect(row.locator('[data-action="save-agency"]')).toHaveText('保存修改');
  await expect(row.locator('[data-action="save-agency"]')).toBeEnabled();
  await nameBox.fill(name);
  await expect(row.locator('[data-action="save-agency"]')).toBeDisabled();

  // a backup in progress says so and blocks a restore meanwhile
  const release = h.holdDialogs();
  h.answers.folder.push(h.dir);
  await page.locator('[data-action="backup-to"]').click();
  await expect(page.locator('[data-action="backup-to"]')).toHaveText('正在备份…');
  await expect(page.locator('[data-action="restore-from-file"]')).toBeDisabled();
  release();
  await expect(page.locator('.el-message--success').last()).toContainText('已备份到');
  await expect(page.locator('[data-action="backup-to"]')).toHaveText('备份到…');

  // closing the window straight after typing: the close is held and the text saved
  await page.locator('[data-nav="archive"]').click();
  await openReport(page, '中卫市审计局', 2024);
  await field(page, 'closing', 'textarea').click();
  await page.keyboard.type('联系电话：0955-1234567');
  const asked = new Promise<string>((resolve) => page.once('dialog', (d) => (resolve(d.type()), void d.dismiss())));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  await expect.poll(() => stored('中卫市审计局', 2024).closing).toBe('联系电话：0955-1234567');
  // the close was held: the page is still there and says it is saving; now it closes without asking
  await expect(page.locator('.el-message--warning').last()).toContainText('正在保存刚才的修改');
  await expect(page.locator('[data-save-state]')).toHaveText(/已保存/);
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
});

test('closing while saves fail: warned once, the second close goes through (the window is never trapped)', async ({ page }) => {
  await h.attach(page);
  await openReport(page, '中卫市审计局', 2024);
  h.breakArchive();
  await field(page, 'preamble', 'textarea').click();
  await page.keyboard.type('根据条例规定。');
  await expect(page.locator('[data-save-state]')).toContainText('未保存');
  // leaving for 首页 does not hide it: the failing save is announced there, with the way back
  await page.locator('[data-nav="archive"]').click();
  await expect(page.locator('[data-global-save-error]')).toContainText('中卫市审计局2024年报告有修改尚未保存');
  await screenshot(page, 'tour-15-unsaved-on-home');
  await page.locator('[data-global-save-error] a').click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  await expect(field(page, 'preamble', 'textarea')).toHaveValue('根据条例规定。');
  await expect(page.locator('[data-global-save-error]')).toHaveCount(0);
  // 定稿 would publish what the archive holds, not what the page shows: refused until saved
  await page.locator('[data-action="finalise"]').click();
  const finish = page.locator('.el-dialog[data-dialog="finish"]');
  await expect(finish.locator('[data-finish-unsaved]')).toContainText('保存成功后才能定稿');
  await finish.locator('[data-action="finalise-now"]').click();
  await expect(finish.locator('[data-finish-refusal]')).toContainText('保存成功后才能定稿');
  await finish.getByRole('button', { name: '关闭', exact: true }).click();
  // and so would 导出: it says why instead of writing the older text
  const saveAnswers = h.answers.save.length;
  await page.locator('[data-action="export"]').first().click();
  const exp = page.locator('.el-dialog[data-dialog="export"]');
  await exp.locator('[data-action="export"]').click();
  await expect(exp.locator('[data-error]')).toContainText('还有修改没有保存到档案中');
  expect(h.answers.save.length).toBe(saveAnswers);
  await exp.getByRole('button', { name: '取消' }).click();
  let asked = 0;
  page.on('dialog', (d) => (asked++, void d.dismiss()));
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe(1);
  await expect(page.locator('.el-message--warning').last()).toContainText('再次关闭将放弃这些修改');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toBe(1);
  h.restart();
});
