import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eEnv, startE2e } from './support/app';
import { seriousViolations } from './support/axe';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e({ lang: 'es' });
});
afterAll(() => env?.close());

const FLOOD = 'Inundación o temporal';

describe('crisis playbooks read well', () => {
  it('outlines the list while it loads, and reads a shipped playbook as a document with its placeholders by name', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, context } = await env.open({ colorScheme: scheme });
      page.setDefaultTimeout(10_000);
      // A slow answer: the list shows its outline meanwhile, never "no playbooks".
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/ipc/playbooks.list', async (route) => {
        await held;
        await route.continue();
      });
      await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Crisis' }).click();
      await page.getByRole('navigation', { name: 'Apartados de crisis' }).getByRole('button', { name: 'Protocolos' }).click();
      await page.getByRole('list', { name: 'Cargando protocolos…' }).waitFor();
      expect(await page.getByText('No hay protocolos que coincidan.').count()).toBe(0);
      release();
      await page.getByRole('button', { name: `Abrir ${FLOOD}`, exact: true }).click();

      const doc = page.getByRole('article', { name: FLOOD });
      await doc.waitFor();
      // A document: headings and a table, nothing to type into or greyed out.
      expect(await doc.getByRole('textbox').count()).toBe(0);
      expect(await doc.getByRole('spinbutton').count()).toBe(0);
      expect(await doc.getByRole('heading', { level: 3, name: 'Comunicados' }).count()).toBe(1);
      const levels = doc.getByRole('table');
      expect(await levels.getByRole('rowheader').allInnerTexts()).toEqual(['Baja', 'Alta', 'Crítica']);
      // Each level's row is whole: its cells lie inside the table.
      const table = (await levels.boundingBox())!;
      for (const cell of await levels.getByRole('cell').all()) {
        const box = (await cell.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(table.x + table.width + 1);
      }
      // Placeholders by their label, never the code.
      expect(await doc.getByText('{{', { exact: false }).count()).toBe(0);
      expect(await doc.getByText('«Lugar»', { exact: true }).count()).toBeGreaterThan(0);
      expect(await seriousViolations(page), scheme).toEqual([]);
      await page.screenshot({ path: `/tmp/d16-crisis-doc-${scheme}.png` });
      await doc.getByRole('heading', { level: 3, name: 'Comunicados de espera' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/d16-crisis-doc-statements-${scheme}.png` });

      // A copy is a form again, with the severity rows whole inside their box.
      if (scheme === 'light') {
        await page.getByRole('button', { name: 'Copiar para adaptar' }).click();
        await page.getByRole('button', { name: 'Guardar nueva versión' }).waitFor();
        const group = page.getByRole('group', { name: 'Niveles de gravedad' });
        const box = (await group.boundingBox())!;
        for (const input of await group.getByRole('spinbutton').all()) {
          const b = (await input.boundingBox())!;
          expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width);
        }
        await page.getByText('«Lugar»', { exact: true }).first().waitFor();
        await page.screenshot({ path: '/tmp/d16-crisis-edit-light.png', fullPage: true });
      }
      await context.close();
    }
  });
});
