import type { TFunction } from 'i18next';
import type { AuditItem } from '../../../shared/features/audits/contract';
import { networkName } from '../../../shared/domain/networks';
import type { Locale } from '../../../shared/ipc/schemas';
import { formatInZone } from '../../../shared/i18n/dates';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** A shipped template's name comes from the catalog; a copy has its own. */
export function templateName(t: TFunction, tpl: { builtin: string | null; name: string }): string {
  return tpl.builtin ? (t as unknown as LooseT)(`audits.builtin.${tpl.builtin}.name`) : tpl.name;
}

export function templateDescription(t: TFunction, tpl: { builtin: string | null; description: string }): string {
  return tpl.builtin ? (t as unknown as LooseT)(`audits.builtin.${tpl.builtin}.description`) : tpl.description;
}

/** An item's own words, or the shipped text in the current language. */
export function itemLabel(t: TFunction, item: AuditItem): string {
  return item.text ?? (t as unknown as LooseT)(`audits.items.${item.key}`, { defaultValue: item.key });
}

export function accountLabel(a: { network: string; handle: string; displayName: string; department: string }, locale: Locale): string {
  const handle = `@${a.handle.replace(/^@+/u, '')}`;
  const name = a.displayName && a.displayName !== a.handle ? `${a.displayName} (${handle})` : handle;
  return `${name} · ${networkName(a.network, locale)}${a.department ? ` · ${a.department}` : ''}`;
}

/** What a paged account list shows: loading, nothing found, or how many of how many. */
export function pageStatus(t: TFunction, p: { loading: boolean; items: unknown[]; total: number }): string {
  if (p.loading && p.items.length === 0) return t('audits.actions.loading');
  if (p.total === 0) return t('audits.actions.noMatch');
  return t('audits.actions.shown', { shown: p.items.length, count: p.total });
}

export const when = (instant: string, locale: Locale, timeZone: string): string => formatInZone(instant, 'd MMM yyyy, HH:mm', locale, timeZone);
