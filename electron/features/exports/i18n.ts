import { en } from '../../../shared/i18n/en';
import { es } from '../../../shared/i18n/es';
import type { Locale } from '../../../shared/ipc/schemas';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

const catalogs: Record<Locale, unknown> = { es, en };

/** A tiny main-side lookup over the same catalogs the renderer uses, with {{name}} filled in. */
export function translator(locale: Locale): Translate {
  return (key, params) => {
    const found = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalogs[locale]);
    const text = typeof found === 'string' ? found : key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => (params && name in params ? String(params[name]) : ''));
  };
}
