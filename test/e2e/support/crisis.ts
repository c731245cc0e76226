import type { Locator, Page } from 'playwright-core';

/** Record a statement's approval by `who`, then open its "published by hand" dialog (returned, not yet recorded). */
export async function approveThenOpenPublish(page: Page, statement: Locator, who: string): Promise<Locator> {
  await statement.getByRole('button', { name: 'Marcar aprobado' }).click();
  const approve = page.getByRole('dialog', { name: /Anotar aprobación/ });
  await approve.getByRole('textbox', { name: 'Aprobado por' }).fill(who);
  await approve.getByRole('button', { name: 'Anotar' }).click();
  await statement.getByRole('button', { name: 'Publicado a mano' }).click();
  return page.getByRole('dialog', { name: /Anotar publicación/ });
}
