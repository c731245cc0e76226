import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../shared/features/accounts/contract';
import { type E2eEnv, startE2e } from './support/app';
import { seriousViolations } from './support/axe';
import { seeder } from './support/calendar';

let env: E2eEnv;
let s: ReturnType<typeof seeder>;
const draft = { network: 'facebook', displayName: 'Turismo', department: 'Turismo', role: 'medium', status: 'active' } as const;
beforeAll(async () => {
  env = await startE2e({ lang: 'en', clock: () => new Date('2026-11-23T10:00:00Z') });
  s = seeder(env.harness);
});
afterAll(() => env?.close());

/** The account form open on one account, which another instance then saves from the same version. */
async function openAndChangeBehind(handle: string) {
  const account = await s.call('accounts.save', { ...draft, handle });
  const { page, context } = await env.open();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Accounts' }).click();
  await page.getByRole('button', { name: `Edit ${account.handle}` }).click();
  const form = page.getByRole('dialog', { name: `Edit ${account.handle}` });
  await form.getByRole('textbox', { name: 'Notes' }).waitFor();
  const other = await s.call('accounts.save', { ...draft, id: account.id, version: account.version, handle, displayName: 'Turismo de Villanueva', notes: 'Checked by the mayor’s office.' });
  expect(other.version).toBe(account.version + 1);
  return { page, context, form, account };
}

describe('a stale save in the account form', () => {
  it('says someone else saved, compares on request and keeps mine when asked', async () => {
    const { page, context, form, account } = await openAndChangeBehind('turismo_villa');
    await form.getByRole('combobox', { name: 'Department' }).fill('Cultura');
    await form.getByRole('textbox', { name: 'Notes' }).fill('Owner still to be trained.');
    await form.getByRole('button', { name: 'Save' }).click();

    const alert = form.getByRole('alert').filter({ hasText: 'Someone else saved changes to this account while you were editing it. What you wrote is still here, unsaved.' });
    await alert.getByRole('button', { name: 'Reload and compare' }).click();
    const compare = form.getByRole('region', { name: 'What is saved now and yours' });
    const table = compare.getByRole('table', { name: 'Differs in 3 fields' });
    await table.waitFor();
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(['Display name', 'Department', 'Notes']);
    expect(await table.getByRole('row', { name: /^Notes/ }).getByRole('cell').allTextContents()).toEqual(['Checked by the mayor’s office.', 'Owner still to be trained.']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: '/tmp/conflict-account-en.png' });

    await compare.getByRole('button', { name: 'Keep mine' }).click();
    await form.getByRole('status').getByText('Yours is kept on top of the version saved now. Save to make it so.').waitFor();
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Account saved.').first().waitFor();
    const saved: Account = await s.call('accounts.get', { id: account.id });
    expect({ version: saved.version, displayName: saved.displayName, department: saved.department, notes: saved.notes }).toEqual({
      version: account.version + 2,
      displayName: 'Turismo',
      department: 'Cultura',
      notes: 'Owner still to be trained.',
    });
    await context.close();
  });

  it('uses what is saved when asked, and the next save goes through on that version', async () => {
    const { page, context, form, account } = await openAndChangeBehind('deportes_villa');
    await form.getByRole('textbox', { name: 'Notes' }).fill('Mine.');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('button', { name: 'Reload and compare' }).click();
    await form.getByRole('button', { name: 'Use what is saved' }).click();
    await form.getByRole('status').getByText('The version saved now is loaded; your changes were discarded.').waitFor();
    expect(await form.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Checked by the mayor’s office.');
    expect(await form.getByRole('textbox', { name: 'Display name' }).inputValue()).toBe('Turismo de Villanueva');
    await form.getByRole('textbox', { name: 'Tone' }).fill('Friendly');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Account saved.').first().waitFor();
    const saved: Account = await s.call('accounts.get', { id: account.id });
    expect({ version: saved.version, notes: saved.notes, tone: saved.tone }).toEqual({ version: account.version + 2, notes: 'Checked by the mayor’s office.', tone: 'Friendly' });
    await context.close();
  });
});
