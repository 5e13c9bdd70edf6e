import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Tests over the real captures and exports in ../shared/fixtures. tests/shared/require-shared.ts
// fails the run loudly when that folder is missing, rather than letting it pass on zero tests.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/shared/**/*.test.ts'],
    setupFiles: ['tests/setup.ts', 'tests/shared/require-shared.ts'],
    passWithNoTests: false,
  },
});
