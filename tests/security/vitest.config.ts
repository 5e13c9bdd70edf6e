import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Runs only the security tests until vitest.config.ts includes 'tests/security/**/*.test.ts'
// (same setup as vitest.config.ts):  npx vitest run --config tests/security/vitest.config.ts
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/security/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
  },
});
