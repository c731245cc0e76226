import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Migration } from 'kysely/migration';
import { migrateToLatest } from '../../electron/db/migrate';
import { openRaw } from '../../electron/db/open';
import { migrations } from '../../migrations/index';

/** The migrations up to and including `last`, in order. */
export function migrationsThrough(last: string): Record<string, Migration> {
  const names = Object.keys(migrations);
  return Object.fromEntries(names.slice(0, names.indexOf(last) + 1).map((n) => [n, migrations[n]!]));
}

/** Every table, index, trigger and view a fresh file gets from these migrations, with its SQL as SQLite keeps it. */
export async function sqliteSchema(list: Record<string, Migration>): Promise<{ type: string; name: string; sql: string | null }[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-schema-'));
  const raw = openRaw(path.join(dir, 'schema.sqlite'));
  try {
    await migrateToLatest(raw, list);
    return raw.prepare("select type, name, sql from sqlite_master where name not like 'sqlite_%' order by type, name").all() as { type: string; name: string; sql: string | null }[];
  } finally {
    raw.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
