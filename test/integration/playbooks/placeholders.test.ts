import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { starters } from '../../../shared/features/playbooks/starters';
import type { AppError } from '../../../shared/ipc/errors';
import { openTestApp, type TestApp } from '../../support/context';
import { seedAccount, starterId } from '../../support/playbooks';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp({ clock: () => new Date('2026-11-20T20:40:00Z') });
});
afterEach(() => app.close());

const fail = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);

/**
 * Every name Object.prototype carries, and the placeholder it makes in a statement
 * (placeholders are read case-insensitively as lower case; names starting with "_" are plain text).
 */
const prototypeNames: [name: string, placeholder: string | null][] = [
  ['constructor', 'constructor'],
  ['__defineGetter__', null],
  ['__defineSetter__', null],
  ['hasOwnProperty', 'hasownproperty'],
  ['__lookupGetter__', null],
  ['__lookupSetter__', null],
  ['isPrototypeOf', 'isprototypeof'],
  ['propertyIsEnumerable', 'propertyisenumerable'],
  ['toString', 'tostring'],
  ['valueOf', 'valueof'],
  ['__proto__', null],
  ['toLocaleString', 'tolocalestring'],
];

it('covers every Object.prototype name', () => {
  expect(prototypeNames.map(([n]) => n).sort()).toEqual(Object.getOwnPropertyNames(Object.prototype).sort());
});

/**
 * A playbook whose statement uses `{{name}}`: saved through the router, or, for a name
 * the editor now refuses, written as a file from an older version would hold it.
 */
async function playbookUsing(name: string): Promise<number> {
  const content = structuredClone(starters.es.outage!);
  content.name = `Prueba ${name}`;
  content.statements = [{ key: 'first', title: 'Aviso', text: `AVISO | Corte en {{place}}: {{${name}}}.`, variants: [{ network: 'x', text: `AVISO | {{place}}: {{${name}}}.` }] }];
  if (name !== 'constructor') return (await app.call('playbooks.save', { locale: 'es', content })).id;
  const at = '2026-01-01T00:00:00.000Z';
  const { id } = await app.ctx.db
    .insertInto('playbooks')
    .values({ starterKey: null, locale: 'es', name: content.name, copiedFromId: null, currentVersion: 1, deletedAt: null, createdAt: at, updatedAt: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await app.ctx.db.insertInto('playbookVersions').values({ playbookId: id, number: 1, content: JSON.stringify(content), savedAt: at }).execute();
  return id;
}

describe('placeholders named like Object.prototype members', () => {
  it.each(prototypeNames)('{{%s}} in a statement never breaks incident mode', async (name, placeholder) => {
    const x = await seedAccount(app, 'x', '@villanueva');
    const playbookId = await playbookUsing(name);
    const started = await app.invoke('incidents.start', { playbookId, severity: 'high', facts: { place: 'Plaza Mayor' } });
    expect(started.ok).toBe(true);
    const inc = await app.call('incidents.get', { id: (started as { value: { id: number } }).value.id });
    const st = inc.statements[0]!;
    if (placeholder === null) {
      expect(st.base.text).toBe(`AVISO | Corte en Plaza Mayor: {{${name}}}.`);
      expect(st.missing).toEqual([]);
    } else {
      expect(st.base.text).toBe(`AVISO | Corte en Plaza Mayor: {{${placeholder}}}.`);
      expect(st.missing).toEqual([placeholder]);
      expect(inc.factNames).toEqual(['place', placeholder]);
    }

    // The boundary refuses a fact called "constructor" (a prototype key) with a validation error;
    // every other one is filled like any custom fact.
    const facts = placeholder ? { place: 'Plaza Mayor', [placeholder]: 'sin agua hasta las 14:00' } : { place: 'Plaza Mayor' };
    const filled = await app.invoke('incidents.fillStatements', { id: inc.id, facts });
    if (placeholder === 'constructor') {
      expect(filled).toEqual({ ok: false, error: { code: 'validation', params: { issues: [{ path: 'constructor', code: 'unrecognized_keys', params: { keys: 'constructor' } }] } } });
    } else {
      expect(filled.ok).toBe(true);
      const now = await app.call('incidents.get', { id: inc.id });
      expect(now.statements[0]!.ready).toBe(true);
      expect(now.statements[0]!.accounts).toEqual([
        expect.objectContaining({ accountId: x, text: placeholder ? 'AVISO | Plaza Mayor: sin agua hasta las 14:00.' : `AVISO | Plaza Mayor: {{${name}}}.` }),
      ]);
      const published = await app.call('incidents.addEvent', { id: inc.id, kind: 'statement_published', statementKey: 'first', accountIds: [x] });
      expect(published.progress[0]!.published).toHaveLength(1);
    }
    await app.call('incidents.addEvent', { id: inc.id, kind: 'statement_drafted', statementKey: 'first' });
    const report = await app.call('incidents.report', { id: inc.id });
    expect(report.facts).toEqual(placeholder && placeholder !== 'constructor' ? facts : { place: 'Plaza Mayor' });
    expect((await app.call('incidents.exportReport', { id: inc.id, format: 'markdown' })).path).toMatch(/\.md$/);
    expect((await app.call('incidents.end', { id: inc.id })).endedAt).toBe('2026-11-20T20:40:00.000Z');
  });

  it('refuses to save a statement with a placeholder whose fact could never be typed in', async () => {
    const content = structuredClone(starters.es.outage!);
    content.name = 'Con constructor';
    content.statements[1]!.variants[0]!.text = 'RESTABLECIDO | {{Constructor}} de nuevo.';
    const refused = await fail(app.call('playbooks.save', { locale: 'es', content }));
    expect(refused?.params?.issues).toEqual([{ path: 'content.statements.1.text', code: 'playbooks.errors.reservedPlaceholder', params: { name: 'constructor' } }]);
    expect(await app.call('playbooks.list', { query: 'Con constructor' })).toEqual([]);
    expect((await app.call('playbooks.get', { id: await starterId(app, 'outage') })).currentVersion).toBe(1);
  });
});
