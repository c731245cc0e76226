import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PostEvent } from '../../../shared/features/calendar/contract';
import { en } from '../../../shared/i18n/en';
import { es } from '../../../shared/i18n/es';
import { itemLabel, itemText, itemWords, timeOf } from './CalendarItem';

const tFor = async (lng: 'es' | 'en'): Promise<TFunction> => {
  const inst = i18next.createInstance();
  await inst.init({ resources: { es: { translation: es }, en: { translation: en } }, lng, interpolation: { escapeValue: false } });
  return inst.t;
};

const post = (over: Partial<PostEvent>): PostEvent => ({
  id: 1,
  version: 1,
  title: 'Pleno ordinario',
  scheduledAt: '2027-01-13T08:00:00.000Z',
  scheduledDay: null,
  status: 'draft',
  campaignId: null,
  campaignColor: null,
  changedSinceApproved: false,
  targets: [{ accountId: 1, network: 'facebook', handle: 'ayto' }],
  thumbUrl: null,
  mediaCount: 0,
  mediaMissing: false,
  ...over,
});

let tEs: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  tEs = await tFor('es');
  tEn = await tFor('en');
});

describe("a calendar item's label", () => {
  it('says time, status, title, accounts, campaign and photos, in each language', () => {
    const p = post({ status: 'in_review', changedSinceApproved: true, mediaCount: 2, targets: [{ accountId: 1, network: 'facebook', handle: 'ayto' }, { accountId: 2, network: 'x', handle: 'ayto_x' }] });
    expect(itemLabel(p, 'Navidad', itemWords(tEs), timeOf(p, 'es', 'Europe/Madrid'), 'es')).toMatch(/^9:00, En revisión \(.+\): Pleno ordinario · Facebook @ayto, X @ayto_x · .*Navidad.* · 2 /);
    expect(itemLabel(p, 'Navidad', itemWords(tEn), timeOf(p, 'en', 'Europe/Madrid'), 'en')).toMatch(/^09:00, In review \(.+\): Pleno ordinario · Facebook @ayto, X @ayto_x · .*Navidad.* · 2 /);
    expect(itemLabel(post({ scheduledAt: null, scheduledDay: '2027-01-13' }), undefined, itemWords(tEs), '', 'es')).toBe('Borrador: Pleno ordinario · Facebook @ayto');
    // The item's own lines: its time, and its status with the changed mark.
    expect(itemText(p, itemWords(tEs), 'es', 'Europe/Madrid')).toEqual({ time: '9:00', status: 'En revisión · cambiada' });
    expect(itemText(post({ scheduledAt: null, scheduledDay: '2027-01-13' }), itemWords(tEn), 'en', 'Europe/Madrid')).toEqual({ time: '', status: 'Draft' });
  });

  it('translates each word once per draw, however many items share it', () => {
    const asked: string[] = [];
    const say = tEs as unknown as (key: string, options?: object) => string;
    const t = ((key: string, options?: object) => {
      asked.push(key);
      return say(key, options);
    }) as unknown as TFunction;
    const words = itemWords(t);
    for (let id = 1; id <= 50; id++) itemLabel(post({ id, status: id % 2 ? 'draft' : 'approved', mediaCount: 1 }), 'Navidad', words, '9:00', 'es');
    expect(asked.sort()).toEqual(['calendar.event.campaign', 'calendar.event.media', 'calendar.statusShort.approved', 'calendar.statusShort.draft']);
  });
});
