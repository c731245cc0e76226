import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fullChecklist } from '../support/calendar';
import { calendarSuite, PLAIN_NOW, thisWeek } from './support/calendar';

const w = thisWeek(PLAIN_NOW);
let ig = 0;
const suite = calendarSuite(async ({ s }) => {
  ig = await s.account('instagram', 'cultura_villa', 1);
  await s.call('posts.save', { title: 'Feria de San Andrés', scheduledAt: w.at(2, 11), status: 'in_review', checklist: fullChecklist, targets: [{ accountId: ig }] });
});

/** A real photo of 1200 × 800 made by sharp, with the place it was taken in its EXIF. */
const photo = () =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background: '#d35400' } })
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 24/1 57/1', GPSLongitudeRef: 'W', GPSLongitude: '3/1 42/1 25/1' } })
    .jpeg()
    .toBuffer();

describe('photos on a post, from the editor to the approval PDF', () => {
  it('drops a photo on the editor, describes it, approves, and sees its thumbnail in the month view and the PDF', async () => {
    const { page, context } = await suite.env.open();
    await page.getByRole('button', { name: /Feria de San Andrés/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Editar publicación' });
    await dialog.waitFor();
    // Instagram's rule shows next to the counter before any photo is there.
    await dialog.getByText('Instagram necesita al menos una foto o un vídeo.').waitFor();

    const bytes = [...(await photo())];
    const drop = await page.evaluateHandle((data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], 'feria.jpg', { type: 'image/jpeg' }));
      return dt;
    }, bytes);
    await dialog.getByRole('group', { name: 'Fotos y vídeos' }).dispatchEvent('drop', { dataTransfer: drop });
    const thumb = dialog.getByRole('img', { name: 'feria.jpg' });
    await thumb.waitFor();
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
    expect(await dialog.getByText('Instagram necesita al menos una foto o un vídeo.').count()).toBe(0);
    await dialog.getByText('Falta el texto alternativo de 1 imagen.').waitFor();

    await thumb.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/b14-editor-light.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: '/tmp/b14-editor-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });

    await dialog.getByRole('textbox', { name: 'Texto alternativo de feria.jpg' }).fill('Casetas de la feria en la plaza');
    await dialog.getByRole('combobox', { name: 'Estado' }).selectOption({ label: 'Aprobada' });
    await dialog.getByRole('button', { name: 'Guardar publicación' }).click();
    await page.getByRole('status').getByText('Publicación guardada.').waitFor();

    // The month view: the item's small thumbnail, loaded through the harness's media cookie.
    const item = page.getByRole('button', { name: /Feria de San Andrés.*1 foto o vídeo/ });
    await item.waitFor();
    const mini = item.locator('img.ev-thumb');
    await expect.poll(() => mini.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    const saved = (await suite.s.call('posts.listRange', { from: w.at(0, 0), to: w.at(7, 0) })).posts.find((p) => p.title === 'Feria de San Andrés');
    expect(saved).toMatchObject({ status: 'approved', mediaCount: 1 });
    const pdf = await suite.s.call('exports.approvalPdf', { from: w.day(0), to: w.day(6) });
    const images = execFileSync('pdfimages', ['-list', pdf.path as string], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images).toHaveLength(1);

    await page.getByRole('button', { name: 'Fotos y vídeos' }).click();
    await page.getByRole('heading', { name: 'Fotos y vídeos' }).waitFor();
    await page.getByRole('cell', { name: /feria\.jpg/ }).first().waitFor();
    await page.getByText('Lleva ubicación GPS').waitFor();
    await page.screenshot({ path: '/tmp/b14-library-light.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: '/tmp/b14-library-dark.png', fullPage: true });
    await context.close();
  }, 90_000);
});
