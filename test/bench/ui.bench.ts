// UI timings in Debian's Chromium with the real api behind the page (test/e2e/harness.ts):
//  keystroke_ms   — from the key that enters a digit into a table 三 cell (Enter after typing it)
//                   to the frame in which the findings panel shows the new state, measured in the page;
//  editor_open_ms — from navigating to a complete report's editor to the frame in which its
//                   three grids and the findings panel are rendered;
//  fill_zero_ms   — from 填充 in the 填充空白为 0 dialog (every blank of a blank report) to the frame
//                   in which the findings panel no longer lists a blank cell;
//  keystroke_slow_ms, editor_open_slow_ms — the same two under 6× CPU throttling (CDP
//                   Emulation.setCPUThrottlingRate), standing in for the slow 信创 office PCs.
import { readFileSync, rmSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { blankReport } from '../../report/report';
import { pollPage } from './poll';
import path from 'node:path';
import { SHARED, buildRenderer, startHarness } from '../e2e/harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// In-page code as strings: tsx would wrap functions in helpers the page lacks, and this file has no DOM types.
const OPEN_EDITOR = (id: number) => `new Promise((resolve) => {
  const t0 = performance.now();
  location.hash = '#/report/${id}';
  const check = () => {
    const ready =
      document.querySelector('[data-editor-ready] td[data-cell="table3|4|6"]') &&
      document.querySelector('[data-editor-ready] td[data-cell="table4|litigationAfterReview|4"]') &&
      document.querySelector('[data-findings] [data-rule]');
    if (ready) requestAnimationFrame(() => resolve(performance.now() - t0));
    else requestAnimationFrame(check);
  };
  check();
})`;

/** time from the Enter keydown to the frame after the findings panel's DOM changed */
const WATCH_KEYSTROKES = `(() => {
  window.__keystrokes = [];
  const panel = document.querySelector('[data-findings]');
  let t0 = 0;
  window.addEventListener('keydown', (e) => { if (e.key === 'Enter') t0 = performance.now(); }, true);
  new MutationObserver(() => {
    if (!t0) return;
    const start = t0;
    t0 = 0;
    requestAnimationFrame(() => window.__keystrokes.push(performance.now() - start));
  }).observe(panel, { childList: true, subtree: true, characterData: true });
})()`;

/** from the dialog's 填充 to the frame after the last blank-cell finding left the panel */
const FILL_ZERO = `new Promise((resolve) => {
  const t0 = performance.now();
  document.querySelector('[data-action="fill-zero-confirm"]').click();
  const check = () => {
    if (document.querySelector('[data-findings] [data-rule="cell.missing"]')) requestAnimationFrame(check);
    else requestAnimationFrame(() => resolve(performance.now() - t0));
  };
  check();
})`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function opensOf(page: Page, id: number, n: number): Promise<number[]> {
  const opens: number[] = [];
  for (let i = 0; i < n; i++) {
    await page.evaluate("location.hash = '#/'");
    await page.waitForSelector('[data-action="new-report"]');
    opens.push(await page.evaluate(OPEN_EDITOR(id)));
  }
  return opens;
}

/** keystroke times: alternate 一/自然人 between a value that breaks the balance and one that keeps it */
async function keystrokesOf(page: Page, original: string, n: number): Promise<number[]> {
  await page.locator('td[data-cell="table3|1|0"]').click();
  await page.evaluate(WATCH_KEYSTROKES);
  for (let i = 0; i < n; i++) {
    await page.keyboard.type(i % 2 === 0 ? '9' : original);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await pollPage(page, `window.__keystrokes.length >= ${i + 1}`);
    await page.waitForSelector('[data-save-state]:has-text("已保存")');
  }
  return page.evaluate('window.__keystrokes');
}

/** fill every blank of a blank report, then undo it for the next round */
async function fillsOf(page: Page, id: number, n: number): Promise<number[]> {
  await page.evaluate(`location.hash = '#/report/${id}'`);
  await page.waitForSelector('[data-findings] [data-rule="cell.missing"]');
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    await page.locator('[data-action="fill-zero"]').click();
    await page.waitForSelector('[data-action="fill-zero-confirm"]:not([disabled])');
    times.push(await page.evaluate(FILL_ZERO));
    await page.waitForSelector('.el-dialog[data-dialog="fill-zero"]', { state: 'hidden' });
    await page.waitForSelector('[data-save-state]:has-text("已保存")', { timeout: 60_000 });
    await page.locator('[data-action="undo"]').click();
    await page.waitForSelector('[data-findings] [data-rule="cell.missing"]');
    await page.waitForSelector('[data-save-state]:has-text("已保存")', { timeout: 60_000 });
  }
  return times;
}

export default async function uiBench(): Promise<Record<string, number>> {
  const dist = buildRenderer();
  const h = await startHarness();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await h.attach(page);
    // a complete report: the seed, stored through the api as an import would
    const seed = JSON.parse(readFileSync(path.join(SHARED, 'spec/seed-report.json'), 'utf8'));
    for (const k of Object.keys(seed.table4)) seed.table4[k] = [0, 0, 0, 0, 0]; // the seed leaves table 四 blank
    const { id } = await h.api().commitImport({ report: seed, replace: false });
    await page.waitForSelector('[data-action="new-report"]');

    const original = String(seed.table3['1'][0]);
    // editor_open_ms: in the page, hash change → grids + findings painted; then keystroke_ms
    const opens = await opensOf(page, id, 15);
    const keys = await keystrokesOf(page, original, 40); // even: the cell holds its original value again

    // fill_zero_ms: a blank report of another agency
    const blank = await h.api().commitImport({ report: blankReport('中卫市应急管理局', 2024), replace: false });
    const fills = await fillsOf(page, blank.id, 9);

    // the same under 6× CPU throttling
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    const slowOpens = await opensOf(page, id, 7);
    const slowKeys = await keystrokesOf(page, original, 16);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    return {
      keystroke_ms: median(keys.slice(1)),
      editor_open_ms: median(opens.slice(1)),
      fill_zero_ms: median(fills.slice(1)),
      keystroke_slow_ms: median(slowKeys.slice(1)),
      editor_open_slow_ms: median(slowOpens.slice(1)),
    };
  } finally {
    await browser.close();
    await h.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

// run alone: npx tsx test/bench/ui.bench.ts
if (process.argv[1]?.endsWith('ui.bench.ts')) uiBench().then((r) => console.log(JSON.stringify(r)));
