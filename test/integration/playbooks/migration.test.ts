import { afterEach, describe, expect, it } from 'vitest';
import * as m0005 from '../../../migrations/0005_playbooks';
import { openStore, type StoreStatus } from '../../../electron/db/store';
import { tempDir } from '../../support/context';

const opened: StoreStatus[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) if (s.state === 'ready') await s.db.destroy();
});

describe('migration 0005_playbooks', () => {
  it('goes down and up again cleanly, triggers included', async () => {
    const s = await openStore(tempDir());
    opened.push(s);
    if (s.state !== 'ready') throw new Error('not ready');
    const tables = () =>
      (s.raw.prepare("select name from sqlite_master where type in ('table','trigger') and (name like 'incident%' or name like 'playbook%' or name like 'contacts%') order by name").all() as { name: string }[]).map((r) => r.name);
    const before = tables();
    expect(before).toEqual(expect.arrayContaining(['contacts', 'contacts_fts', 'incident_events', 'incident_events_no_delete', 'incident_events_no_update', 'incident_holds', 'incidents', 'playbook_versions', 'playbooks']));
    await m0005.down(s.db);
    expect(tables()).toEqual([]);
    await m0005.up(s.db);
    expect(tables()).toEqual(before);
  });
});
