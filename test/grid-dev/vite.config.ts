// Builds or serves the grid's development page (test/grid-dev/page/grid-dev.html: the
// three grids without the app, with the real rules), with the seed report beside
// the page. Used by test/e2e/grid.spec.ts, the grid bench, and for looking:
//   npx vite --config test/grid-dev/vite.config.ts          (dev server, open /grid-dev.html)
//   npx vite build --config test/grid-dev/vite.config.ts    (→ dist/grid-dev)
// The spec and the bench build into a temporary folder of their own instead.
import vue from '@vitejs/plugin-vue';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const page = path.join(repo, 'test/grid-dev/page');

export default defineConfig({
  root: page,
  base: './',
  // the one copy of the seed report (test/fixtures/shared/spec/seed-report.json)
  publicDir: path.join(repo, 'test/fixtures/shared/spec'),
  plugins: [vue()],
  logLevel: 'warn',
  build: {
    outDir: path.join(repo, 'dist/grid-dev'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: path.join(page, 'grid-dev.html') },
  },
});
