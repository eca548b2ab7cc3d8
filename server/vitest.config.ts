import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // lib/model and lib/sync live outside this package: their `zod` must be ours (see tsconfig paths),
    // so the server's tests never depend on the extension's node_modules.
    alias: [{ find: /^zod$/, replacement: fileURLToPath(import.meta.resolve('zod')) }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Hang guards, not timings: PGlite's suite alone takes most of 30 s on a busy 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
