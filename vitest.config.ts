import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure core and UI components, in happy-dom with WXT's fake browser.
// Browser tests (tests/e2e) and tests over ../shared (tests/shared) have their own configs.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: [
      'lib/**/*.test.ts',
      'lib/**/*.test.tsx',
      'components/**/*.test.tsx',
      'entrypoints/**/*.test.ts',
      'tests/*.test.ts',
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'tests/security/**/*.test.ts',
    ],
    setupFiles: ['tests/setup.ts'],
  },
});
