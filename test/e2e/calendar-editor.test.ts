import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2eEnv } from './support/app';
import { seriousViolations } from './support/axe';
import { PLAIN_NOW, seeder, startCalendarE2e, thisWeek } from './support/calendar';

let env: E2eEnv;
let s: ReturnType<typeof seeder>;
const w = thisWeek(PLAIN_NOW);
beforeAll(async () => {
  const started = await startCalendarE2e();
  env = started.env;
  s = started.s;
  await s.call('posts.save', { title: 'Bando de fiestas', scheduledAt: w.at(2, 11), targets: [{ accountId: started.fb }] });
});
afterAll(() => env?.close());

describe('the post editor keeps what was written', () => {
  it('asks before Escape or Close throw away unsaved changes, and closes at once when nothing changed', async () => {
    const { page, context } = await env.open();
    await page.getByRole('button', { name: /Bando de fiestas/ }).click();
    const edit = page.getByRole('dialog', { name: 'Editar publicación' });
    await edit.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.getByRole('button', { name: 'Nueva publicación' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nueva publicación' });
    await dialog.getByRole('textbox', { name: 'Título interno' }).fill('Concierto en la plaza');
    await page.keyboard.press('Escape');
    const ask = dialog.getByRole('alert').filter({ hasText: 'Esta publicación tiene cambios sin guardar. ¿Los descartas?' });
    await ask.waitFor();
    const keep = ask.getByRole('button', { name: 'Seguir editando' });
    await expect.poll(() => keep.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await keep.click();
    await expect.poll(() => ask.count()).toBe(0);
    expect(await dialog.getByRole('textbox', { name: 'Título interno' }).inputValue()).toBe('Concierto en la plaza');

    await dialog.getByRole('button', { name: 'Cerrar' }).click();
    await ask.getByRole('button', { name: 'Descartar los cambios' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect((await s.call('posts.listRange', { from: w.at(0, 0), to: w.at(7, 0) })).map((p) => p.title)).toEqual(['Bando de fiestas']);
    await context.close();
  });

  it('keeps both of two edits made in the same instant', async () => {
    const { page, context } = await env.open();
    await page.getByRole('button', { name: 'Nueva publicación' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nueva publicación' });
    await dialog.getByRole('textbox', { name: 'Título interno' }).waitFor();
    // A tick and a keystroke in one task, before React renders in between.
    await page.evaluate(() => {
      const dlg = document.querySelector('dialog[open]')!;
      const box = [...dlg.querySelectorAll('label')].find((l) => l.textContent === 'Facebook @ayto')!.querySelector('input')!;
      const title = dlg.querySelector<HTMLInputElement>('input[maxlength="200"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      queueMicrotask(() => box.click());
      setValue.call(title, 'Ruta de la tapa');
      title.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await dialog.getByRole('textbox', { name: 'Título interno' }).inputValue()).toBe('Ruta de la tapa');
    expect(await dialog.getByRole('checkbox', { name: 'Facebook @ayto' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Guardar publicación' }).click();
    await page.getByRole('status').getByText('Publicación guardada.').waitFor();
    const saved = (await s.call('posts.listRange', { from: w.at(0, 0), to: w.at(14, 0) })).find((p) => p.title === 'Ruta de la tapa');
    expect(saved?.targets.map((t) => t.handle)).toEqual(['ayto']);
    await context.close();
  });
});
