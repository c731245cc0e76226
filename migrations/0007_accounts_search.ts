import { type Kysely, sql } from 'kysely';
import { onPostgres, postgresDocument, postgresSearchTable } from './engine';

/**
 * Accounts search and list indexes. An external-content FTS5 table (accents
 * ignored: "policia" finds "Policía") kept in step with `accounts` by
 * triggers, and partial indexes over live rows for every sort and filter of
 * the list, so it stays fast at 600+ accounts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (onPostgres(db)) await searchOnPostgres(db);
  else await searchOnSqlite(db);

  for (const [name, expr] of [
    ['accounts_live_handle', 'handle collate nocase, id'],
    ['accounts_live_network', 'network, handle collate nocase, id'],
    ['accounts_live_display_name', 'display_name collate nocase, id'],
    ['accounts_live_department', 'department collate nocase, handle collate nocase, id'],
    ['accounts_live_owner', 'owner_name collate nocase, id'],
    ['accounts_live_role', 'role, handle collate nocase, id'],
    ['accounts_live_status', 'status, handle collate nocase, id'],
    ['accounts_live_activity', 'last_activity_on, id'],
    ['accounts_live_updated', 'updated_at, id'],
  ] as const) {
    await sql.raw(`create index ${name} on accounts (${expr}) where deleted_at is null`).execute(db);
  }
}

/** On SQLite: an external-content FTS5 table kept in step by triggers. */
async function searchOnSqlite(db: Kysely<any>): Promise<void> {
  await sql`create virtual table accounts_fts using fts5(
    handle, display_name, department, owner_name, purpose, notes, tags,
    content = 'accounts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
  )`.execute(db);
  const cols = 'handle, display_name, department, owner_name, purpose, notes, tags';
  const newVals = 'new.handle, new.display_name, new.department, new.owner_name, new.purpose, new.notes, new.tags';
  const oldVals = 'old.handle, old.display_name, old.department, old.owner_name, old.purpose, old.notes, old.tags';
  await sql
    .raw(`create trigger accounts_fts_insert after insert on accounts begin
      insert into accounts_fts (rowid, ${cols}) values (new.id, ${newVals});
    end`)
    .execute(db);
  await sql
    .raw(`create trigger accounts_fts_delete after delete on accounts begin
      insert into accounts_fts (accounts_fts, rowid, ${cols}) values ('delete', old.id, ${oldVals});
    end`)
    .execute(db);
  await sql
    .raw(`create trigger accounts_fts_update after update of ${cols} on accounts begin
      insert into accounts_fts (accounts_fts, rowid, ${cols}) values ('delete', old.id, ${oldVals});
      insert into accounts_fts (rowid, ${cols}) values (new.id, ${newVals});
    end`)
    .execute(db);
  await sql`insert into accounts_fts (accounts_fts) values ('rebuild')`.execute(db);
}

/** On PostgreSQL: a folded document per account, kept in step by a trigger, filled for the accounts already there. */
async function searchOnPostgres(db: Kysely<any>): Promise<void> {
  await postgresSearchTable(db, 'accounts_fts', 'accounts');
  const fields = (row: string) => ['handle', 'display_name', 'department', 'owner_name', 'purpose', 'notes', 'tags'].map((c) => `${row}.${c}`).join(', ');
  await sql.raw(`create function accounts_fts_refresh() returns trigger language plpgsql as $$ begin
    insert into accounts_fts (rowid, document) values (new.id, ${postgresDocument(fields('new'))})
    on conflict (rowid) do update set document = excluded.document;
    return null;
  end $$`).execute(db);
  await sql
    .raw(`create trigger accounts_fts_refresh after insert or update of ${fields('').replaceAll('.', '')} on accounts
    for each row execute function accounts_fts_refresh()`)
    .execute(db);
  await sql.raw(`insert into accounts_fts (rowid, document) select a.id, ${postgresDocument(fields('a'))} from accounts a`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'accounts_live_handle',
    'accounts_live_network',
    'accounts_live_display_name',
    'accounts_live_department',
    'accounts_live_owner',
    'accounts_live_role',
    'accounts_live_status',
    'accounts_live_activity',
    'accounts_live_updated',
  ]) {
    await sql.raw(`drop index if exists ${name}`).execute(db);
  }
  if (onPostgres(db)) {
    await sql`drop trigger if exists accounts_fts_refresh on accounts`.execute(db);
    await sql`drop function if exists accounts_fts_refresh()`.execute(db);
  } else {
    for (const t of ['accounts_fts_insert', 'accounts_fts_delete', 'accounts_fts_update']) await sql.raw(`drop trigger if exists ${t}`).execute(db);
  }
  await sql`drop table if exists accounts_fts`.execute(db);
}
