import { type Kysely, sql } from 'kysely';
import { nowText, onPostgres, postgresDocument, postgresSearchTable, rowId } from './engine';

/** Text the search index holds for one post: its own fields and every account's own text. */
const ftsRow = (id: string) => sql.raw(`
  delete from posts_fts where rowid = ${id};
  insert into posts_fts (rowid, title, body, hashtags, notes, texts)
    select p.id, p.title, p.body, p.hashtags, p.internal_notes || ' ' || p.media_note,
           coalesce((select group_concat(t.text, ' ') from post_targets t where t.post_id = p.id), '')
    from posts p where p.id = ${id} and p.deleted_at is null;`);

/**
 * Calendar extras: the officer's special days, institutional hashtag sets,
 * hashtags used per post (suggestions), full-text search over posts, and
 * indexes for the calendar's range and cadence queries.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('special_days')
    .addColumn('id', 'integer', rowId(db))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    // Recurring days repeat every year on the same month and day.
    .addColumn('recurring', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('month_day', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`create index special_days_day on special_days (day) where deleted_at is null and recurring = 0`.execute(db);
  await sql`create index special_days_month_day on special_days (month_day) where deleted_at is null and recurring = 1`.execute(db);

  await db.schema
    .createTable('hashtag_sets')
    .addColumn('id', 'integer', rowId(db))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('post_hashtags')
    .addColumn('post_id', 'integer', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('post_hashtags_pk', ['post_id', 'tag'])
    .execute();
  await sql`create index post_hashtags_tag on post_hashtags (tag collate nocase)`.execute(db);
  if (onPostgres(db))
    await sql`insert into post_hashtags (post_id, tag) select p.id, j.value from posts p, jsonb_array_elements_text(p.hashtags::jsonb) j(value) where p.deleted_at is null on conflict do nothing`.execute(db);
  else await sql`insert or ignore into post_hashtags (post_id, tag) select p.id, j.value from posts p, json_each(p.hashtags) j where p.deleted_at is null`.execute(db);

  if (onPostgres(db)) await searchOnPostgres(db);
  else await searchOnSqlite(db);
}

/** Post search on SQLite: an FTS5 table of each live post's text and its accounts' own texts, kept by triggers. */
async function searchOnSqlite(db: Kysely<any>): Promise<void> {
  await sql`create virtual table posts_fts using fts5 (title, body, hashtags, notes, texts, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  await sql`create trigger posts_fts_ai after insert on posts begin ${ftsRow('new.id')} end`.execute(db);
  await sql`create trigger posts_fts_au after update on posts begin ${ftsRow('new.id')} end`.execute(db);
  await sql`create trigger posts_fts_ad after delete on posts begin delete from posts_fts where rowid = old.id; end`.execute(db);
  await sql`create trigger post_targets_fts_ai after insert on post_targets begin ${ftsRow('new.post_id')} end`.execute(db);
  await sql`create trigger post_targets_fts_au after update on post_targets begin ${ftsRow('new.post_id')} end`.execute(db);
  await sql`create trigger post_targets_fts_ad after delete on post_targets begin ${ftsRow('old.post_id')} end`.execute(db);
  await sql`insert into posts_fts (rowid, title, body, hashtags, notes, texts)
    select p.id, p.title, p.body, p.hashtags, p.internal_notes || ' ' || p.media_note,
      coalesce((select group_concat(t.text, ' ') from post_targets t where t.post_id = p.id), '')
    from posts p where p.deleted_at is null`.execute(db);
}

/** The same on PostgreSQL: one folded document per live post, rebuilt by one function that the triggers share. */
async function searchOnPostgres(db: Kysely<any>): Promise<void> {
  await postgresSearchTable(db, 'posts_fts', 'posts');
  const document = postgresDocument(
    "p.title, p.body, p.hashtags, p.internal_notes || ' ' || p.media_note, (select string_agg(t.text, ' ') from post_targets t where t.post_id = p.id)",
  );
  await sql.raw(`create function posts_fts_refresh_post(post integer) returns void language sql as $$
    delete from posts_fts where rowid = post;
    insert into posts_fts (rowid, document) select p.id, ${document} from posts p where p.id = post and p.deleted_at is null;
  $$`).execute(db);
  await sql`create function posts_fts_refresh() returns trigger language plpgsql as $$ begin
    if tg_table_name = 'posts' then perform posts_fts_refresh_post(new.id);
    elsif tg_op = 'DELETE' then perform posts_fts_refresh_post(old.post_id);
    else perform posts_fts_refresh_post(new.post_id);
    end if;
    return null;
  end $$`.execute(db);
  await sql`create trigger posts_fts_refresh after insert or update on posts for each row execute function posts_fts_refresh()`.execute(db);
  await sql`create trigger post_targets_fts_refresh after insert or update or delete on post_targets for each row execute function posts_fts_refresh()`.execute(db);
  await sql.raw(`insert into posts_fts (rowid, document) select p.id, ${document} from posts p where p.deleted_at is null`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (onPostgres(db)) {
    await sql`drop trigger if exists posts_fts_refresh on posts`.execute(db);
    await sql`drop trigger if exists post_targets_fts_refresh on post_targets`.execute(db);
    await sql`drop function if exists posts_fts_refresh()`.execute(db);
    await sql`drop function if exists posts_fts_refresh_post(integer)`.execute(db);
  } else {
    for (const t of ['posts_fts_ai', 'posts_fts_au', 'posts_fts_ad', 'post_targets_fts_ai', 'post_targets_fts_au', 'post_targets_fts_ad']) {
      await sql.raw(`drop trigger if exists ${t}`).execute(db);
    }
  }
  await sql`drop table if exists posts_fts`.execute(db);
  await db.schema.dropTable('post_hashtags').execute();
  await db.schema.dropTable('hashtag_sets').execute();
  await db.schema.dropTable('special_days').execute();
}
