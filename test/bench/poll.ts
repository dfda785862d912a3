// Wait until an expression is true in the page. page.waitForFunction evaluates a
// string predicate with eval, which the app's CSP (no 'unsafe-eval') refuses at random
// moments; page.evaluate goes through the debugger protocol and is not subject to it.
import type { Page } from 'playwright-core';

export async function pollPage(page: Page, expression: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}
