import { afterEach, beforeEach } from 'vitest';
import type { Network } from '../../shared/domain/networks';
import { saveAccount } from './accounts';
import { openTestApp, type TestApp } from './context';

/** An account through accounts.save. */
export async function seedAccount(app: TestApp, network: Network, handle: string, status: 'active' | 'dormant' = 'active'): Promise<number> {
  return saveAccount(app.ctx, { network, handle, status });
}

type Status = 'idea' | 'draft' | 'in_review' | 'approved' | 'published' | 'on_hold' | 'cancelled';

/**
 * A post written straight into the tables (a status the calendar's own rules
 * might refuse for test data), planned at an instant or, with `{ day }`, for a
 * whole day with no time.
 */
export async function seedPost(app: TestApp, title: string, when: string | null | { day: string }, status: Status, deletedAt: string | null = null): Promise<number> {
  const [scheduledAt, scheduledDay] = when !== null && typeof when === 'object' ? [null, when.day] : [when, null];
  const row = await app.ctx.db.insertInto('posts').values({ title, scheduledAt, scheduledDay, status, campaignId: null, approvedVersion: null, deletedAt }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function starterId(app: TestApp, key: string, locale: 'es' | 'en' = 'es'): Promise<number> {
  const list = await app.call('playbooks.list', { locale });
  const found = list.find((p) => p.starterKey === key);
  if (!found) throw new Error(`starter ${key} missing`);
  return found.id;
}

export const floodFacts = {
  place: 'Barrio de la Vega',
  time: '21:40',
  service: 'Colegios cerrados mañana',
  advice: 'Evite la zona y no cruce calles inundadas',
  next_update: '23:00',
  detail: 'El río empieza a bajar',
};

/** A fresh app per test whose clock starts at `start` and moves only when the test says so. */
export function clockedApp(start: string) {
  let clock = new Date(start);
  let app: TestApp | undefined;
  beforeEach(async () => {
    clock = new Date(start);
    app = await openTestApp({ clock: () => clock });
  });
  afterEach(() => app?.close());
  return {
    get app(): TestApp {
      if (!app) throw new Error('clockedApp used outside a test');
      return app;
    },
    minutes(n: number) {
      clock = new Date(clock.getTime() + n * 60_000);
    },
  };
}
