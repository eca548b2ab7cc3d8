import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // Hang guards, not timings: a test that takes 100 ms here takes seconds on a busy 2-core CI
    // machine (other suites, browsers and databases beside it), and vitest's 5 s default would fail
    // the machine, not the code. Heavy tests say so with tests/unit/heavy.ts.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
