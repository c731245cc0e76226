import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../shared/ipc/schemas';
import { ServerAwayBanner } from './features/app/ServerAwayBanner';
import { StoreProblem } from './features/app/StoreProblem';
import { sections, useApp } from './features/app/store';
import { IncidentBanner } from './features/playbooks/IncidentBanner';
import { sectionPages } from './sections';
import { ErrorBanner } from './ui/ErrorBanner';
import { Toasts } from './ui/Toasts';

export function App() {
  const { t } = useTranslation();
  const { status, info, section, error, load, go, saveSettings } = useApp();

  useEffect(() => {
    void load();
  }, [load]);

  if (status === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (status === 'failed' || !info) {
    return (
      <main className="page">
        <ErrorBanner error={error} />
        <button type="button" onClick={() => void load()}>
          {t('app.retry')}
        </button>
      </main>
    );
  }
  // The team's server away (offlineSince set: mid-session, or opened on the local copy): the screens stay, with a banner; a store that never opened gets the problem screen.
  if (info.store !== 'ready' && !info.offlineSince) return <StoreProblem />;

  const Page = sectionPages[section];
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <label className="language">
          {t('app.language')}{' '}
          <select value={info.locale} onChange={(e) => void saveSettings({ locale: e.target.value as Locale })}>
            <option value="es">{t('languages.es')}</option>
            <option value="en">{t('languages.en')}</option>
          </select>
        </label>
      </header>
      <nav aria-label={t('nav.label')} className="sidebar">
        <ul>
          {sections.map((s) => (
            <li key={s}>
              <button type="button" aria-current={s === section ? 'page' : undefined} onClick={() => go(s)}>
                {t(`nav.${s}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <ServerAwayBanner />
        <IncidentBanner />
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <Page />
        </Suspense>
      </main>
      <Toasts />
    </div>
  );
}
