import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/context';
import { starterId } from '../../support/playbooks';

let app: TestApp;
let clock = new Date('2026-11-20T20:40:00Z');
beforeEach(async () => {
  clock = new Date('2026-11-20T20:40:00Z');
  app = await openTestApp({ clock: () => clock });
});
afterEach(() => app.close());

describe('incidents.setSeverity', () => {
  it('moves the incident to the level of the new severity, its clock too, and says so in the timeline', async () => {
    const flood = await app.call('incidents.start', { playbookId: await starterId(app, 'flood'), severity: 'low', facts: {} });
    // Low: first answer within an hour.
    expect(flood.level.firstResponseMinutes).toBe(60);
    expect(flood.clock).toMatchObject({ dueKind: 'first_response', dueAt: '2026-11-20T21:40:00.000Z' });

    clock = new Date('2026-11-20T20:50:00Z');
    const critical = await app.call('incidents.setSeverity', { id: flood.id, severity: 'critical' });
    expect(critical).toMatchObject({ severity: 'critical', version: flood.version + 1 });
    expect(critical.level).toEqual({ description: 'Aviso rojo, desalojos o personas en peligro', firstResponseMinutes: 15, updateEveryMinutes: 30 });
    expect(critical.clock).toMatchObject({ dueKind: 'first_response', dueAt: '2026-11-20T20:55:00.000Z' });
    expect(critical.events.map((e) => [e.kind, e.at])).toEqual([
      ['started', '2026-11-20T20:40:00.000Z'],
      ['severity_changed', '2026-11-20T20:50:00.000Z'],
    ]);
    expect(critical.events[1]!.text).toBe('low → critical');

    // The same severity again changes nothing.
    const same = await app.call('incidents.setSeverity', { id: flood.id, severity: 'critical' });
    expect(same.version).toBe(critical.version);
    expect(same.events).toHaveLength(2);
  });

  it('refuses an ended incident and an unknown one', async () => {
    const inc = await app.call('incidents.start', { playbookId: null, severity: 'high', facts: {} });
    await app.call('incidents.end', { id: inc.id });
    expect(await app.invoke('incidents.setSeverity', { id: inc.id, severity: 'low' })).toMatchObject({ ok: false, error: { code: 'playbooks.errors.incidentEnded' } });
    expect((await app.call('incidents.get', { id: inc.id })).severity).toBe('high');
    expect(await app.invoke('incidents.setSeverity', { id: 999, severity: 'low' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('incidents.list', () => {
  it('lists every incident, the latest started first, open and ended, with its playbook version', async () => {
    expect(await app.call('incidents.list', {})).toEqual([]);
    const flood = await starterId(app, 'flood');
    const a = await app.call('incidents.start', { playbookId: flood, severity: 'high', facts: {}, title: 'Riada en la Vega', startedAt: '2026-10-02T06:00:00Z' });
    await app.call('incidents.end', { id: a.id, at: '2026-10-02T18:00:00Z' });
    const b = await app.call('incidents.start', { playbookId: null, severity: 'low', facts: {}, title: 'Bulo sobre el agua', startedAt: '2026-11-20T19:00:00Z' });
    const c = await app.call('incidents.start', { playbookId: flood, severity: 'critical', facts: {}, title: 'Corte de luz', startedAt: '2026-11-01T09:30:00Z' });

    expect(await app.call('incidents.list', {})).toEqual([
      { id: b.id, title: 'Bulo sobre el agua', severity: 'low', locale: 'es', playbookId: null, playbookVersion: null, startedAt: '2026-11-20T19:00:00.000Z', endedAt: null },
      { id: c.id, title: 'Corte de luz', severity: 'critical', locale: 'es', playbookId: flood, playbookVersion: a.playbookVersion, startedAt: '2026-11-01T09:30:00.000Z', endedAt: null },
      { id: a.id, title: 'Riada en la Vega', severity: 'high', locale: 'es', playbookId: flood, playbookVersion: a.playbookVersion, startedAt: '2026-10-02T06:00:00.000Z', endedAt: '2026-10-02T18:00:00.000Z' },
    ]);
    expect(a.playbookVersion).toBe(1);
  });
});
