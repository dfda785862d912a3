// The import preview's notes and questions (issue 15 §2–§6) in real Chromium:
// a real published PDF shows where its agency and year came from; a copied
// text of the same report (its figures, as a copy that lost the title and some
// blank cells gives it) shows the variant label, the placed blank, the row to
// place, the extra table and the missing agency — and what the clerk types in
// the preview is what the archive keeps.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
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

const SMALL = { width: 1366, height: 768 };
const stored = (agency: string, year: number) => {
  const r = h.archive().listReports().find((x) => x.agencyName === agency && x.year === year)!;
  return h.archive().openReport(r.id).report;
};

test('a real PDF: the preview says the agency and the year came from its title', async ({ page }) => {
  await page.setViewportSize(SMALL);
  await h.attach(page);
  h.answers.open.push(PDF);
  await page.locator('[data-action="import-file"]').click();
  const dlg = page.locator('.el-dialog[data-dialog="import"]');
  await expect(field(dlg, 'import-unit')).toHaveValue('淮安市人民政府');
  await expect(dlg.locator('[data-origin="unit"]')).toHaveText('机关名称来自：标题“淮安市人民政府2024年政府信息公开工作年度报告”');
  await expect(dlg.locator('[data-origin="year"]')).toContainText('年度来自：标题');
  await expect(dlg.locator('[data-origin-ask]')).toHaveCount(0);
  await screenshot(page, 'import-review-01-pdf');
  await dlg.getByRole('button', { name: '取消' }).click();
});

test('a copied text: every note shown, the agency asked for, a row placed by the clerk and saved as typed', async ({ page }) => {
  await page.setViewportSize(SMALL);
  const real = (await importReport(new Uint8Array(readFileSync(PDF)), 'huaian-city-2024.pdf')).report;
  const fees = '信息处理费收取情况\n收费项目\t收费金额（元）\n信息处理费\t3940\n';
  const text = reportToText(real)
    .split('\n')
    .slice(1) // the copy starts after the title
    .join('\n')
    .replace('行政规范性文件\t', '规范性文件\t')
    .replace(/^一、本年新收政府信息公开申请数量\t.*$/m, '一、本年新收政府信息公开申请数量 3001 53 61 4 3119')
    .replace(/^\t（三）不予公开\t1\.属于国家秘密\t.*$/m, '（三）不予公开 1.属于国家秘密 2 0 0 0 0 2')
    .replace('五、存在的主要问题及改进情况', `${fees}五、存在的主要问题及改进情况`);
  await h.attach(page);
  await page.locator('[data-action="import-text"]').click();
  const dlg = page.locator('.el-dialog[data-dialog="import"]');
  await field(dlg, 'import-text', 'textarea').fill(text);
  await dlg.locator('[data-action="read-text"]').click();

  const problems = dlg.locator('[data-import-problems]');
  await expect(problems).toContainText('表二的“规范性文件”行按正式名称“行政规范性文件”读入'); // variant label
  await expect(problems).toContainText('只有一种放法，空白在“科研机构”、“社会公益组织”列'); // placed blank
  await expect(problems).toContainText('1.属于国家秘密”行只读到 6 个数值'); // unread row
  await expect(problems).toContainText('表四之后另有表格或数字（从“信息处理费收取情况”起）'); // extra table
  await expect(dlg.locator('[data-origin="unit"]')).toContainText('未能从文件中确定'); // agency source
  await expect(dlg.locator('[data-origin-ask]')).toBeVisible();

  // the clerk names the agency and places the row's figures
  await field(dlg, 'import-unit').fill('淮安市人民政府');
  const row = dlg.locator('[data-place-row="3.3.1"]');
  await expect(row).toContainText('2、0、0、0、0、2');
  const typed = [2, 0, 0, 0, 0, 0, 2];
  for (const [i, v] of typed.entries()) await row.locator(`[data-place-cell="${i}"] input, input[data-place-cell="${i}"]`).first().fill(String(v));
  await row.locator('[data-place-cell="6"] input, input[data-place-cell="6"]').first().press('Tab');
  await screenshot(page, 'import-review-02-text');
  await dlg.locator('[data-action="commit-import"]').click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();

  const saved = stored('淮安市人民政府', 2024);
  expect(saved.table3['3.3.1']).toEqual(typed);
  expect(saved.table3['1']).toEqual([3001, 53, null, null, 61, 4, 3119]);
  expect(saved.table2.normativeDocuments).toEqual(real.table2.normativeDocuments);
  expect(saved.table4).toEqual(real.table4);
});

test('table 三 whose header and arithmetic disagree: both readings shown, the clerk’s choice saved', async ({ page }) => {
  await page.setViewportSize(SMALL);
  const real = (await importReport(new Uint8Array(readFileSync(PDF)), 'huaian-city-2024.pdf')).report;
  const orgs = '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他';
  // the header puts 小计 after 其他, the figures have it after 自然人
  const text = reportToText({ ...real, year: 2023, title: '淮安市人民政府2023年政府信息公开工作年度报告' }, { subtotal: true }).replace(`小计\t${orgs}`, `${orgs}\t小计`);
  await h.attach(page);
  await page.locator('[data-action="import-text"]').click();
  const dlg = page.locator('.el-dialog[data-dialog="import"]');
  await field(dlg, 'import-text', 'textarea').fill(text);
  await dlg.locator('[data-action="read-text"]').click();
  const reading = dlg.locator('[data-import-reading]');
  await expect(reading).toContainText('表三表头中“小计”列在“其他”之后');
  await expect(reading.locator('tbody tr').first()).toContainText('表头');
  await reading.locator('[data-reading="arithmetic"]').click();
  await screenshot(page, 'import-review-03-reading');
  await dlg.locator('[data-action="commit-import"]').click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
  expect(stored('淮安市人民政府', 2023).table3).toEqual(real.table3);
});

test('批量导入往年报告: a folder of real PDFs, one line per file; again, only the ticked one is replaced', async ({ page }) => {
  await page.setViewportSize(SMALL);
  const folder = path.join(h.dir, '往年报告');
  mkdirSync(folder, { recursive: true });
  for (const f of ['hongze-district-2023.pdf', 'hongze-district-2024.pdf']) copyFileSync(path.join(ROOT, 'test/fixtures/import/real', f), path.join(folder, f));
  await h.attach(page);
  await page.locator('[data-action="import-past"]').click();
  const dlg = page.locator('.el-dialog[data-dialog="import-past"]');
  h.answers.folder.push(folder);
  await dlg.locator('[data-action="past-folder"]').click();
  await expect(dlg.locator('[data-past-line="hongze-district-2023.pdf"]')).toContainText('洪泽区人民政府');
  await expect(dlg.locator('[data-past-line="hongze-district-2023.pdf"]')).toContainText('已导入');
  await expect(dlg.locator('[data-past-line="hongze-district-2024.pdf"]')).toContainText('淮安市洪泽区人民政府');

  h.answers.folder.push(folder);
  await dlg.locator('[data-action="past-folder"]').click();
  await expect(dlg.locator('[data-outcome="exists"]')).toHaveCount(2);
  await dlg.locator('[data-past-line="hongze-district-2024.pdf"] [data-action="choose-replace"]').click();
  await dlg.locator('[data-action="replace-chosen"]').click();
  await expect(dlg.locator('[data-past-line="hongze-district-2024.pdf"]')).toContainText('已替换旧版本');
  await expect(dlg.locator('[data-past-line="hongze-district-2023.pdf"]')).toContainText('待确认：档案中已有这一年的报告，未替换');
  await screenshot(page, 'import-review-04-batch');
  const r = h.archive().listReports().find((x) => x.agencyName === '淮安市洪泽区人民政府' && x.year === 2024)!;
  expect(JSON.stringify(h.archive().listRevisions(r.id))).toContain('导入前');
  const other = h.archive().listReports().find((x) => x.agencyName === '洪泽区人民政府' && x.year === 2023)!;
  expect(h.archive().listRevisions(other.id)).toHaveLength(0);
});
