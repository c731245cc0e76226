import { defineConfig } from 'vitest/config';

/**
 * The tests `npm run mutate` runs against each mutant: the unit and
 * integration tests of the rules it mutates (approval, holds, imports,
 * versions, fingerprints, cadence, strategy targets). The exports service's
 * printed plans and publishing pack are checked only by reading what they
 * write, so those tests print with Chromium and read the PDF with pdftotext.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/domain/time.test.ts', 'shared/features/exports/range.test.ts', 'shared/features/calendar/rules.test.ts', 'shared/features/accounts/csv.test.ts', 'shared/features/strategy/targets.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: [
            'test/integration/calendar/posts.test.ts',
            'test/integration/calendar/stale-version.test.ts',
            'test/integration/calendar/bulkSave.test.ts',
            'test/integration/calendar/cadence.test.ts',
            'test/integration/calendar/workflow.test.ts',
            'test/integration/media/posts.test.ts',
            'test/integration/playbooks/holds.test.ts',
            'test/integration/playbooks/incidents.test.ts',
            'test/integration/accounts/csv.test.ts',
            'test/integration/accounts/csv-merge.test.ts',
            'test/integration/accounts/csv-atomic.test.ts',
            'test/integration/accounts/csv-changes.test.ts',
            'test/integration/accounts/merge-chains.test.ts',
            'test/integration/accounts/owner-names.test.ts',
            'test/integration/strategy/people.test.ts',
            'test/integration/exports/exports.test.ts',
            'test/integration/exports/fingerprint.test.ts',
            'test/integration/exports/plan.test.ts',
            'test/integration/exports/approvals.test.ts',
            'test/integration/exports/pdf.test.ts',
            'test/integration/media/pdf.test.ts',
            'test/integration/media/missing.test.ts',
            'test/integration/media/pack.test.ts',
            'test/integration/account-pickers.test.ts',
            'test/integration/store.test.ts',
          ],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
    ],
  },
});
