import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../shared/i18n/en';
import { es } from '../shared/i18n/es';
import type { Locale } from '../shared/ipc/schemas';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof es };
  }
}

/** Before settings load, follow the browser/OS language; Settings overrides it. */
export function initialLocale(): Locale {
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'es';
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { es: { translation: es }, en: { translation: en } },
    lng: initialLocale(),
    fallbackLng: 'es',
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function applyLocale(locale: Locale): Promise<void> {
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
