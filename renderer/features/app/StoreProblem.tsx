import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../shared/features/app/contract';
import type { z } from 'zod';
import { api } from '../../api';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { TeamSection } from '../settings/TeamSection';
import { useApp } from './store';

/**
 * Shown instead of the app when the data file was refused; offers a backup copy
 * or a new file. When SQLite itself cannot load, neither would help: only the message.
 */
export function StoreProblem() {
  const { t } = useTranslation();
  const info = useApp((s) => s.info);
  const load = useApp((s) => s.load);
  const [backups, setBackups] = useState<z.output<typeof Backup>[]>([]);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api('store.backups', {}).then(setBackups, setError);
  }, []);
  const offline = info?.store === 'offline';
  useEffect(() => {
    if (!offline) return;
    // The main process keeps trying the server; this notices when it is back.
    const timer = setInterval(() => void load(), 5_000);
    return () => clearInterval(timer);
  }, [offline, load]);

  if (!info || info.store === 'ready') return null;
  const run = (work: () => Promise<unknown>) => work().then(load, setError);
  const message = <p role="alert">{t(`store.${info.store}`, { file: info.dataPath })}</p>;
  if (info.store === 'offline' || info.store === 'server_refused') {
    // No backups or new files here: the data is on the server. Change the server, or work on this computer's file.
    return (
      <main className="store-problem">
        <h1>{t('store.title')}</h1>
        {message}
        <TeamSection />
      </main>
    );
  }
  if (info.store === 'sqlite_unavailable') {
    return (
      <main className="store-problem">
        <h1>{t('store.title')}</h1>
        {message}
      </main>
    );
  }

  return (
    <main className="store-problem">
      <h1>{t('store.title')}</h1>
      {message}
      <ErrorBanner error={error} />
      <h2>{t('store.backups')}</h2>
      {backups.length === 0 ? (
        <p>{t('store.noBackups')}</p>
      ) : (
        <ul>
          {backups.map((b) => (
            <li key={b.name}>
              <span>{b.name}</span>{' '}
              <button type="button" onClick={() => run(() => api('store.openBackup', { name: b.name }))}>
                {t('store.openBackup')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => run(() => api('store.createNew', {}))}>
        {t('store.createNew')}
      </button>
    </main>
  );
}
