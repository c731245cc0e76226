import type { Network } from '../../shared/domain/networks';
import type { AppContext } from '../../electron/context';
import { saveAccount } from './accounts';

/** Test data for exports: accounts through accounts.save; campaigns and posts straight to the tables. */
export async function addAccount(ctx: AppContext, values: { network: Network; handle: string; displayName?: string }): Promise<number> {
  return saveAccount(ctx, { network: values.network, handle: values.handle, displayName: values.displayName ?? '' });
}

export async function addCampaign(ctx: AppContext, name: string): Promise<number> {
  const row = await ctx.db.insertInto('campaigns').values({ name }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export interface PostFixture {
  title: string;
  body?: string;
  scheduledAt?: string | null;
  scheduledDay?: string | null;
  status?: 'idea' | 'draft' | 'in_review' | 'approved' | 'published' | 'on_hold' | 'cancelled';
  campaignId?: number | null;
  link?: string;
  hashtags?: string[];
  mediaNote?: string;
  mediaAlt?: string;
  checklist?: Record<string, boolean>;
  /** Accounts it goes to, with an optional text of their own. */
  targets?: { accountId: number; text?: string | null }[];
}

export async function addPost(ctx: AppContext, p: PostFixture): Promise<number> {
  const row = await ctx.db
    .insertInto('posts')
    .values({
      title: p.title,
      body: p.body ?? '',
      scheduledAt: p.scheduledAt ?? null,
      scheduledDay: p.scheduledDay ?? null,
      status: p.status ?? 'draft',
      campaignId: p.campaignId ?? null,
      link: p.link ?? '',
      hashtags: JSON.stringify(p.hashtags ?? []),
      mediaNote: p.mediaNote ?? '',
      mediaAlt: p.mediaAlt ?? '',
      checklist: JSON.stringify(p.checklist ?? {}),
      approvedVersion: null,
      deletedAt: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const t of p.targets ?? []) {
    await ctx.db.insertInto('postTargets').values({ postId: row.id, accountId: t.accountId, text: t.text ?? null }).execute();
  }
  return row.id;
}

/** An edit as the calendar would make it: new text, version bumped. */
export async function editPostBody(ctx: AppContext, id: number, body: string): Promise<void> {
  const post = await ctx.db.selectFrom('posts').select('version').where('id', '=', id).executeTakeFirstOrThrow();
  await ctx.db.updateTable('posts').set({ body, version: post.version + 1, updatedAt: ctx.now().toISOString() }).where('id', '=', id).execute();
}

/**
 * A town hall's week (Monday 23 to Sunday 29 November 2026, Europe/Madrid):
 * accents, emoji, a long text, per-network texts, a date-only idea, a
 * cancelled post, and posts that Hootsuite cannot take.
 */
export async function seedWeek(ctx: AppContext) {
  await ctx.db
    .insertInto('settings')
    .values([
      { key: 'officeName', value: JSON.stringify('Ayuntamiento de Cangas de Onís'), updatedAt: ctx.now().toISOString() },
      { key: 'timeZone', value: JSON.stringify('Europe/Madrid'), updatedAt: ctx.now().toISOString() },
      { key: 'locale', value: JSON.stringify('es'), updatedAt: ctx.now().toISOString() },
      { key: 'weekStart', value: JSON.stringify('monday'), updatedAt: ctx.now().toISOString() },
    ])
    .execute();
  const fb = await addAccount(ctx, { network: 'facebook', handle: 'aytocangas', displayName: 'Ayuntamiento de Cangas' });
  const x = await addAccount(ctx, { network: 'x', handle: '@aytocangas', displayName: '' });
  const ig = await addAccount(ctx, { network: 'instagram', handle: '@cangas_turismo', displayName: 'Turismo Cangas' });
  const campaign = await addCampaign(ctx, 'Navidad en Cangas');
  const longText = `${'La concejalía de Festejos informa de los cortes de tráfico por la cabalgata. '.repeat(14)}ÚLTIMAPALABRA`;
  const posts = {
    // Monday 09:30 Madrid = 08:30 UTC.
    pleno: await addPost(ctx, {
      title: 'Pleno ordinario de noviembre',
      body: 'Hoy a las 19:00, pleno ordinario en el salón de sesiones. Orden del día en la sede electrónica.',
      scheduledAt: '2026-11-23T08:30:00.000Z',
      status: 'in_review',
      link: 'https://sede.cangasdeonis.es/pleno',
      hashtags: ['PlenoCangas'],
      checklist: { wording: true, links: true, image: false, tone: true },
      targets: [{ accountId: fb }, { accountId: x, text: 'Pleno hoy 19:00 en el salón de sesiones; orden del día: https://sede.cangasdeonis.es/pleno' }],
    }),
    // Tuesday 12:00 Madrid.
    mercado: await addPost(ctx, {
      title: 'Mercado de artesanía 🎄 en la plaza',
      body: 'El mercado de artesanía vuelve a la plaza del Ayuntamiento: cerámica, madera y queso de Gamonéu 🧀.',
      scheduledAt: '2026-11-24T11:00:00.000Z',
      status: 'draft',
      campaignId: campaign,
      hashtags: ['NavidadCangas', 'ComercioLocal'],
      mediaNote: 'Foto del mercado del año pasado',
      mediaAlt: 'Puestos de artesanía con luces navideñas en la plaza',
      targets: [{ accountId: fb }, { accountId: ig }],
    }),
    // Wednesday, date-only idea.
    idea: await addPost(ctx, { title: 'Idea: vídeo del alumbrado', scheduledDay: '2026-11-25', status: 'idea', targets: [{ accountId: ig }] }),
    // Thursday 10:07 Madrid: not on a five-minute step.
    corte: await addPost(ctx, {
      title: 'Corte de agua en Soto',
      body: 'Corte de agua en Soto de Cangas de 10:00 a 14:00 por obras en la red.',
      scheduledAt: '2026-11-26T09:07:00.000Z',
      status: 'approved',
      targets: [{ accountId: x }],
    }),
    // Friday 18:00 Madrid: too long for X.
    cabalgata: await addPost(ctx, {
      title: 'Cortes de tráfico por la cabalgata',
      body: longText,
      scheduledAt: '2026-11-27T17:00:00.000Z',
      status: 'draft',
      campaignId: campaign,
      targets: [{ accountId: x }, { accountId: fb }],
    }),
    // Saturday: cancelled.
    cancelado: await addPost(ctx, { title: 'Concierto cancelado', body: 'Se suspende.', scheduledAt: '2026-11-28T10:00:00.000Z', status: 'cancelled', targets: [{ accountId: x }] }),
    // Sunday 20:30 Madrid, with text needing ICS escaping.
    resumen: await addPost(ctx, {
      title: 'Resumen; semana, con \\ barras',
      body: 'Línea uno\nLínea dos, con coma; y punto y coma',
      scheduledAt: '2026-11-29T19:30:00.000Z',
      status: 'draft',
      targets: [{ accountId: x }],
    }),
    // Outside the week: must never appear.
    fuera: await addPost(ctx, { title: 'Fuera de rango', body: 'No', scheduledAt: '2026-11-30T08:00:00.000Z', targets: [{ accountId: x }] }),
  };
  return { accounts: { fb, x, ig }, campaign, posts, longText };
}
