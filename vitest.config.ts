import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // the archive's crash tests spawn processes; keep the 2-core machine responsive
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
