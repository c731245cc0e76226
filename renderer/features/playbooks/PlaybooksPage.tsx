import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { onDataSourceChange } from '../app/store';
import { ContactsView } from './ContactsView';
import { IncidentScreen } from './IncidentScreen';
import { IncidentsView } from './IncidentsView';
import { PlaybookEditor } from './PlaybookEditor';
import { PlaybookList } from './PlaybookList';
import { ReportView } from './ReportView';
import { usePlaybooks } from './store';

const tabs = ['incidents', 'playbooks', 'contacts'] as const;
const tabOf = (view: string): (typeof tabs)[number] =>
  view === 'incident' || view === 'report' ? 'incidents' : view === 'playbook' ? 'playbooks' : (view as (typeof tabs)[number]);

/** Crisis section: incidents (the stressful night), playbooks (the preparation) and the contact directory. */
export function PlaybooksPage() {
  const { t } = useTranslation();
  const { view, error, go, clearError, loadPlaybooks, playbook } = usePlaybooks();
  const current = tabOf(view.name);

  useEffect(() => {
    void loadPlaybooks();
  }, [loadPlaybooks]);
  // The server went away or came back: the list is read again from where the data now is.
  useEffect(() => onDataSourceChange(() => void loadPlaybooks()), [loadPlaybooks]);

  return (
    <section aria-labelledby="playbooks-title" className="page playbooks-page">
      <h1 id="playbooks-title">{t('playbooks.title')}</h1>
      <nav aria-label={t('playbooks.tabs.label')} className="pb-tabs">
        {tabs.map((tab) => (
          <button key={tab} type="button" aria-current={tab === current ? 'page' : undefined} onClick={() => go({ name: tab })}>
            {t(`playbooks.tabs.${tab}`)}
          </button>
        ))}
      </nav>
      <ErrorBanner error={error} onDismiss={clearError} />
      {view.name === 'incidents' && <IncidentsView />}
      {view.name === 'incident' && <IncidentScreen />}
      {view.name === 'report' && <ReportView />}
      {view.name === 'playbooks' && <PlaybookList />}
      {view.name === 'playbook' && <PlaybookEditor key={playbook ? `${playbook.id}-${playbook.shownVersion}-${playbook.version}` : 'none'} />}
      {view.name === 'contacts' && <ContactsView />}
    </section>
  );
}
