import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInZone } from '../../../shared/i18n/dates';
import { onServerAway } from '../../api';
import { useApp } from './store';

/** How often the screen asks whether the team's server is back. */
const CHECK_EVERY_MS = 5_000;

/**
 * The team's server is away (it went while the app was open, or the app
 * opened on its local copy): say since when, what still works and, on the
 * copy, when it was taken; keep the screen as it is, and look again every
 * few seconds until the server answers (then the banner goes by itself and
 * the pages read live data again: see onDataSourceChange).
 */
export function ServerAwayBanner() {
  const { t } = useTranslation();
  const since = useApp((s) => s.info?.offlineSince ?? null);
  const copyAt = useApp((s) => s.info?.snapshotAt ?? null);
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
      {copyAt
        ? t('store.awayOnCopy', {
            time: formatInZone(since, 'HH:mm', locale, timeZone),
            copyDay: formatInZone(copyAt, locale === 'es' ? "d 'de' MMMM" : 'd MMMM', locale, timeZone),
            copyTime: formatInZone(copyAt, 'HH:mm', locale, timeZone),
          })
        : t('store.away', { time: formatInZone(since, 'HH:mm', locale, timeZone) })}
    </p>
  );
}
