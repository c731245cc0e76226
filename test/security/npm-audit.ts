import { execFileSync } from 'node:child_process';
import { type AuditReport, seriousAdvisories } from '../support/audit-report';

/**
 * `npm run audit:deps`: what ships in the installers, checked against npm's
 * advisory database. Not part of `npm test`: the advisory endpoint takes a
 * POST, which the build machine's registry proxy refuses (405), so it runs
 * wherever registry.npmjs.org is reached directly. Exits non-zero on any
 * high or critical advisory, and when the database cannot be reached (never a
 * silent pass).
 */
let stdout: string;
try {
  stdout = execFileSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 20 * 1024 * 1024 });
} catch (e) {
  stdout = String((e as { stdout?: string }).stdout ?? '');
}
let report: AuditReport | null;
try {
  report = JSON.parse(stdout) as AuditReport;
} catch {
  report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (!report || !counts) {
  console.error(`npm audit could not reach the advisory database: ${report?.message ?? report?.error?.summary ?? stdout.slice(0, 300)}`);
  console.error('The production dependencies were NOT checked.');
  process.exit(2);
}
const serious = seriousAdvisories(report);
console.log(`npm audit --omit=dev: ${counts.total} advisories (${counts.high} high, ${counts.critical} critical)`);
if (serious.length > 0) {
  console.error(`High or critical advisories in production dependencies:\n${serious.join('\n')}`);
  process.exit(1);
}
