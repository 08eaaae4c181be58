import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure code, milliseconds) and `servers` (real Temporal servers, real
// PostgreSQL, real SMTP). Temporal's worker uses native threads and its bundler is heavy, so
// server tests run in forked processes, one file at a time per core, with timeouts that cover
// a cold server start (the JVM test server, the Temporal CLI dev server, PGlite's first boot).
export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Fast tests first, then the server-backed ones with their own worker limit.
          sequence: { groupOrder: 0 },
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 10_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'servers',
          sequence: { groupOrder: 1 },
          globalSetup: ['test/helpers/global-setup.ts'],
          setupFiles: ['test/helpers/quiet-temporal.ts'],
          include: ['test/servers/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          maxWorkers: 2,
          fileParallelism: true,
        },
      },
    ],
  },
});
