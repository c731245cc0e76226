import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blankContent } from '../../../shared/features/playbooks/starters';
import { api } from '../../api';
import { useApp } from '../app/store';
import { usePlaybooks } from './store';

/** Starters and the office's own playbooks, by language, with a quick filter. */
export function PlaybookList() {
  const { t } = useTranslation();
  const settings = useApp((s) => s.settings);
  const { playbooks, playbooksLoaded, openPlaybook, run, loadPlaybooks } = usePlaybooks();
  const [query, setQuery] = useState('');
  // The office's language until another is picked, and again when the office changes language.
  const office = settings?.locale ?? 'es';
  const [picked, setPicked] = useState<{ office: string; lang: string } | null>(null);
  const lang = picked?.office === office ? picked.lang : office;
  const setLang = (value: string) => setPicked({ office, lang: value });
  const needle = query.trim().toLocaleLowerCase();
  const shown = playbooks.filter(
    (p) => (!lang || p.locale === lang) && (!needle || `${p.name} ${p.scenario}`.toLocaleLowerCase().includes(needle)),
  );
  const create = async () => {
    const locale = settings?.locale ?? 'es';
    const content = { ...blankContent(locale), name: t('playbooks.list.newPlaybook') };
    const p = await run(() => api('playbooks.save', { locale, content }));
    if (p) {
      await loadPlaybooks();
      await openPlaybook(p.id);
    }
  };
  return (
    <div>
      <div className="pb-toolbar">
        <h2>{t('playbooks.list.heading')}</h2>
        <input type="search" aria-label={t('playbooks.list.search')} placeholder={t('playbooks.list.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <select aria-label={t('playbooks.list.language')} value={lang} onChange={(e) => setLang(e.target.value)}>
          <option value="">{t('playbooks.list.allLanguages')}</option>
          <option value="es">{t('languages.es')}</option>
          <option value="en">{t('languages.en')}</option>
        </select>
        <button type="button" className="primary" onClick={() => void create()}>
          {t('playbooks.list.newPlaybook')}
        </button>
      </div>
      {!playbooksLoaded ? (
        <ul className="pb-cards" aria-busy="true" aria-label={t('playbooks.list.loading')}>
          {[0, 1, 2, 3].map((i) => (
            <li key={i} className="pb-card pb-skeleton" aria-hidden="true">
              <span />
              <span />
            </li>
          ))}
        </ul>
      ) : shown.length === 0 ? (
        <p className="muted">{t('playbooks.list.empty')}</p>
      ) : (
        <ul className="pb-cards">
          {shown.map((p) => (
            <li key={p.id} className="pb-card">
              <h3>
                <button type="button" className="link-button" aria-label={t('playbooks.list.open', { name: p.name })} onClick={() => void openPlaybook(p.id)}>
                  {p.name}
                </button>
              </h3>
              <p className="muted">{p.scenario}</p>
              <p className="pb-meta">
                <span className={p.starterKey ? 'pb-badge' : 'pb-badge ok'}>{p.starterKey ? t('playbooks.list.starter') : t('playbooks.list.own')}</span>{' '}
                {p.locale.toUpperCase()} · {t('playbooks.list.versionN', { n: p.currentVersion })} · {t('playbooks.list.statements', { count: p.statementCount })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
