import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { importStream } from '../../electron/features/media/service';
import { calendarSuite, PLAIN_NOW, thisWeek } from './support/calendar';

const w = thisWeek(PLAIN_NOW);
const picture = (background: string) => sharp({ create: { width: 800, height: 600, channels: 3, background } }).jpeg().toBuffer();

const suite = calendarSuite(async ({ env, s, fb }) => {
  const add = async (name: string, colour: string, tags: string[]) => {
    const item = await importStream(env.harness.ctx, name, Readable.from([await picture(colour)]));
    return tags.length ? s.call('media.update', { id: item.id, version: item.version, tags }) : item;
  };
  const feria = await add('feria.jpg', '#d35400', ['fiestas', 'plaza']);
  const cartel = await add('cartel.jpg', '#2e86c1', ['Navidad', 'fiestas']);
  await add('obras.jpg', '#27ae60', []);
  await s.call('posts.save', {
    title: 'Feria de San Andrés',
    scheduledAt: w.at(2, 11),
    targets: [{ accountId: fb }],
    media: [
      { mediaId: cartel.id, alt: 'Cartel' },
      { mediaId: feria.id, alt: 'Casetas' },
    ],
  });
  // The cartel's original is deleted by hand; its thumbnail stays behind.
  fs.rmSync(path.join(env.dataDir, 'media', `${cartel.sha256}.jpg`));
});

describe('the library and the calendar with a file removed by hand', () => {
  it('the month item says a file is missing and draws a warning box, not the thumbnail; the editor marks it too', async () => {
    const { page, context } = await suite.env.open();
    const item = page.getByRole('button', { name: /Feria de San Andrés.*2 fotos o vídeos · Falta el archivo/ });
    await item.waitFor();
    expect(await item.locator('[data-missing]').count()).toBe(1);
    expect(await item.locator('img').count()).toBe(0);
    await item.screenshot({ path: '/tmp/media2-month-item.png' });
    // The editor marks the same file, and still shows the one that is there.
    await item.click();
    const dialog = page.getByRole('dialog', { name: 'Editar publicación' });
    await dialog.getByRole('img', { name: 'Cartel: Falta el archivo' }).waitFor();
    await expect.poll(() => dialog.getByRole('img', { name: 'Casetas' }).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
    await context.close();
  }, 60_000);

  it('the library lists what is missing and filters by one or more tags beside the search', async () => {
    const { page, context } = await suite.env.open();
    await page.getByRole('button', { name: 'Fotos y vídeos' }).click();
    const table = page.getByRole('table', { name: 'Fotos y vídeos' });
    await table.waitFor();
    const health = page.getByRole('status').filter({ hasText: 'Falta 1 archivo de la biblioteca en la carpeta de datos.' });
    await health.getByRole('listitem').filter({ hasText: 'cartel.jpg' }).waitFor();
    await table.getByRole('img', { name: 'cartel.jpg: Falta el archivo' }).waitFor();

    const rows = () => table.getByRole('row').count();
    expect(await rows()).toBe(4);
    const tags = page.getByRole('group', { name: 'Filtrar por etiqueta' });
    expect(await tags.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => b.parentElement?.textContent))).toEqual(['fiestas (2)', 'Navidad (1)', 'plaza (1)']);
    await tags.getByRole('checkbox', { name: 'plaza (1)' }).check();
    await expect.poll(rows).toBe(2);
    await table.getByRole('cell', { name: 'feria.jpg 800 × 600 px' }).waitFor();
    await tags.getByRole('checkbox', { name: 'Navidad (1)' }).check();
    await expect.poll(rows).toBe(3);
    // The search narrows what the tags chose.
    await page.getByRole('searchbox', { name: 'Buscar por nombre o etiqueta' }).fill('cartel');
    await expect.poll(rows).toBe(2);
    await table.getByRole('cell', { name: /^cartel\.jpg 800 × 600 px/ }).waitFor();
    await page.getByRole('searchbox', { name: 'Buscar por nombre o etiqueta' }).fill('');
    await tags.getByRole('button', { name: 'Quitar el filtro de etiquetas' }).click();
    await expect.poll(rows).toBe(4);
    await page.screenshot({ path: '/tmp/media2-library.png', fullPage: true });
    await context.close();
  }, 60_000);

  it('in English too', async () => {
    await suite.s.call('settings.save', { locale: 'en' });
    const { page, context } = await suite.env.open();
    await page.getByRole('button', { name: 'Photos and videos' }).click();
    const table = page.getByRole('table', { name: 'Photos and videos' });
    await table.waitFor();
    await page.getByRole('status').filter({ hasText: '1 library file is missing from the data folder.' }).waitFor();
    await page.getByRole('group', { name: 'Filter by tag' }).getByRole('checkbox', { name: 'fiestas (2)' }).check();
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    await page.getByRole('group', { name: 'Filter by tag' }).getByRole('button', { name: 'Clear the tag filter' }).waitFor();
    await context.close();
    await suite.s.call('settings.save', { locale: 'es' });
  }, 60_000);
});
