import { defineConfig } from 'vitest/config';

// One runner for every tier: unit (src/core, src/web), integration (server on SQLite and the
// PostgreSQL dialect) and browser journeys (test/e2e, real Chromium against the built app).
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
