// The 政务公开办's year end to end (issue 11 "Done when"): a county with 39 units,
// 40 files collected at once, the board, a comment on a cell carried to the
// department's own archive, the compiled report checked cell by cell against
// sums computed here, provenance, a unit left out, and the two exports read back.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { cellsOf, FORMATS, type CellAddress } from '../../report/format';
import { getCell, type Cell, type Report } from '../../report/report';
import { validateReport } from '../../report/rules/index';
import { officeOf } from '../../electron/office/api';
import { startHarness, type Harness } from './harness';
import { screenshot } from './steps';
import { BLANK_CELL_UNIT, DEPARTMENTS, GOVERNMENT, MISSING, OFFICE, TOWNSHIPS, TWICE, UNITS, UNKNOWN, WITH_ERROR, writeUnitFiles } from './office-files';

test.use({ viewport: { width: 1366, height: 768 } });
test.describe.configure({ mode: 'serial' });

const CELLS = cellsOf(FORMATS['2021']);
const keyOf = (a: CellAddress) => `${a.table}|${a.row}|${a.col ?? ''}`;
let h: Harness;
let dept: Harness;
let commentsFile = '';
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => {
  await h?.close();
  await dept?.close();
});

/** Σ over the units as a person adds them: any blank leaves the total blank. */
function expectedSum(reports: Report[], a: CellAddress): Cell {
  let total = 0;
  for (const r of reports) {
    const v = getCell(r, a);
    if (v === null || v === undefined) return null;
    total += v;
  }
  return Math.round(total * 1e6) / 1e6;
}

async function tab(page: Page, name: string) {
  await page.locator('.office-tabs .el-tabs__item', { hasText: name }).click();
}

test('the office builds its structure, collects 40 files, reviews on the board and comments on a cell', async ({ page }) => {
  await h.attach(page);
  await page.locator('[data-nav="office"]').click();
  await page.locator('[data-gov-name] input, input[data-gov-name]').first().fill(GOVERNMENT);
  await page.locator('[data-gov-create]').click();
  await page.locator('[data-unit-name] input, input[data-unit-name]').first().fill(OFFICE);
  await page.locator('[data-unit-kind]').click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: '本级办公室' }).click();
  await page.locator('[data-unit-add]').click();
  await expect(page.locator('[data-units] .el-table__row')).toHaveCount(1);
  const paste = page.locator('[data-paste-names] textarea, textarea[data-paste-names]').first();
  await paste.fill(DEPARTMENTS.join('\n') + '\n\n' + DEPARTMENTS[0] + '\n');
  await page.locator('[data-paste-add]').click();
  await expect(page.locator('[data-paste-report]')).toHaveText(`新增 30 个单位；重复未添加：${DEPARTMENTS[0]}；空行 1 行已跳过`);
  await paste.fill(TOWNSHIPS.join('\n'));
  await page.locator('[data-paste-kind]').click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: '乡镇街道' }).click();
  await page.locator('[data-paste-add]').click();
  await expect(page.locator('[data-paste-report]')).toHaveText('新增 8 个单位');
  const gov = officeOf(h.archive()).governments()[0];
  expect(gov.units.map((u) => u.name)).toEqual(UNITS);
  expect(gov.units.filter((u) => u.kind === 'township').length).toBe(8);
  // the local deadline a few days ahead of the machine's clock: the board counts the days left
  const deadline = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await h.api().officeSetDeadline(gov.id, 2023, deadline);
  await page.locator('[data-office-year] input').fill('2023');
  await page.locator('[data-office-year] input').press('Enter');
  await screenshot(page, 'office-structure');

  // 收集: the whole folder at once
  const { folder, sent } = await writeUnitFiles(h.dir);
  await tab(page, '收集');
  h.answers.folder.push(folder);
  await page.locator('[data-collect-folder]').click();
  await expect(page.locator('[data-collect-lines] .el-table__row')).toHaveCount(40, { timeout: 60_000 });
  await expect(page.locator('[data-collect-summary]')).toHaveText('共 40 个文件：导入 37，替换 1，未导入 1，待选择单位 1');
  await expect(page.locator('[data-outcome="refused"]')).toContainText('未导入：交换文件的校验值不符');
  await expect(page.locator('[data-outcome="ask"]')).toHaveText(`请选择单位：组织结构中没有“${UNKNOWN}”`);
  await expect(page.locator('[data-outcome="replaced"]')).toHaveText('已替换旧版本（旧版本保留在历史中）');
  await screenshot(page, 'office-collect');
  const twice = h.archive().listReports().find((r) => r.agencyName === TWICE)!;
  expect(h.archive().listRevisions(twice.id).map((r) => r.summary)).toEqual(['导入前']);

  // the board: which 2 are missing, which have errors (as the rules say, computed here)
  await tab(page, '汇总看板');
  await expect(page.locator('[data-board-stats]')).toHaveText('应报送 39 个，已报送 37 个，未报送 2 个，有错误 ' + (await errorUnits(sent)).length + ' 个');
  await page.locator('[data-only-missing]').click();
  await expect(page.locator('[data-board-table] tbody tr')).toHaveCount(2);
  expect(await page.locator('[data-board-table] tbody tr td:nth-child(2)').allInnerTexts()).toEqual(MISSING);
  for (const text of await page.locator('[data-board-table] tbody tr').allInnerTexts()) expect(text).toMatch(/剩 [234] 天/);
  await page.locator('[data-only-missing]').click();
  await page.locator('[data-only-errors]').click();
  const errorRows = await page.locator('[data-board-table] tbody tr td:nth-child(2)').allInnerTexts();
  expect(errorRows).toEqual(await errorUnits(sent));
  expect(errorRows).toContain(WITH_ERROR);
  await page.locator('[data-only-errors]').click();
  await screenshot(page, 'office-board');

  // open one unit, comment on a cell, export the comments
  const row = page.locator('[data-board-table] tbody tr', { hasText: DEPARTMENTS[5] });
  await row.locator('[data-open-unit]').click();
  const drawer = page.locator('[data-unit-drawer]');
  await expect(drawer).toBeVisible();
  await drawer.locator('[data-comment-place]').click();
  await page.keyboard.type('本年新收政府信息公开申请数量”行“自然人');
  await page.locator('.el-select-dropdown__item:visible').first().click();
  await drawer.locator('[data-comment-text] textarea, textarea[data-comment-text]').first().fill('自然人申请数与正文所述不一致，请核实');
  await drawer.locator('[data-comment-author] input, input[data-comment-author]').first().fill('县政务公开办');
  await drawer.locator('[data-comment-add]').click();
  await expect(drawer.locator('[data-comment]')).toHaveCount(1);
  await expect(drawer.locator('[data-comment]')).toContainText('表三“一、本年新收政府信息公开申请数量”行“自然人”列');
  commentsFile = path.join(h.dir, '审核意见.json');
  h.answers.save.push(commentsFile);
  await drawer.locator('[data-comments-export]').click();
  await expect.poll(() => h.shownInFolder.length + (readFileSafe(commentsFile) ? 1 : 0)).toBeGreaterThan(0);
});

function readFileSafe(f: string): string | null {
  try {
    return readFileSync(f, 'utf8');
  } catch {
    return null;
  }
}

/** The units whose report as stored has an error, by the rules run here, in board order. */
async function errorUnits(_sent: Map<string, Report | 'txt'>): Promise<string[]> {
  const reports = h.archive().listReports();
  return UNITS.filter((u) => {
    const s = reports.find((r) => r.agencyName === u);
    return s && validateReport(h.archive().openReport(s.id).report).some((f) => f.severity === 'error');
  });
}

test('the department imports the comments and sees them at their cell in its findings panel', async ({ page }) => {
  dept = await startHarness();
  const own = dept.archive().importReport(h.archive().openReport(h.archive().listReports().find((r) => r.agencyName === DEPARTMENTS[5])!.id).report, { replace: false });
  await dept.attach(page);
  await page.evaluate(`location.hash = '#/report/${own.id}'`);
  const panel = page.locator('[data-superior-comments]');
  await expect(panel).toBeVisible();
  dept.answers.open.push(commentsFile);
  await panel.locator('[data-import-comments]').click();
  const c = panel.locator('[data-superior-comment]');
  await expect(c).toHaveCount(1);
  await expect(c).toContainText('自然人申请数与正文所述不一致，请核实');
  await expect(c).toContainText('表三“一、本年新收政府信息公开申请数量”行“自然人”列');
  await expect(panel).toContainText('上级审核意见');
  await screenshot(page, 'office-department-comments');
});

test('the office compiles the county’s report, every cell as summed here; provenance; a unit left out; exports read back', async ({ page }) => {
  await h.attach(page);
  await page.evaluate(`location.hash = '#/office/compiled'`);
  await page.locator('[data-office-year] input').fill('2023');
  await page.locator('[data-office-year] input').press('Enter');
  await page.locator('[data-compile]').click();
  await expect(page.locator('[data-compiled-info]')).toContainText('汇总 37 个单位，未报送 2 个');
  const office = officeOf(h.archive());
  const gov = office.governments()[0];
  const summaries = h.archive().listReports();
  const received = UNITS.filter((u) => !MISSING.includes(u)).map((u) => h.archive().openReport(summaries.find((s) => s.agencyName === u)!.id).report);
  const compiledId = office.board(gov.id, 2023).compiledReportId!;
  const compiled = h.archive().openReport(compiledId).report;
  expect(compiled.unit).toBe(GOVERNMENT);
  expect(compiled.level).toBe('government');
  await expect(page.locator('[data-cell]')).toHaveCount(CELLS.length);
  const shown = await page.locator('[data-cell]').evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-cell'), td.textContent?.trim()]));
  const onPage = new Map(shown as [string, string][]);
  for (const a of CELLS) {
    const want = expectedSum(received, a);
    expect(getCell(compiled, a), keyOf(a)).toBe(want);
    expect(onPage.get(keyOf(a)), keyOf(a)).toBe(want === null ? '—' : String(want));
  }
  // the blank cell: the compiled cell is blank and its provenance names the unit still blank
  await page.locator('[data-cell="table2|rules|0"]').click();
  const prov = page.locator('[data-provenance]');
  await expect(prov).toBeVisible();
  await expect(prov.locator('[data-provenance-blank]')).toHaveText(`未填写：${BLANK_CELL_UNIT}`);
  await expect(prov).toContainText(`${DEPARTMENTS[0]}：`);
  await screenshot(page, 'office-provenance');

  // leave one unit out: the totals change by its figures
  const out = DEPARTMENTS[3];
  const outReport = received[UNITS.indexOf(out) - (UNITS.indexOf(out) > UNITS.indexOf(MISSING[0]) ? 1 : 0)];
  expect(outReport.unit).toBe(out);
  const cell = { table: 'table2' as const, row: 'licensing' };
  const before = getCell(compiled, cell) as number;
  await page.locator(`[data-include-unit="${out}"]`).click();
  await page.locator('[data-compile]').click();
  await expect(page.locator('[data-compiled-info]')).toContainText('不计入 1 个');
  const after = getCell(h.archive().openReport(compiledId).report, cell);
  expect(after).toBe(before - (getCell(outReport, cell) as number));
  await expect(page.locator('[data-cell="table2|licensing|"]')).toHaveText(String(after));
  await screenshot(page, 'office-compiled');

  // the 审核单 and the figures side by side, read back
  await page.evaluate(`location.hash = '#/office/board'`);
  const docx = path.join(h.dir, '审核单.docx');
  const xlsx = path.join(h.dir, '各单位数据.xlsx');
  h.answers.save.push(docx);
  await page.locator('[data-export-review]').click();
  await expect.poll(() => readFileSafe(docx) !== null).toBe(true);
  h.answers.save.push(xlsx);
  await page.locator('[data-export-figures]').click();
  await expect.poll(() => readFileSafe(xlsx) !== null).toBe(true);
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(docx)))['word/document.xml']);
  expect(xml).toContain(`${GOVERNMENT}2023年度政府信息公开工作年度报告审核单`);
  expect(xml).toContain('应报送单位 39 个，已报送 37 个，未报送 2 个');
  for (const u of MISSING) expect(xml).toContain(u);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  expect(ws.rowCount).toBe(1 + 38 + 1); // header, the units counted (one left out), total
  const header = ws.getRow(1).values as unknown[];
  const lastRow = ws.getRow(ws.rowCount);
  expect(lastRow.getCell(1).value).toBe('汇总');
  for (const a of CELLS) {
    const col = CELLS.indexOf(a) + 2;
    expect(header[col]).toBeTruthy();
    const v = lastRow.getCell(col).value;
    expect(v ?? null, keyOf(a)).toBe(getCell(h.archive().openReport(compiledId).report, a) ?? null);
  }
});
