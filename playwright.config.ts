import { defineConfig } from '@playwright/test';

// The renderer runs in Debian's Chromium with the real api behind it (test/e2e/harness.ts).
export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  outputDir: 'test-results',
  timeout: 120_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test/output/playwright.json' }]],
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
  },
});
