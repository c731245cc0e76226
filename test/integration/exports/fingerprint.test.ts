import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input, Output } from '../../../shared/ipc/contract';
import { addAccount } from '../../support/calendar';
import { openTestApp, type TestApp } from '../../support/context';

/**
 * The approval fingerprint names what the superior read: every field the
 * approval PDF prints changes it; what reviewing and approving change (the
 * status, the checklist) leaves it alone, or approving would void itself.
 * The accounts count as the PDF names them (handle and shown name).
 */
let app: TestApp;
let fb: number;
let x: number;
let fiestas: Output<'campaigns.save'>;
let navidad: number;
let timed: Output<'posts.save'>;
let dayOnly: Output<'posts.save'>;
beforeEach(async () => {
  app = await openTestApp({ clock: () => new Date('2026-11-23T10:00:00Z') });
  await app.call('settings.save', { timeZone: 'Europe/Madrid', locale: 'es' });
  fb = await addAccount(app, { network: 'facebook', handle: 'ayto' });
  x = await addAccount(app, { network: 'x', handle: 'ayto_x' });
  fiestas = await app.call('campaigns.save', { name: 'Fiestas de San Roque' });
  navidad = (await app.call('campaigns.save', { name: 'Navidad' })).id;
  timed = await app.call('posts.save', {
    title: 'Pregón de fiestas',
    body: 'Esta noche, pregón en la plaza',
    scheduledAt: '2026-11-25T19:00:00Z',
    campaignId: fiestas.id,
    link: 'https://villanueva.es/fiestas',
    hashtags: ['Fiestas'],
    targets: [{ accountId: fb }, { accountId: x, text: 'Pregón a las 20:00' }],
  });
  dayOnly = await app.call('posts.save', { title: 'Mercadillo', body: 'Mercadillo solidario', scheduledDay: '2026-11-26', targets: [{ accountId: fb }] });
});
afterEach(() => app.close());

const week = { from: '2026-11-23', to: '2026-11-29' };
const fingerprintNow = async () => (await app.call('exports.preview', week)).fingerprint;
type Draft = Input<'posts.save'>;
const asDraft = (p: Output<'posts.save'>): Draft => ({
  id: p.id,
  version: p.version,
  title: p.title,
  body: p.body,
  scheduledAt: p.scheduledAt,
  scheduledDay: p.scheduledDay,
  status: p.status,
  campaignId: p.campaignId,
  link: p.link,
  hashtags: p.hashtags,
  checklist: p.checklist,
  targets: p.targets.map((t) => ({ accountId: t.accountId, text: t.text })),
});
const edit = (p: Output<'posts.save'>, change: Partial<Draft>) => app.call('posts.save', { ...asDraft(p), ...change });
/** The approval PDF prints each account's handle and name: renaming one changes what was read. */
async function renameAccount(id: number, change: { handle?: string; displayName?: string }) {
  const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...account } = await app.call('accounts.get', { id });
  return app.call('accounts.save', { ...account, ...change });
}

describe('approval fingerprint', () => {
  it('is the same when nothing changed', async () => {
    expect(await fingerprintNow()).toBe(await fingerprintNow());
  });

  it.each<[string, () => Promise<unknown>]>([
    ['the title', () => edit(timed, { title: 'Pregón de las fiestas' })],
    ['the body', () => edit(timed, { body: 'Esta noche, pregón en la plaza Mayor' })],
    ['the time', () => edit(timed, { scheduledAt: '2026-11-25T19:30:00Z' })],
    ['the day of a day-only post', () => edit(dayOnly, { scheduledDay: '2026-11-27' })],
    ['a day-only post given a time that day', () => edit(dayOnly, { scheduledDay: null, scheduledAt: '2026-11-26T09:00:00Z' })],
    ['the link', () => edit(timed, { link: 'https://villanueva.es/fiestas-2026' })],
    ['the media note', () => edit(timed, { mediaNote: 'Cartel de las fiestas' })],
    ['the image description', () => edit(timed, { mediaAlt: 'Cartel con fuegos artificiales sobre la plaza' })],
    ['the hashtags', () => edit(timed, { hashtags: ['Fiestas', 'SanRoque'] })],
    ['the campaign', () => edit(timed, { campaignId: navidad })],
    ['the campaign\'s name', () => app.call('campaigns.save', { id: fiestas.id, version: fiestas.version, name: 'Fiestas patronales' })],
    ['one account\'s own text', () => edit(timed, { targets: [{ accountId: fb }, { accountId: x, text: 'Pregón a las 20:30' }] })],
    ['an account given its own text', () => edit(timed, { targets: [{ accountId: fb, text: 'Pregón esta noche' }, { accountId: x, text: 'Pregón a las 20:00' }] })],
    ['the accounts it goes to', () => edit(dayOnly, { targets: [{ accountId: fb }, { accountId: x }] })],
    ['the handle of an account it goes to', () => renameAccount(x, { handle: 'villanueva_x' })],
    ['the name an account shows', () => renameAccount(fb, { displayName: 'Ayuntamiento de Villanueva' })],
  ])('changes with %s', async (_field, change) => {
    const before = await fingerprintNow();
    await change();
    expect(await fingerprintNow()).not.toBe(before);
  });

  it.each<[string, () => Promise<unknown>]>([
    ['the status', () => edit(timed, { status: 'in_review' })],
    ['the checklist', () => edit(timed, { checklist: { wording: true, links: true } })],
    ['an internal note', () => edit(timed, { internalNotes: 'Confirmar con Cultura' })],
  ])('stays the same with %s', async (_field, change) => {
    const before = await fingerprintNow();
    await change();
    expect(await fingerprintNow()).toBe(before);
  });
});
