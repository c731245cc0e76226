import { en } from '../../../shared/i18n/en';
import { es } from '../../../shared/i18n/es';
import type { Locale } from '../../../shared/ipc/schemas';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

const catalogs: Record<Locale, unknown> = { es, en };

/** A tiny main-side lookup over the same catalogs the renderer uses, with {{name}} and {{name, number}} filled in. */
export function translator(locale: Locale): Translate {
  const plural = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const lookup = (key: string): unknown =>
    key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalogs[locale]);
  return (key, params) => {
    // As i18next does in the renderer: a number `count` picks `key_one` or `key_other`.
    const count = params?.count;
    const forms = typeof count === 'number' ? [`${key}_${plural.select(count)}`, `${key}_other`, key] : [key];
    const found = forms.map(lookup).find((v) => typeof v === 'string');
    const text = typeof found === 'string' ? found : key;
    return text.replace(/\{\{(\w+)(, *number)?\}\}/g, (_, name: string, asNumber?: string) => {
      if (!params || !(name in params)) return '';
      const value = params[name];
      // `{{limit, number}}` groups thousands as the language writes them, as i18next does.
      return asNumber && typeof value === 'number' ? numbers.format(value) : String(value);
    });
  };
}
