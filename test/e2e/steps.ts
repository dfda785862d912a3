// What a user does, as reusable steps for the specs and the bench.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { SCREENS } from './harness';

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  // finish Element Plus's fade-ins so the picture shows what the user sees once it settles
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: false, animations: 'disabled' });
  // whatever is pictured is also what the user reads: no English left on it
  await expectAllChinese(page);
}

/** words in Latin letters a Chinese office user knows (file kinds, fonts, the names printed on keys); anything else on screen is untranslated */
const KNOWN_LATIN = /\b(Word|WPS|Excel|Windows|docx|json|txt|html|pdf|PDF|GB2312|_GBK|Ctrl|MB|KB|U|Enter|Shift|Tab|Esc|PageDown|PageUp|Delete)\b/g;

/** the visible text of the page (dialogs and messages included) has no English words and no raw codes */
export async function expectAllChinese(page: Page): Promise<void> {
  const text = (await page.locator('body').innerText()) as string;
  // paths, file names and web addresses shown on purpose (数据文件, 导出到…, a report's own text) are not words to translate
  const words = text
    .replace(/[A-Za-z]:\\[^\s]*|https?:\/\/[^\s]*|\/[^\s]*|[\w.-]+\.(docx|json|txt|sqlite|pdf)/g, '')
    .replace(KNOWN_LATIN, '')
    .match(/[A-Za-z][A-Za-z-]{2,}/g);
  expect(words ?? [], 'English or raw codes on screen').toEqual([]);
}

/** an input by its data-field, wherever Element Plus put the attribute (the wrapper or the input) */
export function field(scope: Page | Locator, name: string, tag = 'input') {
  return scope.locator(`${tag}[data-field="${name}"], [data-field="${name}"] ${tag}`).first();
}

/** 新建报告 for a new agency (or the one already chosen), landing in the editor */
export async function createReport(page: Page, o: { agency?: string; year: number; fromPrevious?: boolean }): Promise<void> {
  await page.locator('[data-action="new-report"]').click();
  const dlg = page.locator('.el-dialog[data-dialog="new-report"]');
  await expect(dlg).toBeVisible();
  if (o.agency) {
    const select = dlg.locator('[data-field="agency"]');
    await select.click();
    await page.locator('.el-select-dropdown__item', { hasText: '新增机关' }).click();
    await field(dlg, 'agency-name').fill(o.agency);
  }
  await field(dlg, 'year').fill(String(o.year));
  await field(dlg, 'year').press('Tab');
  if (o.fromPrevious) await dlg.getByText('以上年报告为基础', { exact: true }).click();
  else await dlg.getByText('空白报告', { exact: true }).click();
  await dlg.locator('[data-action="create"]').click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible();
}

/** the <td> of a cell, by the grid's data-cell key */
export function cell(page: Page, table: string, row: string, col?: number) {
  return page.locator(`td[data-cell="${table}|${row}|${col ?? ''}"]`);
}

/** click a cell; when it is already selected its editor input lies on top and takes the click, as for a user */
export async function selectCell(page: Page, table: string, row: string, col?: number): Promise<void> {
  const td = cell(page, table, row, col);
  const input = td.locator('input');
  if (await input.count()) await input.click();
  else await td.click();
}

/** select a cell with the mouse, type the value and Enter, as a user does */
export async function typeInCell(page: Page, table: string, row: string, col: number | undefined, value: string): Promise<void> {
  await selectCell(page, table, row, col);
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}

export function finding(page: Page, rule: string) {
  return page.locator(`[data-findings] [data-rule="${rule}"]`);
}
