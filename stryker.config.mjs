// @ts-check
/**
 * Mutation testing of the modules that decide approval, holds, imports,
 * versions, fingerprints, cadence and strategy targets: `npm run mutate` (not part of
 * `npm test`; it takes a long while). A surviving mutant is a change to a
 * rule that no test notices. One file at a time:
 * `npm run mutate -- --mutate electron/features/playbooks/holds.ts`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  mutate: [
    'shared/features/calendar/rules.ts',
    'electron/features/calendar/posts.ts',
    'electron/features/calendar/cadence.ts',
    'electron/features/playbooks/holds.ts',
    'electron/features/accounts/csvio.ts',
    'electron/features/exports/plan.ts',
    'electron/features/exports/service.ts',
    'electron/db/transaction.ts',
    'shared/features/strategy/targets.ts',
    'shared/domain/time.ts',
  ],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  coverageAnalysis: 'perTest',
  // Two cores shared with everything else on the machine.
  concurrency: 1,
  // Module-level constants need every test rerun per mutant; the rules are in functions.
  ignoreStatic: true,
  timeoutMS: 60_000,
  // The first run of every test, which maps tests to code, takes over the default 5 minutes on a busy machine.
  dryRunTimeoutMinutes: 20,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
};
