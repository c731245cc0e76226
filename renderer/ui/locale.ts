import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/ipc/schemas';

/** The language the screens show now: date-fns formats and network names follow it. */
export function useLocale(): Locale {
  return useTranslation().i18n.language === 'en' ? 'en' : 'es';
}
