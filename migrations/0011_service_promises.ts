import { type Kysely, sql } from 'kysely';
import { parseServiceHours } from '../shared/features/strategy/hours';

/**
 * Channel promises become data: service hours as days and time ranges
 * (JSON), the response target in hours. Hours written as text are read
 * ("L-V 9:00-14:00"); text that cannot be read is kept at the end of the
 * account's notes, so nothing typed is lost. Minutes round up to hours.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table accounts add column response_target_hours integer`.execute(db);
  await sql`update accounts set response_target_hours = (response_target_minutes + 59) / 60 where response_target_minutes is not null`.execute(db);
  const rows = await sql<{ id: number; service_hours: string; notes: string }>`select id, service_hours, notes from accounts`.execute(db);
  for (const r of rows.rows) {
    const slots = parseServiceHours(r.service_hours);
    const notes = slots || r.service_hours.trim() === '' ? r.notes : `${r.notes}${r.notes.trim() === '' ? '' : '\n\n'}Horario de atención: ${r.service_hours.trim()}`;
    await sql`update accounts set service_hours = ${JSON.stringify(slots ?? [])}, notes = ${notes} where id = ${r.id}`.execute(db);
  }
  await sql`alter table accounts drop column response_target_minutes`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table accounts add column response_target_minutes integer`.execute(db);
  await sql`update accounts set response_target_minutes = response_target_hours * 60`.execute(db);
  await sql`update accounts set service_hours = ''`.execute(db);
  await sql`alter table accounts drop column response_target_hours`.execute(db);
}
