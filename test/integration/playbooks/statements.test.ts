import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/ipc/errors';
import { clockedApp, floodFacts, seedAccount, starterId } from '../../support/playbooks';

const env = clockedApp('2026-11-20T20:40:00Z');
const fail = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);

describe('publishing a statement by hand on several accounts', () => {
  it('records one entry per account with the text that account posts, and each statement says where it stands', async () => {
    const x = await seedAccount(env.app, 'x', '@villanueva');
    const fb = await seedAccount(env.app, 'facebook', 'AyuntamientoVillanueva');
    const inc = await env.app.call('incidents.start', { playbookId: await starterId(env.app, 'flood'), severity: 'high', facts: floodFacts });
    expect(inc.progress).toEqual([
      { key: 'first', draftedAt: null, approvedAt: null, approvedBy: null, published: [] },
      { key: 'update', draftedAt: null, approvedAt: null, approvedBy: null, published: [] },
    ]);
    env.minutes(2);
    await env.app.call('incidents.addEvent', { id: inc.id, kind: 'statement_drafted', statementKey: 'first' });
    env.minutes(3);
    await env.app.call('incidents.addEvent', { id: inc.id, kind: 'statement_approved', statementKey: 'first', who: 'Alcaldesa' });
    env.minutes(1);
    const done = await env.app.call('incidents.addEvent', { id: inc.id, kind: 'statement_published', statementKey: 'first', accountIds: [x, fb] });

    const sent = done.events.filter((e) => e.kind === 'statement_published');
    expect(sent.map((e) => [e.accountId, e.accountLabel, e.network, e.at])).toEqual([
      [x, 'X @villanueva', 'x', '2026-11-20T20:46:00.000Z'],
      [fb, 'Facebook AyuntamientoVillanueva', 'facebook', '2026-11-20T20:46:00.000Z'],
    ]);
    expect(sent[0]!.text).toBe(
      'AVISO | Temporal: incidencias en Barrio de la Vega desde las 21:40. Colegios cerrados mañana. Equipos municipales trabajando. Evite la zona y no cruce calles inundadas. Emergencias: 112. Próxima información: 23:00.',
    );
    expect(sent[1]!.text).toBe(
      'AVISO | Por el temporal, hay incidencias en Barrio de la Vega desde las 21:40. Colegios cerrados mañana. Los equipos municipales y Protección Civil ya están trabajando. Evite la zona y no cruce calles inundadas. Ante cualquier emergencia, llame al 112. Volveremos a informar a las 23:00.',
    );
    expect(done.progress[0]).toEqual({
      key: 'first',
      draftedAt: '2026-11-20T20:42:00.000Z',
      approvedAt: '2026-11-20T20:45:00.000Z',
      approvedBy: 'Alcaldesa',
      published: [
        { at: '2026-11-20T20:46:00.000Z', accountId: x, accountLabel: 'X @villanueva' },
        { at: '2026-11-20T20:46:00.000Z', accountId: fb, accountLabel: 'Facebook AyuntamientoVillanueva' },
      ],
    });
    expect(done.progress[1]!.published).toEqual([]);
    expect(done.clock).toMatchObject({ dueKind: 'update', lastPublishedAt: '2026-11-20T20:46:00.000Z' });
    // Two accounts, one round: the report counts a single first response.
    const report = await env.app.call('incidents.report', { id: inc.id });
    expect(report.firstResponse).toEqual({ at: '2026-11-20T20:46:00.000Z', minutes: 6, met: true });
    expect(report.updates).toEqual([]);
    expect(report.sent.map((s) => s.account)).toEqual(['X @villanueva', 'Facebook AyuntamientoVillanueva']);
  });

  it('writes nothing when one of the accounts does not exist, and takes several accounts only for a publication', async () => {
    const x = await seedAccount(env.app, 'x', '@villanueva');
    const inc = await env.app.call('incidents.start', { playbookId: await starterId(env.app, 'flood'), severity: 'high', facts: floodFacts });
    const missing = await fail(env.app.call('incidents.addEvent', { id: inc.id, kind: 'statement_published', statementKey: 'first', accountIds: [x, 9999] }));
    expect(missing?.params?.issues).toEqual([{ path: 'accountIds.1', code: 'not_found' }]);
    const approved = await fail(env.app.call('incidents.addEvent', { id: inc.id, kind: 'statement_approved', statementKey: 'first', who: 'Alcaldesa', accountIds: [x] }));
    expect(approved?.params?.issues).toEqual([{ path: 'accountIds', code: 'playbooks.errors.accountsOnlyPublished' }]);
    const notReady = await env.app.call('incidents.start', { playbookId: await starterId(env.app, 'flood'), severity: 'high', facts: {} });
    expect((await fail(env.app.call('incidents.addEvent', { id: notReady.id, kind: 'statement_published', statementKey: 'first', accountIds: [x] })))?.code).toBe(
      'playbooks.errors.notReady',
    );
    const after = await env.app.call('incidents.get', { id: inc.id });
    expect(after.events.map((e) => e.kind)).toEqual(['started']);
    // The same account twice is one publication.
    const twice = await env.app.call('incidents.addEvent', { id: inc.id, kind: 'statement_published', statementKey: 'first', accountIds: [x, x] });
    expect(twice.events.filter((e) => e.kind === 'statement_published')).toHaveLength(1);
  });
});

describe('the incident report', () => {
  it('does not count the close as an update, and lists the checks nobody confirmed', async () => {
    const x = await seedAccount(env.app, 'x', '@villanueva');
    const inc = await env.app.call('incidents.start', { playbookId: await starterId(env.app, 'flood'), severity: 'high', facts: floodFacts });
    env.minutes(10);
    await env.app.call('incidents.addEvent', { id: inc.id, kind: 'fact_verified', checkIndex: 0, who: 'Sargento Ruiz' });
    await env.app.call('incidents.addEvent', { id: inc.id, kind: 'fact_verified', checkIndex: 2, who: 'Alcaldía' });
    await env.app.call('incidents.addEvent', { id: inc.id, kind: 'fact_withdrawn', checkIndex: 2, who: 'Alcaldía' });
    await env.app.call('incidents.addEvent', { id: inc.id, kind: 'statement_published', statementKey: 'first', accountId: x });
    env.minutes(50);
    await env.app.call('incidents.addEvent', { id: inc.id, kind: 'statement_published', statementKey: 'update', accountId: x });
    // Closed three hours after the last update: the close is not a late update.
    await env.app.call('incidents.end', { id: inc.id, at: '2026-11-20T00:40:00-03:00' });

    const r = await env.app.call('incidents.report', { id: inc.id });
    expect(r.updates).toEqual([{ from: '2026-11-20T20:50:00.000Z', to: '2026-11-20T21:40:00.000Z', minutes: 50, met: true }]);
    expect(r.lateUpdates).toBe(0);
    expect(r.pendingChecks.map((c) => [c.index, c.fact, c.confirmWith])).toEqual([
      [1, 'Si hay personas heridas, atrapadas o desalojadas', 'Protección Civil o emergencias 112'],
      [2, 'Servicios suspendidos (colegios, mercados, transporte)', 'Alcaldía'],
      [3, 'Hora de la próxima información oficial', 'Jefatura de gabinete'],
    ]);
    expect(r.markdown).toContain(
      [
        '## Verificaciones pendientes',
        '',
        '- Si hay personas heridas, atrapadas o desalojadas (Protección Civil o emergencias 112)',
        '- Servicios suspendidos (colegios, mercados, transporte) (Alcaldía)',
        '- Hora de la próxima información oficial (Jefatura de gabinete)',
      ].join('\n'),
    );
    expect(r.markdown).toContain('Actualizaciones fuera de plazo: 0');
    const html = fs.readFileSync((await env.app.call('incidents.exportReport', { id: inc.id, format: 'html' })).path!, 'utf8');
    expect(html).toContain('<h2>Verificaciones pendientes</h2><ul><li>Si hay personas heridas, atrapadas o desalojadas (Protección Civil o emergencias 112)</li>');
  });

  it('says no check is pending when every one was confirmed', async () => {
    const inc = await env.app.call('incidents.start', { playbookId: null, severity: 'low', facts: {} });
    await env.app.call('incidents.addEvent', { id: inc.id, kind: 'fact_verified', checkIndex: 0, who: 'Policía Local' });
    const r = await env.app.call('incidents.report', { id: inc.id });
    expect(r.pendingChecks).toEqual([]);
    expect(r.markdown).toContain('## Verificaciones pendientes\n\nNinguna: todo quedó confirmado.');
  });
});
