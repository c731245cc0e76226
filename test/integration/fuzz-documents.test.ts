import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/db/store';
import { buildHootsuiteCsv, buildPlanCsv } from '../../electron/features/exports/csv';
import { translator } from '../../electron/features/exports/i18n';
import { buildIcs } from '../../electron/features/exports/ics';
import { approvalHtml, type DocInfo, weekPlanHtml } from '../../electron/features/exports/pdf';
import type { PlanPost } from '../../electron/features/exports/plan';
import { startHarness, type Harness } from '../../electron/web/harness';
import { markdownText, stripControls } from '../../shared/domain/text';
import { writeAccountsCsv } from '../../shared/features/accounts/csv';
import { isSafeExternalUrl } from '../../shared/security/csp';
import { tempDir } from '../support/context';
import { DOCUMENT_BREAKERS, hostileDocText } from '../support/fuzz-arbitraries';

/**
 * The documents the app writes stay documents whatever the data: the PDFs'
 * CSS never depends on it, exports carry no forbidden control character,
 * Markdown opens no HTML or link, the link rule never throws, the harness
 * survives any broken % escape, and a foreign SQLite file is never written.
 * Deterministic by default; FC_SEED explores other inputs.
 */
const SEED = Number(process.env.FC_SEED ?? 20_261_201);
const RUNS = 200;
// eslint-disable-next-line no-control-regex -- the property is about control characters
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const textFields = fc.record({
  office: hostileDocText,
  title: hostileDocText,
  body: hostileDocText,
  name: hostileDocText,
  handle: hostileDocText,
  hashtag: hostileDocText,
  link: hostileDocText,
  media: hostileDocText,
  campaign: hostileDocText,
});
type Texts = typeof textFields extends fc.Arbitrary<infer T> ? T : never;

function planOf(x: Texts): PlanPost[] {
  return [0, 1].map((i) => ({
    id: i + 1,
    title: x.title,
    body: x.body,
    scheduledAt: `2026-11-2${3 + i}T09:${i ? '05' : '00'}:00.000Z`,
    scheduledDay: null,
    day: `2026-11-2${3 + i}`,
    status: i ? 'approved' : 'draft',
    campaignId: 1,
    campaign: x.campaign,
    link: x.link,
    hashtags: [x.hashtag],
    mediaNote: x.media,
    mediaAlt: x.media,
    checklist: { wording: true },
    version: 2,
    approvedVersion: 1,
    changedSinceApproved: true,
    updatedAt: '2026-11-20T10:00:00.000Z',
    targets: [{ accountId: 7, network: 'x', handle: x.handle, displayName: x.name, ownText: null, text: x.body }],
    media: [],
  }));
}

const docOf = (office: string): DocInfo => ({
  locale: 'es',
  timeZone: 'Europe/Madrid',
  weekStart: 'monday',
  officeName: office,
  from: '2026-11-23',
  to: '2026-11-29',
  filters: [office],
  generatedAt: new Date('2026-11-22T10:00:00.000Z'),
  fingerprint: '0123456789ab',
  t: translator('es'),
});

const styleOf = (html: string): string => /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
const neutral: Texts = { office: 'Ayuntamiento', title: 'Aviso', body: 'Texto', name: 'Cuenta', handle: '@cuenta', hashtag: 'Etiqueta', link: 'https://ayto.es', media: 'Foto', campaign: 'Campaña' };

describe('fuzzing the documents', () => {
  it('approval and week plan PDFs: one <style>, the same CSS whatever the data, no tag from data', () => {
    const plainCss = [approvalHtml(planOf(neutral), docOf(neutral.office), 'A4'), weekPlanHtml(planOf(neutral), docOf(neutral.office), 'A4')].map(styleOf);
    fc.assert(
      fc.property(textFields, (x) => {
        for (const [i, html] of [approvalHtml(planOf(x), docOf(x.office), 'A4'), weekPlanHtml(planOf(x), docOf(x.office), 'Letter')].entries()) {
          expect(html.match(/<\/?style\b/gi)).toHaveLength(2);
          expect(styleOf(html).replace('size: Letter', 'size: A4')).toBe(plainCss[i]);
          expect(html).not.toMatch(/<(img|script)\b/i);
          expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('ICS, plan, Hootsuite and accounts CSVs: no forbidden control character, and the calendar reads the text back', () => {
    fc.assert(
      fc.property(textFields, (x) => {
        const posts = planOf(x);
        const ics = buildIcs(posts, { now: new Date('2026-11-22T10:00:00Z'), calendarName: x.office, appVersion: '1', locale: 'es' }).text;
        expect(ics).not.toMatch(FORBIDDEN);
        const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
        // Line breaks come back as LF, the one break a TEXT value carries.
        const title = stripControls(x.title).replace(/\r\n|\r/g, '\n');
        expect(events.map((e) => e.getFirstPropertyValue('summary'))).toEqual([title, title]);
        const plan = buildPlanCsv(posts, { t: translator('es'), locale: 'es', timeZone: 'Europe/Madrid', delimiter: ';', bom: true }).text;
        const hootsuite = buildHootsuiteCsv(posts, 7, { now: new Date('2026-11-22T10:00:00Z'), timeZone: 'Europe/Madrid' }).text;
        const accounts = writeAccountsCsv([{ network: 'x', handle: x.handle, displayName: x.name, notes: x.body, ownerName: x.office }], 'es', ';');
        for (const text of [plan, hootsuite, accounts]) expect(text).not.toMatch(FORBIDDEN);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('Markdown text: no tag, autolink, link or image opens, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(hostileDocText, fc.string({ unit: 'binary', maxLength: 60 })), (s) => {
        const out = markdownText(s);
        expect(out).not.toMatch(/</);
        expect(out).not.toMatch(/(^|[^\\])[[\]]/);
        expect(out).not.toMatch(FORBIDDEN);
      }),
      { seed: SEED, numRuns: RUNS * 5 },
    );
  });

  it('the link rule never throws, and what it lets through is a web page, a plain mail or a phone number', () => {
    const percentSoup = fc.array(fc.constantFrom('%', '%E0', '%A4', '%20', '%0A', 'a', '@', '?', '&', '=', 'attach', 'to', 'subject', '+', '1', ' ', ',', '#'), { maxLength: 12 }).map((a) => a.join(''));
    const url = fc.tuple(fc.constantFrom('mailto:', 'tel:', 'https://', 'http://', 'javascript:', 'file://', ''), fc.oneof(percentSoup, fc.constantFrom(...DOCUMENT_BREAKERS), fc.string({ unit: 'binary' }))).map(([a, b]) => a + b);
    fc.assert(
      fc.property(url, (u) => {
        let ok = false;
        expect(() => (ok = isSafeExternalUrl(u))).not.toThrow();
        if (!ok) return;
        const parsed = new URL(u);
        expect(['https:', 'http:', 'mailto:', 'tel:']).toContain(parsed.protocol);
        if (parsed.protocol === 'mailto:') for (const key of parsed.searchParams.keys()) expect(['to', 'cc', 'subject', 'body']).toContain(key.toLowerCase());
        if (parsed.protocol === 'tel:') expect(decodeURIComponent(parsed.pathname)).toMatch(/^\+?[0-9 ]+$/);
      }),
      { seed: SEED, numRuns: RUNS * 5 },
    );
  });
});

describe('fuzzing the harness with broken % escapes', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ port: 0, dataDir: tempDir('pregonero-fuzz-pct-'), token: 'fuzz-token' });
  });
  afterAll(() => h?.close());

  it('answers 400 bad_request to every one and keeps serving', async () => {
    const broken = fc
      .tuple(fc.string({ maxLength: 6 }), fc.constantFrom('%', '%E0', '%E0%A4%A', '%C0', '%ED%A0%80', '%FF', '%A'), fc.string({ maxLength: 6 }))
      .map(([a, bad, b]) => `/ipc/${encodeURIComponent(a)}${bad}${encodeURIComponent(b)}`)
      .filter((p) => {
        try {
          decodeURIComponent(p);
          return false;
        } catch {
          return true;
        }
      });
    await fc.assert(
      fc.asyncProperty(broken, async (p) => {
        const res = await fetch(`${h.url}${p}`, { method: 'POST', headers: { Authorization: 'Bearer fuzz-token' }, body: '{}' });
        expect({ status: res.status, json: await res.json() }).toEqual({ status: 400, json: { ok: false, error: { code: 'bad_request' } } });
      }),
      { seed: SEED, numRuns: 60 },
    );
    const ok = await fetch(`${h.url}/ipc/app.info`, { method: 'POST', headers: { Authorization: 'Bearer fuzz-token' }, body: '{}' });
    expect(ok.status).toBe(200);
  }, 60_000);
});

describe('fuzzing the data file', () => {
  it('refuses any SQLite file Pregonero did not write, and leaves it byte for byte as it was', async () => {
    const tableName = fc.constantFrom('accounts', 'posts', 'settings', 'kysely_migration', 'facturas', 'datos', 'x');
    const schema = fc.array(fc.tuple(tableName, fc.constantFrom('id integer primary key', 'name text', 'value blob')), { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(schema, fc.integer({ min: 0, max: 0x7fffffff }), async (tables, appId) => {
        const dir = tempDir('pregonero-fuzz-foreign-');
        const file = path.join(dir, 'pregonero.sqlite');
        const db = new BetterSqlite3(file);
        for (const [name, column] of tables) db.exec(`create table if not exists "${name}" (${column})`);
        if (appId !== 0x50524547) db.pragma(`application_id = ${appId}`);
        db.close();
        const before = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
        const s = await openStore(dir);
        if (s.state === 'ready') await s.db.destroy();
        expect(s.state).toBe('not_pregonero');
        expect(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(before);
        expect(fs.readdirSync(dir)).toEqual(['pregonero.sqlite']);
        fs.rmSync(dir, { recursive: true, force: true });
      }),
      { seed: SEED, numRuns: 25 },
    );
  });
});
