import { type Kysely, sql } from 'kysely';
import { nowText, onPostgres, postgresDocument, postgresKeepAsWritten, postgresSearchTable, rowId } from './engine';


/**
 * Crisis preparation and response, usable with no network: an offline contact directory,
 * playbooks whose every saved version is kept, incidents that point at the
 * version they used, an append-only timeline, and the posts an incident put
 * on hold with the status each one had before.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('contacts')
    .addColumn('id', 'integer', rowId(db))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('alternate_id', 'integer', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`create index contacts_name on contacts (name collate nocase) where deleted_at is null`.execute(db);
  if (onPostgres(db)) await contactsSearchOnPostgres(db);
  else await contactsSearchOnSqlite(db);

  await db.schema
    .createTable('playbooks')
    .addColumn('id', 'integer', rowId(db))
    // Starter playbooks carry a stable key ("flood"); copies and new ones have null.
    .addColumn('starter_key', 'text')
    .addColumn('locale', 'text', (c) => c.notNull().check(sql`locale in ('es','en')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('copied_from_id', 'integer', (c) => c.references('playbooks.id').onDelete('set null'))
    .addColumn('current_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`create unique index playbooks_starter on playbooks (starter_key, locale) where starter_key is not null`.execute(db);
  await sql`create index playbooks_list on playbooks (locale, name collate nocase) where deleted_at is null`.execute(db);

  // Every saved version, whole, as JSON; never changed once written.
  await db.schema
    .createTable('playbook_versions')
    .addColumn('playbook_id', 'integer', (c) => c.notNull().references('playbooks.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addPrimaryKeyConstraint('playbook_versions_pk', ['playbook_id', 'number'])
    .execute();
  await keepAsWritten(db, 'playbook_versions', 'playbook versions are kept as saved');

  await db.schema
    .createTable('incidents')
    .addColumn('id', 'integer', rowId(db))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull().check(sql`locale in ('es','en')`))
    // Null for a blank incident; otherwise the playbook and the exact version used.
    .addColumn('playbook_id', 'integer', (c) => c.references('playbooks.id'))
    .addColumn('playbook_version', 'integer')
    .addColumn('severity', 'text', (c) => c.notNull().check(sql`severity in ('low','high','critical')`))
    // JSON object: placeholder name -> value.
    .addColumn('facts', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addForeignKeyConstraint('incidents_playbook_version_fk', ['playbook_id', 'playbook_version'], 'playbook_versions', ['playbook_id', 'number'])
    .execute();
  await db.schema.createIndex('incidents_started').on('incidents').columns(['started_at']).execute();

  await db.schema
    .createTable('incident_events')
    .addColumn('id', 'integer', rowId(db))
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incidents.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // When it happened (the officer may log it afterwards) and when it was written down.
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('account_id', 'integer', (c) => c.references('accounts.id').onDelete('set null'))
    // The account as it was named then, so the record survives renames.
    .addColumn('account_label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('network', 'text')
    .addColumn('statement_key', 'text')
    .addColumn('check_index', 'integer')
    .addColumn('who', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('due_at', 'text')
    .addColumn('corrects_id', 'integer', (c) => c.references('incident_events.id'))
    .execute();
  await db.schema.createIndex('incident_events_incident').on('incident_events').columns(['incident_id', 'id']).execute();
  await keepAsWritten(db, 'incident_events', 'the incident timeline is append-only');

  await db.schema
    .createTable('incident_holds')
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incidents.id'))
    .addColumn('post_id', 'integer', (c) => c.notNull().references('posts.id'))
    .addColumn('former_status', 'text', (c) => c.notNull().check(sql`former_status in ('idea','draft','in_review','approved')`))
    .addColumn('held_at', 'text', (c) => c.notNull())
    .addColumn('resumed_at', 'text')
    .addPrimaryKeyConstraint('incident_holds_pk', ['incident_id', 'post_id'])
    .execute();
  await db.schema.createIndex('incident_holds_post').on('incident_holds').columns(['post_id']).execute();
}

/** Contacts search on SQLite: an FTS5 table over the contacts, accents ignored, kept in step by triggers. */
async function contactsSearchOnSqlite(db: Kysely<any>): Promise<void> {
  await sql`create virtual table contacts_fts using fts5(name, role, phone, email, notes, content='contacts', content_rowid='id', tokenize = 'unicode61 remove_diacritics 2')`.execute(
    db,
  );
  await sql`create trigger contacts_fts_ai after insert on contacts begin
    insert into contacts_fts(rowid, name, role, phone, email, notes) values (new.id, new.name, new.role, new.phone, new.email, new.notes);
  end`.execute(db);
  await sql`create trigger contacts_fts_au after update on contacts begin
    insert into contacts_fts(contacts_fts, rowid, name, role, phone, email, notes) values ('delete', old.id, old.name, old.role, old.phone, old.email, old.notes);
    insert into contacts_fts(rowid, name, role, phone, email, notes) values (new.id, new.name, new.role, new.phone, new.email, new.notes);
  end`.execute(db);
  await sql`create trigger contacts_fts_ad after delete on contacts begin
    insert into contacts_fts(contacts_fts, rowid, name, role, phone, email, notes) values ('delete', old.id, old.name, old.role, old.phone, old.email, old.notes);
  end`.execute(db);
}

/** The same search on PostgreSQL: a folded document per contact, kept in step by a trigger. */
async function contactsSearchOnPostgres(db: Kysely<any>): Promise<void> {
  await postgresSearchTable(db, 'contacts_fts', 'contacts');
  await sql.raw(`create function contacts_fts_refresh() returns trigger language plpgsql as $$ begin
    insert into contacts_fts (rowid, document) values (new.id, ${postgresDocument('new.name, new.role, new.phone, new.email, new.notes')})
    on conflict (rowid) do update set document = excluded.document;
    return null;
  end $$`).execute(db);
  await sql`create trigger contacts_fts_refresh after insert or update on contacts for each row execute function contacts_fts_refresh()`.execute(db);
}

/** Rows that are a record and must stay as written: versions of a playbook, the incident timeline. */
async function keepAsWritten(db: Kysely<any>, table: string, message: string): Promise<void> {
  if (onPostgres(db)) return postgresKeepAsWritten(db, table, message);
  for (const [suffix, event] of [
    ['no_update', 'update'],
    ['no_delete', 'delete'],
  ] as const) {
    await sql.raw(`create trigger ${table}_${suffix} before ${event} on ${table} begin
    select raise(abort, '${message}');
  end`).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('incident_holds').execute();
  await db.schema.dropTable('incident_events').execute();
  await db.schema.dropTable('incidents').execute();
  await db.schema.dropTable('playbook_versions').execute();
  await db.schema.dropTable('playbooks').execute();
  if (onPostgres(db)) {
    await sql`drop table contacts_fts`.execute(db);
    await db.schema.dropTable('contacts').execute();
    for (const fn of ['contacts_fts_refresh', 'playbook_versions_kept_as_written', 'incident_events_kept_as_written']) await sql`drop function if exists ${sql.id(fn)}()`.execute(db);
    return;
  }
  for (const trigger of ['contacts_fts_ai', 'contacts_fts_au', 'contacts_fts_ad']) await sql`drop trigger ${sql.id(trigger)}`.execute(db);
  await db.schema.dropTable('contacts').execute();
  await sql`drop table contacts_fts`.execute(db);
}
