import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { starterKeys } from '../../../shared/features/playbooks/starters';
import { AppError } from '../../../shared/ipc/errors';
import { openTestApp, type TestApp, testEngine } from '../../support/context';
import { run } from '../../support/sql';
import { starterId } from '../../support/playbooks';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(() => app.close());

const fail = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);

describe('playbooks', () => {
  it('ships the eight starters in Spanish and English on first list, once', async () => {
    const es = await app.call('playbooks.list', { locale: 'es' });
    const en = await app.call('playbooks.list', { locale: 'en' });
    expect(es.map((p) => p.starterKey).sort()).toEqual([...starterKeys].sort());
    expect(en.map((p) => p.starterKey).sort()).toEqual([...starterKeys].sort());
    expect(es.find((p) => p.starterKey === 'flood')?.name).toBe('Inundación o temporal');
    expect(en.find((p) => p.starterKey === 'flood')?.name).toBe('Flood or severe weather');
    expect(await app.call('playbooks.list', {})).toHaveLength(16);
  });

  it('keeps starters read-only; a copy is adapted and every saved version is kept', async () => {
    const id = await starterId(app, 'outage');
    const starter = await app.call('playbooks.get', { id });
    const refused = await fail(app.call('playbooks.save', { id, version: starter.version, locale: 'es', content: starter.content }));
    expect(refused?.code).toBe('playbooks.errors.starterReadOnly');

    const copy = await app.call('playbooks.copy', { id, name: 'Corte de agua en Villanueva' });
    expect(copy.copiedFromId).toBe(id);
    expect(copy.currentVersion).toBe(1);
    const edited = { ...copy.content, steps: [...copy.content.steps, 'Avisar a la residencia de mayores.'] };
    const v2 = await app.call('playbooks.save', { id: copy.id, version: copy.version, locale: 'es', content: edited });
    expect(v2.currentVersion).toBe(2);
    expect(v2.versions.map((v) => v.number)).toEqual([2, 1]);
    const old = await app.call('playbooks.get', { id: copy.id, version: 1 });
    expect(old.content.steps).not.toContain('Avisar a la residencia de mayores.');
    expect(old.shownVersion).toBe(1);

    const stale = await fail(app.call('playbooks.save', { id: copy.id, version: copy.version, locale: 'es', content: edited }));
    expect(stale?.code).toBe('conflict');
    await expect(run(app, 'update playbook_versions set content = ? where playbook_id = ?', '{}', copy.id)).rejects.toThrow(/kept as saved/);
    await expect(run(app, 'delete from playbook_versions where playbook_id = ?', copy.id)).rejects.toThrow(/kept as saved/);
  });

  it('refuses a network variant longer than that network allows', async () => {
    const id = await starterId(app, 'hoax');
    const copy = await app.call('playbooks.copy', { id });
    const content = structuredClone(copy.content);
    content.statements[0]!.variants = [{ network: 'x', text: 'A'.repeat(281) }];
    const err = await fail(app.call('playbooks.save', { id: copy.id, version: copy.version, locale: 'es', content }));
    expect(err?.code).toBe('validation');
    expect(err?.params?.issues).toEqual([{ path: 'content.statements.0.variants.0.text', code: 'playbooks.errors.variantTooLong', params: { limit: 280, count: 281 } }]);
    content.statements[0]!.variants = [{ network: 'x', text: `${'A'.repeat(250)} https://example.org/${'x'.repeat(80)}` }];
    await app.call('playbooks.save', { id: copy.id, version: copy.version, locale: 'es', content });
  });

  it('an incident keeps the playbook version it used after the playbook changes', async () => {
    const copy = await app.call('playbooks.copy', { id: await starterId(app, 'flood') });
    const incident = await app.call('incidents.start', { playbookId: copy.id, severity: 'high', facts: {} });
    expect(incident.playbookVersion).toBe(1);
    const changed = structuredClone(copy.content);
    changed.statements[0]!.text = 'Texto nuevo para {{place}}.';
    changed.severities[1]!.firstResponseMinutes = 5;
    await app.call('playbooks.save', { id: copy.id, version: copy.version, locale: 'es', content: changed });
    const again = await app.call('incidents.get', { id: incident.id });
    expect(again.playbookVersion).toBe(1);
    expect(again.content.statements[0]!.text).toBe(copy.content.statements[0]!.text);
    expect(again.level.firstResponseMinutes).toBe(30);
    const later = await app.call('incidents.start', { playbookId: copy.id, severity: 'high', facts: {} });
    expect(later.playbookVersion).toBe(2);
    expect(later.level.firstResponseMinutes).toBe(5);
  });

  it('brings a stored starter up to the shipped wording as a new version; incidents keep the one they used', async () => {
    const id = await starterId(app, 'flood');
    const shipped = (await app.call('playbooks.get', { id })).content;
    // A file written by an earlier release: the starter as it read then.
    const old = structuredClone(shipped);
    old.statements[0]!.text = 'AVISO | Por el temporal, {{place}} está afectado desde las {{time}}. Ante cualquier emergencia, llama al 112.';
    await app.ctx.db.insertInto('playbookVersions').values({ playbookId: id, number: 2, content: JSON.stringify(old), savedAt: '2026-01-01T00:00:00.000Z' }).execute();
    await app.ctx.db.updateTable('playbooks').set({ currentVersion: 2 }).where('id', '=', id).execute();
    const during = await app.call('incidents.start', { playbookId: id, severity: 'high', facts: {} });
    expect(during.playbookVersion).toBe(2);

    await app.ctx.reopen();
    const list = await app.call('playbooks.list', { locale: 'es' });
    expect(list.find((p) => p.id === id)?.currentVersion).toBe(3);
    expect(list.filter((p) => p.starterKey && p.id !== id).every((p) => p.currentVersion === 1)).toBe(true);
    const now = await app.call('playbooks.get', { id });
    expect(now.content).toEqual(shipped);
    expect(now.versions.map((v) => v.number)).toEqual([3, 2, 1]);
    expect((await app.call('incidents.get', { id: during.id })).content.statements[0]!.text).toBe(old.statements[0]!.text);
    // Nothing new on the next look.
    await app.ctx.reopen();
    expect((await app.call('playbooks.get', { id })).currentVersion).toBe(3);
  });

  it('deletes softly and restores', async () => {
    const copy = await app.call('playbooks.copy', { id: await starterId(app, 'road') });
    await app.call('playbooks.delete', { id: copy.id, version: copy.version });
    expect((await app.call('playbooks.list', {})).some((p) => p.id === copy.id)).toBe(false);
    expect((await app.call('playbooks.list', { deleted: true })).map((p) => p.id)).toEqual([copy.id]);
    await app.call('playbooks.restore', { id: copy.id });
    expect((await app.call('playbooks.list', {})).some((p) => p.id === copy.id)).toBe(true);
  });

  // SQLite's query planner and its index names: the server plans with its own.
  it.runIf(testEngine() === 'sqlite')('reads the list and versions through indexes', async () => {
    await app.call('playbooks.list', {});
    const plan = (q: string) => (app.ctx.raw.prepare(`explain query plan ${q}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    const list = plan(
      "select * from playbooks p join playbook_versions v on v.playbook_id = p.id and v.number = p.current_version where p.deleted_at is null and p.locale = 'es' order by p.starter_key is not null, p.name collate nocase",
    );
    expect(list).toMatch(/SEARCH v USING INDEX sqlite_autoindex_playbook_versions_1/);
    expect(list).not.toMatch(/SCAN/);
    expect(list).toMatch(/playbooks_list/);
    expect(plan('select * from incident_events where incident_id = 1 order by id')).toMatch(/incident_events_incident/);
    expect(plan("select id from posts where deleted_at is null and scheduled_at >= '2026' and scheduled_at < '2027'")).toMatch(/posts_scheduled_at/);
    const holds = plan('select * from incident_holds h join posts p on p.id = h.post_id where h.incident_id = 1 order by coalesce(p.scheduled_at, p.scheduled_day), h.post_id');
    expect(holds).toMatch(/SEARCH h USING INDEX sqlite_autoindex_incident_holds_1 \(incident_id=\?\)/);
    expect(holds).toMatch(/SEARCH p USING INTEGER PRIMARY KEY/);
    expect(plan('select * from incidents order by started_at desc limit 200')).toMatch(/SCAN incidents USING INDEX incidents_started/);
    expect(plan("select id from accounts where status = 'active' and deleted_at is null order by network, handle")).toMatch(/SEARCH accounts USING INDEX accounts_status/);
  });
});
