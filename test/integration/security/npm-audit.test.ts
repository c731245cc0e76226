import { describe, expect, it } from 'vitest';
import { type AuditReport, seriousAdvisories } from '../../support/audit-report';

// The audit itself is `npm run audit:deps` (test/security/npm-audit.ts): its
// endpoint needs a POST that this machine's registry proxy refuses.
describe('npm audit report reading', () => {
  it('finds high and critical advisories in a report as npm writes it', () => {
    const report: AuditReport = {
      vulnerabilities: {
        lodash: { severity: 'high', via: [{ title: 'Prototype Pollution' }], range: '<4.17.21' },
        debug: { severity: 'low', via: [], range: '<2.6.9' },
        minimist: { severity: 'critical', via: [], range: '<1.2.6' },
      },
      metadata: { vulnerabilities: { info: 0, low: 1, moderate: 0, high: 1, critical: 1, total: 3 } },
    };
    expect(seriousAdvisories(report)).toEqual(['lodash (high, <4.17.21)', 'minimist (critical, <1.2.6)']);
    expect(seriousAdvisories({ vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } } })).toEqual([]);
  });
});
