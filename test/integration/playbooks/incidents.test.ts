import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdWindow, plannedInWindow } from '../../../electron/features/playbooks/holds';
import { HarnessPlatform } from '../../../electron/web/platform';
import { AppError } from '../../../shared/ipc/errors';
import { planOf } from '../../support/accounts';
import { openTestApp, type TestApp, tempDir, testEngine } from '../../support/context';
import { run } from '../../support/sql';
import { floodFacts, seedAccount, seedPost, starterId } from '../../support/playbooks';

let app: TestApp;
let clock = new Date('2026-11-20T20:40:00Z');
beforeEach(async () => {
  clock = new Date('2026-11-20T20:40:00Z');
  app = await openTestApp({ clock: () => clock });
});
afterEach(() => app.close());

const fail = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);
const minutes = (n: number) => {
  clock = new Date(clock.getTime() + n * 60_000);
};

describe('incident statements', () => {
  it('fills every statement and variant from facts entered once; missing facts block ready', async () => {
    const x = await seedAccount(app, 'x', '@villanueva');
    await seedAccount(app, 'facebook', 'AyuntamientoVillanueva');
    await seedAccount(app, 'instagram', 'villanueva_old', 'dormant');
    const playbookId = await starterId(app, 'flood');
    const inc = await app.call('incidents.start', { playbookId, severity: 'high', facts: { place: 'Barrio de la Vega' } });
    expect(inc.factNames).toEqual(['place', 'time', 'service', 'next_update', 'advice', 'detail']);
    const first = inc.statements.find((s) => s.key === 'first')!;
    expect(first.ready).toBe(false);
    expect(first.missing).toEqual(['time', 'service', 'advice', 'next_update']);
    expect(first.base.text).toContain('Barrio de la Vega');
    expect(first.base.text).toContain('{{time}}');
    expect(first.accounts.map((a) => a.label)).toEqual(['Facebook AyuntamientoVillanueva', 'X @villanueva']);
    expect(inc.ready).toBe(false);

    const refused = await fail(app.call('incidents.addEvent', { id: inc.id, kind: 'statement_approved', statementKey: 'first', who: 'Alcaldesa' }));
    expect(refused?.code).toBe('playbooks.errors.notReady');

    const filled = await app.call('incidents.fillStatements', { id: inc.id, facts: floodFacts });
    expect(filled.ready).toBe(true);
    for (const st of filled.statements) {
      expect(st.base.text).not.toMatch(/\{\{/);
      for (const v of st.variants) expect(v.filled.text).not.toMatch(/\{\{/);
    }
    const xText = filled.statements[0]!.accounts.find((a) => a.accountId === x)!;
    expect(xText.text).toBe(filled.statements[0]!.variants.find((v) => v.network === 'x')!.filled.text);
    expect(xText.length).toMatchObject({ limit: 280, over: false });
    expect(filled.events.map((e) => e.kind)).toEqual(['started', 'facts_updated']);
  });

  it('marks a statement not ready when a filled variant is over its network limit', async () => {
    await seedAccount(app, 'x', '@villanueva');
    await seedAccount(app, 'bluesky', 'villanueva.bsky.social');
    const inc = await app.call('incidents.start', { playbookId: await starterId(app, 'flood'), severity: 'critical', facts: floodFacts });
    expect(inc.ready).toBe(true);
    const long = await app.call('incidents.fillStatements', { id: inc.id, facts: { ...floodFacts, place: 'Barrio de la Vega, '.repeat(12) } });
    const first = long.statements[0]!;
    expect(first.missing).toEqual([]);
    expect(first.ready).toBe(false);
    expect(first.overLimit).toEqual(['X', 'Bluesky villanueva.bsky.social', 'X @villanueva']);
    expect(first.variants[0]!.length.over).toBe(true);
    expect(first.accounts.find((a) => a.network === 'bluesky')!.length).toMatchObject({ limit: 300, over: true });
  });

  it('starts a blank incident with one general statement', async () => {
    const inc = await app.call('incidents.start', { playbookId: null, severity: 'low', facts: { place: 'Plaza Mayor' } });
    expect(inc.playbookId).toBeNull();
    expect(inc.title).toBe('Incidente sin protocolo');
    expect(inc.statements).toHaveLength(1);
    expect(inc.statements[0]!.missing).toEqual(['time', 'detail', 'next_update']);
  });
});

describe('pausing planned posts', () => {
  it('holds every planned post in the window and resumes each to its exact former status', async () => {
    const inWindow = {
      idea: await seedPost(app, 'Idea: fiestas', '2026-11-20T21:00:00.000Z', 'idea'),
      draft: await seedPost(app, 'Borrador: mercado', '2026-11-21T09:00:00.000Z', 'draft'),
      in_review: await seedPost(app, 'Revisión: concierto', '2026-11-21T12:00:00.000Z', 'in_review'),
      approved: await seedPost(app, 'Aprobada: 5K solidaria', '2026-11-21T18:00:00.000Z', 'approved'),
    } as const;
    const published = await seedPost(app, 'Ya publicada', '2026-11-20T22:00:00.000Z', 'published');
    const cancelled = await seedPost(app, 'Cancelada', '2026-11-20T22:00:00.000Z', 'cancelled');
    const deleted = await seedPost(app, 'Eliminada', '2026-11-20T22:00:00.000Z', 'draft', '2026-11-01T00:00:00.000Z');
    const before = await seedPost(app, 'Antes de la ventana', '2026-11-20T19:00:00.000Z', 'approved');
    const after = await seedPost(app, 'Después de la ventana', '2026-11-22T00:00:00.000Z', 'approved');
    const backlog = await seedPost(app, 'Sin fecha', null, 'idea');

    const inc = await app.call('incidents.start', { playbookId: await starterId(app, 'flood'), severity: 'high', facts: {} });
    const held = await app.call('incidents.pausePlanned', { id: inc.id, from: '2026-11-20T21:40:00+01:00', to: '2026-11-22T00:00:00Z' });
    expect(held.map((h) => [h.postId, h.formerStatus, h.status])).toEqual([
      [inWindow.idea, 'idea', 'on_hold'],
      [inWindow.draft, 'draft', 'on_hold'],
      [inWindow.in_review, 'in_review', 'on_hold'],
      [inWindow.approved, 'approved', 'on_hold'],
    ]);
    const status = async () =>
      Object.fromEntries((await app.ctx.db.selectFrom('posts').select(['id', 'status', 'version']).execute()).map((p) => [p.id, [p.status, p.version]]));
    const mid = await status();
    for (const id of Object.values(inWindow)) expect(mid[id]).toEqual(['on_hold', 1]);
    for (const id of [published, cancelled, deleted, before, after, backlog]) expect(mid[id]![1]).toBe(0);
    expect(mid[deleted]![0]).toBe('draft');

    await app.call('incidents.end', { id: inc.id });
    const resumed = await app.call('incidents.resumePlanned', { id: inc.id });
    expect(resumed).toHaveLength(4);
    const end = await status();
    for (const [former, id] of Object.entries(inWindow)) expect(end[id]).toEqual([former, 2]);
    for (const id of [published, cancelled, deleted, before, after, backlog]) expect(end[id]).toEqual(mid[id]);
    expect(await app.ctx.db.selectFrom('posts').select('id').execute()).toHaveLength(10);

    const view = await app.call('incidents.get', { id: inc.id });
    expect(view.events.map((e) => e.kind)).toEqual(['started', 'posts_paused', 'ended', 'posts_resumed']);
    expect(view.holds.every((h) => h.resumedAt !== null)).toBe(true);
    // Resuming again changes nothing.
    expect(await app.call('incidents.resumePlanned', { id: inc.id })).toEqual([]);
  });

  it('leaves alone a held post someone changed meanwhile, and refuses an inverted window', async () => {
    const a = await seedPost(app, 'A', '2026-11-21T10:00:00.000Z', 'approved');
    const inc = await app.call('incidents.start', { playbookId: null, severity: 'high', facts: {} });
    expect((await fail(app.call('incidents.pausePlanned', { id: inc.id, from: '2026-11-22T00:00:00Z', to: '2026-11-21T00:00:00Z' })))?.params?.issues).toEqual([
      { path: 'to', code: 'playbooks.errors.windowOrder' },
    ]);
    await app.call('incidents.pausePlanned', { id: inc.id, from: '2026-11-21T00:00:00Z', to: '2026-11-22T00:00:00Z' });
    await app.ctx.db.updateTable('posts').set({ status: 'cancelled' }).where('id', '=', a).execute();
    await app.call('incidents.resumePlanned', { id: inc.id });
    expect((await app.ctx.db.selectFrom('posts').select('status').where('id', '=', a).executeTakeFirstOrThrow()).status).toBe('cancelled');
  });
});

describe('pausing posts planned for a whole day', () => {
  const madrid = () => app.call('settings.save', { timeZone: 'Europe/Madrid' });
  const statusOf = async (id: number) => (await app.ctx.db.selectFrom('posts').select(['status', 'version']).where('id', '=', id).executeTakeFirstOrThrow()) as { status: string; version: number };

  it('holds day-only posts in the window with the timed ones, and resumes each to its exact former status', async () => {
    await madrid();
    const days = {
      idea: await seedPost(app, 'Idea: Día del árbol', { day: '2026-11-21' }, 'idea'),
      draft: await seedPost(app, 'Borrador: mercadillo', { day: '2026-11-21' }, 'draft'),
      in_review: await seedPost(app, 'Revisión: ludoteca', { day: '2026-11-22' }, 'in_review'),
      approved: await seedPost(app, 'Aprobada: fiesta del otoño', { day: '2026-11-22' }, 'approved'),
    } as const;
    const timed = await seedPost(app, 'Concierto', '2026-11-21T19:00:00.000Z', 'approved');
    const publishedDay = await seedPost(app, 'Ya publicada ese día', { day: '2026-11-21' }, 'published');
    const deletedDay = await seedPost(app, 'Eliminada ese día', { day: '2026-11-21' }, 'approved', '2026-11-01T00:00:00.000Z');
    const outside = await seedPost(app, 'Semana de la ciencia', { day: '2026-11-25' }, 'approved');

    const inc = await app.call('incidents.start', { playbookId: await starterId(app, 'flood'), severity: 'high', facts: {} });
    const held = await app.call('incidents.pausePlanned', { id: inc.id, from: '2026-11-21T00:00:00+01:00', to: '2026-11-23T00:00:00+01:00' });
    expect(new Set(held.map((h) => h.postId))).toEqual(new Set([...Object.values(days), timed]));
    expect(held.find((h) => h.postId === days.approved)).toMatchObject({ scheduledAt: null, scheduledDay: '2026-11-22', formerStatus: 'approved', status: 'on_hold' });
    for (const id of Object.values(days)) expect(await statusOf(id)).toEqual({ status: 'on_hold', version: 1 });
    for (const id of [publishedDay, deletedDay, outside]) expect((await statusOf(id)).version).toBe(0);
    // The timeline counts the day-only posts with the timed one.
    const view = await app.call('incidents.get', { id: inc.id });
    expect(view.events.find((e) => e.kind === 'posts_paused')?.text).toBe('5');

    const resumed = await app.call('incidents.resumePlanned', { id: inc.id });
    expect(resumed).toHaveLength(5);
    for (const [former, id] of Object.entries(days)) expect(await statusOf(id)).toEqual({ status: former, version: 2 });
    expect(await statusOf(timed)).toEqual({ status: 'approved', version: 2 });
    expect(await statusOf(publishedDay)).toEqual({ status: 'published', version: 0 });
    expect(await statusOf(deletedDay)).toEqual({ status: 'approved', version: 0 });
    expect(await statusOf(outside)).toEqual({ status: 'approved', version: 0 });
    // The report names the day, not a made-up time.
    const { markdown } = await app.call('incidents.report', { id: inc.id });
    expect(markdown).toContain('- Aprobada: fiesta del otoño (22/11/2026, todo el día): Aprobada → Aprobada');
    expect(markdown).toContain('- Concierto (21/11/2026 20:00): Aprobada → Aprobada');
  });

  it('takes the office days a window touches, in the office time zone, with an open end', async () => {
    // Madrid is UTC+1 in November: 23:30 UTC is already 00:30 of the next day at the town hall.
    await madrid();
    const on = {
      d21: await seedPost(app, 'Sábado 21', { day: '2026-11-21' }, 'approved'),
      d22: await seedPost(app, 'Domingo 22', { day: '2026-11-22' }, 'approved'),
      d23: await seedPost(app, 'Lunes 23', { day: '2026-11-23' }, 'approved'),
      d24: await seedPost(app, 'Martes 24', { day: '2026-11-24' }, 'approved'),
    };
    const inc = await app.call('incidents.start', { playbookId: null, severity: 'critical', facts: {} });
    // From 00:30 on the 22nd to 00:30 on the 23rd, office time. In UTC that is 23:30 on the 21st to
    // 23:30 on the 22nd: a UTC reading would hold the 21st (already over in town) and miss the 23rd,
    // whose first half hour the crisis still covers.
    const held = await app.call('incidents.pausePlanned', { id: inc.id, from: '2026-11-21T23:30:00Z', to: '2026-11-22T23:30:00Z' });
    expect(held.map((h) => h.scheduledDay)).toEqual(['2026-11-22', '2026-11-23']);
    expect((await statusOf(on.d21)).status).toBe('approved');
    expect((await statusOf(on.d24)).status).toBe('approved');
    await app.call('incidents.resumePlanned', { id: inc.id });

    // A window that stops exactly at the office's midnight does not take the next day, nor the day before its start.
    const exact = await app.call('incidents.pausePlanned', { id: inc.id, from: '2026-11-24T00:00:00+01:00', to: '2026-11-25T00:00:00+01:00' });
    expect(exact.map((h) => h.postId)).toEqual([on.d24]);
    expect((await statusOf(on.d23)).status).toBe('approved');
  });

  it('names the day of a held whole-day post in an English report too', async () => {
    await madrid();
    await seedPost(app, 'Tree planting day', { day: '2026-11-22' }, 'draft');
    const inc = await app.call('incidents.start', { playbookId: await starterId(app, 'flood', 'en'), severity: 'high', facts: {} });
    await app.call('incidents.pausePlanned', { id: inc.id, from: '2026-11-22T00:00:00+01:00', to: '2026-11-23T00:00:00+01:00' });
    const { markdown } = await app.call('incidents.report', { id: inc.id });
    expect(markdown).toContain('- Tree planting day (22/11/2026, all day): Draft → On hold');
  });

  // SQLite's query planner and its index names: the server plans with its own.
  it.runIf(testEngine() === 'sqlite')('finds the window\'s posts through the two partial indexes, never a scan of posts', async () => {
    const q = plannedInWindow(app.ctx.db, holdWindow('2026-11-21T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Europe/Madrid')).compile();
    const plan = planOf(app.ctx.raw, q).join('\n');
    expect(plan).toMatch(/SEARCH posts USING INDEX posts_scheduled_at \(scheduled_at>\? AND scheduled_at<\?\)/);
    expect(plan).toMatch(/SEARCH posts USING INDEX posts_scheduled_day \(scheduled_day>\? AND scheduled_day<\?\)/);
    expect(plan).toMatch(/SEARCH posts USING INTEGER PRIMARY KEY/);
    expect(plan).not.toMatch(/SCAN posts/);
  });
});

describe('timeline', () => {
  it('is append-only: the database refuses edits and deletions; corrections are new entries', async () => {
    const inc = await app.call('incidents.start', { playbookId: await starterId(app, 'hoax'), severity: 'high', facts: {} });
    const withNote = await app.call('incidents.addEvent', { id: inc.id, kind: 'question', text: '¿Es verdad que multan por regar?' });
    const question = withNote.events.at(-1)!;
    await expect(run(app, 'update incident_events set text = ? where id = ?', 'otra cosa', question.id)).rejects.toThrow(/append-only/);
    await expect(run(app, 'delete from incident_events where id = ?', question.id)).rejects.toThrow(/append-only/);
    const corrected = await app.call('incidents.addEvent', { id: inc.id, kind: 'correction', correctsId: question.id, text: 'La pregunta era sobre llenar piscinas.' });
    expect(corrected.events.map((e) => e.text)).toContain('¿Es verdad que multan por regar?');
    expect(corrected.events.at(-1)).toMatchObject({ kind: 'correction', correctsId: question.id });
    const noTarget = await fail(app.call('incidents.addEvent', { id: inc.id, kind: 'correction', text: 'x', correctsId: 99999 }));
    expect(noTarget?.params?.issues).toEqual([{ path: 'correctsId', code: 'playbooks.errors.correctsMissing' }]);
    const empty = await fail(app.call('incidents.addEvent', { id: inc.id, kind: 'note', text: '   ' }));
    expect(empty?.params?.issues).toEqual([{ path: 'text', code: 'required' }]);
  });

  it('ticks the checklist with who confirmed and when, and a withdrawal is a new entry', async () => {
    const inc = await app.call('incidents.start', { playbookId: await starterId(app, 'flood'), severity: 'high', facts: {} });
    minutes(3);
    const v = await app.call('incidents.addEvent', { id: inc.id, kind: 'fact_verified', checkIndex: 0, who: 'Sargento Ruiz (Policía Local)' });
    expect(v.checklist[0]).toMatchObject({ confirmedBy: 'Sargento Ruiz (Policía Local)', confirmedAt: '2026-11-20T20:43:00.000Z' });
    expect(v.checklist[1]!.confirmedAt).toBeNull();
    expect((await fail(app.call('incidents.addEvent', { id: inc.id, kind: 'fact_verified', checkIndex: 0 })))?.params?.issues).toEqual([{ path: 'who', code: 'required' }]);
    expect((await fail(app.call('incidents.addEvent', { id: inc.id, kind: 'fact_verified', checkIndex: 40, who: 'x' })))?.params?.issues).toEqual([
      { path: 'checkIndex', code: 'playbooks.errors.unknownCheck' },
    ]);
    const w = await app.call('incidents.addEvent', { id: inc.id, kind: 'fact_withdrawn', checkIndex: 0, who: 'Sargento Ruiz' });
    expect(w.checklist[0]!.confirmedAt).toBeNull();
    expect(w.events.filter((e) => e.checkIndex === 0).map((e) => e.kind)).toEqual(['fact_verified', 'fact_withdrawn']);
  });
});

describe('clock and report', () => {
  it('moves the clock with publications and promises and reports times against targets', async () => {
    const x = await seedAccount(app, 'x', '@villanueva');
    const inc = await app.call('incidents.start', { playbookId: await starterId(app, 'flood'), severity: 'high', facts: floodFacts });
    expect(inc.level).toMatchObject({ firstResponseMinutes: 30, updateEveryMinutes: 60 });
    expect(inc.clock).toMatchObject({ dueKind: 'first_response', dueAt: '2026-11-20T21:10:00.000Z' });
    minutes(12);
    await app.call('incidents.addEvent', { id: inc.id, kind: 'statement_approved', statementKey: 'first', who: 'Alcaldesa' });
    const pub = await app.call('incidents.addEvent', { id: inc.id, kind: 'statement_published', statementKey: 'first', accountId: x });
    const sent = pub.events.at(-1)!;
    expect(sent).toMatchObject({ accountLabel: 'X @villanueva', network: 'x', at: '2026-11-20T20:52:00.000Z' });
    expect(sent.text).toBe(pub.statements[0]!.variants[0]!.filled.text);
    expect(pub.clock).toMatchObject({ dueKind: 'update', dueAt: '2026-11-20T21:52:00.000Z' });
    const promised = await app.call('incidents.addEvent', { id: inc.id, kind: 'update_promised', dueAt: '2026-11-20T22:00:00Z', text: 'A las 23:00' });
    expect(promised.clock).toMatchObject({ dueKind: 'promised', dueAt: '2026-11-20T22:00:00.000Z' });
    // Second round 95 minutes later: late against the 60-minute interval.
    await app.call('incidents.addEvent', { id: inc.id, kind: 'statement_published', statementKey: 'update', accountId: x, at: '2026-11-20T22:27:00Z' });
    minutes(120);
    const ended = await app.call('incidents.end', { id: inc.id, at: '2026-11-20T22:57:00Z' });
    expect(ended.clock.dueAt).toBeNull();
    expect((await fail(app.call('incidents.fillStatements', { id: inc.id, facts: {} })))?.code).toBe('playbooks.errors.incidentEnded');

    const r = await app.call('incidents.report', { id: inc.id });
    expect(r.firstResponse).toEqual({ at: '2026-11-20T20:52:00.000Z', minutes: 12, met: true });
    // The close at 22:57 tells the public nothing: it is no update.
    expect(r.updates.map((u) => [u.minutes, u.met])).toEqual([[95, false]]);
    expect(r.lateUpdates).toBe(1);
    expect(r.sent).toHaveLength(2);
    expect(r.markdown).toContain('# Informe del incidente: Inundación o temporal');
    expect(r.markdown).toContain('Primera respuesta: 12 min (objetivo 30 min): cumplido');
    expect(r.markdown).toContain('Comunicado publicado · X @villanueva');

    const md = await app.call('incidents.exportReport', { id: inc.id, format: 'markdown' });
    expect(fs.readFileSync(md.path!, 'utf8')).toBe(r.markdown);
    const html = await app.call('incidents.exportReport', { id: inc.id, format: 'html' });
    const page = fs.readFileSync(html.path!, 'utf8');
    expect(page).toContain('<h1>Informe del incidente: Inundación o temporal</h1>');
    expect(page).not.toMatch(/<script|https?:\/\/(?!villanueva)/);
  });
});

describe('printed documents', () => {
  it('prints the crisis card and the report as PDFs with the text a reader needs', async () => {
    const dir = tempDir();
    const platform = new HarnessPlatform(dir, 'es', 'test');
    const pdfApp = await openTestApp({ dataDir: dir, platform, clock: () => clock });
    try {
      const boss = await pdfApp.call('contacts.save', { name: 'Lucía Gómez', role: 'Alcaldesa', phone: '600 000 001' });
      const sub = await pdfApp.call('contacts.save', { name: 'Pedro Sanz', role: 'Teniente de alcalde', phone: '600 000 002' });
      await pdfApp.call('contacts.save', { id: boss.id, version: boss.version, name: 'Lucía Gómez', role: 'Alcaldesa', phone: '600 000 001', alternateId: sub.id });
      const copy = await pdfApp.call('playbooks.copy', { id: await starterId(pdfApp, 'flood') });
      const content = structuredClone(copy.content);
      content.responders[1]!.contactId = boss.id;
      await pdfApp.call('playbooks.save', { id: copy.id, version: copy.version, locale: 'es', content });
      const card = await pdfApp.call('playbooks.card', { id: copy.id });
      const text = execFileSync('pdftotext', [card.path!, '-'], { encoding: 'utf8' });
      expect(text).toContain('Ficha de crisis');
      expect(text).toContain('Lucía Gómez');
      expect(text).toContain('600 000 001');
      expect(text).toContain('Suplente: Pedro Sanz');
      expect(text).toContain('Primer aviso');
      const pages = execFileSync('pdfinfo', [card.path!], { encoding: 'utf8' });
      expect(pages).toMatch(/Pages:\s+1\n/);

      const inc = await pdfApp.call('incidents.start', { playbookId: copy.id, severity: 'critical', facts: floodFacts });
      await pdfApp.call('incidents.addEvent', { id: inc.id, kind: 'note', text: 'Llamada del 112 confirmando el desalojo.' });
      const report = await pdfApp.call('incidents.exportReport', { id: inc.id, format: 'pdf' });
      const rtext = execFileSync('pdftotext', [report.path!, '-'], { encoding: 'utf8' });
      expect(rtext).toContain('Informe del incidente');
      expect(rtext).toContain('Llamada del 112 confirmando el desalojo.');
    } finally {
      await platform.close();
      await pdfApp.close();
    }
  });
});
