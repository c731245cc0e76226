import path from 'node:path';
import { parseArgs } from 'node:util';
import { Locale } from '../../shared/ipc/schemas';
import { clockFrom, parseNow } from './clock';
import { startHarness } from './harness';

/**
 * `npm run web -- --port 5174 --data ./some-dir [--token T] [--lang es|en] [--now 2027-01-01T10:00:00+01:00]
 *   [--database postgres://user:password@host:5432/db] [--person "Ana Ruiz"]`
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5174' },
    data: { type: 'string', default: './harness-data' },
    token: { type: 'string' },
    lang: { type: 'string' },
    now: { type: 'string' },
    database: { type: 'string' },
    person: { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port: ${values.port}`);
  process.exit(2);
}
const lang = values.lang === undefined ? undefined : Locale.safeParse(values.lang).data;
if (values.lang !== undefined && !lang) {
  console.error('--lang must be es or en');
  process.exit(2);
}

const now = values.now === undefined ? undefined : parseNow(values.now);
if (values.now !== undefined && !now) {
  console.error('--now must be an ISO date and time with its offset, e.g. 2027-01-01T10:00:00+01:00');
  process.exit(2);
}

if (values.database !== undefined && !/^postgres(ql)?:\/\/[^/]+\/[^/?#]+/u.test(values.database)) {
  console.error('--database must be a PostgreSQL address, e.g. postgres://user:password@localhost:5432/pregonero');
  process.exit(2);
}
if (values.person !== undefined && (values.person.trim() === '' || values.person.length > 80)) {
  console.error('--person must be a name of 1 to 80 characters');
  process.exit(2);
}

const harness = await startHarness({
  port,
  dataDir: path.resolve(values.data),
  token: values.token,
  lang,
  clock: now ? clockFrom(now) : undefined,
  database: values.database,
  person: values.person,
});
if (!values.token) console.log(`token ${harness.token}`);
console.log(`open ${harness.url}/#token=${harness.token}`);
console.log(`listening on ${harness.url}`);
// The address is printed without its password, as everywhere else.
console.log(`data ${harness.ctx.store.file} (${harness.ctx.engineName}, ${harness.ctx.store.state})`);

const stop = () => {
  harness.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
