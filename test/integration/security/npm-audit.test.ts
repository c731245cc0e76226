import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface AuditReport {
  metadata?: { vulnerabilities?: Record<'info' | 'low' | 'moderate' | 'high' | 'critical' | 'total', number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[]; range?: string }>;
  message?: string;
  statusCode?: number;
  error?: { code?: string; summary?: string; detail?: string };
}

/** `npm audit --omit=dev --json`: what ships in the installers, checked against the npm advisory database. */
function audit(): Promise<{ code: number; report: AuditReport | null; raw: string }> {
  // Under `npm test`, npm_execpath is the npm that runs us; otherwise the npm on PATH.
  const npmCli = process.env.npm_execpath;
  const [file, args] = npmCli && /npm-cli\.c?js$/.test(npmCli) ? [process.execPath, [npmCli]] : ['npm', []];
  return new Promise((resolve) => {
    execFile(file, [...args, 'audit', '--omit=dev', '--json'], { timeout: 120_000, maxBuffer: 20 * 1024 * 1024 }, (error, stdout) => {
      let report: AuditReport | null;
      try {
        report = JSON.parse(stdout) as AuditReport;
      } catch {
        report = null;
      }
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, report, raw: stdout.slice(0, 600) });
    });
  });
}

/** Production packages with a high or critical advisory, from an `npm audit --json` (v2) report. */
export function seriousAdvisories(report: AuditReport): string[] {
  return Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => `${name} (${v.severity}, ${v.range ?? '?'})`);
}

describe('npm audit of the production dependencies', () => {
  it('reports no high or critical advisory', async () => {
    const { report, raw } = await audit();
    const counts = report?.metadata?.vulnerabilities;
    if (!counts) {
      const reason = report?.message ?? report?.error?.summary ?? raw;
      const message =
        `npm audit could not reach the npm advisory endpoint (POST /-/npm/v1/security/advisories/bulk), so the ` +
        `production dependencies were NOT checked. Reason: ${reason || 'no output'}. ` +
        'Run it where registry.npmjs.org accepts POST requests (CI does).';
      // Never a silent pass. Only a person who knows the machine cannot reach the
      // endpoint may say so explicitly, and never in CI.
      if (process.env.PREGONERO_AUDIT_OFFLINE === 'accept' && !process.env.CI) {
        console.warn(`WARNING (accepted by PREGONERO_AUDIT_OFFLINE=accept): ${message}`);
        expect(reason).toBeTruthy();
        return;
      }
      throw new Error(message);
    }
    expect(seriousAdvisories(report!), 'high or critical advisories in production dependencies').toEqual([]);
    expect(counts.high + counts.critical).toBe(0);
  }, 180_000);

  it('reads an audit report as npm writes it', () => {
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
