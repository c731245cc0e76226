import type { z } from 'zod';
import { addDays } from '../../../shared/domain/time';
import type { Approval, exportsChannels, Preview } from '../../../shared/features/exports/contract';
import { checkGate, isMediaGateKey, isTextGateKey, outgoingTexts } from '../../../shared/features/calendar/rules';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { inTransaction, nowIso } from '../../db/transaction';
import { getSettings } from '../settings/service';
import { buildHootsuiteCsv, buildPlanCsv } from './csv';
import { translator } from './i18n';
import { buildIcs } from './ics';
import { buildPack } from './pack';
import { startOfWeek } from '../../../shared/features/exports/range';
import { approvalHtml, countPdfPages, type DocInfo, PRINTED_THUMBS, weekPlanHtml } from './pdf';
import { localOriginal, missingFiles, thumbDataUrls } from '../media/server-files';
import { fingerprint, forApproval, loadPlan, type PlanFilter, type PlanPost } from './plan';

type In<C extends keyof typeof exportsChannels> = z.output<(typeof exportsChannels)[C]['input']>;

const filterOf = (input: PlanFilter): PlanFilter => ({
  from: input.from,
  to: input.to,
  accountIds: input.accountIds?.length ? input.accountIds : undefined,
  campaignId: input.campaignId,
});

export async function filterOptions(ctx: AppContext) {
  const accounts = await ctx.db
    .selectFrom('accounts')
    .select(['id', 'network', 'handle', 'displayName'])
    .where('deletedAt', 'is', null)
    .orderBy('network')
    .orderBy('handle')
    .execute();
  const campaigns = await ctx.db.selectFrom('campaigns').select(['id', 'name']).where('deletedAt', 'is', null).orderBy('name').execute();
  return { accounts, campaigns };
}

export async function preview(ctx: AppContext, input: PlanFilter): Promise<z.output<typeof Preview>> {
  const settings = await getSettings(ctx);
  const filter = filterOf(input);
  const posts = forApproval(await loadPlan(ctx.db, ctx.engine, filter, settings.timeZone));
  return {
    fingerprint: fingerprint(filter, posts),
    changedSinceApproved: posts.filter((p) => p.changedSinceApproved).length,
    posts: posts.map((p) => ({
      id: p.id,
      title: p.title,
      scheduledAt: p.scheduledAt,
      scheduledDay: p.scheduledDay,
      status: p.status,
      version: p.version,
      approvedVersion: p.approvedVersion,
      changedSinceApproved: p.changedSinceApproved,
      campaign: p.campaign,
      accounts: p.targets.map((t) => ({ id: t.accountId, network: t.network, handle: t.handle, displayName: t.displayName })),
    })),
  };
}

/** The thumbnails a document prints (the first three of each post), and which of all its files are missing. */
const thumbsOf = async (ctx: AppContext, posts: PlanPost[]) => {
  const missing = await missingFiles(ctx.db, ctx.dataDir, posts.flatMap((p) => p.media));
  // A file whose original is gone prints as a placeholder that says so, even if its thumbnail is still there.
  const shown = posts.flatMap((p) => p.media.slice(0, PRINTED_THUMBS).map((m) => m.sha256)).filter((sha) => !missing.has(sha));
  return { thumbs: await thumbDataUrls(ctx.db, ctx.dataDir, shown), missing };
};

async function docInfo(ctx: AppContext, filter: PlanFilter, fp: string, posts: PlanPost[] = []): Promise<DocInfo> {
  const settings = await getSettings(ctx);
  const t = translator(settings.locale);
  const filters: string[] = [];
  if (filter.accountIds?.length) {
    const accounts = await ctx.db.selectFrom('accounts').select(['handle', 'displayName']).where('id', 'in', filter.accountIds).orderBy('handle').execute();
    filters.push(...accounts.map((a) => a.displayName || a.handle));
  }
  if (filter.campaignId !== undefined) {
    const campaign = await ctx.db.selectFrom('campaigns').select('name').where('id', '=', filter.campaignId).executeTakeFirst();
    if (campaign) filters.push(t('exports.pdf.campaignFilter', { name: campaign.name }));
  }
  return {
    locale: settings.locale,
    timeZone: settings.timeZone,
    weekStart: settings.weekStart,
    officeName: settings.officeName,
    from: filter.from,
    to: filter.to,
    filters,
    generatedAt: ctx.now(),
    fingerprint: fp,
    t,
    ...(await thumbsOf(ctx, posts)),
  };
}

const stamp = (filter: PlanFilter): string => (filter.from === filter.to ? filter.from : `${filter.from}_${filter.to}`);

export async function approvalPdf(ctx: AppContext, input: In<'exports.approvalPdf'>) {
  const settings = await getSettings(ctx);
  const filter = filterOf(input);
  const posts = forApproval(await loadPlan(ctx.db, ctx.engine, filter, settings.timeZone));
  const fp = fingerprint(filter, posts);
  const paper = input.paper ?? 'A4';
  const pdf = await ctx.platform.printToPdf(approvalHtml(posts, await docInfo(ctx, filter, fp, posts), paper), { paper });
  const path = await ctx.platform.saveFile(`pregonero-approval-${stamp(filter)}-${fp}.pdf`, pdf);
  return { path, pages: countPdfPages(pdf), fingerprint: fp };
}

export async function weekPlanPdf(ctx: AppContext, input: In<'exports.weekPlanPdf'>) {
  const settings = await getSettings(ctx);
  const from = startOfWeek(input.from, settings.weekStart);
  const filter = filterOf({ from, to: addDays(from, 6), accountIds: input.accountIds, campaignId: input.campaignId });
  const posts = forApproval(await loadPlan(ctx.db, ctx.engine, filter, settings.timeZone));
  const fp = fingerprint(filter, posts);
  const paper = input.paper ?? 'A4';
  const pdf = await ctx.platform.printToPdf(weekPlanHtml(posts, await docInfo(ctx, filter, fp, posts), paper), { paper, landscape: true });
  const path = await ctx.platform.saveFile(`pregonero-week-${from}.pdf`, pdf);
  return { path, pages: countPdfPages(pdf), fingerprint: fp, from: filter.from, to: filter.to };
}

/** What goes out in a range, ready to publish by hand: cancelled and held posts stay out, as do ideas. */
export async function publishingPack(ctx: AppContext, input: In<'exports.publishingPack'>) {
  const settings = await getSettings(ctx);
  const filter = filterOf(input);
  const posts = (await loadPlan(ctx.db, ctx.engine, filter, settings.timeZone)).filter((p) => !['cancelled', 'on_hold', 'idea'].includes(p.status) && p.targets.length > 0);
  const t = translator(settings.locale);
  const { zip, files } = await buildPack(posts, (m) => localOriginal(ctx.db, ctx.dataDir, m.sha256, m.mime), { title: t('media.pack.title', { from: filter.from, to: filter.to }), missing: t('media.pack.missing'), locale: settings.locale });
  const path = await ctx.platform.saveFile(`pregonero-publicar-${stamp(filter)}.zip`, zip);
  return { path, posts: posts.length, files };
}

export async function ics(ctx: AppContext, input: In<'exports.ics'>) {
  const settings = await getSettings(ctx);
  const filter = filterOf(input);
  const posts = await loadPlan(ctx.db, ctx.engine, filter, settings.timeZone);
  const result = buildIcs(posts, { now: ctx.now(), calendarName: settings.officeName || 'Pregonero', appVersion: ctx.platform.appVersion, locale: settings.locale });
  const path = await ctx.platform.saveFile(`pregonero-${stamp(filter)}.ics`, result.text);
  return { path, events: result.events, skipped: result.skipped };
}

export async function hootsuiteCsv(ctx: AppContext, input: In<'exports.hootsuiteCsv'>) {
  const settings = await getSettings(ctx);
  const account = await ctx.db.selectFrom('accounts').select(['id', 'handle']).where('id', '=', input.accountId).where('deletedAt', 'is', null).executeTakeFirst();
  if (!account) throw new AppError('not_found', { id: input.accountId });
  const filter = filterOf({ from: input.from, to: input.to, accountIds: [input.accountId], campaignId: input.campaignId });
  const posts = await loadPlan(ctx.db, ctx.engine, filter, settings.timeZone);
  const result = buildHootsuiteCsv(posts, input.accountId, { now: ctx.now(), timeZone: settings.timeZone });
  const handle = account.handle.replace(/[^\w.-]+/g, '') || String(account.id);
  const path = await ctx.platform.saveFile(`hootsuite-${handle}-${stamp(filter)}.csv`, result.text);
  return { path, rows: result.rows, skipped: result.skipped };
}

export async function planCsv(ctx: AppContext, input: In<'exports.planCsv'>) {
  const settings = await getSettings(ctx);
  const filter = filterOf(input);
  const posts = await loadPlan(ctx.db, ctx.engine, filter, settings.timeZone);
  const result = buildPlanCsv(posts, { t: translator(settings.locale), locale: settings.locale, timeZone: settings.timeZone, delimiter: input.delimiter, bom: input.bom });
  const path = await ctx.platform.saveFile(`pregonero-plan-${stamp(filter)}.csv`, result.text);
  return { path, rows: result.rows };
}

type ApprovalDbRow = {
  id: number;
  fromDay: string;
  toDay: string;
  accountIds: string;
  campaignId: number | null;
  approver: string;
  role: string;
  comments: string;
  approvedAt: string;
  fingerprint: string;
  postCount: number;
  createdAt: string;
};

const toApproval = (r: ApprovalDbRow): Approval => ({
  id: r.id,
  from: r.fromDay,
  to: r.toDay,
  accountIds: JSON.parse(r.accountIds) as number[],
  campaignId: r.campaignId,
  approver: r.approver,
  role: r.role,
  comments: r.comments,
  approvedAt: r.approvedAt,
  fingerprint: r.fingerprint,
  postCount: r.postCount,
  createdAt: r.createdAt,
});

/** Statuses a superior's approval moves to `approved`; the others (idea, on hold, cancelled, published) keep theirs. */
const approvableStatuses: readonly string[] = ['draft', 'in_review'];

/**
 * Record a sign-off. The fingerprint is recomputed inside the transaction:
 * if the posts changed since that PDF was printed, nothing is written. Every
 * post in it gets its approved version (the superior saw that content),
 * which is what "changed since approved" compares with. Its status becomes
 * approved only from draft or in review and only through the approval gate:
 * a crisis hold is not released by a signature, and a post the gate refuses
 * stays where it is, listed in `needsCheck` when its check is incomplete and
 * in `breaksRules` when it breaks a network's rule (a text over the limit,
 * a photo it lacks).
 */
export async function recordApproval(ctx: AppContext, input: In<'approvals.record'>) {
  const settings = await getSettings(ctx);
  const filter = filterOf(input);
  const now = nowIso(ctx.now());
  return inTransaction(ctx.db, async (trx) => {
    const posts = forApproval(await loadPlan(trx, ctx.engine, filter, settings.timeZone));
    const current = fingerprint(filter, posts);
    if (current !== input.fingerprint) throw new AppError('exports.errors.fingerprintMismatch', { current, given: input.fingerprint });
    if (posts.length === 0) throw new AppError('exports.errors.nothingToApprove');
    // Approved is approved on every account: the gate weighs each post with all of them, not only those the filter printed.
    const whole = filter.accountIds ? new Map((await loadPlan(trx, ctx.engine, { ...filter, accountIds: undefined }, settings.timeZone)).map((p) => [p.id, p])) : null;
    const judged = posts
      .filter((p) => approvableStatuses.includes(p.status))
      .map((shown) => whole?.get(shown.id) ?? shown)
      .map((p) => ({ id: p.id, missing: checkGate('approved', p.checklist, { networks: p.targets.map((t) => t.network), items: p.media, texts: outgoingTexts(p.targets, p) }) }));
    const needsCheck = judged.filter((j) => j.missing.some((k) => !isMediaGateKey(k) && !isTextGateKey(k))).map((j) => j.id);
    const breaksRules = judged
      .map((j) => ({ id: j.id, rules: j.missing.filter((k) => isMediaGateKey(k) || isTextGateKey(k)) }))
      .filter((b) => b.rules.length > 0);
    const toApprove = judged.filter((j) => j.missing.length === 0).map((j) => j.id);
    const { engine } = ctx;
    await trx
      .updateTable('posts')
      .set((eb) => ({
        status: eb.case().when(engine.inIds('id', toApprove)).then('approved' as const).else(eb.ref('status')).end(),
        approvedVersion: eb('version', '+', 1),
        version: eb('version', '+', 1),
        updatedAt: now,
      }))
      .where(engine.inIds('id', posts.map((p) => p.id)))
      .where('deletedAt', 'is', null)
      .execute();
    const approvedPosts = posts.filter((p) => p.status === 'approved' || toApprove.includes(p.id)).length;
    const row = await trx
      .insertInto('approvals')
      .values({
        fromDay: filter.from,
        toDay: filter.to,
        accountIds: JSON.stringify(filter.accountIds ?? []),
        campaignId: filter.campaignId ?? null,
        approver: input.approver,
        role: input.role ?? '',
        comments: input.comments ?? '',
        approvedAt: new Date(input.approvedAt).toISOString(),
        fingerprint: current,
        postCount: posts.length,
        createdAt: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { approval: toApproval(row), approvedPosts, needsCheck, breaksRules };
  });
}

export async function listApprovals(ctx: AppContext, input: In<'approvals.list'>): Promise<Approval[]> {
  const rows = await ctx.db.selectFrom('approvals').selectAll().orderBy('approvedAt', 'desc').orderBy('id', 'desc').limit(input.limit).execute();
  return rows.map(toApproval);
}
