import { useTranslation } from 'react-i18next';

/** Placeholder until the exports feature lands. */
export function ExportsPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="exports-title" className="page">
      <h1 id="exports-title">{t('exports.title')}</h1>
      <p>{t('exports.intro')}</p>
    </section>
  );
}
