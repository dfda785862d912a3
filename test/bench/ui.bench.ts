// UI timings in Debian's Chromium with the real api behind the page (test/e2e/harness.ts):
//  keystroke_ms   — from the key that enters a digit into a table 三 cell (Enter after typing it)
//                   to the frame in which the findings panel shows the new state, measured in the page;
//  editor_open_ms — from navigating to a complete report's editor to the frame in which its
//                   three grids and the findings panel are rendered.
import { readFileSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

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

    // editor_open_ms: in the page, hash change → grids + findings painted
    const opens: number[] = [];
    for (let i = 0; i < 15; i++) {
      await page.evaluate("location.hash = '#/'");
      await page.waitForSelector('[data-action="new-report"]');
      opens.push(await page.evaluate(OPEN_EDITOR(id)));
    }

    // keystroke_ms: alternate 一/自然人 between a value that breaks the balance and one that keeps it
    await page.locator('td[data-cell="table3|1|0"]').click();
    await page.evaluate(WATCH_KEYSTROKES);
    const original = String(seed.table3['1'][0]);
    for (let i = 0; i < 41; i++) {
      await page.keyboard.type(i % 2 === 0 ? '9' : original);
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowUp');
      await pollPage(page, `window.__keystrokes.length >= ${i + 1}`);
      await page.waitForSelector('[data-save-state]:has-text("已保存")');
    }
    const keys: number[] = await page.evaluate('window.__keystrokes');
    return { keystroke_ms: median(keys.slice(1)), editor_open_ms: median(opens.slice(1)) };
  } finally {
    await browser.close();
    await h.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

// run alone: npx tsx test/bench/ui.bench.ts
if (process.argv[1]?.endsWith('ui.bench.ts')) uiBench().then((r) => console.log(JSON.stringify(r)));
