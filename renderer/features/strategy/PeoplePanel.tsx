import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/features/strategy/people';
import { formatDay } from '../../../shared/i18n/dates';
import { api } from '../../api';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useLocale } from '../../ui/locale';
import { useToasts } from '../../ui/toast';
import { PersonDialog, TrainingDialog } from './PersonDialogs';

/**
 * The people who run the accounts and their training. Folded by default;
 * reloaded after any account write (`inventoryVersion`), since saving an
 * account with a new owner adds a person.
 */
export function PeoplePanel({ inventoryVersion, onChanged }: { inventoryVersion: unknown; onChanged(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const show = useToasts((s) => s.show);
  const [search, setSearch] = useState('');
  const [people, setPeople] = useState<Person[]>([]);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [training, setTraining] = useState<Person | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      setPeople((await api('people.list', { search, limit: 1000 })).items);
    } catch (err) {
      setError(err);
    }
  }, [search]);
  useEffect(() => {
    void load();
  }, [load, inventoryVersion]);

  const done = (message: string) => {
    setEditing(null);
    setTraining(null);
    show(message);
    void load();
    onChanged();
  };
  const remove = async (p: Person) => {
    try {
      await api('people.delete', { id: p.id, version: p.version });
      await load();
      show(t('strategy.people.deleted', { name: p.name }), {
        label: t('app.undo'),
        run: async () => {
          try {
            await api('people.restore', { id: p.id });
            await load();
            show(t('strategy.people.restored', { name: p.name }));
          } catch (err) {
            setError(err);
          }
        },
      });
    } catch (err) {
      setError(err);
    }
  };

  return (
    <details className="summary-panel people-panel">
      <summary>
        <h2>{t('strategy.people.title')}</h2>
      </summary>
      <p className="muted">{t('strategy.people.intro')}</p>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <div className="people-tools">
        <label>
          {t('strategy.people.searchLabel')} <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <button type="button" onClick={() => setEditing('new')}>
          {t('strategy.people.new')}
        </button>
      </div>
      {people.length === 0 ? (
        <p>{t('strategy.people.empty')}</p>
      ) : (
        <ul className="people-list">
          {people.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong>
              {p.jobTitle && ` · ${p.jobTitle}`}
              {p.department && ` · ${p.department}`} <span className="muted">{t('strategy.people.accounts', { count: p.accountCount })}</span>
              {p.committee && <span className="people-badge">{t('strategy.people.committeeMember')}</span>}{' '}
              <span className={p.trainedOn ? 'muted' : 'target-state target-offTrack'}>
                {p.trainedOn ? t('strategy.people.trainedOn', { day: formatDay(p.trainedOn, 'd MMM yyyy', locale) }) : t('strategy.people.untrained')}
              </span>
              <span className="row-actions">
                <button type="button" aria-label={t('strategy.people.training.addNamed', { name: p.name })} onClick={() => setTraining(p)}>
                  {t('strategy.people.training.add')}
                </button>
                <button type="button" aria-label={t('strategy.people.editNamed', { name: p.name })} onClick={() => setEditing(p)}>
                  {t('app.edit')}
                </button>
                <button type="button" aria-label={t('strategy.people.deleteNamed', { name: p.name })} onClick={() => void remove(p)}>
                  {t('app.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {editing && <PersonDialog person={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={() => done(t('strategy.people.saved'))} />}
      {training && <TrainingDialog person={training} onClose={() => setTraining(null)} onSaved={() => done(t('strategy.people.training.saved'))} />}
    </details>
  );
}
