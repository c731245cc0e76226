import { type Kysely, sql } from 'kysely';

/**
 * The media library: each photo or video once, named on disk by its SHA-256,
 * and the ordered attachments of each post with their own alt text.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table media (
    id integer primary key,
    sha256 text not null unique check (length(sha256) = 64),
    name text not null,
    mime text not null,
    width integer not null,
    height integer not null,
    bytes integer not null,
    duration_ms integer,
    tags text not null default '[]',
    has_location integer not null default 0,
    -- What a new attachment of this file starts with as its description.
    alt text not null default '',
    version integer not null default 0,
    deleted_at text,
    created_at text not null default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at text not null default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  ) strict`.execute(db);
  await sql`create index media_by_created on media (deleted_at, created_at)`.execute(db);
  await sql`create table post_media (
    post_id integer not null references posts(id) on delete cascade,
    media_id integer not null references media(id),
    position integer not null,
    alt text not null default '',
    primary key (post_id, position)
  ) strict`.execute(db);
  // "Where is this file used" and "is it unused" read by media.
  await sql`create index post_media_by_media on post_media (media_id, post_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table post_media`.execute(db);
  await sql`drop table media`.execute(db);
}
