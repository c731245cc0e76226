import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { en } from '../shared/i18n/en';
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

/**
 * Spanish is built in (it is also what a missing English word falls back
 * to); English loads when it is first shown, so a Spanish office's start
 * does not read the other language's seventy kilobytes.
 */
const otherLanguages: Record<Exclude<Locale, 'es'>, () => Promise<typeof en>> = {
  en: () => import('../shared/i18n/en').then((m) => m.en),
};

async function loadLanguage(locale: Locale): Promise<void> {
  if (locale === 'es' || i18next.hasResourceBundle(locale, 'translation')) return;
  i18next.addResourceBundle(locale, 'translation', await otherLanguages[locale]());
}

export async function initI18n(): Promise<typeof i18next> {
  const lng = initialLocale();
  await i18next.use(initReactI18next).init({
    resources: { es: { translation: es } },
    lng: 'es',
    fallbackLng: 'es',
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await applyLocale(lng);
  return i18next;
}

export async function applyLocale(locale: Locale): Promise<void> {
  await loadLanguage(locale);
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
