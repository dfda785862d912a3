// The closing line of `npm test`: totals of the Vitest and Playwright runs,
// read from their JSON reports, as one plain line CI can read.
import { readFileSync } from 'node:fs';

const read = (f) => JSON.parse(readFileSync(new URL(`./output/${f}`, import.meta.url), 'utf8'));
const unit = read('vitest.json');
const e2e = read('playwright.json').stats;
const passed = unit.numPassedTests + e2e.expected;
const failed = unit.numFailedTests + e2e.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.skipped;
console.log(`unit ${unit.numPassedTests}/${unit.numTotalTests}, end-to-end ${e2e.expected}/${e2e.expected + e2e.unexpected + e2e.flaky + e2e.skipped}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
