import type { z } from 'zod';
import { checkLength } from '../../../shared/domain/networks';
import type { Playbook, PlaybookSave, PlaybookSummary } from '../../../shared/features/playbooks/contract';
import { placeholdersIn, reservedFactNames } from '../../../shared/features/playbooks/fill';
import { PlaybookContent, severities } from '../../../shared/features/playbooks/model';
import { starterKeys, starters } from '../../../shared/features/playbooks/starters';
import { AppError, type FieldIssue } from '../../../shared/ipc/errors';
import type { Locale } from '../../../shared/ipc/schemas';
import type { AppContext } from '../../context';
import { type Db, inTransaction, nowIso, restore, softDelete, updateVersioned, type Versioned } from '../../db/transaction';
import type { PlaybookRow } from './tables';
import { engineOf } from '../../db/engine/index';

type Row = Omit<PlaybookRow, 'id' | 'currentVersion' | 'version' | 'createdAt' | 'updatedAt'> & {
  id: number;
  currentVersion: number;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** Data files whose starters were already compared with the shipped ones (a restored backup is a new file). */
const startersChecked = new WeakSet<object>();

/**
 * Put the starter set in place the first time playbooks are looked at (both
 * languages), and once per start bring stored starters up to the shipped
 * wording as a new version: incidents keep the version they used.
 */
export async function ensureStarters(ctx: AppContext): Promise<void> {
  if (startersChecked.has(ctx.db)) return;
  const any = await ctx.db.selectFrom('playbooks').select('id').where('starterKey', 'is not', null).limit(1).executeTakeFirst();
  if (any) {
    await refreshStarters(ctx);
    startersChecked.add(ctx.db);
    return;
  }
  const now = nowIso(ctx.now());
  await inTransaction(ctx.db, async (trx) => {
    const again = await trx.selectFrom('playbooks').select('id').where('starterKey', 'is not', null).limit(1).executeTakeFirst();
    if (again) return;
    for (const locale of ['es', 'en'] as const) {
      for (const key of starterKeys) {
        const content = PlaybookContent.parse(starters[locale][key]);
        const { id } = await trx
          .insertInto('playbooks')
          .values({ starterKey: key, locale, name: content.name, copiedFromId: null, currentVersion: 1, deletedAt: null, createdAt: now, updatedAt: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx.insertInto('playbookVersions').values({ playbookId: id, number: 1, content: JSON.stringify(content), savedAt: now }).execute();
      }
    }
  });
  startersChecked.add(ctx.db);
}

async function refreshStarters(ctx: AppContext): Promise<void> {
  const now = nowIso(ctx.now());
  await inTransaction(ctx.db, async (trx) => {
    const rows = await trx
      .selectFrom('playbooks as p')
      .innerJoin('playbookVersions as v', (j) => j.onRef('v.playbookId', '=', 'p.id').onRef('v.number', '=', 'p.currentVersion'))
      .select(['p.id', 'p.starterKey', 'p.locale', 'p.currentVersion', 'p.version', 'v.content'])
      .where('p.starterKey', 'is not', null)
      .execute();
    for (const row of rows) {
      const shipped = starters[row.locale][row.starterKey!];
      if (!shipped) continue;
      const json = JSON.stringify(PlaybookContent.parse(shipped));
      if (json === row.content) continue;
      const next = row.currentVersion + 1;
      await updateVersioned(trx, 'playbooks', row.id, row.version, { name: shipped.name, currentVersion: next }, now);
      await trx.insertInto('playbookVersions').values({ playbookId: row.id, number: next, content: json, savedAt: now }).execute();
    }
  });
}

export const parseContent = (json: string): PlaybookContent => PlaybookContent.parse(JSON.parse(json));

async function contentOf(db: Db, id: number, number: number): Promise<{ content: PlaybookContent; savedAt: string }> {
  const v = await db.selectFrom('playbookVersions').select(['content', 'savedAt']).where('playbookId', '=', id).where('number', '=', number).executeTakeFirst();
  if (!v) throw new AppError('not_found', { id, version: number });
  return { content: parseContent(v.content), savedAt: v.savedAt };
}

export async function versionContent(db: Db, id: number, number: number): Promise<PlaybookContent> {
  return (await contentOf(db, id, number)).content;
}

function summaryOf(row: Row, content: PlaybookContent): PlaybookSummary {
  return {
    id: row.id,
    name: row.name,
    locale: row.locale,
    starterKey: row.starterKey,
    copiedFromId: row.copiedFromId,
    scenario: content.scenario,
    currentVersion: row.currentVersion,
    statementCount: content.statements.length,
    version: row.version,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
  };
}

/** The list with each playbook's current content summary, in one query. */
export async function listPlaybooks(ctx: AppContext, q: { query?: string; locale?: Locale; deleted?: boolean }): Promise<PlaybookSummary[]> {
  await ensureStarters(ctx);
  let query = ctx.db
    .selectFrom('playbooks as p')
    .innerJoin('playbookVersions as v', (j) => j.onRef('v.playbookId', '=', 'p.id').onRef('v.number', '=', 'p.currentVersion'))
    .selectAll('p')
    .select('v.content')
    .where('p.deletedAt', q.deleted ? 'is not' : 'is', null)
    .orderBy((eb) => eb('p.starterKey', 'is not', null))
    .orderBy(ctx.engine.caseless('p.name'));
  if (q.locale) query = query.where('p.locale', '=', q.locale);
  const rows = await query.execute();
  const needle = q.query?.trim().toLocaleLowerCase();
  return rows
    .map((r) => summaryOf(r as Row, parseContent(r.content)))
    .filter((s) => !needle || `${s.name} ${s.scenario}`.toLocaleLowerCase().includes(needle));
}

export async function getPlaybook(ctx: AppContext, id: number, number?: number, db: Db = ctx.db): Promise<Playbook> {
  await ensureStarters(ctx);
  const row = (await db.selectFrom('playbooks').selectAll().where('id', '=', id).executeTakeFirst()) as Row | undefined;
  if (!row) throw new AppError('not_found', { id });
  const shown = number ?? row.currentVersion;
  const { content } = await contentOf(db, id, shown);
  const versions = await db
    .selectFrom('playbookVersions')
    .select(['number', 'savedAt', engineOf(db).jsonText('content', 'name').as('name')])
    .where('playbookId', '=', id)
    .orderBy('number', 'desc')
    .execute();
  const current = shown === row.currentVersion ? content : (await contentOf(db, id, row.currentVersion)).content;
  // Every saved version has a name (the editor requires one).
  return { ...summaryOf(row, current), shownVersion: shown, content, versions: versions.map((v) => ({ ...v, name: v.name ?? '' })) };
}

/** Rules beyond the schema: one level of each severity, unique statement keys, variants within each network's limit. */
export function checkContent(content: PlaybookContent): void {
  const issues: FieldIssue[] = [];
  severities.forEach((s, i) => {
    if (content.severities[i]?.severity !== s) issues.push({ path: `content.severities.${i}`, code: 'playbooks.errors.severities' });
  });
  const keys = new Set<string>();
  content.statements.forEach((st, i) => {
    if (keys.has(st.key)) issues.push({ path: `content.statements.${i}.key`, code: 'playbooks.errors.duplicateKey' });
    keys.add(st.key);
    const reserved = [st.text, ...st.variants.map((v) => v.text)].flatMap(placeholdersIn).find((n) => reservedFactNames.has(n));
    if (reserved) issues.push({ path: `content.statements.${i}.text`, code: 'playbooks.errors.reservedPlaceholder', params: { name: reserved } });
    st.variants.forEach((v, j) => {
      const check = checkLength(v.text, v.network);
      if (check.over) issues.push({ path: `content.statements.${i}.variants.${j}.text`, code: 'playbooks.errors.variantTooLong', params: { limit: check.limit ?? 0, count: check.count } });
    });
  });
  if (issues.length) throw AppError.validation(issues);
}

async function checkContacts(db: Db, content: PlaybookContent): Promise<void> {
  const ids = [...new Set(content.responders.map((r) => r.contactId).filter((x): x is number => x !== null))];
  if (!ids.length) return;
  const found = await db.selectFrom('contacts').select('id').where('id', 'in', ids).where('deletedAt', 'is', null).execute();
  const ok = new Set(found.map((f) => f.id));
  const issues = content.responders.flatMap((r, i) => (r.contactId !== null && !ok.has(r.contactId) ? [{ path: `content.responders.${i}.contactId`, code: 'playbooks.errors.unknownContact' }] : []));
  if (issues.length) throw AppError.validation(issues);
}

/** Save as a new version; every earlier version is kept as it was. Starters are read-only: copy them. */
export async function savePlaybook(ctx: AppContext, input: z.output<typeof PlaybookSave>): Promise<Playbook> {
  checkContent(input.content);
  const now = nowIso(ctx.now());
  const id = await inTransaction(ctx.db, async (trx) => {
    await checkContacts(trx, input.content);
    const json = JSON.stringify(input.content);
    if (input.id === undefined) {
      const { id } = await trx
        .insertInto('playbooks')
        .values({ starterKey: null, locale: input.locale, name: input.content.name, copiedFromId: null, currentVersion: 1, deletedAt: null, createdAt: now, updatedAt: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('playbookVersions').values({ playbookId: id, number: 1, content: json, savedAt: now }).execute();
      return id;
    }
    const row = await trx.selectFrom('playbooks').select(['starterKey', 'currentVersion', 'deletedAt']).where('id', '=', input.id).executeTakeFirst();
    if (!row) throw new AppError('not_found', { id: input.id });
    if (row.starterKey) throw new AppError('playbooks.errors.starterReadOnly');
    if (input.version === undefined) throw AppError.validation([{ path: 'version', code: 'required' }]);
    const next = row.currentVersion + 1;
    await updateVersioned(trx, 'playbooks', input.id, input.version, { name: input.content.name, locale: input.locale, currentVersion: next }, now);
    await trx.insertInto('playbookVersions').values({ playbookId: input.id, number: next, content: json, savedAt: now }).execute();
    return input.id;
  });
  return getPlaybook(ctx, id);
}

/** Copy a playbook (usually a starter) as the office's own, to adapt. */
export async function copyPlaybook(ctx: AppContext, input: { id: number; name?: string; locale?: Locale }): Promise<Playbook> {
  const source = await getPlaybook(ctx, input.id);
  const suffix = source.locale === 'es' ? ' (copia)' : ' (copy)';
  const content = { ...source.content, name: input.name ?? `${source.content.name}${suffix}`.slice(0, 200) };
  const now = nowIso(ctx.now());
  const id = await inTransaction(ctx.db, async (trx) => {
    const { id } = await trx
      .insertInto('playbooks')
      .values({ starterKey: null, locale: input.locale ?? source.locale, name: content.name, copiedFromId: source.id, currentVersion: 1, deletedAt: null, createdAt: now, updatedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('playbookVersions').values({ playbookId: id, number: 1, content: JSON.stringify(content), savedAt: now }).execute();
    return id;
  });
  return getPlaybook(ctx, id);
}

export async function deletePlaybook(ctx: AppContext, input: Versioned): Promise<Versioned> {
  return softDelete(ctx.db, 'playbooks', input, nowIso(ctx.now()));
}

export async function restorePlaybook(ctx: AppContext, id: number): Promise<PlaybookSummary> {
  await restore(ctx.db, 'playbooks', { id }, nowIso(ctx.now()));
  const p = await getPlaybook(ctx, id);
  const { shownVersion: _s, content: _c, versions: _v, ...summary } = p;
  return summary;
}
