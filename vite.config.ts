import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The renderer is loaded from file:// by Electron, hence relative asset paths.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [vue()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
