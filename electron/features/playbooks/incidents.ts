import type { Generated } from 'kysely';
import type { z } from 'zod';
import { networkName } from '../../../shared/domain/networks';
import type { AddEvent, Incident, IncidentEvent, IncidentStart, IncidentSummary } from '../../../shared/features/playbooks/contract';
import { factMap } from '../../../shared/features/playbooks/fill';
import { type AccountRef, factNamesOf, fillStatements, statementProgress } from '../../../shared/features/playbooks/statements';
import type { PlaybookContent, Severity } from '../../../shared/features/playbooks/model';
import { blankContent } from '../../../shared/features/playbooks/starters';
import { AppError } from '../../../shared/ipc/errors';
import type { Locale } from '../../../shared/ipc/schemas';
import type { AppContext } from '../../context';
import { type Db, inTransaction, nowIso, updateVersioned } from '../../db/transaction';
import { getSettings } from '../settings/service';
import { ensureStarters, versionContent } from './playbooks';
import type { IncidentEventRow, IncidentRow } from './tables';

type Plain<T> = T extends Generated<infer U> ? U : T;
type Row = { [K in keyof IncidentRow]: Plain<IncidentRow[K]> };
type EventValues = Partial<{ [K in Exclude<keyof IncidentEventRow, 'id' | 'incidentId' | 'kind' | 'recordedAt'>]: Plain<IncidentEventRow[K]> }>;

const MINUTE = 60_000;
export const toIso = (s: string): string => new Date(s).toISOString();

async function incidentRow(db: Db, id: number): Promise<Row> {
  const row = await db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', { id });
  return row as Row;
}

export async function incidentContent(db: Db, row: Pick<Row, 'playbookId' | 'playbookVersion' | 'locale'>): Promise<PlaybookContent> {
  return row.playbookId !== null && row.playbookVersion !== null ? versionContent(db, row.playbookId, row.playbookVersion) : blankContent(row.locale);
}

export async function appendEvent(db: Db, incidentId: number, kind: IncidentEvent['kind'], recordedAt: string, values: EventValues = {}): Promise<void> {
  await db
    .insertInto('incidentEvents')
    .values({ incidentId, kind, at: values.at ?? recordedAt, recordedAt, ...values })
    .execute();
}

const summaryOf = (r: Row): IncidentSummary => ({
  id: r.id,
  title: r.title,
  severity: r.severity,
  locale: r.locale,
  playbookId: r.playbookId,
  playbookVersion: r.playbookVersion,
  startedAt: r.startedAt,
  endedAt: r.endedAt,
});

export async function listIncidents(ctx: AppContext): Promise<IncidentSummary[]> {
  const rows = await ctx.db.selectFrom('incidents').selectAll().orderBy('startedAt', 'desc').limit(200).execute();
  return rows.map((r) => summaryOf(r as Row));
}

/** The accounts a statement goes out on, with the department the publish dialog groups them by. */
async function activeAccounts(db: Db, locale: Locale): Promise<(AccountRef & { department: string })[]> {
  const rows = await db
    .selectFrom('accounts')
    .select(['id', 'network', 'handle', 'displayName', 'department'])
    .where('status', '=', 'active')
    .where('deletedAt', 'is', null)
    .orderBy('network')
    .orderBy('handle')
    .execute();
  return rows.map((r) => ({ id: r.id, network: r.network, label: `${networkName(r.network, locale)} ${r.handle}`, department: r.department }));
}

function clockOf(row: Row, level: { firstResponseMinutes: number; updateEveryMinutes: number }, events: IncidentEvent[]): Incident['clock'] {
  const published = events.filter((e) => e.kind === 'statement_published').map((e) => e.at).sort();
  const lastPublishedAt = published.at(-1) ?? null;
  if (row.endedAt) return { dueAt: null, dueKind: null, lastPublishedAt };
  const promise = [...events].reverse().find((e) => e.kind === 'update_promised' && e.dueAt);
  if (promise?.dueAt && (!lastPublishedAt || promise.at >= lastPublishedAt)) return { dueAt: promise.dueAt, dueKind: 'promised', lastPublishedAt };
  if (lastPublishedAt) {
    return { dueAt: new Date(Date.parse(lastPublishedAt) + level.updateEveryMinutes * MINUTE).toISOString(), dueKind: 'update', lastPublishedAt };
  }
  return { dueAt: new Date(Date.parse(row.startedAt) + level.firstResponseMinutes * MINUTE).toISOString(), dueKind: 'first_response', lastPublishedAt };
}

export function levelOf(content: PlaybookContent, severity: Severity) {
  const l = content.severities.find((s) => s.severity === severity) ?? content.severities[0]!;
  return { description: l.description, firstResponseMinutes: l.firstResponseMinutes, updateEveryMinutes: l.updateEveryMinutes };
}

export async function eventsOf(db: Db, id: number): Promise<IncidentEvent[]> {
  const rows = await db.selectFrom('incidentEvents').selectAll().where('incidentId', '=', id).orderBy('id').execute();
  return rows.map(({ incidentId: _i, ...e }) => e as IncidentEvent);
}

export async function holdsOf(db: Db, id: number) {
  return db
    .selectFrom('incidentHolds as h')
    .innerJoin('posts as p', 'p.id', 'h.postId')
    .select(['h.postId', 'p.title', 'p.scheduledAt', 'p.scheduledDay', 'h.formerStatus', 'p.status', 'h.heldAt', 'h.resumedAt'])
    .where('h.incidentId', '=', id)
    .orderBy((eb) => eb.fn.coalesce('p.scheduledAt', 'p.scheduledDay'))
    .orderBy('h.postId')
    .execute();
}

export function checklistOf(content: PlaybookContent, events: IncidentEvent[]): Incident['checklist'] {
  return content.checklist.map((c, index) => {
    const last = [...events].reverse().find((e) => (e.kind === 'fact_verified' || e.kind === 'fact_withdrawn') && e.checkIndex === index);
    const ok = last?.kind === 'fact_verified';
    return { index, fact: c.fact, confirmWith: c.confirmWith, confirmedBy: ok ? last.who : null, confirmedAt: ok ? last.at : null };
  });
}

async function respondersOf(db: Db, content: PlaybookContent): Promise<Incident['responders']> {
  const ids = content.responders.map((r) => r.contactId).filter((x): x is number => x !== null);
  const contacts = ids.length
    ? await db
        .selectFrom('contacts as c')
        .leftJoin('contacts as a', (j) => j.onRef('a.id', '=', 'c.alternateId').on('a.deletedAt', 'is', null))
        .select(['c.id', 'c.name', 'c.phone', 'c.email', 'a.name as alternateName', 'a.phone as alternatePhone'])
        .where('c.id', 'in', ids)
        .execute()
    : [];
  return content.responders.map((r) => {
    const c = contacts.find((x) => x.id === r.contactId);
    return {
      duty: r.duty,
      role: r.role,
      name: c?.name ?? null,
      phone: c?.phone ?? null,
      email: c?.email ?? null,
      alternateName: c?.alternateName ?? null,
      alternatePhone: c?.alternatePhone ?? null,
    };
  });
}

/** Everything the incident screen shows, in one call. */
export async function getIncident(ctx: AppContext, id: number, db: Db = ctx.db): Promise<Incident> {
  const row = await incidentRow(db, id);
  const content = await incidentContent(db, row);
  const facts = JSON.parse(row.facts) as Record<string, string>;
  const accounts = await activeAccounts(db, row.locale);
  const statements = fillStatements(content, factMap(facts), accounts, row.locale);
  const events = await eventsOf(db, id);
  const level = levelOf(content, row.severity);
  return {
    ...summaryOf(row),
    version: row.version,
    facts,
    content,
    level,
    factNames: factNamesOf(content),
    statements,
    progress: statementProgress(content, events),
    ready: statements.every((s) => s.ready),
    checklist: checklistOf(content, events),
    responders: await respondersOf(db, content),
    accounts,
    events,
    holds: await holdsOf(db, id),
    clock: clockOf(row, level, events),
  };
}

const cleanFacts = (facts: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== ''));

export async function startIncident(ctx: AppContext, input: z.output<typeof IncidentStart>): Promise<Incident> {
  await ensureStarters(ctx);
  const now = nowIso(ctx.now());
  const startedAt = input.startedAt ? toIso(input.startedAt) : now;
  const settings = await getSettings(ctx);
  const id = await inTransaction(ctx.db, async (trx) => {
    let playbookVersion: number | null = null;
    let locale = settings.locale;
    let name: string;
    if (input.playbookId !== null) {
      const pb = await trx.selectFrom('playbooks').select(['currentVersion', 'locale', 'name', 'deletedAt']).where('id', '=', input.playbookId).executeTakeFirst();
      if (!pb || pb.deletedAt) throw new AppError('not_found', { id: input.playbookId });
      playbookVersion = pb.currentVersion;
      locale = pb.locale;
      name = pb.name;
    } else {
      name = blankContent(locale).name;
    }
    const title = input.title || name;
    const { id } = await trx
      .insertInto('incidents')
      .values({ title, locale, playbookId: input.playbookId, playbookVersion, severity: input.severity, facts: JSON.stringify(cleanFacts(input.facts)), startedAt, endedAt: null, createdAt: now, updatedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendEvent(trx, id, 'started', now, { at: startedAt, text: title });
    return id;
  });
  return getIncident(ctx, id);
}

async function openRow(db: Db, id: number): Promise<Row> {
  const row = await incidentRow(db, id);
  if (row.endedAt) throw new AppError('playbooks.errors.incidentEnded');
  return row;
}

/** Enter the facts once: every statement and network variant is filled from them. */
export async function saveFacts(ctx: AppContext, id: number, input: Record<string, string>): Promise<Incident> {
  const now = nowIso(ctx.now());
  await inTransaction(ctx.db, async (trx) => {
    const row = await openRow(trx, id);
    const before = factMap(JSON.parse(row.facts) as Record<string, unknown>);
    const clean = cleanFacts(input);
    const facts = factMap(clean);
    const changed = [...new Set([...before.keys(), ...facts.keys()])].filter((k) => before.get(k) !== facts.get(k));
    if (!changed.length) return;
    await updateVersioned(trx, 'incidents', id, row.version, { facts: JSON.stringify(clean) }, now);
    await appendEvent(trx, id, 'facts_updated', now, { text: changed.map((k) => `${k}: ${facts.get(k) ?? '—'}`).join('\n') });
  });
  return getIncident(ctx, id);
}

export async function setSeverity(ctx: AppContext, id: number, severity: Severity): Promise<Incident> {
  const now = nowIso(ctx.now());
  await inTransaction(ctx.db, async (trx) => {
    const row = await openRow(trx, id);
    if (row.severity === severity) return;
    await updateVersioned(trx, 'incidents', id, row.version, { severity }, now);
    await appendEvent(trx, id, 'severity_changed', now, { text: `${row.severity} → ${severity}` });
  });
  return getIncident(ctx, id);
}

const required = (path: string) => AppError.validation([{ path, code: 'required' }]);

/** Add a timeline entry. Nothing is ever edited: a correction is a new entry pointing at the old one. */
export async function addEvent(ctx: AppContext, input: z.output<typeof AddEvent>): Promise<Incident> {
  const now = nowIso(ctx.now());
  await inTransaction(ctx.db, async (trx) => {
    const row = await incidentRow(trx, input.id);
    const at = input.at ? toIso(input.at) : now;
    const text = input.text.trim();
    const values: EventValues = { at, text, who: input.who };
    let entries = [values];
    if (input.accountIds.length && input.kind !== 'statement_published') {
      throw AppError.validation([{ path: 'accountIds', code: 'playbooks.errors.accountsOnlyPublished' }]);
    }
    switch (input.kind) {
      case 'fact_verified':
      case 'fact_withdrawn': {
        const content = await incidentContent(trx, row);
        const item = input.checkIndex === null ? undefined : content.checklist[input.checkIndex];
        if (!item || input.checkIndex === null) throw AppError.validation([{ path: 'checkIndex', code: 'playbooks.errors.unknownCheck' }]);
        if (input.kind === 'fact_verified' && !input.who) throw required('who');
        Object.assign(values, { checkIndex: input.checkIndex, text: text || item.fact });
        break;
      }
      case 'statement_drafted':
      case 'statement_approved':
      case 'statement_published': {
        const content = await incidentContent(trx, row);
        const accounts = await activeAccounts(trx, row.locale);
        const st = fillStatements(content, factMap(JSON.parse(row.facts) as Record<string, unknown>), accounts, row.locale).find((s) => s.key === input.statementKey);
        if (!st) throw AppError.validation([{ path: 'statementKey', code: 'playbooks.errors.unknownStatement' }]);
        if (input.kind !== 'statement_drafted' && !st.ready) throw new AppError('playbooks.errors.notReady', { missing: st.missing.join(', ') });
        // Several accounts at once: one entry each, with the text that account would post.
        const ids = input.accountIds.length ? [...new Set(input.accountIds)] : input.accountId !== null ? [input.accountId] : [];
        const found = ids.length ? await trx.selectFrom('accounts').select(['id', 'network', 'handle']).where('id', 'in', ids).execute() : [];
        const missingAccount = ids.findIndex((id) => !found.some((a) => a.id === id));
        if (missingAccount >= 0) {
          throw AppError.validation([{ path: input.accountIds.length ? `accountIds.${input.accountIds.indexOf(ids[missingAccount]!)}` : 'accountId', code: 'not_found' }]);
        }
        const base = { ...values, statementKey: st.key, text: text || st.base.text };
        entries = ids.length
          ? ids.map((id) => {
              const acc = found.find((a) => a.id === id)!;
              const sent = st.accounts.find((a) => a.accountId === acc.id)?.text ?? st.variants.find((v) => v.network === acc.network)?.filled.text ?? st.base.text;
              return { ...base, text: text || sent, accountId: acc.id, accountLabel: `${networkName(acc.network, row.locale)} ${acc.handle}`, network: acc.network };
            })
          : [base];
        break;
      }
      case 'update_promised':
        if (!input.dueAt) throw AppError.validation([{ path: 'dueAt', code: 'playbooks.errors.dueMissing' }]);
        values.dueAt = toIso(input.dueAt);
        break;
      case 'correction': {
        if (!text) throw required('text');
        const target = input.correctsId === null ? undefined : await trx.selectFrom('incidentEvents').select('id').where('id', '=', input.correctsId).where('incidentId', '=', row.id).executeTakeFirst();
        if (!target) throw AppError.validation([{ path: 'correctsId', code: 'playbooks.errors.correctsMissing' }]);
        values.correctsId = target.id;
        break;
      }
      case 'question':
      case 'note':
        if (!text) throw required('text');
        if (input.accountId !== null) {
          const acc = await trx.selectFrom('accounts').select(['id', 'network', 'handle']).where('id', '=', input.accountId).executeTakeFirst();
          if (acc) Object.assign(values, { accountId: acc.id, accountLabel: `${networkName(acc.network, row.locale)} ${acc.handle}`, network: acc.network });
        }
        break;
    }
    for (const entry of entries) await appendEvent(trx, row.id, input.kind, now, entry);
    await trx.updateTable('incidents').set({ updatedAt: now }).where('id', '=', row.id).execute();
  });
  return getIncident(ctx, input.id);
}

export async function endIncident(ctx: AppContext, id: number, at?: string): Promise<Incident> {
  const now = nowIso(ctx.now());
  await inTransaction(ctx.db, async (trx) => {
    const row = await openRow(trx, id);
    const endedAt = at ? toIso(at) : now;
    await updateVersioned(trx, 'incidents', id, row.version, { endedAt }, now);
    await appendEvent(trx, id, 'ended', now, { at: endedAt });
  });
  return getIncident(ctx, id);
}
