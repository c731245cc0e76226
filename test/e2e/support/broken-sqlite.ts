import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../support/context';

/**
 * A copy of better-sqlite3 whose prebuilt addon is not a loadable library, as
 * on a system it was not built for: `require` works, opening any database
 * fails in dlopen. Handed to the stand-in loader as STANDIN_SQLITE.
 */
export function brokenSqlite(): string {
  const dir = path.join(tempDir(), 'better-sqlite3');
  const real = path.resolve('node_modules/better-sqlite3');
  fs.cpSync(path.join(real, 'lib'), path.join(dir, 'lib'), { recursive: true });
  fs.copyFileSync(path.join(real, 'package.json'), path.join(dir, 'package.json'));
  fs.mkdirSync(path.join(dir, 'prebuilds'));
  fs.writeFileSync(path.join(dir, 'prebuilds', `${process.platform}-${process.arch}.node`), 'not a shared library');
  return dir;
}
