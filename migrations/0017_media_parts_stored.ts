import { type Kysely, sql } from 'kysely';

/**
 * When each part of a library file reached the team's server. The sweep
 * removes parts that no item names any more (a crash between a file's parts
 * and its row, or an item swept while a backup on the server still named
 * it, once that backup is dropped), and a file being imported right now has
 * its parts before its row: only parts stored a while ago can be left over.
 * Parts stored before this have no time and count as old.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table media_parts add column stored_at text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table media_parts drop column stored_at`.execute(db);
}
