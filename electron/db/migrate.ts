import { Kysely, SqliteDialect } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import { migrations as registry, versionOf } from '../../migrations/index';
import type { RawDb } from './open';

class StaticProvider implements MigrationProvider {
  constructor(private readonly list: Record<string, Migration>) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return this.list;
  }
}

/** Names of the migrations already applied to this file (empty for a new file). */
export function appliedMigrations(raw: RawDb): string[] {
  const table = raw.prepare("select name from sqlite_master where type='table' and name='kysely_migration'").get();
  if (!table) return [];
  return (raw.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name);
}

export function pendingMigrations(raw: RawDb, list = registry): string[] {
  const done = new Set(appliedMigrations(raw));
  return Object.keys(list).filter((n) => !done.has(n));
}

/** A migration applied to the file that this build does not know: the file is from a newer app. */
export function unknownMigrations(raw: RawDb, list = registry): string[] {
  return appliedMigrations(raw).filter((n) => !(n in list));
}

/**
 * Run every pending migration. Migrations get a plain Kysely (no camelCase
 * plugin) so they say exactly which snake_case columns they create.
 */
export async function migrateToLatest(raw: RawDb, list = registry): Promise<number> {
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
  const migrator = new Migrator({ db, provider: new StaticProvider(list) });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const version = versionOf(appliedMigrations(raw).at(-1) ?? '0000');
  raw.pragma(`user_version = ${version}`);
  return version;
}
