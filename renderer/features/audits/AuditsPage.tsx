import { useTranslation } from 'react-i18next';

/** Placeholder until the audits screens land. */
export function AuditsPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="audits-title" className="page">
      <h1 id="audits-title">{t('audits.title')}</h1>
      <p>{t('audits.intro')}</p>
    </section>
  );
}
