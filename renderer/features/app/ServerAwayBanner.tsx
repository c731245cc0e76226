import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInZone } from '../../../shared/i18n/dates';
import { onServerAway } from '../../api';
import { useApp } from './store';

/** How often the screen asks whether the team's server is back. */
const CHECK_EVERY_MS = 5_000;

/**
 * The team's server went away while the app was open: say since when and
 * what still works, keep the screen as it is, and look again every few
 * seconds until the server answers (then the banner goes by itself).
 */
export function ServerAwayBanner() {
  const { t } = useTranslation();
  const since = useApp((s) => s.info?.offlineSince ?? null);
  const locale = useApp((s) => s.info?.locale ?? 'es');
  const timeZone = useApp((s) => s.settings?.timeZone ?? 'Europe/Madrid');
  const refreshInfo = useApp((s) => s.refreshInfo);

  useEffect(() => onServerAway(() => void refreshInfo()), [refreshInfo]);
  useEffect(() => {
    if (!since) return;
    const timer = setInterval(() => void refreshInfo(), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [since, refreshInfo]);

  if (!since) return null;
  return (
    <p role="alert" className="server-away">
      {t('store.away', { time: formatInZone(since, 'HH:mm', locale, timeZone) })}
    </p>
  );
}
