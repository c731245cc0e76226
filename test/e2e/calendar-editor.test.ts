import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { calendarSuite, PLAIN_NOW, thisWeek } from './support/calendar';
import { rangeEvents } from '../../shared/features/calendar/rangeEvents';

const w = thisWeek(PLAIN_NOW);
const suite = calendarSuite(async ({ s, fb }) => {
  await s.account('x', 'ayto_x', 1);
  await s.call('posts.save', { title: 'Bando de fiestas', scheduledAt: w.at(2, 11), targets: [{ accountId: fb }] });
});

describe('the post editor keeps what was written', () => {
  it('asks before Escape or Close throw away unsaved changes, and closes at once when nothing changed', async () => {
    const { page, context } = await suite.env.open();
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
    expect((await suite.s.call('posts.listRange', { from: w.at(0, 0), to: w.at(7, 0) })).posts.map((p) => p.title)).toEqual(['Bando de fiestas']);
    await context.close();
  });

  it('keeps both of two edits made in the same instant', async () => {
    const { page, context } = await suite.env.open();
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
    const saved = rangeEvents(await suite.s.call('posts.listRange', { from: w.at(0, 0), to: w.at(14, 0) })).find((p) => p.title === 'Ruta de la tapa');
    expect(saved?.targets.map((t) => t.handle)).toEqual(['ayto']);
    await context.close();
  });

  it('previews the post as each chosen network shows it: cut text, tags and mentions, the link as a card', async () => {
    const { page, context } = await suite.env.open();
    await page.getByRole('button', { name: 'Nueva publicación' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nueva publicación' });
    await dialog.getByRole('textbox', { name: 'Título interno' }).fill('Fiestas patronales');
    const body =
      'Este fin de semana llegan las fiestas patronales con @vecinos: conciertos, feria de artesanía, verbena en la plaza mayor y fuegos artificiales el domingo por la noche. Consulta el programa, los cortes de tráfico y los horarios del autobús en la web.';
    await dialog.getByRole('textbox', { name: 'Texto base' }).fill(body);
    await dialog.getByRole('textbox', { name: 'Enlace' }).fill('https://villavieja.es/fiestas');
    await dialog.getByRole('textbox', { name: 'Hashtags' }).fill('#fiestas');
    await dialog.getByRole('checkbox', { name: 'Facebook @ayto' }).check();
    await dialog.getByRole('checkbox', { name: 'X @ayto_x' }).check();
    const fb = dialog.getByRole('article', { name: 'Así se verá en Facebook @ayto' });
    const x = dialog.getByRole('article', { name: 'Así se verá en X @ayto_x' });
    // Facebook folds a long text behind "ver más"; X shows it whole, tags included.
    await fb.getByText('… ver más', { exact: true }).waitFor();
    expect(await x.getByText('… ver más', { exact: true }).count()).toBe(0);
    const tag = x.getByText('#fiestas', { exact: true });
    const mention = x.getByText('@vecinos', { exact: true });
    const plain = await x.locator('.pv-text').evaluate((el) => getComputedStyle(el).color);
    expect(await tag.evaluate((el) => getComputedStyle(el).color)).not.toBe(plain);
    expect(await mention.evaluate((el) => getComputedStyle(el).color)).not.toBe(plain);
    await x.getByText('villavieja.es', { exact: true }).waitFor();
    await dialog.getByRole('textbox', { name: 'Nota sobre la imagen o el vídeo' }).fill('Cartel de las fiestas (carpeta Diseño)');
    await x.getByText('Imagen o vídeo: Cartel de las fiestas (carpeta Diseño)').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await x.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/calendar-preview-${scheme}.png` });
      expect(await seriousViolations(page)).toEqual([]);
    }
    await context.close();
  });
});
