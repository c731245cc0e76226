import { defineConfig } from 'vitest/config';

/**
 * Integration tests about the local file itself (its recovery, its
 * migrations, its crash safety) or about what is not data (the shell,
 * packaging, dependencies): they run once, on SQLite.
 */
const sqliteOnly: string[] = [
  // PostgreSQL's own tests start their own servers.
  'test/integration/postgres/**',
  // The local file: opening, refusing, recovering, migrating and surviving a crash.
  'test/integration/store*.test.ts',
  'test/integration/migrations*.test.ts',
  'test/integration/crash.test.ts',
  'test/integration/*/migration.test.ts',
  // Not data: the shell, packaging, the toolchain, dependencies.
  'test/integration/shell/**',
  'test/integration/security/**',
  'test/integration/dist-config.test.ts',
  'test/integration/node-version.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'migrations/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // The same integration tests on the team's engine: a real PostgreSQL server started for the run.
          name: 'integration-postgres',
          include: ['test/integration/**/*.test.ts'],
          exclude: sqliteOnly,
          environment: 'node',
          testTimeout: 30_000,
          globalSetup: ['test/support/postgres-global.ts'],
          env: { PREGONERO_TEST_ENGINE: 'postgres' },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/support/build-app.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: one Chromium at a time keeps timings steady.
          fileParallelism: false,
        },
      },
    ],
  },
});
