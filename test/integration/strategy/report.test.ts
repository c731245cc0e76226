import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HarnessPlatform } from '../../../electron/web/platform';
import type { Input } from '../../../shared/ipc/contract';
import { openTestApp, type TestApp, tempDir } from '../../support/context';

let app: TestApp;
let platform: HarnessPlatform;
let now = new Date('2026-11-02T10:00:00+01:00');

beforeAll(async () => {
  const dataDir = tempDir();
  platform = new HarnessPlatform(dataDir, 'es', '0.0.0-test');
  app = await openTestApp({ dataDir, platform, clock: () => now });
  await app.call('settings.save', { timeZone: 'Europe/Madrid', officeName: 'Ayuntamiento de Villanueva' });
});
afterAll(async () => {
  await platform.close();
  await app.close();
});

const text = (pdf: string, ...args: string[]): string => execFileSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** A presence audit with every item answered `value`, but the first two answered as given. */
async function audit(value: Input<'audits.answer'>['answers'][number]['value'], first: Input<'audits.answer'>['answers'][number]['value'][]) {
  const presence = (await app.call('audits.templates', {})).find((t) => t.builtin === 'presence')!;
  const run = await app.call('audits.start', { templateId: presence.id, scope: 'presence' });
  const answers = run.items.map((i, n) => ({ itemKey: i.key, value: first[n] ?? value, note: n === 0 ? 'Revisado con <b>Alcaldía</b> & "Cultura"' : '' }));
  await app.call('audits.answer', { runId: run.id, answers });
  return app.call('audits.finish', { runId: run.id });
}

describe('the audit report PDF', () => {
  it('prints the score, the answers, the comparison, the actions and the targets, page X of Y with the fingerprint, and a sign-off block', async () => {
    const ayto = await app.call('accounts.save', { network: 'facebook', handle: 'ayto', ownerName: 'Ana Ruiz' });
    const old = await app.call('accounts.save', { network: 'x', handle: 'turismo_viejo' });
    await app.call('targets.save', { kind: 'max_profiles', value: 1, dueOn: '2027-06-30' });
    await audit('yes', ['no', 'no']);
    now = new Date('2026-12-01T10:00:00+01:00');
    const second = await audit('yes', ['yes', 'partly']);
    await app.call('audits.applyActions', {
      runId: second.id,
      actions: [
        { accountId: old.id, version: old.version, action: 'to_close' },
        { accountId: ayto.id, version: ayto.version, action: 'trained', trainedOn: '2026-11-30' },
      ],
    });
    const res = await app.call('audits.reportPdf', { runId: second.id });
    expect(res.path).toMatch(/informe-auditoria-2-[0-9a-f]{12}\.pdf$/u);
    const all = text(res.path!);
    const fp = /Huella ([0-9a-f]{12})/u.exec(all)![1]!;
    expect(res.path).toContain(fp);
    for (const part of [
      'Ayuntamiento de Villanueva Informe de auditoría',
      'Auditoría de la presencia en redes · terminada el 1 dic 2026 10:00',
      'Comparación con la auditoría anterior',
      'Revisado con <b>Alcaldía</b> & "Cultura"',
      'Puntuación: 96 %',
      'Antes: 86 % · Ahora: 96 %',
      'Acciones tomadas turismo_viejo (X): Marcada para cerrar ayto (Facebook): Formación el 30 nov 2026',
      'Como máximo 1 perfil oficial antes del 30 jun 2027 2 perfiles No llega a tiempo 2 nov 2026: 2 perfiles · 1 dic 2026: 2 perfiles',
      `Visto bueno Huella ${fp} Aprobado por Cargo Fecha Firma`,
    ]) {
      expect(all, part).toContain(part);
    }
    expect(all).toMatch(/Mejora .* 0 % → 100 %/u);
    for (let n = 1; n <= res.pages; n++) {
      const page = text(res.path!, '-f', String(n), '-l', String(n));
      expect(page).toContain(`Página ${n} de ${res.pages}`);
      expect(page).toContain(`Huella ${fp} · Generado el 01/12/2026 10:00`);
    }
  });

  it('refuses a run that is not finished', async () => {
    const presence = (await app.call('audits.templates', {})).find((t) => t.builtin === 'presence')!;
    const run = await app.call('audits.start', { templateId: presence.id, scope: 'presence' });
    expect(await app.invoke('audits.reportPdf', { runId: run.id })).toEqual({ ok: false, error: { code: 'audits.errors.notFinished', params: { id: run.id } } });
  });
});
