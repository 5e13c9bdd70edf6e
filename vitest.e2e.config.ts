import { defineConfig } from 'vitest/config';

// Browser tests: Playwright drives Debian's Chromium with the built extension (.output/chrome-mv3).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
