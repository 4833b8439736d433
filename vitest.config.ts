import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (shared maths, API through app.request on in-memory DBs) and `e2e`
 * (builds the app and compiles the server once, starts it as `npm start` does, drives Debian's Chromium).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          // Some tests spawn the real server; a busy 2-core CI machine needs headroom.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // The browser suite runs what `npm start` runs: the built web app and the compiled server.
          env: { ROLECARD_TEST_SERVER: 'compiled' },
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
