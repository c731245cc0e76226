import { AppContext } from '../../electron/context';
import { createRouter } from '../../electron/router';
import { TestPlatform } from './context';
import { availableCrashWrites } from './crash-writes';

/**
 * The process the crash test kills: opens the data folder the way the app
 * does and writes through the router forever, printing `<channel> <n>` on
 * stdout only after each call has returned (committed).
 * Usage: node --import tsx test/support/crash-child.ts DIR START
 */
const [dataDir, startArg] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: crash-child DIR START');
const ctx = await AppContext.open(dataDir, new TestPlatform(dataDir));
const invoke = createRouter(ctx);
const writes = availableCrashWrites();
process.stdout.write('ready\n');
for (let n = Number(startArg ?? 1); ; n++) {
  const w = writes[n % writes.length];
  if (!w) throw new Error('no crash writes available');
  const id = await w.write(invoke, n);
  process.stdout.write(`${w.channel} ${id}\n`);
}
