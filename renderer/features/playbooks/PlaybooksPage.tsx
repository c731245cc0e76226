import { useTranslation } from 'react-i18next';

/** Placeholder until the playbooks feature lands. */
export function PlaybooksPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="playbooks-title" className="page">
      <h1 id="playbooks-title">{t('playbooks.title')}</h1>
      <p>{t('playbooks.placeholder')}</p>
    </section>
  );
}
