// Runs electronegativity in its own process and prints one result line.
// Its own process because the tool fetches translations over the network and
// its HTTP client can throw after the scan has finished; we exit as soon as
// the result is written. Usage: node electronegativity-run.mjs <dir> <electronVersion>
import process from 'node:process';
import run from '@doyensec/electronegativity';

const [input, electronVersion] = process.argv.slice(2);
process.on('uncaughtException', (e) => {
  process.stderr.write(`electronegativity: ${String(e)}\n`);
  process.exit(2);
});
const result = await run({
  input,
  isRelative: true,
  electronVersionOverride: electronVersion,
  // Looks up Electron's release list online: not a property of our code, and it cannot run offline.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
});
const summary = {
  globalChecks: result.globalChecks,
  atomicChecks: result.atomicChecks,
  errors: result.errors.map((e) => ({ file: e.file, message: String(e.message ?? e.error ?? e).slice(0, 200) })),
  issues: result.issues.map((i) => ({
    id: i.id,
    file: i.file,
    line: i.location?.line ?? 0,
    severity: i.severity.name,
    confidence: i.confidence.name,
    sample: String(i.sample ?? '').slice(0, 120),
  })),
};
process.stdout.write(`@@RESULT@@${JSON.stringify(summary)}\n`, () => process.exit(0));
