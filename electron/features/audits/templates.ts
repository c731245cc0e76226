import type { ExpressionBuilder } from 'kysely';
import type { z } from 'zod';
import type { AuditItem, AuditTemplate, TemplateSave } from '../../../shared/features/audits/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { nowIso, restore, softDelete, updateVersioned, type Versioned } from '../../db/transaction';
import type { Db } from '../../db/transaction';
import type { Database } from '../../db/schema';
import type { AuditTemplateRow } from './tables';

/** Items as stored (JSON), read defensively. */
export function parseItems(json: string): AuditItem[] {
  try {
    const v = JSON.parse(json) as unknown;
    if (!Array.isArray(v)) return [];
    return v
      .filter((i): i is { key: string; text: unknown } => !!i && typeof i === 'object' && typeof (i as { key: unknown }).key === 'string')
      .map((i) => ({ key: i.key, text: typeof i.text === 'string' ? i.text : null }));
  } catch {
    return [];
  }
}

/** The latest finished run of the template in the outer query. */
const latestFinished = (eb: ExpressionBuilder<Database & { t: AuditTemplateRow }, 't'>) =>
  eb
    .selectFrom('auditRuns as r')
    .whereRef('r.templateId', '=', 't.id')
    .where('r.status', '=', 'finished')
    .orderBy('r.finishedAt', 'desc')
    .limit(1);

/** Every live template, with how often it ran and its latest score, in one query. */
export async function listTemplates(db: Db, onlyId?: number): Promise<AuditTemplate[]> {
  let q = db
    .selectFrom('auditTemplates as t')
    .select((eb) => [
      't.id',
      't.version',
      't.builtin',
      't.kind',
      't.name',
      't.description',
      't.items',
      't.copiedFromId',
      eb.selectFrom('auditRuns as r').whereRef('r.templateId', '=', 't.id').select((e) => e.fn.countAll<number>().as('n')).as('runCount'),
      latestFinished(eb).select('r.finishedAt').as('lastFinishedAt'),
      latestFinished(eb).select('r.score').as('lastScore'),
    ]);
  q = onlyId === undefined ? q.where('t.deletedAt', 'is', null) : q.where('t.id', '=', onlyId);
  const rows = await q.orderBy('t.builtin', 'desc').orderBy('t.id').execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    builtin: r.builtin === 'presence' || r.builtin === 'accountHealth' ? r.builtin : null,
    kind: r.kind,
    name: r.name,
    description: r.description,
    items: parseItems(r.items),
    copiedFromId: r.copiedFromId,
    runCount: Number(r.runCount ?? 0),
    lastFinishedAt: r.lastFinishedAt ?? null,
    lastScore: r.lastScore ?? null,
  }));
}

export async function getTemplate(db: Db, id: number): Promise<AuditTemplate & { deleted: boolean }> {
  const [t] = await listTemplates(db, id);
  if (!t) throw new AppError('not_found', { id });
  const row = await db.selectFrom('auditTemplates').select('deletedAt').where('id', '=', id).executeTakeFirstOrThrow();
  return { ...t, deleted: row.deletedAt !== null };
}

/** A user's own copy: same kind and items (keys kept, so its runs compare with each other). */
export async function copyTemplate(ctx: AppContext, id: number, name: string): Promise<AuditTemplate> {
  const source = await getTemplate(ctx.db, id);
  const now = nowIso(ctx.now());
  const row = await ctx.db
    .insertInto('auditTemplates')
    .values({
      kind: source.kind,
      builtin: null,
      name,
      description: source.description,
      items: JSON.stringify(source.items),
      copiedFromId: source.id,
      deletedAt: null,
      createdAt: now,
      updatedAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await getTemplate(ctx.db, row.id)) as AuditTemplate;
}

const newKey = (taken: Set<string>): string => {
  for (let i = 1; ; i++) {
    const k = `item${i}`;
    if (!taken.has(k)) return k;
  }
};

/**
 * Edit a copy: rename, reword, add or remove items. Past runs keep the items
 * they were answered against (each run holds its own snapshot).
 */
export async function saveTemplate(ctx: AppContext, input: z.output<typeof TemplateSave>): Promise<AuditTemplate> {
  const current = await getTemplate(ctx.db, input.id);
  if (current.builtin) throw new AppError('audits.errors.builtinReadOnly');
  if (current.deleted) throw new AppError('audits.errors.templateDeleted');
  const known = new Map(current.items.map((i) => [i.key, i]));
  const taken = new Set([...input.items.flatMap((i) => (i.key ? [i.key] : [])), ...known.keys()]);
  const seen = new Set<string>();
  const items: AuditItem[] = input.items.map((draft, index) => {
    let key = draft.key && !seen.has(draft.key) ? draft.key : undefined;
    if (!key) {
      key = newKey(taken);
      taken.add(key);
    }
    seen.add(key);
    // Shipped text is only kept for an item that came with a shipped text.
    if (draft.text === null && !known.has(key)) {
      throw AppError.validation([{ path: `items.${index}.text`, code: 'required' }]);
    }
    return { key, text: draft.text };
  });
  await updateVersioned(
    ctx.db,
    'auditTemplates',
    input.id,
    input.version,
    { name: input.name, description: input.description, items: JSON.stringify(items) },
    nowIso(ctx.now()),
  );
  return (await getTemplate(ctx.db, input.id)) as AuditTemplate;
}

/** Soft delete at the version the user saw (a template changed since is a conflict); the built-in ones stay. */
export async function deleteTemplate(ctx: AppContext, input: Versioned): Promise<Versioned> {
  if ((await getTemplate(ctx.db, input.id)).builtin) throw new AppError('audits.errors.builtinReadOnly');
  return softDelete(ctx.db, 'auditTemplates', input, nowIso(ctx.now()));
}

export async function restoreTemplate(ctx: AppContext, input: { id: number }): Promise<Versioned> {
  if ((await getTemplate(ctx.db, input.id)).builtin) throw new AppError('audits.errors.builtinReadOnly');
  return restore(ctx.db, 'auditTemplates', input, nowIso(ctx.now()));
}
